package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A report that quotes a speaker's own text for barely more than half of
// what it shares with it, and retells the rest in that text's words
// without quotation marks, does not credit the whole: the retold half is
// taken uncredited.
func TestHalfQuotedIsNotCredited(t *testing.T) {
	statement := "The Skarn harbour board met on Monday night and agreed to close the north pier to all traffic from the first of June.\n\n" +
		"Divers found that the timber piles under the north pier have rotted through in eleven places since the winter storms.\n\n" +
		"We will rebuild the pier in stone, and the work will take two summers and cost the board four million crowns.\n\n" +
		"Fishing boats will moor at the south quay until the work ends, and the board will waive their mooring fees for the season."
	report := "Fishermen in Skarn face two summers without their pier.\n\n" +
		"The Skarn harbour board met on Monday night and agreed to close the north pier to all traffic from the first of June.\n\n" +
		"Divers found that the timber piles under the north pier have rotted through, a board engineer said.\n\n" +
		"\"We will rebuild the pier in stone, and the work will take two summers and cost the board four million crowns,\" Edda Lorne wrote.\n\n" +
		"\"Fishing boats will moor at the south quay until the work ends, and the board will waive their mooring fees for the season,\" Lorne wrote.\n\n" +
		"Several skippers said they would sell their catch in Tarven instead."
	var quotes []corroborate.Quote
	for _, q := range []string{"We will rebuild", "Fishing boats"} {
		start := strings.Index(report, q)
		end := start + strings.Index(report[start:], ",\"")
		quotes = append(quotes, corroborate.Quote{Mentions: []corroborate.QuoteMention{
			{Article: "report", SpeakerText: "Lorne", Cue: "wrote", Start: start, End: end}}})
	}
	res := Analyze([]corroborate.Article{mkArticle(t, "statement", "", "2024-03-04T20:00:00Z", statement), mkArticle(t, "report", "", "2024-03-05T09:00:00Z", report)}, quotes, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "statement" {
		t.Fatalf("reuse %v, want statement -> report", summarize(res.Reuse))
	}
	if res.Reuse[0].Credited {
		t.Errorf("reuse %v (credit %+v), want not credited", summarize(res.Reuse), res.Reuse[0].Credit)
	}
}
