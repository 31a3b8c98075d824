package dossier

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/summary"
)

// runSummary writes the extractive summary from the claims, each sentence
// citing every article that supports it.
func runSummary(d *corroborate.Dossier, opt Options) bool {
	d.Summary = summary.Build(d, summary.Options{Sentences: opt.summarySentences()})
	return true
}
