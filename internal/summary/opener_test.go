package summary

import "testing"

// TestOpener: a summary opens with the news an article opens with, not
// with a detail from further down that more copies state, nor with a
// sentence leaning on what comes before it, nor with a quotation; a
// sentence among its article's first two that stands alone keeps the
// opening, and an article's opening that tells nothing that happened (a
// feature's "In ferry racing, ...") takes no one's place.
func TestOpener(t *testing.T) {
	detail := &candidate{text: "Harbour officials counted 212 cars on the deck of the Halla that night.", lead: 1 / (1 + 0.5*5), cites: []string{"a", "b", "c"}}
	leaning := &candidate{text: "The man was again turned away by the crew, which set him off.", lead: 1 / (1 + 0.5*3), cites: []string{"a", "b"}}
	news := &candidate{text: "The Halla ferry sank off Tarnport on Friday night, and forty passengers were rescued.", lead: 1, cites: []string{"d"}}
	second := &candidate{text: "Coastguards said all forty passengers of the Halla ferry were rescued from the sea.", lead: 1 / (1 + 0.5), cites: []string{"a", "b"}}
	quoted := &candidate{text: "‘The crew will not sail the Halla again until the hull is mended,’ she said.", lead: 1 / (1 + 0.5), cites: []string{"a", "b"}}
	feature := &candidate{text: "In ferry racing, it is usually about the weather and the tide.", lead: 1, cites: []string{"e"}}
	tests := []struct {
		name   string
		chosen []*candidate
		want   *candidate
	}{
		{"a detail further down gives way to the news", []*candidate{detail, news}, news},
		{"a leaning sentence gives way to the news", []*candidate{leaning, news}, news},
		{"a second sentence that stands alone keeps its place", []*candidate{second, news}, second},
		{"a feature's opening takes no one's place", []*candidate{detail, feature}, detail},
		{"a quotation gives way to the news", []*candidate{quoted, news}, news},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.chosen[(&story{}).opener(tt.chosen, 0)]; got != tt.want {
				t.Fatalf("opener opens with %q, want %q", got.text, tt.want.text)
			}
		})
	}
}
