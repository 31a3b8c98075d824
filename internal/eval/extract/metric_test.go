package extract

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and 3.14", []string{"snake_case", "and", "3", "14"}},
		{"Ünïcode—Straße ½", []string{"Ünïcode", "Straße", "½"}},
		{"東京 タワー", []string{"東京", "タワー"}},
		{"  ...  ", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		want              Score
	}{
		{"identical", "one two three four five", "one two three four five", Score{TP: 1}},
		{"case is kept", "One two three four", "one two three four", Score{FP: 0.5, FN: 0.5}},
		{"punctuation is ignored", "one, two; three four", "one two three four", Score{TP: 1}},
		{"extra text", "a b c d", "a b c d e", Score{TP: 0.5, FP: 0.5}},             // 1 shared, 1 extra
		{"missing text", "a b c d e f", "a b c d", Score{TP: 1.0 / 3, FN: 2.0 / 3}}, // 3 true shingles, 1 found
		{"repeats count", "a b c d a b c d", "a b c d", Score{TP: 0.2, FN: 0.8}},    // 5 true shingles, 1 found
		{"short texts are one shingle", "a b", "a b", Score{TP: 1}},
		{"nothing predicted", "a b c d", "", Score{FN: 1}},
		{"both empty", "", "", Score{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Match(tt.truth, tt.pred)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Errorf("Match(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
			}
		})
	}
}

func TestMeans(t *testing.T) {
	scores := []Score{
		Match("a b c d e", "a b c d e"),   // P 1, R 1
		Match("a b c d e f", "a b c d"),   // P 1, R 1/3
		Match("a b c d", ""),              // no precision, R 0
		Match("", ""),                     // P 1, no recall
		Match("a b c d", "a b c d x y z"), // P 1/4, R 1
	}
	f1, p, r := Means(scores)
	wantP := (1 + 1 + 1 + 0.25) / 4
	wantR := (1 + 1.0/3 + 0 + 1) / 4
	wantF1 := 2 * wantP * wantR / (wantP + wantR)
	if !near(p, wantP) || !near(r, wantR) || !near(f1, wantF1) {
		t.Errorf("Means = f1 %.4f p %.4f r %.4f, want f1 %.4f p %.4f r %.4f", f1, p, r, wantF1, wantP, wantR)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
