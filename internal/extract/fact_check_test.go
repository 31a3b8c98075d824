package extract

import (
	"slices"
	"strings"
	"testing"
)

// A fact-check page loses the label over its origins paragraph, which is
// listed, and keeps the sentence; the claim keeps its label and the rating
// stays, so that the claim never reads as the page's own statement.
func TestFactCheckLabels(t *testing.T) {
	claim := "Claim: A sea serpent was seen swimming in Calder harbor last week."
	origins := "On 3 March 2026, the satire site Calder Daily Spoof published an article claiming a sea serpent had been seen near the ferry pier."
	in := claim + "\n\nFALSE\n\nExample: [Collected via e-mail, March 2026]\n\nIs it true that a serpent swims in the harbor?\n\n" +
		"Origins: " + origins + "\n\nThe harbor board said no such creature had been seen.\n"
	a := fromText(in, true, Options{})
	if !strings.HasPrefix(a.Text, claim+"\n\nFALSE\n\n") {
		t.Errorf("Text = %q, want it to open with the claim under its label and the rating", a.Text)
	}
	if !strings.Contains(a.Text, "\n\n"+origins+"\n\n") || strings.Contains(a.Text, "Origins:") {
		t.Errorf("Text = %q, want the origins paragraph without its label", a.Text)
	}
	if !slices.Contains(a.Removed, "Origins:") {
		t.Errorf("Removed = %q, want the origins label listed", a.Removed)
	}
}

// A label line that is no fact-check's stays: "Origin:" in a page that
// rates no claim (a request's header), a claim with no rating after it.
func TestFactCheckLabelsKept(t *testing.T) {
	for _, in := range []string{
		"The Calder ferry's booking site answers any page that asks.\n\nOrigin: https://booking.calderferry.example\n\nThe board said the site would stay open.\n",
		"Claim: The Calder ferry will cost more from Monday.\n\nThe harbor board said fares would rise by a fifth.\n\nOrigins: The plan was first put to the board in 2025.\n",
	} {
		a := fromText(in, true, Options{})
		if a.Text != strings.TrimSpace(in) {
			t.Errorf("Text = %q, want %q kept whole", a.Text, strings.TrimSpace(in))
		}
	}
}
