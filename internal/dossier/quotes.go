package dossier

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/quotes"
)

// runQuotes finds each article's direct quotations and speakers, links them
// across the story (speakers merged by name and alias, one quote per matched
// quotation) and adds the quote-speaker and quote-wording conflicts.
func runQuotes(d *corroborate.Dossier, opt Options) bool {
	var qopt quotes.Options
	ms := make([][]quotes.Mention, len(d.Articles))
	for i, a := range d.Articles {
		ms[i] = quotes.Extract(a, qopt)
	}
	speakers, qs, conflicts := quotes.Link(d.Articles, ms, qopt)
	markPartial(qs, d.Articles, ms)
	d.Speakers = speakers
	d.Quotes = qs
	d.Conflicts = append(d.Conflicts, conflicts...)
	return true
}

// markPartial carries the Partial flag of each extracted mention to the
// linked mentions cut from it: Link gives one mention per quoted segment,
// at the segment's span in its article.
func markPartial(qs []corroborate.Quote, arts []corroborate.Article, ms [][]quotes.Mention) {
	type at struct {
		article    string
		start, end int
	}
	partial := map[at]bool{}
	for i, am := range ms {
		for _, m := range am {
			if !m.Partial {
				continue
			}
			for _, p := range m.Parts {
				partial[at{arts[i].ID, p.Start, p.End}] = true
			}
		}
	}
	if len(partial) == 0 {
		return
	}
	for qi := range qs {
		for mi := range qs[qi].Mentions {
			m := &qs[qi].Mentions[mi]
			m.Partial = partial[at{m.Article, m.Start, m.End}]
		}
	}
}
