package sentences

import (
	"strings"
	"testing"
)

// The figures the splitter reaches on testdata/cases.jsonl: a change that
// splits worse fails here.
const (
	minExactPooled   = 1.0
	minExactLanguage = 1.0
)

func TestCases(t *testing.T) {
	var out strings.Builder
	res, err := Run(Config{File: "testdata/cases.jsonl", Out: &out, Verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if strings.Contains(out.String(), "skipped") {
		t.Errorf("testdata/cases.jsonl has bad lines:\n%s", out.String())
	}
	if res.All.Lost > 0 {
		t.Errorf("text lost in %d cases, want none", res.All.Lost)
	}
	if got := res.All.ExactRate(); got < minExactPooled {
		t.Errorf("pooled exact = %.3f, want >= %.3f", got, minExactPooled)
	}
	for _, l := range []string{"en", "es", "it", "fr", "de", "pt"} {
		sc, ok := res.ByLanguage[l]
		if !ok || sc.Cases < 20 {
			t.Errorf("%s: %d cases, want at least 20", l, sc.Cases)
			continue
		}
		if got := sc.ExactRate(); got < minExactLanguage {
			t.Errorf("%s exact = %.3f, want >= %.3f", l, got, minExactLanguage)
		}
	}
}

func TestScore(t *testing.T) {
	c := Case{Text: "A b. C d. E f.", Sentences: []string{"A b.", "C d.", "E f."}}
	tests := []struct {
		name       string
		got        []string
		exact      int
		tp, fp, fn float64
		lost       int
	}{
		{"right", []string{"A b.", "C d.", "E f."}, 1, 2, 0, 0, 0},
		{"spacing aside", []string{"A  b.", "C d.", "E f."}, 1, 2, 0, 0, 0},
		{"one missed", []string{"A b. C d.", "E f."}, 0, 1, 0, 1, 0},
		{"one extra", []string{"A", "b.", "C d.", "E f."}, 0, 2, 1, 0, 0},
		{"text lost", []string{"A b.", "E f."}, 0, 1, 0, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := score(c, tt.got)
			if sc.Exact != tt.exact || sc.Bounds.TP != tt.tp || sc.Bounds.FP != tt.fp || sc.Bounds.FN != tt.fn || sc.Lost != tt.lost {
				t.Errorf("score(%q) = exact %d tp %v fp %v fn %v lost %d, want %d %v %v %v %d",
					tt.got, sc.Exact, sc.Bounds.TP, sc.Bounds.FP, sc.Bounds.FN, sc.Lost, tt.exact, tt.tp, tt.fp, tt.fn, tt.lost)
			}
		})
	}
}
