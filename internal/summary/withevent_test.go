package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestEventLeadBeforeItsNextSentence: the event lead, chosen, is brought
// first over the sentence after it in its own article (no rival opener),
// but not over another article's lead.
func TestEventLeadBeforeItsNextSentence(t *testing.T) {
	at := func(id string) corroborate.ClaimSupport { return corroborate.ClaimSupport{Article: id} }
	lead := &candidate{text: "Police say a man in a Tarn court on a theft charge is in more trouble after stolen rings fell from his coat.",
		cites: []string{"a"}, lead: 1, at: at("a"), echo: -1}
	next := &candidate{text: "The Orvell Courier reported Tuesday that the man was standing at the bench when the rings fell out.",
		cites: []string{"a"}, lead: 0.67, at: at("a"), echo: -1}
	later := &candidate{text: "The man now faces two more charges of possessing stolen goods and breaking his bond.",
		cites: []string{"a", "b"}, lead: 0.4, at: at("b"), echo: -1}
	st := &story{v: &vocab{idf: map[string]float64{}, centroid: map[string]float64{}}, furniture: map[string]int{}}
	got, opens := st.withEvent([]*candidate{next, later, lead}, []*candidate{next, later, lead}, Options{})
	if !opens || got[0] != lead {
		t.Errorf("opens with %q (event lead first: %v), want the event lead", got[0].text, opens)
	}
	rival := &candidate{text: "The Orvell court will sit in the old town hall until its own building is repaired.",
		cites: []string{"b"}, lead: 0.67, at: at("b"), echo: -1}
	if _, opens := st.withEvent([]*candidate{rival, later, lead}, []*candidate{rival, later, lead}, Options{}); opens {
		t.Errorf("the event lead is brought first over another article's near-lead sentence")
	}
}
