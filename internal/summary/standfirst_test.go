package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// ferryFares is a story of one article whose lead credits another outlet.
const ferryFares = `Holm is raising Tolle ferry fares by a third and cutting the island subsidy

Harbour Minister Ada Holm is raising fares on the Tolle ferry by a third from June, cutting a subsidy the islands have relied on for decades, according to the Kessmouth Ledger.

In letters sent to the councils of Tolle, Brenna and Oskey, the ministry said the subsidy would end on May 31. None of these islands has another link to the mainland, and some councillors said they had not been warned.

The rise marks the ministry's third cut to island services in two years. Ferry operators must publish the new fares by April 18.

The harbour minister has said the ferry must pay its own way, as the bridge tolls do on the mainland.

About 9,000 people use the Tolle ferry every day, most of them to reach work or school in Kessmouth.`

// TestLeadUnderStandfirst: a story of one article opens with its lead,
// its credit to another outlet notwithstanding (no other article tells it
// without one), and with a standfirst that restates the lead in short
// above it too: the lead, not the standfirst, holds the claim both state.
func TestLeadUnderStandfirst(t *testing.T) {
	title, rest, _ := strings.Cut(ferryFares, "\n\n")
	for _, body := range []string{ferryFares, title + "\n\nHarbour Minister Ada Holm is raising Tolle ferry fares by a third, reports the Kessmouth Ledger\n\n" + rest} {
		d := story(t, dossier.Options{}, body)
		if len(d.Summary) == 0 || !strings.HasPrefix(d.Summary[0].Text, "Harbour Minister Ada Holm is raising fares") {
			t.Errorf("summary does not open with the lead:\n%s", texts(d))
		}
	}
}
