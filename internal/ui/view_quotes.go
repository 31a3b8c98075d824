package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// quotesView is the quotes table, quotes in conflict first.
type quotesView struct {
	Computed bool
	Rows     []quoteRow
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
	Link    string
}

func quotesSection(d *corroborate.Dossier, srcs []source, idx map[string]int, l links) quotesView {
	v := quotesView{Computed: computed(d, "quotes")}
	names := map[string]string{}
	for _, s := range d.Speakers {
		names[s.ID] = s.Name
	}
	disputed := map[string]bool{}
	for _, c := range d.Conflicts {
		if c.Kind.Quote() {
			disputed[strings.ToLower(strings.TrimSpace(c.About))] = true
		}
	}
	for _, q := range d.Quotes {
		row := quoteRow{Text: q.Text}
		var speakers []string
		for _, m := range q.Mentions {
			who := m.SpeakerText
			if m.Speaker != nil && names[*m.Speaker] != "" {
				who = names[*m.Speaker]
			}
			row.Mentions = append(row.Mentions, quoteMention{Source: refOf(srcs, idx, m.Article),
				Speaker: who, Cue: m.Cue, Link: l.Passage(m.Article, m.Start, m.End)})
			if who != "" && !slices.Contains(speakers, who) {
				speakers = append(speakers, who)
			}
		}
		switch {
		case len(speakers) > 1:
			row.Conflict = fmt.Sprintf("attributed to %d different speakers: %s", len(speakers), strings.Join(speakers, ", "))
		case disputed[strings.ToLower(strings.TrimSpace(q.Text))]:
			row.Conflict = "the sources disagree on this quote"
		}
		v.Rows = append(v.Rows, row)
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
