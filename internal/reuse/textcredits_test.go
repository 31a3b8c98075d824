package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// witness is a ferry passenger's words, given to the Lenna Gazette.
const witness = "\n\n“The first ferry was half empty and nobody checked our tickets,” Rosa Imberti, a nurse who lives on the island, told the Lenna Gazette."

// oneEdge analyzes arts and returns their one reuse edge.
func oneEdge(t *testing.T, arts ...corroborate.Article) corroborate.Reuse {
	t.Helper()
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
	}
	return res.Reuse[0]
}

// Two reports of unknown outlets share the bridge story and a ferry
// passenger's words, which each says she told the Lenna Gazette. That is
// no credit for the text they share: it names where the passenger's words
// were said, as the other report does too. The edge's note says so
// instead of leaving open whether the copy credits the origin; a credit
// of the copy's own for the Gazette leaves it open again.
func TestToldAnOutletCreditsOnlyItsQuotation(t *testing.T) {
	first := origin + witness
	paras := strings.Split(origin, "\n\n")
	copyText := strings.Join(paras[:4], "\n\n") + witness
	r := oneEdge(t, mkArticle(t, "first", "", "", first), mkArticle(t, "copy", "", "", copyText))
	if r.From != "first" || r.Credited {
		t.Fatalf("%s → %s credited %v, want first → copy, not credited", r.From, r.To, r.Credited)
	}
	var note string
	for _, s := range r.Evidence {
		if strings.Contains(s, "outlet is unknown") {
			note = s
		}
	}
	for _, want := range []string{"credits no outlet for the text they share", "'told the Lenna Gazette' credits only the quotation"} {
		if !strings.Contains(note, want) {
			t.Errorf("note %q, want %q", note, want)
		}
	}
	if !r.NoTextCredit {
		t.Errorf("NoTextCredit false, want the edge to say its copy credits no outlet for the text")
	}
}

// A lead that credits an outlet ("…, the Lenna Gazette reports.") may
// vouch for the paragraphs after it, though it shares none of their
// text: whether it names the origin's outlet stays open.
func TestALeadCreditKeepsTheOriginOpen(t *testing.T) {
	paras := strings.Split(origin, "\n\n")
	copyText := "Island families are counting the days until their bridge reopens, the Lenna Gazette reports.\n\n" +
		strings.Join(paras[:4], "\n\n") + witness
	r := oneEdge(t, mkArticle(t, "first", "", "", origin+witness), mkArticle(t, "copy", "", "", copyText))
	for _, s := range r.Evidence {
		if strings.Contains(s, "credits no outlet") {
			t.Errorf("note %q, want the origin's outlet left open", s)
		}
	}
	if r.NoTextCredit {
		t.Errorf("NoTextCredit true, want the origin's outlet left open")
	}
}
