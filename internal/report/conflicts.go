package report

import "github.com/corroborate/corroborate"

func conflictsSection(d *corroborate.Dossier) []block {
	return notComputed("Conflicts")
}
