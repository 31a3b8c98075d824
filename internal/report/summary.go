package report

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// summarySection prints the summary, each sentence followed by the
// articles it is copied from and then the others that state it in other
// words.
func summarySection(d *corroborate.Dossier, v *view.Story) []block {
	if !computed(d, "summary") {
		return notComputed("Summary")
	}
	bs := []block{{heading: "Summary"}}
	if len(d.Summary) == 0 {
		return append(bs, block{para: "No summary: the articles give no sentence to build one from."})
	}
	items := make([]string, 0, len(d.Summary))
	subs := make([][]string, 0, len(d.Summary))
	for _, s := range d.Summary {
		item := fmt.Sprintf("%s [%s]", s.Text, refs(v, s.Cites))
		if len(s.SupportedBy) > 0 {
			ids := make([]string, len(s.SupportedBy))
			for i, sp := range s.SupportedBy {
				ids[i] = sp.Article
			}
			item += fmt.Sprintf(" (also stated by %s)", refs(v, ids))
		}
		if cs := v.Disputed(s); len(cs) > 0 {
			names := make([]string, len(cs))
			for i, c := range cs {
				names[i] = c.Short()
			}
			item += fmt.Sprintf(" (disputed: %s; see the conflicts)", strings.Join(names, "; "))
		}
		if s.BeyondBudget {
			item += " (past the word budget: it fills the room the others left)"
		}
		items, subs = append(items, item), append(subs, otherWords(d, v, s))
	}
	return append(bs, block{list: items, subs: subs})
}

// otherWords is how each article that states summary sentence s without
// its very characters words it, as the web page shows each passage: a
// line for each wording, or "in the same words" for an article whose
// sentence differs only in punctuation or the shape of its quotation
// marks.
func otherWords(d *corroborate.Dossier, v *view.Story, s corroborate.SummarySentence) []string {
	if len(s.SupportedBy) == 0 {
		return nil
	}
	ps := make([]view.Passage, 0, len(s.SupportedBy))
	seen := map[string]bool{}
	for _, sp := range s.SupportedBy {
		if !seen[sp.Article] {
			seen[sp.Article] = true
			ps = append(ps, v.Passage(d, sp))
		}
	}
	same, others := view.Wordings(s.Text, ps)
	var out []string
	if len(same) > 0 {
		out = append(out, passageRefs(same)+": in the same words")
	}
	return append(out, wordingLines(others)...)
}

// refs is the short labels of the articles ids, joined.
func refs(v *view.Story, ids []string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, v.Source(id).Tagged())
	}
	return strings.Join(out, ", ")
}

// sourceRefs is the short labels of srcs, joined.
func sourceRefs(srcs []view.Source) string {
	out := make([]string, 0, len(srcs))
	for _, s := range srcs {
		out = append(out, s.Tagged())
	}
	return strings.Join(out, ", ")
}
