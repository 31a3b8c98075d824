package dossier

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/quotes"
)

// findQuotes is quotes.TryExtract, or in a test a finder that fails on
// one article.
var findQuotes = quotes.TryExtract

// runQuotes finds each article's direct quotations and speakers, links them
// across the story (speakers merged by name and alias, one quote per matched
// quotation) and adds the quote-speaker and quote-wording conflicts.
func runQuotes(d *corroborate.Dossier, opt Options) bool {
	var qopt quotes.Options
	ms := make([][]quotes.Mention, len(d.Articles))
	errs := make([]error, len(d.Articles))
	// each article is read alone: several at once; one that fails loses
	// its own quotations only, and the dossier says which
	each(len(d.Articles), func(i int) { ms[i], errs[i] = findQuotes(d.Articles[i], qopt) })
	for i, err := range errs {
		if err != nil {
			d.Failed = append(d.Failed, corroborate.StageFailure{Stage: "quotes", Error: err.Error(), Article: corroborate.ArticleName(d.Articles[i], i)})
		}
	}
	speakers, qs, conflicts := quotes.Link(d.Articles, ms, qopt)
	d.Speakers = speakers
	d.Quotes = qs
	d.Conflicts = append(d.Conflicts, conflicts...)
	return true
}
