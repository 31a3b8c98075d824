package report

import "github.com/corroborate/corroborate"

func summarySection(d *corroborate.Dossier) []block {
	return notComputed("Summary")
}
