package dossier

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/summary"
)

// runSummary writes the extractive summary from the claims, those stated by
// a single article (weak) included, each sentence citing every article
// that supports it with its passage.
func runSummary(d *corroborate.Dossier, weak []corroborate.Claim, opt Options) bool {
	d.Summary = summary.Build(d, weak, summary.Options{Sentences: opt.SummarySentences, Words: opt.SummaryWords})
	return true
}
