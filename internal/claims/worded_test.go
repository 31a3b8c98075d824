package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestClaimWordedByItsSide: when the articles give two figures for one
// claim, the claim is worded by an article of its own side, never by the
// one marked as contradicting it (the claim read "3 million" while the
// article saying "3 million" was the one contradicting it).
func TestClaimWordedByItsSide(t *testing.T) {
	arts := []corroborate.Article{
		article("x1", "Tollby Crier", "The Marsh Lane bridge closed on Tuesday after inspectors found cracks, the mayor said. \"It is serious,\" said Mayor Ines Varro of Tollby. Repairs will cost 2 million crowns."),
		article("x2", "Fenmoor Post", "The Marsh Lane bridge closed on Tuesday after inspectors found cracks, the mayor said. Repairs will cost 3 million crowns."),
	}
	res := Find(arts, nil, Options{})
	checked := 0
	for _, c := range res.Claims {
		for _, x := range c.Contradicts {
			checked++
			a := arts[0]
			if x.Article == arts[1].ID {
				a = arts[1]
			}
			if a.Text[x.Start:x.End] == c.Text {
				t.Errorf("claim %q is worded by the passage that contradicts it, in %s", c.Text, x.Article)
			}
		}
	}
	if checked == 0 {
		t.Fatalf("no claim is contradicted: %+v", res.Claims)
	}
}
