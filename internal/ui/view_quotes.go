package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// quotesView is the quotes table, quotes in conflict first.
type quotesView struct {
	Computed bool
	Rows     []quoteRow
	Speakers []string // each speaker with kind, roles and aliases
}

type quoteRow struct {
	Text     string
	Conflict string // why the row is in conflict, empty when it is not
	Mentions []quoteMention
}

type quoteMention struct {
	Source  sourceRef
	Speaker string
	Cue     string
	Partial string // view.PartialNote for quoted words inside the article's own sentence
	// Words are the words the article prints when it quotes only part of
	// the row's text; "" when it prints the whole.
	Words string
	Link  string
}

// quotesSection lists the quotations, each with its mentions; a row is in
// conflict when the dossier holds a conflict about it (the same test the
// report uses), never from the mentions alone: one speaker under several
// labels is no conflict.
func quotesSection(d *corroborate.Dossier, sv *view.Story, srcs []source, idx map[string]int, l links) quotesView {
	v := quotesView{Computed: computed(d, "quotes")}
	speakers := view.Speakers(d)
	conflicts := sv.QuoteConflicts()
	for _, q := range d.Quotes {
		row := quoteRow{Text: q.Text}
		ends := map[quoteMention]int{} // where the last such mention ended
		for _, m := range q.Mentions {
			qm := quoteMention{Source: refOf(srcs, idx, m.Article), Speaker: view.MentionSpeaker(m, speakers), Cue: m.Cue}
			if m.Partial {
				qm.Partial = view.PartialNote
				if i, ok := idx[m.Article]; ok {
					qm.Words = view.MentionWords(q, m, d.Articles[i].Text)
				}
			}
			if end, ok := ends[qm]; ok && m.Start >= end && m.Start-end <= splitGap {
				ends[qm] = m.End // the second span of a quotation split by its cue
				continue
			}
			ends[qm] = m.End
			qm.Link = l.Passage(m.Article, m.Start, m.End)
			row.Mentions = append(row.Mentions, qm)
		}
		for _, c := range conflicts {
			if c.Concerns(q) {
				row.Conflict = conflictFlag(c)
				break
			}
		}
		v.Rows = append(v.Rows, row)
	}
	for _, s := range d.Speakers {
		v.Speakers = append(v.Speakers, view.SpeakerEntry(s))
	}
	sort.SliceStable(v.Rows, func(i, j int) bool {
		ci, cj := v.Rows[i].Conflict != "", v.Rows[j].Conflict != ""
		if ci != cj {
			return ci
		}
		return len(v.Rows[i].Mentions) > len(v.Rows[j].Mentions)
	})
	return v
}

// splitGap is the most text, in bytes, between the two spans of one
// quotation split by its cue (`"…," the mayor of Calder said on Tuesday, "…"`).
const splitGap = 80

// conflictFlag says what a quotation's conflict is about.
func conflictFlag(c view.Conflict) string {
	if c.Kind != corroborate.ConflictQuoteSpeaker {
		return "the sources quote it in different words"
	}
	var who []string
	for _, s := range c.Sides {
		who = append(who, s.Value)
	}
	return fmt.Sprintf("attributed to %d different speakers: %s", len(who), strings.Join(who, ", "))
}
