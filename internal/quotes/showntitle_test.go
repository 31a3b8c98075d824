package quotes

import (
	"strings"
	"testing"
)

// TestShownGenderStopsAtATitle covers a capitalised title between a name
// and the pronouns after it ("welcomed the Queen ... She toured"): the
// pronouns may be the title-holder's, so they give the name no sex. The
// text is fictional, written for the test.
func TestShownGenderStopsAtATitle(t *testing.T) {
	src := "Mayor Irene Talbot opened the new ferry terminal on Saturday.\n\n" +
		"David Marsh welcomed the Queen to his yard on Monday. She toured the sheds and she later opened the new slipway herself.\n\n" +
		"\"It was the proudest day of my life,\" she said."
	found := false
	for _, g := range extractAll(t, src) {
		found = found || strings.Contains(g.Text, "proudest day")
		if g.Speaker == "David Marsh" {
			t.Errorf("%q given to David Marsh: the pronouns after \"the Queen\" made him a woman", g.Text)
		}
	}
	if !found {
		t.Errorf("the quotation is not found, so its speaker is not checked")
	}
}
