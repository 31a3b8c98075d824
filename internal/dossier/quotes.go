package dossier

import "github.com/corroborate/corroborate"

// runQuotes fills the quotes part of the dossier. Not built yet: it reports
// false so the dossier says "not computed".
func runQuotes(d *corroborate.Dossier, opt Options) bool {
	return false
}
