package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestLeadsOfTwoEvents: two articles' leads that name the same people but
// tell two events on two days (a candidate's call to supporters on
// Wednesday, another's fundraiser on Monday) are both news: the days
// "clash" only for two wordings of one event, which say alike what
// happened ("died on Monday", "died on Tuesday").
func TestLeadsOfTwoEvents(t *testing.T) {
	call := "Former candidate Anton Greer told a group of Tolle supporters on Wednesday that he hopes one of the remaining candidates will stop Ada Holm from winning the Kessland Party nomination, and that Ivo Brand is the only reformer left in the race."
	fund := "In a sign of how much the Kessland Party race has turned the party on its head, Senator Mara Vell will headline a fundraiser on Monday in support of Ivo Brand."
	died := "Ferry owner Ivo Brand died at his home in Tolle on Monday, his family said."
	diedToo := "Ferry owner Ivo Brand died at his home in Tolle on Tuesday, his family said."
	bodies := []string{
		call + " Greer said the race had been hard. Holm leads in the polls.",
		fund + " Vell said Brand was the best alternative to Holm. Greer backed Brand too.",
		died + " Brand ran the Kessel ferries for thirty years.",
		diedToo + " He was 71.",
	}
	d := &corroborate.Dossier{}
	for i, b := range bodies {
		d.Articles = append(d.Articles, corroborate.Article{ID: string(rune('a' + i)), Text: b, Sentences: text.Sentences(b)})
	}
	st := newStory(d)
	cand := func(id, s string) *candidate {
		c := st.candidateFor(&corroborate.Claim{Text: s, Support: []corroborate.ClaimSupport{{Article: id, Start: 0, End: len(s)}}, Origins: 1})
		if c == nil {
			t.Fatalf("no candidate for %q", s)
		}
		return c
	}
	a, b := cand("a", call), cand("b", fund)
	if st.repeats(a, []*candidate{b}) || st.repeats(b, []*candidate{a}) {
		t.Errorf("the leads of two events repeat each other:\n%s\n%s", call, fund)
	}
	if c, e := cand("c", died), cand("d", diedToo); !st.repeats(c, []*candidate{e}) {
		t.Errorf("two wordings of one death on two days do not repeat each other:\n%s\n%s", died, diedToo)
	}
}
