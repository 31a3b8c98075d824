package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// repeatStory is a story of four articles about a council row over the
// Tarn ferry, and a maker of candidates for its sentences.
func repeatStory() (*story, func(s string, lead float64) *candidate) {
	arts := []corroborate.Article{
		{ID: "a", Text: "Ada Vell and Ivo Brand clashed at a Kessmouth council hearing on Tuesday over whether harbour funds paid for the failed Tarn ferry project. Vell denied it."},
		{ID: "b", Text: "Sparks flew again on Tuesday when councillor Ivo Brand faced off with Ada Vell over the Tarn ferry. Brand wants an inquiry."},
		{ID: "c", Text: "Ivo Brand accused Ada Vell on Tuesday of spending harbour funds on the Tarn ferry project, which Vell disputed."},
		{ID: "e", Text: "Ada Vell resigned from the council on Wednesday, saying the row had made her work impossible. The mayor thanked her for ten years of work."},
		{ID: "f", Text: "Aldermen were uneasy after a bruising exchange left the clerk scrambling. Auditors say the mayor's office hid its accounts for years; a public inquiry into every contract was called for. Nobody recalled the minutes of a secret meeting; lawyers and pensioners alike demanded receipts."},
		{ID: "d", Text: "The flood that broke the Tarn dam on March 3 left 14 people confirmed dead, with 230 still unaccounted for, officials said. Ada Vell visited the dam."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	return st, func(s string, lead float64) *candidate {
		c := &candidate{lead: lead}
		st.use(c, wordingOf{text: s})
		return c
	}
}

// TestRelatedLeadsTellOneEvent: a lead aligned with another as its
// development is still the same event told again when each says most of
// what the other says of the story in words of its own beyond the names.
func TestRelatedLeadsTellOneEvent(t *testing.T) {
	st, mk := repeatStory()
	const (
		lead  = "Ada Vell and Ivo Brand clashed at a Kessmouth council hearing on Tuesday over whether harbour funds paid for the failed Tarn ferry project, in a bruising exchange that left several aldermen visibly uneasy and the clerk scrambling for the minutes of a secret meeting nobody recalled."
		again = "Ivo Brand clashed with Ada Vell at a heated Kessmouth council hearing on Tuesday over claims that harbour funds paid for the Tarn ferry project, accusing the mayor's office of hiding its accounts from auditors for years and calling for a public inquiry into every contract, as lawyers and pensioners alike demanded receipts."
		other = "Ada Vell resigned from the council after the hearing, saying the row had made her work impossible."
	)
	first := mk(lead, 1)
	second := mk(again, 1)
	second.develops = first
	if !st.redundant(second, []*candidate{first}) {
		t.Errorf("redundant(%q after %q) = false, want one event", again, lead)
	}
	dev := mk(other, 1)
	dev.develops = first
	if st.redundant(dev, []*candidate{first}) {
		t.Errorf("redundant(%q after %q) = true, want the development kept", other, lead)
	}
}

// TestFiguresToldTwice: two sentences that give the same two figures for
// the same thing tell one fact; sharing a year and one figure is not
// enough.
func TestFiguresToldTwice(t *testing.T) {
	st, mk := repeatStory()
	const (
		toll  = "The flood that broke the Tarn dam on March 3 left 14 people confirmed dead, with 230 still unaccounted for, officials said."
		again = "Rescuers have so far recovered 14 bodies from the Tarn valley; 230 remain missing."
	)
	if !st.redundant(mk(again, 0.5), []*candidate{mk(toll, 1)}) {
		t.Errorf("redundant(%q after %q) = false, want the toll told once", again, toll)
	}
	if n := sharedFigures(mk("The dam, built in 1953, held 14 million tonnes of water.", 0.5).signature(),
		mk("The storm of 1953 sank 14 boats in the Tarn estuary.", 0.5).signature()); n != 1 {
		t.Errorf("sharedFigures = %d, want 1: a year shared is no figure of a fact", n)
	}
}

// TestPartyMemberDescribed: a sentence whose subject is a party's member
// described, not named, leans on the sentence that named them; a party's
// own name does not.
func TestPartyMemberDescribed(t *testing.T) {
	checkLeans(t, map[string]bool{
		"The Kessmouth Republican, who has sparred with the harbour master before, used the hearing to ask about the ferry.": true,
		"The veteran Democrat said the ferry would never sail again.":                                                        true,
		"The Kessmouth Republican Party said it would back the ferry plan.":                                                  false,
		"The Democratic Party of Kessmouth met on Tuesday to discuss the ferry.":                                             false,
	})
}

// TestTitleNumberNoFact: two sentences that name one sequel ("Harbour
// Lights 2") tell different news: the title's number is no figure they
// give alike.
func TestTitleNumberNoFact(t *testing.T) {
	_, mk := repeatStory()
	const (
		news = `Ada Vell has distanced herself from the upcoming film "Harbour Lights 2" because of its violent content.`
		plot = `Ada Vell plays a smuggler in "Harbour Lights 2," a character who sinks the Tarn ferry.`
	)
	if sameFact(mk(news, 1).signature(), mk(plot, 0.3).signature()) {
		t.Errorf("sameFact(%q, %q) = true, want news of its own", news, plot)
	}
}

// TestLedBy: a fact chosen in the words of a sentence from further down
// its article, or of one that speaks to its reader, is told in the words
// of an article that opens with it when that opening is nearly as strong;
// a much weaker opening, or one that tells something else, is not.
func TestLedBy(t *testing.T) {
	st, mk := repeatStory()
	const (
		lead  = "The flood that broke the Tarn dam on March 3 left 14 people confirmed dead, with 230 still unaccounted for, officials said."
		later = "By nightfall the harbour board's pages said the remains of 14 people had been found and 230 were missing."
		you   = "If you watched the Tarn valley news on March 3, you saw 14 people confirmed dead and 230 missing."
		other = "Ada Vell and Ivo Brand clashed at a Kessmouth council hearing on Tuesday over whether harbour funds paid for the failed Tarn ferry project."
	)
	for _, tc := range []struct {
		text string
		lead float64
	}{{later, 0.3}, {you, 1}} {
		c, o, x := mk(tc.text, tc.lead), mk(lead, 1), mk(other, 1)
		c.score, o.score, x.score = 10, 7, 9
		taken := map[*candidate]bool{c: true}
		if got := st.ledBy(c, []*candidate{c, x, o}, nil, taken, -1); got != o {
			t.Errorf("ledBy(%q) = %v, want the opening sentence %q", tc.text, got, lead)
		}
		o.score = 3
		if got := st.ledBy(c, []*candidate{c, x, o}, nil, taken, -1); got != nil {
			t.Errorf("ledBy(%q) = %q, want none: the opening is much weaker", tc.text, got.text)
		}
	}
	c, o := mk(other, 1), mk(lead, 1)
	c.score, o.score = 10, 9
	if got := st.ledBy(c, []*candidate{c, o}, nil, map[*candidate]bool{c: true}, -1); got != nil {
		t.Errorf("ledBy(%q) = %q, want none: an opening sentence stays", other, got.text)
	}
}

// TestApart: in a story of three articles where two state something
// alike, the sentences of the third, which states nothing another does
// (a page beside the story), weigh less; in a story where no two
// articles agree on anything, or of two articles, nothing changes.
func TestApart(t *testing.T) {
	mk := func(score float64, cites ...string) *candidate {
		return &candidate{score: score, cites: cites}
	}
	storyOf := func(ids ...string) *story {
		st := &story{arts: map[string]*corroborate.Article{}}
		for _, id := range ids {
			st.arts[id] = &corroborate.Article{ID: id}
		}
		return st
	}
	three := storyOf("a", "b", "c")
	shared, own, beside := mk(10, "a", "b"), mk(10, "a"), mk(10, "c")
	three.apart([]*candidate{shared, own, beside})
	if beside.score >= 10 {
		t.Errorf("a sentence of the article apart scores %v, want less than 10", beside.score)
	}
	if own.score != 10 || shared.score != 10 {
		t.Errorf("sentences of the articles that agree score %v and %v, want 10", own.score, shared.score)
	}
	one, two := mk(10, "a"), mk(10, "c")
	three.apart([]*candidate{one, two})
	storyOf("a", "c").apart([]*candidate{mk(10, "a", "c"), two})
	if one.score != 10 || two.score != 10 {
		t.Errorf("with no two articles agreeing, or two articles, sentences score %v and %v, want 10", one.score, two.score)
	}
	// the third article never names Vell, whom the other two name: its
	// sentences weigh less, unless it states what another article states
	named := storyOf("a", "b", "c")
	named.keys = keyNames{"VELL": 1}
	named.sample = []*corroborate.Article{
		{ID: "a", Text: "Tom Vell left the film."}, {ID: "b", Text: "Vell wrote to the studio."}, {ID: "c", Text: "Pip joins the Tide Runners."},
	}
	plot, news := mk(10, "c"), mk(10, "a")
	named.apart([]*candidate{plot, news})
	if plot.score >= 10 || news.score != 10 {
		t.Errorf("the article that never names Vell scores %v, the news %v; want less than 10 and 10", plot.score, news.score)
	}
	plot, both := mk(10, "c"), mk(10, "a", "c")
	named.apart([]*candidate{plot, both})
	if plot.score != 10 {
		t.Errorf("an article that states what another states scores %v for its own sentence, want 10", plot.score)
	}
}
