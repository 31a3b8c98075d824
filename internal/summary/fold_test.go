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
	for in, want := range map[string]string{
		"Brand sparred with Vell on Tuesday.":                    "Brand clashed with Vell on Tuesday.",
		"Brand sparred Tuesday with a reporter.":                 "Brand clashed Tuesday with a reporter.",
		"Brand and Vell sparred over the harbour truce.":         "Brand and Vell clashed over the harbour truce.",
		"Sparring with reporters, Brand defended the truce.":     "clashed with reporters, Brand defended the truce.",
		"The ferry's crew was spared when the mast spars broke.": "The ferry's crew was spared when the mast spars broke.",
	} {
		if got := eventText(in); got != want {
			t.Errorf("eventText(%q) = %q, want %q", in, got, want)
		}
	}
}
