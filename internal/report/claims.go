package report

import "github.com/corroborate/corroborate"

func claimsSection(d *corroborate.Dossier) []block {
	return notComputed("Claims")
}
