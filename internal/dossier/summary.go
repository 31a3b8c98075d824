package dossier

import "github.com/corroborate/corroborate"

// runSummary fills the summary part of the dossier. Not built yet: it reports
// false so the dossier says "not computed".
func runSummary(d *corroborate.Dossier, opt Options) bool {
	return false
}
