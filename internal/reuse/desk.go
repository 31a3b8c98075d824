package reuse

import "strings"

// deskVerbs open the parts of an agency desk's sign-off: "(Reporting by
// A; Writing by B; Editing by C)".
var deskVerbs = []string{"reporting by", "additional reporting by", "writing by", "editing by", "compiled by"}

// deskSignoff returns the sign-off of a news agency's desk, as written: the
// last paragraph of the text in parentheses that names who reported,
// wrote and edited the story and holds "Editing by" ("(Writing by Ana Ros;
// Editing by Li Wei)"), and its offset. It names people, not the agency;
// "" when none.
func deskSignoff(text string) (string, int) {
	i := strings.LastIndex(text, "Editing by")
	if i < 0 {
		return "", 0
	}
	lo := strings.LastIndexByte(text[:i], '\n') + 1
	hi := strings.IndexByte(text[i:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += i
	}
	line := strings.TrimRight(text[lo:hi], " \t\r")
	at := lo + len(line) - len(strings.TrimLeft(line, " \t"))
	line = text[at : lo+len(line)]
	inner, ok := strings.CutPrefix(line, "(")
	if !ok || !strings.HasSuffix(strings.TrimRight(line, ". "), ")") {
		return "", 0
	}
	low := asciiLower(inner)
	for _, v := range deskVerbs {
		if strings.HasPrefix(low, v) {
			return line, at
		}
	}
	return "", 0
}

// staffWords follow an agency's name where the text speaks of the
// agency's own newsgathering: "a Reuters witness said", "Reuters
// television showed", "a Reuters tally".
var staffWords = map[string]bool{
	"witness": true, "witnesses": true, "reporter": true, "reporters": true, "correspondent": true,
	"correspondents": true, "photographer": true, "photographers": true, "cameraman": true,
	"cameramen": true, "television": true, "tv": true, "journalist": true, "journalists": true,
	"tally": true, "calculations": true, "poll": true, "survey": true,
}

// staffAgency returns the one news agency the text speaks of as its own
// newsgatherer: its witness, reporter, television or tally ("a Reuters
// witness said"), or the one a source spoke to ("told Reuters"), and the
// first such mention as written; "" when it names none so, or several.
func staffAgency(text string, ix *aliasIndex) (agency, cue string) {
	for _, run := range nameRuns(text, scanWords(text)) {
		name, known, ok := ix.outletName(run.name)
		if !ok {
			var r nameRun
			if r, name, ok = ix.outletPrefix(run, nil); ok {
				run = r
				_, known = ix.canonical(name)
			}
		}
		if !ok || !known || !ix.isWire(name) || run.possessive {
			continue
		}
		lo, hi := run.start, run.end
		rest := text[hi:min(len(text), hi+16)]
		next := strings.TrimLeft(rest, " ")
		if sp := strings.IndexAny(next, " .,;:\n"); sp >= 0 {
			next = next[:sp]
		}
		before := asciiLower(text[max(0, lo-10):lo])
		switch {
		case staffWords[asciiLower(next)]:
			hi += len(rest) - len(strings.TrimLeft(rest, " ")) + len(next)
		case strings.HasSuffix(before, "told ") || strings.HasSuffix(before, "told the "):
			lo = strings.LastIndex(text[:lo], "told")
		default:
			continue
		}
		if agency != "" && !ix.sameOutlet(agency, name) {
			return "", "" // two agencies' staff: the text is neither's alone
		}
		if agency == "" {
			agency, cue = name, text[lo:hi]
		}
	}
	return agency, cue
}
