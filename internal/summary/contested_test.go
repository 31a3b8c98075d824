package summary_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/summary"
)

// harbour is a fictional story: one article says the harbour master
// resigned, its lead; two say he stays in his post, which no wording
// of theirs denies in so many words.
func harbour() []corroborate.Article {
	return []corroborate.Article{
		article("a", `The Kessel ferry ran aground near Tarnport on Monday with 210 passengers aboard.

Harbour master Ivo Brand resigned on Tuesday, saying the harbour beacons had failed for a week before the grounding.

The port authority opened an inquiry into the grounding of the ferry.`),
		article("b", `The Kessel ferry ran aground near Tarnport on Monday with 210 passengers aboard.

None of the passengers were hurt, the port authority said.

Harbour master Ivo Brand will stay in his post during the inquiry, the authority said.`),
		article("c", `The Kessel ferry ran aground near Tarnport on Monday, the port authority said.

The port authority opened an inquiry into the grounding of the ferry.

Ivo Brand, the harbour master, remains in his post, a spokeswoman for the authority said.`),
	}
}

// contradict marks the claim whose support holds phrase in article from as
// contradicted by the sentences of the articles against that hold deny, as
// the claims stage does for a conflict it is sure of.
func contradict(t *testing.T, d *corroborate.Dossier, weak []corroborate.Claim, from, phrase, deny string, against ...string) {
	t.Helper()
	all := append(d.Claims[:len(d.Claims):len(d.Claims)], weak...)
	for i := range all {
		c := &all[i]
		held := false
		for _, s := range c.Support {
			a := articleByID(d, s.Article)
			held = held || s.Article == from && strings.Contains(a.Text[s.Start:s.End], phrase)
		}
		if !held {
			continue
		}
		for _, id := range against {
			a := articleByID(d, id)
			at := strings.Index(a.Text, deny)
			if at < 0 {
				t.Fatalf("article %s does not say %q", id, deny)
			}
			c.Contradicts = append(c.Contradicts, corroborate.ClaimSupport{Article: id, Start: at, End: at + len(deny)})
		}
		if i < len(d.Claims) {
			d.Claims[i] = *c
		} else {
			weak[i-len(d.Claims)] = *c
		}
		return
	}
	t.Fatalf("no claim of %s holds %q", from, phrase)
}

func articleByID(d *corroborate.Dossier, id string) *corroborate.Article {
	for i := range d.Articles {
		if d.Articles[i].ID == id {
			return &d.Articles[i]
		}
	}
	return nil
}

// A claim that more articles contradict than state is no fact of the
// summary, even as an article's lead: the better-supported side is. A tie
// takes no side.
func TestContradictedClaimLeftOut(t *testing.T) {
	says := func(got []corroborate.SummarySentence) bool {
		for _, s := range got {
			if strings.Contains(s.Text, "Brand resigned") {
				return true
			}
		}
		return false
	}
	// without the contradiction known, the lead that says he resigned
	// goes in: the fixture exercises the choice
	d, weak := dossierOf(harbour())
	if !says(summary.Build(d, weak, summary.Options{})) {
		t.Fatalf("the fixture's resignation lead is not chosen even uncontested: %v", texts2(summary.Build(d, weak, summary.Options{})))
	}
	d, weak = dossierOf(harbour())
	contradict(t, d, weak, "a", "Brand resigned", "in his post", "b", "c")
	// the claims stage marks one side; the other may be marked too
	contradict(t, d, weak, "b", "stay in his post", "Brand resigned", "a")
	got := summary.Build(d, weak, summary.Options{})
	if says(got) {
		t.Errorf("summary states the contradicted resignation as fact: %v", texts2(got))
	}
	// the side two articles state, one contradicting it, stays
	if !slices.ContainsFunc(got, func(s corroborate.SummarySentence) bool { return strings.Contains(s.Text, "in his post") }) {
		t.Errorf("summary = %v, want the better-supported side (he stays in his post)", texts2(got))
	}
	if len(got) == 0 || !strings.Contains(got[0].Text, "ran aground") {
		t.Errorf("summary = %v, want the grounding first", texts2(got))
	}
	for _, s := range got {
		checkCited(t, s, d)
	}
	// one article against one is no better-supported side: the claim
	// stays as it weighs
	d, weak = dossierOf(harbour())
	contradict(t, d, weak, "a", "Brand resigned", "in his post", "b")
	if got := summary.Build(d, weak, summary.Options{}); !says(got) {
		t.Errorf("one article against one: summary = %v, want the resignation still weighed", texts2(got))
	}
}

func texts2(ss []corroborate.SummarySentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}
