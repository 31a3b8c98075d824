package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestLeadInAndCapsLinkAreNoClaims checks that a bare lead-in to a block
// quotation ("Ledger News reports:") never stands for an article's wording
// of a claim when the article holds the sentence itself, and that a related
// story's link set in capitals states no claim.
func TestLeadInAndCapsLinkAreNoClaims(t *testing.T) {
	arts := [][3]string{
		{"a", "Orla Bright Wire", `Harbour pilots in Kessmouth voted on Monday to end their two-week strike.

In addition, Ledger News reports the union said the vote was close.

HARBOUR PILOTS IN KESSMOUTH STRIKE OVER PAY, UNION SAYS

The port said ships would move again from Tuesday morning.`},
		{"b", "Quayside Daily", `Ledger News reports:

Harbour pilots in Kessmouth voted on Monday to end their two-week strike.

In addition, Ledger News reports the union said the vote was close.

Harbour pilots in Kessmouth went on strike over pay two weeks ago, the union says.`},
	}
	var in []corroborate.Article
	for _, a := range arts {
		in = append(in, article(a[0], a[1], a[2]))
	}
	textOf := func(id string) string {
		for _, a := range in {
			if a.ID == id {
				return a.Text
			}
		}
		return ""
	}
	res := Find(in, nil, Options{})
	for _, c := range res.Claims {
		if !hasLower(c.Text) {
			t.Errorf("claim %s is a heading in capitals: %q", c.ID, c.Text)
		}
		for _, s := range c.Support {
			got := strings.TrimSpace(textOf(s.Article)[s.Start:s.End])
			if strings.HasSuffix(got, ":") {
				t.Errorf("claim %q: article %s's wording is the lead-in %q", c.Text, s.Article, got)
			}
			if !hasLower(got) {
				t.Errorf("claim %q: article %s's wording is the heading %q", c.Text, s.Article, got)
			}
		}
	}
	found := false
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "Ledger News reports the union") && len(c.Support) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("no claim 'the union told Ledger News ...' stated by both articles: %+v", res.Claims)
	}
}
