package dossier

import "github.com/corroborate/corroborate"

// runReuse fills the reuse part of the dossier. Not built yet: it reports
// false so the dossier says "not computed".
func runReuse(d *corroborate.Dossier, opt Options) bool {
	return false
}
