package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestCaptionWordsNoClaim: a photograph's caption glued to its credit
// ("Ivo Rask/Getty The Tolle ferry ...") does not word the claim it states
// when an article tells it in a sentence of its own, though it is shorter.
func TestCaptionWordsNoClaim(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Kessmouth Ledger", "Ivo Rask/Getty The Tolle ferry will stop sailing to the islands in May, its owner Kessco said.\n\nThe islands' councils said they had not been warned."),
		article("b", "Oskey Gazette", "The Tolle ferry will stop sailing to the islands of Brenna and Oskey in May, its owner Kessco said on Monday.\n\nAbout 9,000 people use it every day."),
	}
	found := false
	for _, c := range Find(arts, nil, Options{}).Claims {
		if strings.Contains(c.Text, "stop sailing") {
			found = true
			if strings.Contains(c.Text, "/Getty") {
				t.Errorf("claim worded by the caption: %q", c.Text)
			}
		}
	}
	if !found {
		t.Fatal("no claim that the ferry stops sailing")
	}
}

func TestOpensWithCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Ivo Rask/Getty The Tolle ferry will stop sailing in May.":                    true,
		"Lena Ott/AP Photo Rescuers searched the harbour all night.":                  true,
		"The ferry sails to Tolle/Brenna twice a day.":                                false,
		"Fenwick/Reuters polling released on Tuesday found 54 percent back the plan.": false,
		"Ada Fenwick/Reuters polling released on Tuesday found 54 percent back it.":   false,
		"The Tolle ferry will stop sailing in May.":                                   false,
	} {
		if got := OpensWithCredit(s); got != want {
			t.Errorf("OpensWithCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
