package dossier

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// claimsOptions are the options the claims stage finds claims with: those
// of a single article too, for the summary.
func claimsOptions() claims.Options { return claims.Options{MinArticles: 1} }

// runClaims aligns the articles' sentences into claims and appends the fact
// conflicts (number, date, name, negation) to those already found. Support
// is counted by origin using the reuse links, when the reuse stage ran.
// Claims is the last stage to find conflicts, so the unsure ones, quotes'
// and claims' alike, are held back here, before the summary reads them.
//
// The claims are found once, those stated by a single article included:
// d.Claims gets the ones stated by at least two articles (every one when
// the story has a single article), and the rest are returned for the
// summary, which may still quote them. Find orders claims by origins, then
// by articles, so the supported ones come first and keep the ids a search
// with claims' default minimum gives them. A quotation the articles give to
// different speakers (a quote-speaker conflict, found by the quotes stage
// before) is worded naming none of them.
//
// The sentences are aligned (claims.Align) before, alongside the quotes
// and reuse stages, which write nothing it reads: aligned waits for that,
// and is nil when the alignment was not started.
func runClaims(d *corroborate.Dossier, aligned *early[*claims.Alignment], opt Options) []corroborate.Claim {
	copt := claimsOptions()
	for _, c := range d.Conflicts {
		if c.Kind == corroborate.ConflictQuoteSpeaker {
			copt.DisputedQuotes = append(copt.DisputedQuotes, c.About)
		}
	}
	var r claims.Result
	if aligned != nil {
		r = aligned.wait().Find(d.Articles, d.Reuse, copt)
	} else {
		r = claims.Find(d.Articles, d.Reuse, copt)
	}
	minArts := 2
	if len(d.Articles) < 2 {
		minArts = 1
	}
	d.Claims = []corroborate.Claim{}
	var weak []corroborate.Claim
	for _, c := range r.Claims {
		if len(c.Support) >= minArts {
			d.Claims = append(d.Claims, c)
		} else {
			weak = append(weak, c)
		}
	}
	d.Conflicts = append(d.Conflicts, r.Conflicts...)
	holdBackConflicts(d, opt)
	return weak
}
