package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A video's card left among the paragraphs, its title-case headline with
// the sentence that says it again before a separator, or the headline
// next to the player's label, is chrome; a subheading whose paragraph goes
// on, and a card's words with no paragraph before them, stay.
func TestTeaserCards(t *testing.T) {
	head := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\n"
	tail := "\n\nNo one was hurt, he said. The crossing will reopen on Friday."
	card := "Ferry Captain Steers Boat to Shore\nThe ferry's captain steered the boat to shore by hand on Monday night."
	tests := []struct {
		name, body string
		gone       []string
	}{
		{"card before a separator", head + card + "\n------------" + tail, strings.Split(card, "\n")},
		// A text's last section (a subheading and one paragraph saying its
		// words again) has the shape of a card but is the article's own.
		{"closing section at the end", head + card, nil},
		{"headline under a player's label", head + "VIDEO\nFerry Captain Steers Boat to Shore" + tail, []string{"Ferry Captain Steers Boat to Shore"}},
		{"headline over a clip's length", head + "Ferry Captain Steers Boat to Shore\n0:45" + tail, []string{"Ferry Captain Steers Boat to Shore"}},
		{"subheading over paragraphs", head + card + "\n\nThe harbour master praised the crew." + tail, nil},
		{"sentence saying another thing", head + "Ferry Captain Steers Boat to Shore\nThe harbour master praised the crew on Monday.\n------------" + tail, nil},
	}
	for _, tt := range tests {
		a := mustExtract(t, corroborate.Document{Source: "ferry.txt", Format: "text", Body: []byte(tt.body)})
		for _, g := range tt.gone {
			if strings.Contains(a.Text, g) || !slices.Contains(a.Removed, g) {
				t.Errorf("%s: %q stays in the text, want it removed: %q", tt.name, g, a.Text)
			}
		}
		if tt.gone == nil && !strings.Contains(a.Text, "Ferry Captain Steers Boat to Shore") {
			t.Errorf("%s: the subheading is gone from the text: %q (removed %q)", tt.name, a.Text, a.Removed)
		}
	}
}
