package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// conflictKindNames are the headings of the kinds of conflict.
var conflictKindNames = map[string]string{
	"quote-speaker": "who said it",
	"quote-wording": "wording of a quotation",
	"number":        "figure",
	"date":          "date",
	"name":          "name",
	"negation":      "yes or no",
}

// Bounds of a conflict line: a quotation can run to a paragraph.
const (
	maxConflictAbout = 120
	maxConflictValue = 160
)

// conflictsSection lists every conflict, quotation conflicts included, most
// confident first: its kind, what it is about, each side with its
// articles, and the note when it adds to the sides. It says how many were
// held back as unsure.
func conflictsSection(d *corroborate.Dossier) []block {
	if !computed(d, "claims") && !computed(d, "quotes") {
		return notComputed("Conflicts")
	}
	bs := []block{{heading: "Conflicts"}}
	held := heldBackLine(d.Story.ConflictsHeldBack, len(d.Conflicts) > 0)
	if len(d.Conflicts) == 0 {
		what := "facts and quotations"
		switch {
		case !computed(d, "claims"):
			what = "quotations (facts not computed yet)"
		case !computed(d, "quotes"):
			what = "facts (quotations not computed yet)"
		}
		return append(bs, block{para: strings.TrimSpace("The articles do not contradict each other on " + what + ". " + held)})
	}
	labels := factLabels(d)
	cs := byConfidence(d.Conflicts)
	items := make([]string, 0, len(cs))
	for _, c := range cs {
		items = append(items, conflictItem(c, labels))
	}
	intro := fmt.Sprintf("%d points on which the articles disagree.", len(cs))
	switch {
	case len(cs) == 1:
		intro = "1 point on which the articles disagree."
	case cs[0].Confidence > 0:
		intro = fmt.Sprintf("%d points on which the articles disagree, the surest first.", len(cs))
	}
	return append(bs, block{para: strings.TrimSpace(intro + " " + held)}, block{list: items})
}

// heldBackLine says how many conflicts the dossier held back, "more" when
// others are shown, or nothing.
func heldBackLine(n int, more bool) string {
	what := "possible conflict"
	if more {
		what = "more " + what
	}
	switch {
	case n == 1:
		return "1 " + what + " was held back as unsure."
	case n > 1:
		return fmt.Sprintf("%d %ss were held back as unsure.", n, what)
	}
	return ""
}

// byConfidence is cs ordered by confidence, highest first; conflicts of
// equal confidence keep their order. cs is not changed.
func byConfidence(cs []corroborate.Conflict) []corroborate.Conflict {
	out := append([]corroborate.Conflict(nil), cs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Confidence > out[j].Confidence })
	return out
}

// conflictItem writes one conflict on one line, each thing once: kind,
// what it is about (left out when it is one side's value, as for a
// wording conflict), the sides, and the note unless it only repeats them.
func conflictItem(c corroborate.Conflict, labels map[string]string) string {
	kind := conflictKindNames[string(c.Kind)]
	if kind == "" {
		kind = string(c.Kind)
	}
	var sides []string
	aboutIsSide := false
	for _, s := range c.Sides {
		arts := make([]string, 0, len(s.Articles))
		for _, id := range s.Articles {
			arts = append(arts, factLabel(labels, id))
		}
		sides = append(sides, fmt.Sprintf("%q in %s", clip(s.Value, maxConflictValue), strings.Join(arts, ", ")))
		aboutIsSide = aboutIsSide || s.Value == c.About
	}
	line := "[" + kind + "] "
	if about := strings.TrimRight(clip(c.About, maxConflictAbout), ".:;, "); about != "" && !aboutIsSide {
		if c.Kind == "quote-speaker" {
			about = "“" + about + "”"
		}
		line += about + ": "
	}
	line += strings.Join(sides, " vs ") + "."
	if note := strings.TrimSpace(c.Note); note != "" && !repeatsSides(note, c.Sides) {
		line += " " + sentence(note)
	}
	return line
}

// repeatsSides reports whether a note names every side's value, so that
// printing it after the sides would say the same thing twice.
func repeatsSides(note string, sides []corroborate.ConflictSide) bool {
	note = strings.ToLower(note)
	for _, s := range sides {
		if !strings.Contains(note, strings.ToLower(s.Value)) {
			return false
		}
	}
	return len(sides) > 0
}

// sentence starts s with a capital letter and ends it with a full stop.
func sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}
