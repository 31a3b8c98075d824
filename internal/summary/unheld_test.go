package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// ferryFares is a story of one article whose standfirst tells its lead in
// short: the claims stage holds the lead as one claim with the standfirst,
// worded by neither.
const ferryFares = `Holm is raising Tolle ferry fares by a third and cutting the island subsidy

Harbour Minister Ada Holm is raising fares on the Tolle ferry by a third from June, cutting a subsidy the islands have relied on for decades, according to the Kessmouth Ledger.

In letters sent to the councils of Tolle, Brenna and Oskey, the ministry said the subsidy would end on May 31. None of these islands has another link to the mainland, and some councillors said they had not been warned.

The rise marks the ministry's third cut to island services in two years. Ferry operators must publish the new fares by April 18.

The harbour minister has said the ferry must pay its own way, as the bridge tolls do on the mainland.

About 9,000 people use the Tolle ferry every day, most of them to reach work or school in Kessmouth.`

// TestUnheldLead: an article's lead that no claim holds is weighed as a
// sentence of its own, and a story of one article opens with it, its
// credit to another outlet notwithstanding: no other article tells it
// without one.
func TestUnheldLead(t *testing.T) {
	d := story(t, dossier.Options{}, ferryFares)
	if len(d.Summary) == 0 || !strings.HasPrefix(d.Summary[0].Text, "Harbour Minister Ada Holm is raising fares") {
		t.Fatalf("summary does not open with the lead:\n%s", texts(d))
	}
}
