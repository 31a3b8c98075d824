package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/reuse"
)

// TestCreditedReportIsNoOrigin checks that an article telling a claim as
// another outlet's report ("The Harbour Times reported that ...") counts
// with that outlet's article, and with another article crediting the same
// outlet, not as an independent origin.
func TestCreditedReportIsNoOrigin(t *testing.T) {
	times := "The ferry board will close the night crossing to Orvell from June because of falling passenger numbers."
	credits := "The Harbour Times reported that the ferry board will close the night crossing to Orvell from June because of falling passenger numbers."
	own := "The ferry board will close the night crossing to Orvell from June, citing falling passenger numbers, a board member told reporters."
	tests := []struct {
		name string
		arts []corroborate.Article
		want int
	}{
		{"with the credited outlet's article", []corroborate.Article{
			article("a", "The Harbour Times", times),
			article("b", "Tarn Courier", credits),
			article("c", "Orvell Echo", own),
		}, 2},
		{"two crediting one outlet", []corroborate.Article{
			article("b", "Tarn Courier", credits),
			article("d", "Lenna Post", "According to the Harbour Times, the ferry board will close the night crossing to Orvell from June because of falling passenger numbers."),
			article("c", "Orvell Echo", own),
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.arts {
				tt.arts[i].Credits = reuse.Credits(tt.arts[i].Text)
			}
			var got []corroborate.Claim
			for _, c := range Find(tt.arts, nil, Options{}).Claims {
				if strings.Contains(c.Text, "night crossing") {
					got = append(got, c)
				}
			}
			if len(got) != 1 || len(got[0].Support) != 3 || got[0].Origins != tt.want {
				t.Fatalf("claims %+v, want one of 3 articles and %d origins", got, tt.want)
			}
		})
	}
}
