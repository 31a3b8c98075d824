package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dossier"
)

// TestBudgetKeepsQuotationAfterItsIntroduction: under a word budget a
// quotation credited to "Holm" leans on the one that introduces harbour
// master Ada Holm, a first-person quotation the plain sentences leave out;
// once that one is taken in to fill the room left, the "Holm said" one
// comes back instead of leaving half the budget empty.
func TestBudgetKeepsQuotationAfterItsIntroduction(t *testing.T) {
	d := story(t, dossier.Options{SummaryWords: 100},
		"Tolle ferry to stop in June\n\n\"We have run this ferry for ninety years and we will not let it die without a fight,\" harbour master Ada Holm said.\n\n"+
			"The Tolle ferry will stop sailing on June 1 after the Kessland government cut its subsidy, the operator said on Monday.\n\n"+
			"About 9,000 people use the ferry every day.\n\n\"The islands will be cut off from the mainland for the first time since the war,\" Ada Holm said.\n",
		"Subsidy cut ends Tolle ferry\n\nThe Tolle ferry will stop sailing on June 1 after the government cut its subsidy, the operator said.\n\n"+
			"\"We have run this ferry for ninety years and we will not let it die without a fight,\" harbour master Ada Holm said.\n\n"+
			"\"The islands will be cut off from the mainland for the first time since the war,\" Holm said.\n\nThe ferry carries about 9,000 people a day.\n",
		"Islanders angry at ferry closure\n\n\"We have run this ferry for ninety years and we will not let it die without a fight,\" said harbour master Ada Holm.\n\n"+
			"The operator said on Monday that the Tolle ferry would stop sailing on June 1 because the government had cut its subsidy.\n\n"+
			"\"The islands will be cut off from the mainland for the first time since the war,\" Holm said.\n")
	got := texts(d)
	for _, want := range []string{"harbour master Ada Holm", "The islands will be cut off"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary under 100 words lacks %q:\n%s", want, got)
		}
	}
	if i, j := strings.Index(got, "harbour master Ada Holm"), strings.Index(got, "The islands will be cut off"); i > j {
		t.Errorf("the quotation of Holm comes before the one introducing her:\n%s", got)
	}
}
