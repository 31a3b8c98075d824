package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// Two reports of unknown outlets share the bridge story and a ferry
// passenger's words, which each says she told the Lenna Gazette; the
// copy also credits the Gazette for a sentence of its own. Neither credit
// is one for the text they share: the first names where the passenger's
// words were said, as the other report does too, and the second credits
// text the copy does not share. The edge's note says so instead of
// leaving open whether the copy credits the origin.
func TestToldAnOutletCreditsOnlyItsQuotation(t *testing.T) {
	witness := "\n\n“The first ferry was half empty and nobody checked our tickets,” Rosa Imberti, a nurse who lives on the island, told the Lenna Gazette."
	first := origin + witness
	paras := strings.Split(origin, "\n\n")
	copyText := strings.Join(paras[:4], "\n\n") + witness +
		"\n\nThe island's summer market will move to the mainland fairground for the season, the Lenna Gazette reports."
	arts := []corroborate.Article{mkArticle(t, "first", "", "", first), mkArticle(t, "copy", "", "", copyText)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
	}
	r := res.Reuse[0]
	if r.From != "first" || r.Credited {
		t.Fatalf("%s → %s credited %v, want first → copy, not credited", r.From, r.To, r.Credited)
	}
	var note string
	for _, s := range r.Evidence {
		if strings.Contains(s, "outlet is unknown") {
			note = s
		}
	}
	for _, want := range []string{"credits no outlet for the text they share", "'told the Lenna Gazette' credits only the quotation", "'the Lenna Gazette reports' credits text it does not share"} {
		if !strings.Contains(note, want) {
			t.Errorf("note %q, want %q", note, want)
		}
	}
}
