package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// swimStory is told word for word by two articles of unknown outlet; the
// one that carries a republication notice (or closes on its source's
// name) is the copy, though it is the longer text.
const swimStory = `A 15-year-old swimmer crossed Tarrow Sound at night and waved at the safety boat halfway across the channel.

Lina Osk, of Tarrow, swam the eleven-kilometre crossing in just under five hours, the harbour swim club said on Sunday.

Club officials said the cold water slowed her in the last hour, but she still beat the junior record by nine minutes.`

func TestRepublicationNoticeMarksTheCopy(t *testing.T) {
	for _, tt := range []struct{ name, tail string }{
		{"first appeared", "\n\nThis article first appeared in the Tarrow Courier and was reproduced with permission."},
		{"reproduced, no name", "\n\nThis story is reproduced with permission of its author and publisher."},
		{"closing source line", " - Tarrow Courier"},
		{"reprinted, opening its sentence", "\n\nReprinted from the Tarrow Courier."},
		{"republished, opening its sentence", "\n\nRepublished with permission from the Tarrow Courier."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze([]corroborate.Article{
				mkArticle(t, "copy", "", "", swimStory+tt.tail),
				mkArticle(t, "origin", "", "", swimStory),
			}, nil, Options{})
			if len(res.Reuse) != 1 {
				t.Fatalf("reuse edges = %d, want 1", len(res.Reuse))
			}
			r := res.Reuse[0]
			if r.From != "origin" || r.To != "copy" {
				t.Errorf("reuse %s → %s, want origin → copy; evidence %v", r.From, r.To, r.Evidence)
			}
			for _, e := range r.Evidence {
				if strings.Contains(e, "no evidence either way") {
					t.Errorf("evidence %q: the notice is evidence", e)
				}
			}
		})
	}
}

// A republication notice is read in lower case or capitalised: opening
// its sentence ("Reprinted from X", "Reproduced with permission from X")
// as well as inside one ("… was reprinted from X"). It credits the outlet it names and
// is the article's notice.
func TestRepublicationNoticeOpensItsSentence(t *testing.T) {
	for _, tail := range []string{
		"Reprinted from the Tarrow Courier.",
		"Reproduced with permission from the Tarrow Courier.",
		"Republished from the Tarrow Courier with the author's leave.",
		"The story was reprinted from the Tarrow Courier.",
		"Reprinted with permission. This story first appeared in the Tarrow Courier.",
	} {
		t.Run(tail, func(t *testing.T) {
			text := swimStory + "\n\n" + tail
			notice, at := republication(text)
			if notice == "" || !strings.Contains(tail, notice) || text[at.Start:at.End] != notice {
				t.Errorf("republication = %q at %v, want a sentence of %q", notice, at, tail)
			}
			cs := Credits(text)
			if len(cs) != 1 || cs[0].Outlet != "Tarrow Courier" {
				t.Errorf("Credits = %+v, want the Tarrow Courier", cs)
			}
		})
	}
}

// Two articles that both re-tell one outlet's text, each with its own
// credit above it, have a common source: said once, not once per side.
func TestCommonSourceNotedOnce(t *testing.T) {
	const block = `The keeper of the Skarn light saw the divers' torches from the tower shortly after nine and rowed out alone in the harbour's old wooden lifeboat, which has no engine and no radio.

The coast guard said the divers had been on the water since noon, had lost their anchor in the afternoon and were treated for cold at the harbour clinic.`
	a := "Harbour keeper saves four divers.\n\nThe Skarn Ledger reports:\n\n" + block + "\n\nThe island has asked for a lifeboat station of its own."
	b := "A lighthouse keeper rowed out into a gale.\n\nAs the Skarn Ledger reported:\n\n" + block + "\n\nThe divers have thanked him on the radio."
	res := Analyze([]corroborate.Article{mkArticle(t, "ledger-a", "", "", a), mkArticle(t, "ledger-b", "", "", b)}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse edges = %d, want 1", len(res.Reuse))
	}
	n := 0
	for _, e := range res.Reuse[0].Evidence {
		if strings.Contains(e, "a common source") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("common source noted %d times, want once: %q", n, res.Reuse[0].Evidence)
	}
}

// A notice naming the article's own outlet ("(Reuters) - … This article
// originally appeared at Reuters") says where the outlet's text first
// ran: it marks no copy.
func TestNoticeOfOwnOutletMarksNoCopy(t *testing.T) {
	agency := "TARROW (Reuters) - " + swimStory + "\n\nThis article originally appeared at Reuters."
	res := Analyze([]corroborate.Article{
		mkArticle(t, "agency", "", "", agency),
		mkArticle(t, "other", "", "", swimStory+"\n\nThe club will hold a dinner for her on Friday."),
	}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse edges = %d, want 1", len(res.Reuse))
	}
	r := res.Reuse[0]
	for _, e := range r.Evidence {
		if strings.Contains(e, "republication notice") {
			t.Errorf("evidence %q: the notice names the article's own outlet", e)
		}
	}
	if r.From != "agency" {
		t.Errorf("reuse %s → %s, want agency → other; evidence %v", r.From, r.To, r.Evidence)
	}
}

// An outlet credited by its initials in one article ("tarn.org reports",
// TARN) and by its full name in another ("Source: Tarrow Area Radio
// News") is one outlet: the two re-tell a common source.
func TestAcronymIsTheSameOutlet(t *testing.T) {
	ix := outletIndex()
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"tarn.org", "Tarrow Area Radio News", true},
		{"TARN", "Tarrow Area Radio News", true},
		{"TARN", "Tarrow Radio News", false},
		{"Tarn", "Tarn Valley Press", false},
	} {
		if got := ix.sameOutlet(tt.a, tt.b); got != tt.want {
			t.Errorf("sameOutlet(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
