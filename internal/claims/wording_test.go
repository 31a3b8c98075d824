package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A claim is worded by the sentence that reads best alone: no pronoun
// pointing back, a quotation with its speaker, no outlet's "our", no
// dateline; the leader when all read alike.
func TestBestWording(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  string
	}{
		{"pronoun opener", []string{"He is not eligible to sail again until 2031.", "Captain Ilse Brandt is not eligible to sail again until 2031."}, "Captain Ilse Brandt is not eligible to sail again until 2031."},
		{"speaker given", []string{`"We cannot confirm these reports."`, `"We cannot confirm these reports," a harbour spokeswoman said.`}, `"We cannot confirm these reports," a harbour spokeswoman said.`},
		{"outlet's voice", []string{"Our source said the ferry left Orvell at dawn.", "A deckhand said the ferry left Orvell at dawn."}, "A deckhand said the ferry left Orvell at dawn."},
		{"dateline", []string{"PORT VELL — The ferry board closed the night crossing on Tuesday."}, "The ferry board closed the night crossing on Tuesday."},
		{"agency dateline", []string{"LENNA (Tarn Wire) - The ferry board closed the night crossing on Tuesday."}, "The ferry board closed the night crossing on Tuesday."},
		{"it is, pointing nowhere", []string{"It was not known whether the pilot was aboard.", "Whether the pilot was aboard was never said by the board."}, "It was not known whether the pilot was aboard."},
		{"leader on a tie", []string{"The ferry board closed the night crossing on Tuesday.", "The board closed the crossing Tuesday."}, "The ferry board closed the night crossing on Tuesday."},
		{"fragments only", []string{"The ferry, incidentally, turned out to be…"}, ""},
		{"a single-quoted quotation keeps its speaker", []string{"Deckhand Teo Marr said: ‘We knew the ferry was late.’", `"We knew the ferry was late."`}, "Deckhand Teo Marr said: ‘We knew the ferry was late.’"},
	}
	for _, c := range cases {
		var ws []wording
		for _, t := range c.texts {
			ws = append(ws, newWording(t, 0, len(t), tokenize(t, 0, len(t))))
		}
		if got := bestWording(ws); got != c.want {
			t.Errorf("%s: bestWording = %q, want %q", c.name, got, c.want)
		}
	}
}

// The dateline that opens wire copy is no part of a claim's text.
func TestClaimTextWithoutDateline(t *testing.T) {
	body := "PORT VELL — The ferry board closed the night crossing to Orvell on Tuesday after inspectors found cracks in its hull.\n\nThe board will meet again in June."
	arts := []corroborate.Article{article("a", "Lenna Post", body), article("b", "Tarn Courier", body)}
	found := false
	for _, c := range Find(arts, nil, Options{}).Claims {
		if strings.Contains(c.Text, "closed the night crossing") {
			found = true
			if strings.HasPrefix(c.Text, "PORT VELL") {
				t.Errorf("claim text %q keeps its dateline", c.Text)
			}
		}
	}
	if !found {
		t.Fatal("no claim for the closure")
	}
}
