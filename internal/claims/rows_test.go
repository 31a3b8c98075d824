package claims

import (
	"strings"
	"testing"
)

// TestNoRowRepeatsAnother checks that a claim is not worded with the
// sentence before it when that sentence is another claim's: two
// sentences of one quotation stated one after the other by the same
// articles are one claim, and when other articles state the first alone,
// two claims, the second not reading as the first repeated.
func TestNoRowRepeatsAnother(t *testing.T) {
	res, _ := findIn(t, [][3]string{
		{"a", "Lenna Post", `The quay at Port Arden was closed on Monday after a storm.

"The quay will stay shut until the sea wall is mended," harbour master Ilse Brandt said. "We owe that to every crew that ties up here."`},
		{"b", "Tarn Courier", `Port Arden's quay closed on Monday.

"The quay will stay shut until the sea wall is mended," harbour master Ilse Brandt said. "We owe that to every crew that ties up here."`},
	})
	var texts []string
	for _, c := range res.Claims {
		if len(c.Support) > 1 {
			texts = append(texts, c.Text)
		}
	}
	if !strings.Contains(strings.Join(texts, "\n"), "We owe that") {
		t.Fatalf("no claim states the quotation's second sentence: %q", texts)
	}
	noRepeats(t, texts)
	// stated by the same articles one after the other, the two sentences
	// are one statement
	if countHolding(texts, "stay shut") != 1 || countHolding(texts, "We owe that") != 1 || countHolding(texts, `mended," harbour master Ilse Brandt said. "We owe that`) != 1 {
		t.Errorf("claims %q, want one of both sentences", texts)
	}
	// a third article stating the first sentence alone: two claims
	res, _ = findIn(t, [][3]string{
		{"a", "Lenna Post", `"The quay will stay shut until the sea wall is mended," harbour master Ilse Brandt said. "We owe that to every crew that ties up here."`},
		{"b", "Tarn Courier", `"The quay will stay shut until the sea wall is mended," harbour master Ilse Brandt said. "We owe that to every crew that ties up here."`},
		{"c", "Orvell Echo", `"The quay will stay shut until the sea wall is mended," harbour master Ilse Brandt said on Monday.`},
	})
	texts = texts[:0]
	for _, c := range res.Claims {
		if len(c.Support) > 1 {
			texts = append(texts, c.Text)
		}
	}
	noRepeats(t, texts)
	if countHolding(texts, "stay shut") != 1 || countHolding(texts, "We owe that") != 1 {
		t.Errorf("claims %q, want the quotation's two sentences apart", texts)
	}
	// the second still names its speaker, by the first's closing
	// attribution alone
	if countHolding(texts, `harbour master Ilse Brandt said. "We owe that`) != 1 {
		t.Errorf("claims %q, want the second worded with the first's attribution", texts)
	}
}

// countHolding is how many of texts hold s.
func countHolding(texts []string, s string) int {
	n := 0
	for _, x := range texts {
		if strings.Contains(x, s) {
			n++
		}
	}
	return n
}

// noRepeats fails when one of texts holds another.
func noRepeats(t *testing.T, texts []string) {
	t.Helper()
	for i, x := range texts {
		for j, y := range texts {
			if i != j && strings.Contains(y, x) {
				t.Errorf("claim %q repeats claim %q", y, x)
			}
		}
	}
}

// TestBareAttributionStatesNoClaim checks that a sentence telling only
// who spoke and to whom ("Harbour master Ilse Brandt told the Lenna
// Post.", before the quotation it leads to) states no claim, though
// another article's sentence names the same speaker and listener; the
// quotation after it is worded with it when no other sentence names the
// speaker.
func TestBareAttributionStatesNoClaim(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Lenna Post", `The quay at Port Arden was closed on Monday after a storm.

Harbour master Ilse Brandt told the Lenna Post. "We owe that to every crew that ties up here."`},
		{"b", "Tarn Courier", `Harbour master Ilse Brandt told the Lenna Post that the quay would stay shut until the sea wall was mended.

"We owe that to every crew that ties up here."`},
	})
	for _, c := range res.Claims {
		for _, s := range c.Support {
			if said(s) == "Harbour master Ilse Brandt told the Lenna Post." {
				t.Errorf("the bare attribution supports claim %q", c.Text)
			}
		}
	}
	got, ok := supportOf(res, said, "We owe that", "a")
	if !ok || got == "" {
		t.Fatalf("no claim of the quotation supported by a")
	}
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "We owe that") && !strings.Contains(c.Text, "Ilse Brandt") {
			t.Errorf("claim %q does not name the speaker a names just before", c.Text)
		}
	}
}

// TestLatterPointsBack checks that a sentence opening with "The latter"
// words no claim when another sentence of it reads alone.
func TestLatterPointsBack(t *testing.T) {
	res, _ := findIn(t, [][3]string{
		{"a", "Lenna Post", `The ferry skipper was replaced by a deckhand, Piet Vell.

The latter, incidentally, turned out to be the skipper's cousin.`},
		{"b", "Tarn Courier", `A deckhand took the wheel.

The reports further state that Vell, incidentally, was the skipper's cousin.`},
	})
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "cousin") && strings.HasPrefix(c.Text, "The latter") {
			t.Errorf("claim worded %q, pointing back", c.Text)
		}
	}
	if !strings.Contains(claimTexts(res), "cousin") {
		t.Errorf("no claim of the cousin: %s", claimTexts(res))
	}
}

func claimTexts(res Result) string {
	var out []string
	for _, c := range res.Claims {
		if len(c.Support) > 1 {
			out = append(out, c.Text)
		}
	}
	return strings.Join(out, "\n")
}
