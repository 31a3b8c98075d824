package reuse

import (
	"strings"

	"github.com/corroborate/corroborate"
	"testing"
)

// A rewrite whose version of the shared passage carries its credit to the
// other text ("…, according to a new Harbour Times report based on two
// sources…") is the copy, though that credit makes its version the longer.
func TestCreditInsideSharedPassage(t *testing.T) {
	scoop := "Ferry chief plans to sell the island line\n\n" +
		"The head of the Kestrel Ferry Company has privately told several board members, including treasurer Ana Ruiz, " +
		"that he plans to sell the island line to a mainland operator, according to two people with direct knowledge.\n\n" +
		"Publicly, the company says no decision has been made, and when we asked about the private remarks, a spokesman " +
		"said the board would meet on Friday.\n\n" +
		"Why this matters: the island line is the only year-round link for the 4,000 people of Skarn, and a mainland " +
		"operator has cut winter sailings on two other routes since 2019."
	rewrite := "Kestrel chief to sell the island ferry\n\n" +
		"The head of the Kestrel Ferry Company has told several board members, including treasurer Ana Ruiz, that he " +
		"intends to sell the island line to a mainland operator, according to a new Harbour Times report based on " +
		"information from two anonymous people with direct knowledge of the talks. Islanders have opposed a sale since the " +
		"spring, when a petition against it gathered 1,200 names.\n\n" +
		"The Harbour Times adds that the chief could still change his mind before the board meets."
	for _, order := range []bool{false, true} {
		a, b := mkArticle(t, "scoop", "", "", scoop), mkArticle(t, "rewrite", "", "", rewrite)
		in := []corroborate.Article{a, b}
		if order {
			in[0], in[1] = b, a
		}
		res := Analyze(in, nil, Options{})
		if len(res.Reuse) != 1 {
			t.Fatalf("want one reuse edge, got %+v", summarize(res.Reuse))
		}
		r := res.Reuse[0]
		if r.From != "scoop" || r.To != "rewrite" {
			t.Errorf("direction %s -> %s, want scoop -> rewrite; evidence %q", r.From, r.To, r.Evidence)
		}
		found := false
		for _, e := range r.Evidence {
			found = found || strings.Contains(e, "according to a new Harbour Times report")
		}
		if !found {
			t.Errorf("evidence does not give the rewrite's credit: %q", r.Evidence)
		}
	}
}
