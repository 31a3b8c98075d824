package claims

import (
	"strings"
	"testing"
)

// TestNonClaimsPadNoList checks that a question several articles print,
// a line crediting a contributor and a publication notice state no claim,
// while a statement ending with the question someone asked does.
func TestNonClaimsPadNoList(t *testing.T) {
	body := `The ferry board closed the night crossing to Orvell on Tuesday.

Am I not a citizen of this harbour town like everyone else?

The purser asked the board at the meeting, "Where are the night crews supposed to go now?"

The Lenna Post contributed to this report.

Originally published March 2031.`
	res, _ := findIn(t, [][3]string{{"a", "Tarn Courier", body}, {"b", "Orvell Echo", body}})
	var texts []string
	for _, c := range res.Claims {
		texts = append(texts, c.Text)
	}
	all := strings.Join(texts, "\n")
	for _, no := range []string{"Am I not", "contributed", "Originally published"} {
		if strings.Contains(all, no) {
			t.Errorf("claims %q hold %q, which states nothing", texts, no)
		}
	}
	for _, yes := range []string{"closed the night crossing", "The purser asked"} {
		if !strings.Contains(all, yes) {
			t.Errorf("claims %q lack %q", texts, yes)
		}
	}
}
