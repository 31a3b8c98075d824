package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
)

// background is a long essay on the history behind a story, whose
// sentences a feature repeats: details several articles state.
var background = []string{
	"The Brannock charter was written on calfskin parchment by the town clerk Ewan Delph in the spring of 1612.",
	"The charter granted the town of Brannock the right to hold a market on the river bank every Thursday.",
	"Historians believe the charter was carried out of the town hall during the great flood of 1788.",
	"For two centuries the wording of the charter was known only from a copy made by the clerk's son.",
	"The copy of the charter names eleven families who held land along the river in the town of Brannock.",
	"Scholars of the town's history have long argued over whether the charter was signed by the king himself.",
	"The market the charter granted still runs on the river bank, with more than two hundred stalls.",
	"Ewan Delph served as the town clerk of Brannock for thirty years and wrote its first ledger of land.",
}

// charterStory is a story where the articles' shared sentences are
// background and one article's lead tells the news: the charter shown in
// public "for the first time".
func charterStory(t *testing.T, opt dossier.Options) *corroborate.Dossier {
	news := `The Brannock city archive on Wednesday showed in public for the first time the lost founding charter of the town, found last month in a farmhouse attic.

Archive director Mira Olsk said the farmhouse attic had kept the parchment dry, and it was in good condition apart from a torn corner.

Visitors queued for two hours outside the archive to see the lost charter shown in public.

The archive will show the charter in its main hall until June, and then in a public reading room.

The farmer who found it in the attic, Hal Renner, said he had taken the parchment for an old lease.`
	// the essay and the feature mention the archive and the lost original
	// in passing, as background does
	essay := strings.Join(background, "\n\n") + "\n\nThe original was lost, and many feared it had burned with a farmhouse in the flood."
	feature := "Few documents have shaped a town as the Brannock charter has.\n\n" + strings.Join(background[1:7], "\n\n") +
		"\n\nMira Olsk, who runs the city archive, has studied the copy of the lost charter since 1990."
	return story(t, opt, essay, feature, news)
}

// TestEventLeadTold: when the sentences many articles state are all
// background, the summary still tells the news one article's lead gives,
// and opens with it.
func TestEventLeadTold(t *testing.T) {
	d := charterStory(t, dossier.Options{})
	if len(d.Summary) == 0 || !strings.Contains(d.Summary[0].Text, "for the first time") {
		t.Fatalf("summary does not open with the charter shown for the first time:\n%s", texts(d))
	}
	checkVerbatim(t, d)
}

// TestEventLeadKeepsBudget: under a word budget shorter than the event
// lead (27 words), the lead is not put in over sentences that fit, nor is
// any other sentence longer than the budget taken first while one fits
// (16 words: only the visitors queuing, a weaker sentence): the sentences
// within the budget (all but the one filling it, marked beyond it) hold
// the budget; under a budget it fits, the lead is put in.
func TestEventLeadKeepsBudget(t *testing.T) {
	for _, budget := range []int{16, 20, 40} {
		d := charterStory(t, dossier.Options{SummaryWords: budget})
		used := 0
		for _, s := range d.Summary {
			if !s.BeyondBudget {
				used += len(strings.Fields(s.Text))
			}
		}
		if len(d.Summary) == 0 || used == 0 || used > budget {
			t.Errorf("%d words within a budget of %d:\n%s", used, budget, texts(d))
		}
		if told := len(d.Summary) > 0 && strings.Contains(d.Summary[0].Text, "for the first time"); told != (budget >= 27) {
			t.Errorf("budget %d: summary opens with the event lead: %v, want %v:\n%s", budget, told, budget >= 27, texts(d))
		}
		checkVerbatim(t, d)
	}
}
