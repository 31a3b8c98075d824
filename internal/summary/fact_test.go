package summary

import (
	"math"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestSameFact: two wordings of one promise, "by half" and "50%", are one
// fact; sentences sharing a figure but no phrase, or a phrase but no
// figure, are not.
func TestSameFact(t *testing.T) {
	sig := func(s string) *signature { return (&candidate{text: s}).signature() }
	pledge := sig("Harbour chief Ada Holm vowed to shorten ferry delays by half before the 2031 season, her office said.")
	for _, s := range []string{
		"Waiting at the Tarn quay should shorten by half, the harbour chief vowed on Monday.",
		"Holm wants ferry delays 50% shorter by the 2031 season.",
	} {
		if !sameFact(pledge, sig(s)) {
			t.Errorf("sameFact(%q, %q) = false, want one pledge", pledge.text, s)
		}
	}
	for _, s := range []string{
		"Ada Holm vowed to shorten the night run for the crews.",             // a phrase, no figure
		"Half of the island's ferries are more than 40 years old, she said.", // a figure, no phrase
	} {
		if sameFact(pledge, sig(s)) {
			t.Errorf("sameFact(%q, %q) = true, want different facts", pledge.text, s)
		}
	}
}

// TestShareFigures: a share in words is the percentage it stands for; an
// ordinal is no share.
func TestShareFigures(t *testing.T) {
	for s, want := range map[string]string{
		"Fares will fall by a third next year.":      "33",
		"Two thirds of the crews voted to strike.":   "67",
		"Delays fell by three quarters in May.":      "75",
		"The ferry was cut in half by the storm.":    "50",
		"It was the third day of the strike.":        "",
		"The yard reported its best quarter in May.": "",
		// a number that ends a title or a name is no figure; a date's,
		// or one after a sentence's first word, is
		`Ada Vell stars in "Harbour Lights 2," out on Friday.`: "",
		"The Kessel 3 ferry sank in the strait.":               "",
		"The ferry sank on June 24 in the strait.":             "24",
		"In 1953 the ferry sank in the strait.":                "1953",
		"About 40 passengers were on the ferry.":               "40",
	} {
		got := ""
		for f := range figures(s) {
			got = f
		}
		if got != want {
			t.Errorf("figures(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestClaimsOwnWording: a claim whose support in another article is a
// sentence aligned with it on a shared clause shows its own statement,
// even a longer one.
func TestClaimsOwnWording(t *testing.T) {
	own := "At the reopening of the Kessmouth maritime museum on Saturday, photographers including harbour veteran Ilse Marr captured a long embrace between skipper Ada Holm and former mayor Piet Ods, who first signed the plan to build the museum in 2003."
	other := "Former mayor Piet Ods signed the plan that created the Kessmouth maritime museum."
	a := "The Kessmouth maritime museum reopened on Saturday.\n\n" + own
	b := "Crowds came to the Kessmouth harbour on Saturday.\n\n" + other
	d := &corroborate.Dossier{Articles: []corroborate.Article{{ID: "a", Text: a}, {ID: "b", Text: b}}}
	c := corroborate.Claim{ID: "c1", Text: own, Origins: 2, Support: []corroborate.ClaimSupport{
		{Article: "b", Start: strings.Index(b, other), End: len(b)},
		{Article: "a", Start: strings.Index(a, own), End: len(a)},
	}}
	cand := newStory(d).candidateFor(&c)
	if cand == nil || cand.text != own {
		t.Errorf("candidateFor shows %v, want the claim's own statement", cand)
	}
}

// TestSameEventOtherWords: two articles' leads telling one event in other
// words ("approved legislation" / "passed a bill", "was wounded" / "was
// hurt", "elected president" / "a lead in the presidential election": a
// noun or adjective made of the event's word, "woke" / "awoke") are one
// fact; a lead
// telling another event is not.
func TestSameEventOtherWords(t *testing.T) {
	for _, tc := range []struct {
		one, same, other, event string
	}{
		{"The Kessmouth council approved legislation on Thursday to keep the night ferry to Tarn running through the winter.",
			"In a lopsided vote on Thursday, the Kessmouth council passed a bill that keeps the Tarn night ferry running all winter.",
			"The Tarn night ferry ran aground in fog near Kessmouth on Thursday, and the council ordered an inquiry.",
			"approved legislation / passed a bill"},
		{"Officials said Sunday that the rebel commander Josef Varn was wounded in an air strike near Ostrava.",
			"The rebel commander Josef Varn was hurt in an air strike near Ostrava on Sunday, witnesses said.",
			"The rebel commander Josef Varn was seen in Ostrava on Sunday, witnesses said, days after an air strike.",
			"wounded / hurt"},
		{"Ada Vell has been elected Norland's first female president.",
			"Opposition candidate Ada Vell took a commanding lead in Norland's presidential election on Saturday, and her rival conceded.",
			"Ada Vell, Norland's first female president, met the harbour board on Saturday.",
			"elected president / presidential election"},
		{"Five days later, neighbours found the ferry's cat alive but weak in their garden on Tarn.",
			"“The ferry's cat was given up for lost. Five days later, it turned up in a neighbour's garden on Tarn, alive!” the shelter said.",
			"Five days later, the ferry's cat was given a new home by neighbours on Tarn.",
			"found alive / turned up alive"},
		{"A patient woke up during surgery at the Tarnport clinic on Monday and asked the surgeons how it was going.",
			"The patient, whose skull was open when she awoke, asked Tarnport clinic surgeons on Monday how the surgery was going.",
			"A patient at the Tarnport clinic asked the surgeons on Monday how long her surgery would take.",
			"woke up / awoke"},
	} {
		v, vec := storyVectors([]corroborate.Article{{ID: "a", Text: tc.one}, {ID: "b", Text: tc.same}, {ID: "c", Text: tc.other}})
		if !sameEvent(v, vec(0), vec(1)) {
			t.Errorf("sameEvent(%s) = false, want one event", tc.event)
		}
		if sameEvent(v, vec(0), vec(2)) {
			t.Errorf("sameEvent(%q, %q) = true, want two events", tc.one, tc.other)
		}
	}
}

// TestWireShare: the weight of the story's own telling grows with the
// articles and with how short the budget is, and is nothing for two
// articles, a long budget or no budget at all.
func TestWireShare(t *testing.T) {
	for _, tc := range []struct {
		articles, words int
		want            float64
	}{
		{2, 100, 0}, {10, 200, 0}, {10, 300, 0}, {10, 0, 0},
		{10, 100, 1}, {40, 50, 1}, {6, 100, 0.5}, {10, 150, 0.5}, {6, 150, 0.25},
	} {
		if got := wireShare(tc.articles, tc.words); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("wireShare(%d, %d) = %v, want %v", tc.articles, tc.words, got, tc.want)
		}
	}
}

// TestEventRetold: a sentence anywhere in its article retells another's
// event when the other says most of what it says of the story and every
// event it tells; a recap around news of its own (an arrest) is no
// retelling.
func TestEventRetold(t *testing.T) {
	v, vec := storyVectors([]corroborate.Article{
		{ID: "a", Text: "The Norland military says the Tarn republic attempted to launch a rocket on Friday, the national holiday, but that it failed."},
		{ID: "b", Text: "The Tarn republic tried but failed to launch a rocket on Friday, Norland military officials said, an embarrassing blow on its national holiday."},
		{ID: "c", Text: "Tarn police arrested the engineer of the rocket that failed to launch on Friday, the national holiday, Norland military officials said."},
	})
	if !v.retells(vec(0), folded(vec(1))) {
		t.Errorf("retells(attempted to launch ... failed, tried but failed to launch) = false, want the launch told again")
	}
	if v.retells(vec(2), folded(vec(1))) {
		t.Errorf("retells(police arrested the engineer ..., the failed launch) = true, want the arrest as news")
	}
}

// storyVectors is the vocabulary of a story of arts and the vector of its
// i-th article's text.
func storyVectors(arts []corroborate.Article) (*vocab, func(i int) map[string]float64) {
	v := newVocab(arts)
	return v, func(i int) map[string]float64 { m, _ := v.vector(arts[i].Text); return m }
}

// TestWireQuoteWeighsLess: in a short summary of many articles, the event
// told as a quotation of what officials said gains less than the same
// words told by the reporter; in a long summary, or one of two articles,
// they gain alike.
func TestWireQuoteWeighsLess(t *testing.T) {
	arts := []corroborate.Article{{ID: "a", Text: "The Kelsmoor dam burst on Sunday, flooding three villages, officials said."}}
	st := &story{v: newVocab(arts), arts: map[string]*corroborate.Article{"a": &arts[0]}}
	plain, quoted := &candidate{}, &candidate{}
	st.use(plain, wordingOf{text: "The Kelsmoor dam burst on Sunday, flooding three villages, officials said."})
	st.use(quoted, wordingOf{text: `"The Kelsmoor dam burst on Sunday, flooding three villages," officials said.`})
	for _, wire := range []float64{0, 1} {
		g := &gains{st: st, covered: map[string]bool{}, top: 1, wire: wire}
		p, q := g.of(plain), g.of(quoted)
		switch {
		case wire == 0 && p != q:
			t.Errorf("with no wire share, the quoted wording gains %v and the plain %v, want alike", q, p)
		case wire == 1 && q >= p:
			t.Errorf("in a short summary of many articles, the quoted wording gains %v, not less than the plain %v", q, p)
		}
	}
}

// TestClashReadsNoQuestion: what a sentence says someone asked is no
// statement a reply contradicts; two statements of one thing that cannot
// both be true still clash.
func TestClashReadsNoQuestion(t *testing.T) {
	question := "President Ada Holm sparred with a reporter who asked what makes her confident that Chancellor Marrow will keep the truce."
	reply := "Asked why she was confident that Marrow would keep the truce, Holm answered: “I’m not confident.”"
	clash := func(a, b string) bool { return (&candidate{text: a}).clashes(&candidate{text: b}) }
	if clash(question, reply) {
		t.Errorf("clashes(%q, %q) = true, want a question and its reply read as no contradiction", question, reply)
	}
	if !clash("Chancellor Marrow will keep the truce, Holm said.", "Chancellor Marrow will not keep the truce, Holm said.") {
		t.Error("clashes of a statement and its denial = false, want true")
	}
}
