package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// An article that states a claim in its lead and denies the claim's point
// further down (the fund "provides money" against "though not money")
// contradicts it: it is not listed among the claim's support as well.
func TestContradictingArticleDoesNotSupport(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", `The county told three ferry towns they would lose a fund that provides money to repair storm-hit docks unless they open their harbour logs to inspectors.

Harbourmaster Ilse Brandt said the logs were kept on paper.`),
		article("b", "Tarn Courier", `The county told three ferry towns they would lose a fund that provides money to repair storm-hit docks unless they open their harbour logs to inspectors.

The towns have until May to answer.`),
		article("c", "Orlin Daily", `The county told three ferry towns they would lose a fund to repair storm-hit docks unless they open their harbour logs to inspectors.

The towns have until May to answer the county.

The fund offers engineers to the ferry towns to repair docks, though not money.`),
	}
	res := Find(arts, nil, Options{})
	checked := false
	for _, c := range res.Claims {
		if len(c.Contradicts) == 0 {
			continue
		}
		against := map[string]bool{}
		for _, x := range c.Contradicts {
			against[x.Article] = true
		}
		for _, s := range c.Support {
			if against[s.Article] {
				t.Errorf("claim %q: article %s both supports and contradicts it", c.Text, s.Article)
			}
		}
		if c.Origins > len(c.Support) {
			t.Errorf("claim %q: %d origins for %d supporting articles", c.Text, c.Origins, len(c.Support))
		}
		checked = true
	}
	if !checked {
		t.Fatalf("no claim marked contradicted; conflicts: %+v", res.Conflicts)
	}
}
