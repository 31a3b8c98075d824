package dossier

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// runClaims aligns the articles' sentences into claims and appends the fact
// conflicts (number, date, name, negation) to those already found. Support
// is counted by origin using the reuse links, when the reuse stage ran.
// Claims is the last stage to find conflicts, so the unsure ones, quotes'
// and claims' alike, are held back here, before the summary reads them.
func runClaims(d *corroborate.Dossier, opt Options) bool {
	r := claims.Find(d.Articles, d.Reuse, claims.Options{})
	d.Claims = r.Claims
	d.Conflicts = append(d.Conflicts, r.Conflicts...)
	holdBackConflicts(d, opt)
	return true
}
