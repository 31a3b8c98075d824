package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// An update of a story that keeps its opening, then puts several
// paragraphs of new reporting above the rest of the earlier text, is the
// later of the two, though it holds far more words between the shared
// passages: they are its news, not text the earlier version left out.
func TestFollowUpKeepsTheEarlierTextBelowItsNews(t *testing.T) {
	cut := strings.Index(origin, "\n\n")
	news := "\n\nEngineers working through the night on Tuesday found a third cracked pier, and the council now says the bridge may stay shut until next spring. " +
		"The ferry company has added two boats to the crossing after queues at the harbor pier stretched for more than an hour on Tuesday morning, with commuters missing the first shift at the cannery. " +
		"Parents on the island asked the school board to open a temporary classroom in the chapel hall so that younger children need not cross twice a day. " +
		"The board agreed on Wednesday evening and will send two teachers across from the mainland school on Monday. " +
		"Nurses at the island clinic said they would stay open through the night while the bridge is closed, since an ambulance can no longer reach the mainland hospital in time. " +
		"A volunteer boat crew from the fishing cooperative has offered to carry emergency patients, and the coast guard will train its members on Saturday at the harbor station. " +
		"The council will meet again next Thursday to hear the engineers' full report and to decide whether to bring in a second contractor for the work on the piers."
	update := origin[:cut] + news + origin[cut:]
	arts := []corroborate.Article{mkArticle(t, "update", "", "", update), mkArticle(t, "first", "", "", origin)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "first" {
		t.Errorf("reuse %v (evidence %v), want first -> update", summarize(res.Reuse), evidence(res.Reuse))
	}
}
