package summary

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestEventLeadNotToldByTheRest: the event lead ("Marrow Lines agreed to
// buy the Kessel ferry company ...") goes into a long summary whose first
// sentences do not tell it, though the price and the day turn up in
// sentences further down: the news is told in one place, near the top.
func TestEventLeadNotToldByTheRest(t *testing.T) {
	event := "Marrow Lines agreed on Monday to buy the Kessel ferry company for 40 million crowns."
	rest := []string{
		"The Kessel ferry company has lost money on the Tarnport crossing for six years.",
		"Ferry workers in Tarnport said they feared for their jobs on the crossing.",
		"The harbour board of Tarnport said the crossing would keep its night ferry.",
		"Marrow Lines will pay in cash, its chief executive said.",
		"The price of 40 million is the most paid for a business on the island.",
		"The sale was agreed on Monday after six weeks of talks.",
	}
	arts := []corroborate.Article{{ID: "a", Text: event + " The deal needs the harbour board's approval."}}
	for i, s := range rest {
		arts = append(arts, corroborate.Article{ID: string(rune('b' + i)), Text: "Ferry news from Tarnport. " + s})
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	mk := func(s, art string, lead float64) *candidate {
		c := &candidate{lead: lead, cites: []string{art}, echo: -1}
		st.use(c, wordingOf{text: s, span: corroborate.ClaimSupport{Article: art}})
		return c
	}
	ev := mk(event, "a", 1)
	var chosen []*candidate
	for i, s := range rest {
		chosen = append(chosen, mk(s, string(rune('b'+i)), 0.5))
	}
	got, _ := st.withEvent(append([]*candidate{ev}, chosen...), chosen, Options{Sentences: 6})
	if !slices.Contains(got, ev) {
		t.Errorf("withEvent leaves out the event lead %q", event)
	}
}
