package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// conflictsSection lists every conflict, quotation conflicts included, most
// confident first: its kind, what it is about, each side with its
// articles, and the note when it adds to the sides, and under it the
// passages the sides rest on that say more than the sides. It says how
// many were held back as unsure.
func conflictsSection(d *corroborate.Dossier, v *view.Story) []block {
	if !computed(d, "claims") && !computed(d, "quotes") {
		return notComputed("Conflicts")
	}
	bs := []block{{heading: "Conflicts"}}
	held := view.HeldBack(v.HeldBack, len(v.Conflicts) > 0)
	if len(v.Conflicts) == 0 {
		if v.Single {
			return append(bs, block{para: "One article cannot contradict another."})
		}
		return append(bs, block{para: strings.TrimSpace(view.NoConflicts(computed(d, "claims"), computed(d, "quotes")) + " " + held)})
	}
	items := make([]string, 0, len(v.Conflicts))
	subs := make([][]string, 0, len(v.Conflicts))
	for _, c := range v.Conflicts {
		items = append(items, conflictItem(c))
		var passages []string
		for _, p := range c.Evidence() {
			passages = append(passages, p.Source.Ref()+": "+quoted(p.Text))
		}
		subs = append(subs, passages)
	}
	intro := fmt.Sprintf("%d points on which the articles disagree, the surest first.", len(v.Conflicts))
	if len(v.Conflicts) == 1 {
		intro = "1 point on which the articles disagree."
	}
	return append(bs, block{para: strings.TrimSpace(intro + " " + held)}, block{list: items, subs: subs})
}

// conflictItem writes one conflict on one line, each thing once: kind,
// what it is about, the sides with their articles and passages' places,
// and the note when it adds to the sides.
func conflictItem(c view.Conflict) string {
	var sides []string
	for _, s := range c.Sides {
		sides = append(sides, fmt.Sprintf("%q in %s", s.Value, sourceRefs(s.Sources)))
	}
	line := "[" + c.Label + "] "
	if c.Speaker != "" {
		line += "said by " + c.Speaker + ": "
	}
	if about := c.About; about != "" {
		if c.Kind == corroborate.ConflictQuoteSpeaker {
			about = "“" + about + "”"
		}
		line += about + ": "
	}
	line += strings.Join(sides, " vs ")
	if c.Note != "" {
		// a full stop only between the sides and a note: a shortened
		// title ends the sides with "…", after which none is written
		line = endSentence(line) + " " + sentence(c.Note)
	}
	return line + " (" + c.Sureness() + ")"
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

// quoted puts a passage between quotation marks unless it is a quotation
// already.
func quoted(s string) string {
	if strings.HasPrefix(s, "“") || strings.HasPrefix(s, `"`) {
		return s
	}
	return "“" + s + "”"
}
