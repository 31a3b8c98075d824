package report

import "github.com/corroborate/corroborate"

func reuseSection(d *corroborate.Dossier) []block {
	return notComputed("Provenance")
}
