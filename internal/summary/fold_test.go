package summary

import (
	"testing"

	"github.com/corroborate/corroborate/internal/claims"
)

// TestFoldedEvents: words of one event fold to one word the event
// classes know; words that only look alike do not.
func TestFoldedEvents(t *testing.T) {
	one := func(s string) string {
		ws := claims.ContentWords(s)
		if len(ws) != 1 {
			t.Fatalf("ContentWords(%q) = %v, want one word", s, ws)
		}
		return fold(ws[0])
	}
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"married", "marries", true},
		{"demolition", "demolished", true},
		{"imploded", "demolished", true},
		{"air-strikes", "airstrikes", true},
		{"back-and-forth", "clashed", true},
		{"resumed", "resumes", true},
		{"spared", "clashed", false},
	} {
		fa, fb := one(tt.a), one(tt.b)
		if got := fa == fb && eventClasses[fa]; got != tt.same {
			t.Errorf("%q folds to %q, %q to %q: one event %v, want %v", tt.a, fa, tt.b, fb, got, tt.same)
		}
	}
	if got := eventText("Brand sparred with Vell on Tuesday."); got != "Brand clashed with Vell on Tuesday." {
		t.Errorf(`eventText("Brand sparred with Vell on Tuesday.") = %q, want the clash`, got)
	}
}
