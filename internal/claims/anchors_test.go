package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// Sentences that share only who and where and when, or only who spoke,
// or a question and a statement with its words, are no one claim;
// sentences sharing a verb and a figure besides the names, or a
// quotation, are.
func TestThinAlignments(t *testing.T) {
	filler := `

Crews from three harbours joined the work at first light.

The ferry line kept its timetable for the day.`
	cases := []struct {
		name     string
		a, b     string
		together bool
	}{
		{
			name:     "one name, one noun, one day",
			a:        "Divers kept looking for the boat of Marta Vell on Thursday.",
			b:        "On Thursday a trawler crew said they had towed the boat of Marta Vell to the breakers' yard last spring.",
			together: false,
		},
		{
			name:     "a question",
			a:        "Salt spray, along with heavy winter traffic, has played a part in the corrosion of rails along the Orvell seafront, engineers found.",
			b:        "What part did salt spray play in the corrosion?",
			together: false,
		},
		{
			name:     "one speaker, two things said",
			a:        "Harbour Trust lawyer Ines Marlow-Teague told the Lenna Post the board would appeal within a month.",
			b:        "The Harbour Trust's lawyer, Ines Marlow-Teague, said the board welcomed the audit.",
			together: false,
		},
		{
			name:     "a place named with a particle, a gerund as a noun",
			a:        "A crowd of anxious parents stood in the rain outside the Maison Culturelle de Port Arden after the flooding.",
			b:        "Her bakery opened near the Maison Culturelle de Port Arden in the year of the flooding.",
			together: false,
		},
		{
			name:     "one quotation, two verbs of saying",
			a:        "“Don’t say, ‘Happy Solstice!’ ” the ferryman shouted at the tourists before stepping past her onto the gangway with his crates.",
			b:        "“Don’t say, ‘Happy Solstice,’ ” the ferryman retorted as passengers watched.",
			together: true,
		},
		{
			name:     "a question quoted with a stop",
			a:        "And what lesson would the harbour board be learning from the fine.",
			b:        "The skipper wrote back to the harbour board that evening: “What lesson would the harbour board be learning from the fine?”",
			together: true,
		},
		{
			name:     "a verb and a year",
			a:        "Customs officers in Orvell arrested the skipper Tamsin Okafor-Reyes on 3 May 2024.",
			b:        "Tamsin Okafor-Reyes, a skipper, had been arrested on 3 May 2024 for smuggling eels.",
			together: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts := []corroborate.Article{article("a", "Lenna Post", tc.a+filler), article("b", "Tarn Courier", tc.b+filler)}
			res := Find(arts, nil, Options{})
			got := false
			for _, c := range res.Claims {
				var hitA, hitB bool
				for _, s := range c.Support {
					txt := arts[idxOf(arts, s.Article)].Text[s.Start:s.End]
					hitA = hitA || s.Article == "a" && strings.Contains(tc.a, txt)
					hitB = hitB || s.Article == "b" && strings.Contains(tc.b, txt)
				}
				got = got || hitA && hitB
			}
			if got != tc.together {
				t.Errorf("one claim = %v, want %v; claims: %+v", got, tc.together, res.Claims)
			}
		})
	}
}

// TestLightPairAnchors checks that a light verb anchors only with the words
// it takes, quoted or not, each pair one id however often it is read
// ("took the blame" holds its own pair, not "made a mistake"'s).
func TestLightPairAnchors(t *testing.T) {
	v := newVocab()
	var sc scratch
	anchors := func(s string) []int { return anchorsIn(s, s, v, &sc) }
	costly := anchors("Coach Ivo Marsk made a costly mistake in the cup final.")
	bare := anchors("Marsk made a mistake.")
	quoted := anchors("“Marsk made a mistake,” a fan wrote.")
	took := anchors("Marsk took the blame.")
	mistake := v.pair("mak", "mistak")
	for _, tc := range []struct {
		name    string
		anchors []int
		want    bool
	}{{"made a costly mistake", costly, true}, {"made a mistake", bare, true}, {"quoted", quoted, true}, {"took the blame", took, false}} {
		if got := slices.Contains(tc.anchors, mistake); got != tc.want {
			t.Errorf("%s: anchors %v hold mak+mistak (%d) = %v, want %v", tc.name, tc.anchors, mistake, got, tc.want)
		}
	}
	if id := v.ids["mak"]; slices.Contains(bare, id) {
		t.Errorf("made a mistake: anchors %v hold the light verb alone (%d)", bare, id)
	}
	if blame := v.pair("tak", "blam"); !slices.Contains(took, blame) {
		t.Errorf("took the blame: anchors %v lack tak+blam (%d)", took, blame)
	}
}

// TestAnchorsAfterAClosedQuotation checks that a sentence after one
// closing a quotation with a straight mark ('... at dawn."') is not read
// as quoted, all its words anchors: two such sentences sharing only a
// place and a noun are still two claims (as in TestThinAlignments); and
// that one opening with a straight mark after it is read as quoted.
func TestAnchorsAfterAClosedQuotation(t *testing.T) {
	filler := " Crews from three harbours joined the work at first light. The ferry line kept its timetable for the day."
	a := `The harbour master said: "The boat left at dawn." A crowd of anxious parents stood in the rain outside the Maison Culturelle de Port Arden after the flooding.` + filler
	b := `A skipper said: "We saw no boat." Her bakery opened near the Maison Culturelle de Port Arden in the year of the flooding.` + filler
	if sentencesAligned(t, a, b, "anxious", "bakery") {
		t.Errorf("the sentences after the quotations aligned: their words were read as quoted, all anchors")
	}
	v := newVocab()
	var sc scratch
	anchors := func(s, sentence string) []int { return anchorsIn(s, sentence, v, &sc) }
	alone := anchors("Divers kept looking for the boat.", "Divers kept looking for the boat.")
	after := anchors(`The master said: "It left." Divers kept looking for the boat.`, "Divers kept looking for the boat.")
	if !slices.Equal(after, alone) {
		t.Errorf("anchors after a closed quotation = %v, want %v (the sentence alone)", after, alone)
	}
	quoted := anchors(`The master said: "It left." "Divers kept looking for the boat."`, "Divers kept looking for the boat.")
	if !slices.Contains(quoted, v.ids["boat"]) {
		t.Errorf("anchors of a sentence opening a quotation = %v, want the quoted noun boat (%d)", quoted, v.ids["boat"])
	}
}

// anchorsIn is anchorsOf the sentence of text s, at its first place in s,
// with the features it adds to v.
func anchorsIn(s, sentence string, v *vocab, sc *scratch) []int {
	start := strings.Index(s, sentence)
	toks := tokenize(s, start, start+len(sentence))
	figs := figures(s, toks)
	feats, _ := features(s, toks, figs, v, sc)
	return slices.Clone(anchorsOf(s, toks, figs, feats, v, sc))
}
