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
	update := origin[:cut] + followUpNews + origin[cut:]
	arts := []corroborate.Article{mkArticle(t, "update", "", "", update), mkArticle(t, "first", "", "", origin)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "first" {
		t.Errorf("reuse %v (evidence %v), want first -> update", summarize(res.Reuse), evidence(res.Reuse))
	}
}

// A copy that keeps the origin's lead, cuts a few paragraphs and keeps the
// rest has the follow-up's shape seen from the other side: the origin holds
// a block of text above most of what the two share. Alone, that shape
// cannot tell an update from the origin of a trimmed copy: the direction
// is unsure, however long the block.
func TestTrimmedCopyLeavesTheDirectionUnsure(t *testing.T) {
	cut := strings.Index(origin, "\n\n")
	for _, tt := range []struct {
		name, block string
		from, dir   string
	}{
		{"three paragraphs cut", followUpNews, "", "unsure"},
		{"a long block cut", followUpNews + followUpMore, "", "unsure"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			long := origin[:cut] + tt.block + origin[cut:]
			arts := []corroborate.Article{mkArticle(t, "long", "Harbor Courier", "", long), mkArticle(t, "trim", "Valley Ledger", "", origin)}
			res := Analyze(arts, nil, Options{})
			if len(res.Reuse) != 1 {
				t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
			}
			r := res.Reuse[0]
			if tt.from != "" && r.From != tt.from {
				t.Errorf("reuse %v (evidence %v), want %s as the origin", summarize(res.Reuse), evidence(res.Reuse), tt.from)
			}
			if tt.dir != "" && r.Direction != tt.dir {
				t.Errorf("direction %q (evidence %v), want %q", r.Direction, evidence(res.Reuse), tt.dir)
			}
		})
	}
}

// followUpNews is three paragraphs of news (190 words) an update puts
// above the earlier text; followUpMore makes it a long block.
const followUpNews = "\n\nEngineers working through the night on Tuesday found a third cracked pier, and the council now says the bridge may stay shut until next spring. " +
	"The ferry company has added two boats to the crossing after queues at the harbor pier stretched for more than an hour on Tuesday morning, with commuters missing the first shift at the cannery. " +
	"Parents on the island asked the school board to open a temporary classroom in the chapel hall so that younger children need not cross twice a day. " +
	"The board agreed on Wednesday evening and will send two teachers across from the mainland school on Monday. " +
	"Nurses at the island clinic said they would stay open through the night while the bridge is closed, since an ambulance can no longer reach the mainland hospital in time. " +
	"A volunteer boat crew from the fishing cooperative has offered to carry emergency patients, and the coast guard will train its members on Saturday at the harbor station. " +
	"The council will meet again next Thursday to hear the engineers' full report and to decide whether to bring in a second contractor for the work on the piers."

const followUpMore = "\n\nAt the cannery, the manager said forty workers who live on the island had been told to take the early ferry or stay with relatives on the mainland until the bridge opens again. " +
	"Two grocers on the island said deliveries had been cut to three days a week, and that fresh milk and bread were running short by Thursday afternoon. " +
	"The fishing cooperative has lent its cold store to the island shop so that frozen goods can be kept when the delivery van cannot come across. " +
	"A retired engineer who worked on the bridge in the 1980s said the piers had been patched twice before and that the council had been warned about the joints. " +
	"The council's leader said the warnings were followed at the time and that the new cracks are in a different part of the structure. " +
	"Residents plan a meeting at the chapel hall on Friday night to ask for a temporary footbridge, which the engineers have said they will study. " +
	"The regional transport office said it would send a team on Monday to look at whether a floating crossing could be laid beside the closed bridge."
