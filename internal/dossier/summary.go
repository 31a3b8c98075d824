package dossier

import (
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/summary"
	"github.com/corroborate/corroborate/internal/text"
)

// runSummary writes the extractive summary from the claims, those stated by
// a single article (weak) included, each sentence citing every article
// that supports it with its passage.
func runSummary(d *corroborate.Dossier, weak []corroborate.Claim, opt Options) bool {
	d.Summary = summary.Build(d, weak, summary.Options{Sentences: opt.SummarySentences, Words: opt.SummaryWords})
	markDisputed(d)
	return true
}

// markDisputed gives each summary sentence the conflicts it takes a side
// in. A conflict of facts is one a side of which holds a passage that
// overlaps, over half of the shorter, a passage of an article the sentence
// is copied from or stated in; one about who said a quotation, when the
// sentence holds the quotation too. A quotation worded two ways disputes
// no fact the sentence states, so it is left out.
func markDisputed(d *corroborate.Dossier) {
	for i := range d.Summary {
		s := &d.Summary[i]
		s.Disputed = nil
		passages := append(append([]corroborate.ClaimSupport(nil), s.Spans...), s.SupportedBy...)
		for k, c := range d.Conflicts {
			switch {
			case c.Kind == corroborate.ConflictQuoteWording:
			case c.Kind == corroborate.ConflictQuoteSpeaker && !strings.Contains(text.LowerAlnum(s.Text), text.LowerAlnum(c.About)):
			case sidesOverlap(c, passages):
				s.Disputed = append(s.Disputed, k)
			}
		}
	}
}

// sidesOverlap reports whether a side of c holds a passage that overlaps
// one of passages, in the same article, over half of the shorter of the
// two: a long passage that merely reaches into the other's does not.
func sidesOverlap(c corroborate.Conflict, passages []corroborate.ClaimSupport) bool {
	for _, side := range c.Sides {
		for _, sp := range side.Spans {
			for _, p := range passages {
				shared := min(p.End, sp.End) - max(p.Start, sp.Start)
				if p.Article == sp.Article && shared > 0 && 2*shared > min(p.End-p.Start, sp.End-sp.Start) {
					return true
				}
			}
		}
	}
	return false
}
