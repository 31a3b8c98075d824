package reuse

import (
	"slices"
	"strings"
	"unicode"
)

// staffNouns are the outlet's own people a cue may name after the outlet:
// "according to CNN meteorologists", "Harbour Times reporters saw".
var staffNouns = map[string]bool{"meteorologist": true, "meteorologists": true, "forecaster": true,
	"forecasters": true, "reporter": true, "reporters": true, "correspondent": true, "correspondents": true,
	"journalist": true, "journalists": true, "producer": true, "producers": true, "staff": true, "crew": true,
	"crews": true, "team": true}

// staffAfter reports whether rest, the text after an outlet's name, opens
// with one of staffNouns.
func staffAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return staffNouns[rest[:end]]
}

// jointRuns joins two runs that name known outlets across a hyphen written
// with a space after it, as a joint poll's name may be typed ("a
// Washington Post- ABC News poll"): one run, named as the hyphenated name
// is ("Washington Post-ABC News"). A dash between other names ("LENNA-
// Ferry crews") joins nothing.
func jointRuns(text string, runs []nameRun, ix *aliasIndex) []nameRun {
	for i := 0; i+1 < len(runs); i++ {
		a, b := runs[i], runs[i+1]
		if a.possessive || text[a.end:b.start] != "- " {
			continue
		}
		if _, known := ix.canonical(a.name); !known {
			continue
		}
		if _, known := ix.canonical(b.name); !known {
			continue
		}
		runs[i] = nameRun{start: a.start, end: b.end, name: a.name + "-" + b.name, possessive: b.possessive}
		runs = slices.Delete(runs, i+1, i+2)
	}
	return runs
}
