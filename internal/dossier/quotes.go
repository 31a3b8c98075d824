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
	// each article is read alone: several at once
	each(len(d.Articles), func(i int) { ms[i] = quotes.Extract(d.Articles[i], qopt) })
	speakers, qs, conflicts := quotes.Link(d.Articles, ms, qopt)
	d.Speakers = speakers
	d.Quotes = qs
	d.Conflicts = append(d.Conflicts, conflicts...)
	return true
}
