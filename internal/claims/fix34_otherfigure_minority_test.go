package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestOtherFigureLeaderInMinority checks that when the article wording the
// claim gives the minority figure, the claim is not supported by the
// articles giving the other figure while contradicted by its own wording
// article.
func TestOtherFigureLeaderInMinority(t *testing.T) {
	filler := " The harbour office opened an inquiry into the storm warnings. Fishing boats stayed in port for the rest of the week."
	arts := []corroborate.Article{
		article("a", "Lenna Post", "Lifeboat crews rescued nine fishermen off Orvell point on Monday night."+filler),
		article("b", "Tarn Courier", "Lifeboat crews rescued six fishermen off Orvell point on Monday night, the harbour master said."+filler),
		article("c", "Wexley Gazette", "Lifeboat crews rescued 6 fishermen off Orvell point late on Monday night."+filler),
	}
	checkMinorityFigure(t, arts)
	// a tie: two articles give each figure
	arts = append(arts[:1], article("d", "Orvell Times", "Lifeboat crews rescued nine fishermen off Orvell point on Monday night, the coastguard said."+filler), arts[1], arts[2])
	checkMinorityFigure(t, arts)
}

func checkMinorityFigure(t *testing.T, arts []corroborate.Article) {
	t.Helper()
	res := Find(arts, nil, Options{})
	found := false
	for _, c := range res.Claims {
		if !strings.Contains(c.Text, "rescued") {
			continue
		}
		found = true
		sup := map[string]bool{}
		for _, s := range c.Support {
			sup[s.Article] = true
		}
		for _, a := range c.Contradicts {
			if sup[a.Article] {
				t.Errorf("claim %q: article %s both supports and contradicts it", c.Text, a.Article)
			}
		}
		if strings.Contains(c.Text, "nine") && (sup["b"] || sup["c"]) {
			t.Errorf("claim %q (nine) supported by the articles saying six: %+v", c.Text, c.Support)
		}
		if c.Origins > len(c.Support) {
			t.Errorf("claim %q: origins %d for %d supports", c.Text, c.Origins, len(c.Support))
		}
	}
	if !found {
		t.Fatalf("no claim of the rescue in %+v", res.Claims)
	}
}
