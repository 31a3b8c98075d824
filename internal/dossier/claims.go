package dossier

import "github.com/corroborate/corroborate"

// runClaims fills the claims part of the dossier. Not built yet: it reports
// false so the dossier says "not computed".
func runClaims(d *corroborate.Dossier, opt Options) bool {
	return false
}
