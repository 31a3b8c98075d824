package summary

import (
	"slices"
	"strings"
	"testing"
)

// TestBackRefNeeds: a subject that is some of a set by its noun ("None of
// these islands"), or "The" and a noun for an act told before ("The
// threat marks ..."), needs a sentence before it that says the noun, or
// the act's verb; one whose noun says what the act is ("The threat of a
// strike"), or another noun, needs none.
func TestBackRefNeeds(t *testing.T) {
	for s, want := range map[string][]string{
		"None of these islands has another link to the mainland.":                    {"islands", "island"},
		"Each of those ferries was built in Kessmouth.":                              {"ferries", "ferry"},
		"The threat marks the ministry's third cut to island services.":              {"threat"},
		"The efforts represent a broader push by the ministry.":                      {"effort", "tried", "trying", "push"},
		"The decision, which took the councils by surprise, ends a 40-year subsidy.": {"decid", "decision"},
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

// TestActNounsHaveStems: each noun theAct reads has the stems that tell
// its act, or backRefNeeds would ask for nothing.
func TestActNounsHaveStems(t *testing.T) {
	for _, n := range strings.Split(strings.ReplaceAll(actNouns, "s?", "|"), "|") {
		if n != "" && len(actStems[strings.TrimSuffix(n, "s")]) == 0 {
			t.Errorf("act noun %q has no stems", n)
		}
	}
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
