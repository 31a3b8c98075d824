package report

import "github.com/corroborate/corroborate"

func quotesSection(d *corroborate.Dossier) []block {
	return notComputed("Quotes")
}
