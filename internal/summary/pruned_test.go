package summary

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestToldByTheRestLeftOut: a fictional border clash. The toll "the
// exchange killed ... fighters and civilians in Varn and at least
// two Osterlanders", taken early, is told again by the two sentences taken
// after it (the rockets that killed two Osterland farmers, the airstrikes
// that killed a dozen people in Varn): it gives its place to the next
// sentence, the border closing.
func TestToldByTheRestLeftOut(t *testing.T) {
	lead := "A standoff between Osterland and the Varn militia escalated on Tuesday as Osterland unleashed new airstrikes on Varn while militia fighters barraged southern Osterland with hundreds of rockets."
	exchange := "The exchange killed a number of fighters and civilians in Varn and at least two Osterlanders."
	rockets := "Militia fighters fired more than 80 missiles at Osterland, killing two farmers, the first Osterland casualties in the current violence."
	strikes := "Osterland killed more than a dozen Varn residents during a series of airstrikes launched since sundown on Monday."
	border := "The Varn harbour was closed to shipping and the border crossings with Osterland were shut until further notice."
	arts := []corroborate.Article{
		{ID: "a", Text: lead + " " + exchange + " " + border},
		{ID: "b", Text: rockets + " " + lead},
		{ID: "c", Text: strikes + " The Varn militia said its fighters would keep firing rockets at Osterland."},
	}
	st := &story{v: newVocab(arts), arts: map[string]*corroborate.Article{}}
	cand := func(text string, score float64) *candidate {
		c := &candidate{text: text, score: score, nwords: words(text), cites: []string{"a"}, echo: -1}
		c.vec, c.norm = st.v.vector(text)
		return c
	}
	cands := []*candidate{cand(lead, 30), cand(exchange, 20), cand(rockets, 18), cand(strikes, 17), cand(border, 10)}
	var got []string
	for _, c := range st.choose(cands, Options{Sentences: 4}) {
		got = append(got, c.text)
	}
	if slices.Contains(got, exchange) {
		t.Errorf("choose keeps the toll the rockets and the airstrikes tell between them:\n%q", got)
	}
	if len(got) != 4 || !slices.Contains(got, border) {
		t.Errorf("choose = %q, want four sentences, the border closing in the toll's place", got)
	}
}
