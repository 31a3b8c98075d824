package report

import (
	"fmt"
	"strings"

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

// conflictsSection lists every conflict, quotation conflicts included: its
// kind, what it is about, each side with its articles, and the note.
func conflictsSection(d *corroborate.Dossier) []block {
	if !computed(d, "claims") && !computed(d, "quotes") {
		return notComputed("Conflicts")
	}
	bs := []block{{heading: "Conflicts"}}
	if len(d.Conflicts) == 0 {
		what := "facts and quotations"
		switch {
		case !computed(d, "claims"):
			what = "quotations (facts not computed yet)"
		case !computed(d, "quotes"):
			what = "facts (quotations not computed yet)"
		}
		return append(bs, block{para: "The articles do not contradict each other on " + what + "."})
	}
	labels := factLabels(d)
	items := make([]string, 0, len(d.Conflicts))
	for _, c := range d.Conflicts {
		items = append(items, conflictItem(c, labels))
	}
	return append(bs, block{para: fmt.Sprintf("%d points on which the articles disagree.", len(d.Conflicts))}, block{list: items})
}

// conflictItem writes one conflict on one line: kind, about, sides, note.
func conflictItem(c corroborate.Conflict, labels map[string]string) string {
	kind := conflictKindNames[c.Kind]
	if kind == "" {
		kind = c.Kind
	}
	var sides []string
	for _, s := range c.Sides {
		arts := make([]string, 0, len(s.Articles))
		for _, id := range s.Articles {
			arts = append(arts, factLabel(labels, id))
		}
		sides = append(sides, fmt.Sprintf("%q in %s", s.Value, strings.Join(arts, ", ")))
	}
	about := strings.TrimRight(clip(c.About, 120), ".:;, ")
	line := fmt.Sprintf("[%s] %s: %s.", kind, about, strings.Join(sides, " vs "))
	if c.Note != "" {
		line += " " + c.Note
	}
	return line
}
