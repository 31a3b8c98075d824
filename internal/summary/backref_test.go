package summary

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestBackRefNeeds: a subject that is some of a set by its noun ("None of
// these islands"), or "The" and a noun for an act told before ("The
// threat marks ..."), needs a sentence before it that says the noun, in
// the singular or the plural; one whose noun says what the act is ("The
// threat of a strike"), or another noun, needs none.
func TestBackRefNeeds(t *testing.T) {
	for s, want := range map[string][]string{
		"None of these islands has another link to the mainland.":                    {"islands", "island"},
		"Each of those ferries was built in Kessmouth.":                              {"ferries", "ferry"},
		"The threat marks the ministry's third cut to island services.":              {"threat", "threats"},
		"The efforts represent a broader push by the ministry.":                      {"effort", "efforts"},
		"The decision, which took the councils by surprise, ends a 40-year subsidy.": {"decision", "decisions"},
		"The remarks drew a rebuke from the harbour board.":                          {"remark", "remarks"},
		"The threat of a strike hangs over the Tolle ferry.":                         nil,
		"The decision to end the subsidy was taken in May.":                          nil,
		"The ferry left Tolle at noon with 40 passengers on board.":                  nil,
		"Most of the islanders use the ferry every day.":                             nil,
	} {
		if got := backRefNeeds(s); !slices.Equal(got, want) {
			t.Errorf("backRefNeeds(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestBackRefNeedsItsNoun: what a back-reference refers to is told by its
// noun, in the singular or the plural, as a word of its own in a sentence
// before: "these cities" by "four cities" or "the city", not by
// "citizens" or "citywide"; "The remarks" by "remarks", not by any
// "said".
func TestBackRefNeedsItsNoun(t *testing.T) {
	for _, c := range []struct {
		before, s string
		met       bool
	}{
		{"The ministry wrote to four cities on the coast on Monday.", "None of these cities has a ferry of its own.", true},
		{"Each city on the coast got a letter from the ministry.", "None of these cities has a ferry of its own.", true},
		{"Citizens of Brenna and Oskey got letters from the ministry.", "None of these cities has a ferry of its own.", false},
		{"A citywide strike closed the harbour at Brenna on Monday.", "None of these cities has a ferry of its own.", false},
		{"The islanders of Tolle were not warned of the rise.", "None of these islands has another link to the mainland.", false},
		{"Minister Ada Holm said the ferry must pay its own way.", "The remarks drew a rebuke from the harbour board.", false},
		{"Minister Ada Holm repeated her remarks on the ferry at the council.", "The remarks drew a rebuke from the harbour board.", true},
		{"Minister Ada Holm made one remark on the ferry at the council.", "The remarks drew a rebuke from the harbour board.", true},
	} {
		before, c2 := &candidate{text: c.before}, &candidate{text: c.s}
		if got := (&story{}).needsMet([]*candidate{before}, c2); got != c.met {
			t.Errorf("needsMet(%q after %q) = %v, want %v", c.s, c.before, got, c.met)
		}
	}
}

// TestBackRefFollowsItsSentence: a back-reference right after the
// sentence before it in its own article refers to what that sentence
// says, though it says no noun of it ("The decision ..." after "The
// ministry decided ..."); after another sentence, it does not.
func TestBackRefFollowsItsSentence(t *testing.T) {
	const (
		first  = "The ministry decided on Monday to end the island subsidy in May."
		second = "The decision, which took the councils by surprise, ends a 40-year subsidy."
	)
	body := first + " " + second
	st := &story{arts: map[string]*corroborate.Article{"a": {ID: "a", Text: body}}}
	p := &candidate{text: first, at: corroborate.ClaimSupport{Article: "a", Start: 0, End: len(first)}}
	c := &candidate{text: second, at: corroborate.ClaimSupport{Article: "a", Start: len(first) + 1, End: len(body)}}
	if !st.needsMet([]*candidate{p}, c) {
		t.Errorf("needsMet(%q right after %q in its article) = false, want true", second, first)
	}
	other := &candidate{text: first, at: corroborate.ClaimSupport{Article: "b", Start: 0, End: len(first)}}
	if st.needsMet([]*candidate{other}, c) {
		t.Errorf("needsMet(%q after %q of another article) = true, want false", second, first)
	}
}

// TestBackRefAfterItsSet: "None of these islands ..." comes after a
// sentence that says the islands, or right after the sentence before it
// in its article; never first.
func TestBackRefAfterItsSet(t *testing.T) {
	st := &story{}
	none := &candidate{text: "None of these islands has another link to the mainland, and some councillors were not warned."}
	says := &candidate{text: "Ferry fares to the Tolle islands will rise by a third from June, the ministry said."}
	other := &candidate{text: "About 9,000 people use the Tolle ferry every day, the operator said."}
	if bad := st.unintroduced([]*candidate{none, says}, nil); !bad[none] {
		t.Errorf("unintroduced(%q first) = false, want true", none.text)
	}
	if bad := st.unintroduced([]*candidate{other, none}, nil); !bad[none] {
		t.Errorf("unintroduced(%q after %q) = false, want true", none.text, other.text)
	}
	if bad := st.unintroduced([]*candidate{says, none}, nil); bad[none] {
		t.Errorf("unintroduced(%q after %q) = true, want false", none.text, says.text)
	}
	chosen := []*candidate{none, other, says}
	for st.introduceFirst(chosen, nil) {
	}
	if chosen[0] != says || chosen[1] != none {
		t.Errorf("introduceFirst put %q first, %q second; want the islands named first", chosen[0].text, chosen[1].text)
	}
}

// TestFrontedIt: "it" for a sentence's subject after an opening phrase
// ("Taken 30 years ago, it showed ...") is the thing a sentence before
// named; an "it" for a clause to come is not.
func TestFrontedIt(t *testing.T) {
	checkLeans(t, map[string]bool{
		"Taken more than 30 years ago, it showed the Tolle ferry leaving the harbour.": true,
		"At the time, it was the largest ferry in Kessland.":                           true,
		"On Monday, it was announced that the Tolle ferry would stop sailing.":         false,
		"Taken more than 30 years ago, the photo showed the Tolle ferry.":              false,
		// news that comes to light
		"Last night, it emerged that the Tolle ferry's only engineer had resigned.": false,
		"Earlier this week, it became clear that the ferry would not sail.":         false,
		"After a two-year inquiry, it has now emerged that the hull was cracked.":   false,
		"On Friday, it turned out that the captain had never been told.":            false,
		"After the inspection, it was found that the hull was cracked.":             false,
	})
}

// TestIntroduceFirstMovesForUnmetNeeds: introduceFirst moves a later
// sentence up only for what the sentences before have not told; one that
// says only what is told already fixes nothing.
func TestIntroduceFirstMovesForUnmetNeeds(t *testing.T) {
	c := "None of these nurses had heard from the third agency."
	if got, back := contextNeeds(c), backRefNeeds(c); !slices.Contains(got, "agencies") || !slices.Contains(back, "nurses") {
		t.Fatalf("contextNeeds(%q) = %q, backRefNeeds %q; want agencies and nurses", c, got, back)
	}
	chosen := []*candidate{{text: "Three agencies were asked to help the hospital."}, {text: c}, {text: "The agencies declined to comment."}}
	if (&story{}).introduceFirst(chosen, map[string]string{}) {
		t.Errorf("introduceFirst moved %q, which tells only the agencies already told", chosen[1].text)
	}
	chosen = append(chosen, &candidate{text: "Four nurses were suspended on Monday."})
	if !(&story{}).introduceFirst(chosen, map[string]string{}) || chosen[1].text != "Four nurses were suspended on Monday." {
		t.Errorf("introduceFirst did not move the sentence telling the nurses before %q", c)
	}
}
