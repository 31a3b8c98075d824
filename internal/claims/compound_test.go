package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A statement of two parties is not supported by a sentence whose
// subject names one of them only: Tarnco's spokesman speaks for Tarnco,
// not for Orvell Mills.
func TestCompoundSubjectNotSupportedByOne(t *testing.T) {
	notSupportedByC(t, "A Tarnco spokesman told the Orlin Daily that the company does not comment on rumours or speculation.")
}

// Nor is it supported by a sentence naming neither whose subject is one
// unnamed party: "the company" is Tarnco, whose spokesman says it.
func TestCompoundSubjectNotSupportedByUnnamedOne(t *testing.T) {
	notSupportedByC(t, "\u201cThe company does not comment on rumours or speculation,\u201d said a spokesman for the Brackwater-based ferry maker.")
}

// notSupportedByC checks that two articles' claim of "Orvell Mills and
// Tarnco" is found and not supported by a third, c, stating sentence.
func notSupportedByC(t *testing.T, sentence string) {
	t.Helper()
	lead := "Shares of Tarnco rose on Friday after a report that Orvell Mills may bid for the ferry maker.\n\n"
	arts := []corroborate.Article{
		article("a", "Lenna Post", lead+"Orvell Mills and Tarnco said their companies did not comment on rumours and speculation."),
		article("b", "Tarn Courier", lead+"Orvell Mills and Tarnco said the companies do not comment on rumours and speculation."),
		article("c", "Orlin Daily", lead+sentence),
	}
	found := false
	for _, c := range Find(arts, nil, Options{}).Claims {
		if !strings.Contains(c.Text, "Orvell Mills and Tarnco") {
			continue
		}
		found = true
		for _, s := range c.Support {
			if s.Article == "c" {
				t.Errorf("claim %q is supported by c, which speaks for one company", c.Text)
			}
		}
	}
	if !found {
		t.Fatal("no claim of the two companies")
	}
}

// bothSupport checks that the claim of arts whose text holds word is
// supported by both articles.
func bothSupport(t *testing.T, arts []corroborate.Article, word string) {
	t.Helper()
	for _, c := range Find(arts, nil, Options{}).Claims {
		if strings.Contains(c.Text, word) {
			if len(c.Support) != 2 {
				t.Errorf("claim %q support = %v, want a and c", c.Text, c.Support)
			}
			return
		}
	}
	t.Fatalf("no claim with %q", word)
}

// Two sentences of the same two parties, in either order, state one
// claim.
func TestCompoundSubjectSupportedByBoth(t *testing.T) {
	lead := "Shares of Tarnco rose on Friday after a report that Orvell Mills may bid for the ferry maker.\n\n"
	bothSupport(t, []corroborate.Article{
		article("a", "Lenna Post", lead+"Orvell Mills and Tarnco said their companies did not comment on rumours and speculation."),
		article("c", "Orlin Daily", lead+"Tarnco and Orvell Mills said they do not comment on rumours and speculation about a bid."),
	}, "rumours")
}

// Two names sharing one noun ("Harbour and Customs Ministries") are
// named by a sentence writing that noun in lower case: it states the
// same claim.
func TestCompoundSharedNoun(t *testing.T) {
	lead := "A ferry captain was detained in Port Arden on Friday after a collision in the harbour mouth.\n\n"
	bothSupport(t, []corroborate.Article{
		article("a", "Lenna Post", lead+"Lenna’s Harbour and Customs Ministries issued statements saying the captain had been detained, without giving further detail."),
		article("c", "Orlin Daily", lead+"Lenna's Harbour and Customs ministries both issued statements saying the captain had been detained, without elaborating."),
	}, "issued statements")
}
