package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A copy that carries, with the text it takes, the origin's own mention of
// its outlet ("the harbourmaster told the Harbor Courier" in the Courier's
// story) does not credit the Courier: those are the origin's words. A
// credit of the copy's own ("according to the Harbor Courier") does.
func TestCreditCopiedWithTheTextIsNoCredit(t *testing.T) {
	mention := "The harbourmaster told the Harbor Courier that the dredging would take three weeks.\n\n"
	originText := strings.Replace(origin, "Shop owners on the island", mention+"Shop owners on the island", 1)
	if originText == origin {
		t.Fatal("the origin no longer has the paragraph the mention goes before")
	}
	// The copy takes the origin from its second paragraph to its end,
	// mention and all.
	taken := originText[strings.Index(originText, "The bridge, built in 1962"):]
	for _, tt := range []struct {
		name, copyText string
		want           bool
	}{
		{"mention carried over", "Island residents face a long summer without their bridge.\n\n" + taken, false},
		{"own credit besides", "Island residents face a long summer without their bridge, according to the Harbor Courier.\n\n" + taken, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze([]corroborate.Article{
				mkArticle(t, "courier", "Harbor Courier", "2024-05-06T08:00:00Z", originText),
				mkArticle(t, "copy", "Valley Ledger", "2024-05-06T15:00:00Z", tt.copyText),
			}, nil, Options{})
			if len(res.Reuse) != 1 || res.Reuse[0].From != "courier" {
				t.Fatalf("reuse = %+v, want one edge from courier", res.Reuse)
			}
			if got := res.Reuse[0].Credited; got != tt.want {
				t.Errorf("credited = %v (credit %+v), want %v", got, res.Reuse[0].Credit, tt.want)
			}
		})
	}
}

// A copy's own credit to the origin's outlet stands when the origin uses
// the same words for its own earlier reporting in text the copy did not
// take: the cue is carried only when it lies in the shared text.
func TestOwnCreditInWordsTheOriginUsesElsewhere(t *testing.T) {
	mention := "Engineers first found cracks in the piers last winter, the Harbor Courier reported in March.\n\n"
	originText := strings.Replace(origin, "Shop owners on the island", mention+"Shop owners on the island", 1)
	if originText == origin {
		t.Fatal("the origin no longer has the paragraph the mention goes before")
	}
	start := strings.Index(originText, "The bridge, built in 1962")
	taken := originText[start:strings.Index(originText, mention)]
	copyText := "Island residents face a long summer without their bridge, the Harbor Courier reported.\n\n" + taken
	res := Analyze([]corroborate.Article{
		mkArticle(t, "courier", "Harbor Courier", "2024-05-06T08:00:00Z", originText),
		mkArticle(t, "copy", "Valley Ledger", "2024-05-06T15:00:00Z", copyText),
	}, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "courier" {
		t.Fatalf("reuse = %+v, want one edge from courier", res.Reuse)
	}
	if !res.Reuse[0].Credited {
		t.Errorf("credited = false (evidence %v), want true", res.Reuse[0].For)
	}
}
