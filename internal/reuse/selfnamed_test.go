package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// The fixtures are fictional: a ferry company may be sold.

// scoop is the site's own report: it names itself only as the one a
// source spoke to.
const scoop = `A person close to the talks has told Quarrypoint that the Tarn Valley Ferry Company could receive an offer from Skerry Lines as early as this week.

The source said the first offer would be $12 a share, and a final price nearer $15 once the talks close.

Skerry Lines tried to buy the ferry company two years ago, but the harbor board blocked the deal over safety concerns.

A spokesperson for the ferry company told Quarrypoint on Saturday that the company does not comment on rumors. Skerry Lines was not available for comment.

Shares of the ferry company closed Friday at $8.20, a gain of 2 percent.`

// rewrite credits the site and adds an analyst's section, so it holds the
// longer version of what they share.
const rewrite = `The Tarn Valley Ferry Company may soon be bought by Skerry Lines, says a report from Quarrypoint, citing a person close to the talks. The source said the first offer would be $12 a share, and a final price nearer $15 once the talks close, perhaps as early as this week.

Skerry Lines tried to buy the ferry company two years ago, but the harbor board blocked the deal over safety concerns that were raised by the crews' union and by two members of the board.

Analyst Rosa Menendez at Calder Securities said the ferry company has been carrying more passengers every month since March. She expects the company to report its best summer in a decade, with the new island route alone bringing in about $3 million.

Menendez added that a buyer would also take on the ferry company's debt, which stands at about $40 million after the purchase of two new boats last year.`

// viaCopy takes the scoop's sentences and ends with a credit line.
const viaCopy = `Ferry sale rumors are back.

The source said the first offer would be $12 a share, and a final price nearer $15 once the talks close.

Skerry Lines tried to buy the ferry company two years ago, but the harbor board blocked the deal over safety concerns.

Shares of the ferry company closed Friday at $8.20, a gain of 2 percent.

VIA: Quarrypoint`

// An article that alone names Quarrypoint as the outlet a source spoke to
// is Quarrypoint's own when copies of its text credit Quarrypoint: the
// copies' credits decide the direction against the longer version.
func TestCopiesCreditingTheOriginsOwnOutlet(t *testing.T) {
	arts := []corroborate.Article{
		mkArticle(t, "rewrite", "", "", rewrite),
		mkArticle(t, "scoop", "", "", scoop),
		mkArticle(t, "via", "", "", viaCopy),
	}
	res := Analyze(arts, nil, Options{})
	got := map[string]corroborate.Reuse{}
	for _, r := range res.Reuse {
		got[r.From+">"+r.To] = r
	}
	for _, want := range []string{"scoop>rewrite", "scoop>via"} {
		r, ok := got[want]
		if !ok {
			t.Fatalf("reuse %s missing; got %v", want, keys(got))
		}
		if !r.Credited || r.Credit == nil || !strings.Contains(r.Credit.Cue, "Quarrypoint") {
			t.Errorf("%s: credited %v (%v), want a credit to Quarrypoint", want, r.Credited, r.Credit)
		}
		if r.OriginOutlet != "Quarrypoint" {
			t.Errorf("%s: origin outlet %q, want Quarrypoint, read from the scoop's text", want, r.OriginOutlet)
		}
		if !hasEvidence(r, "scoop is Quarrypoint's own: 'told Quarrypoint'") {
			t.Errorf("%s: evidence %q, want the origin named as Quarrypoint's own", want, r.Evidence)
		}
	}
	if len(res.Credits[1]) != 0 {
		t.Errorf("the scoop's credits %v, want none: 'told Quarrypoint' is its own interview", res.Credits[1])
	}
	if len(res.Credits[0]) == 0 || res.Credits[0][0].Outlet != "Quarrypoint" {
		t.Errorf("the rewrite's credits %v, want Quarrypoint first", res.Credits[0])
	}
}

// Two articles that both credit one third outlet for what they share
// re-tell a common source: that is no evidence of which took from which.
func TestCreditToACommonSourceIsNoDirection(t *testing.T) {
	const first = `Four divers were rescued off Skarn island on Tuesday night, the Harbor Courier reported.

The keeper of the Skarn light saw their torches from the tower shortly after nine and rowed out alone in the harbor's old wooden lifeboat, which has no engine and no radio.

The coast guard said the divers had been on the water since noon, had lost their anchor in the afternoon and were treated for cold at the harbor clinic before they were sent home.`
	const second = `Harbor keeper saves four.

The Harbor Courier reports:

The keeper of the Skarn light saw their torches from the tower shortly after nine and rowed out alone in the harbor's old wooden lifeboat, which has no engine and no radio.

The coast guard said the divers had been on the water since noon, had lost their anchor in the afternoon and were treated for cold at the harbor clinic before they were sent home.

Skarn island has no lifeboat station of its own; the nearest is forty minutes away by sea.`
	res := Analyze([]corroborate.Article{mkArticle(t, "first", "", "", first), mkArticle(t, "second", "", "", second)}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one pair", summarize(res.Reuse))
	}
	r := res.Reuse[0]
	for _, e := range r.Evidence {
		if strings.Contains(e, "for the shared text") {
			t.Errorf("evidence %q weighs a credit both articles give", e)
		}
	}
	if !hasEvidence(r, "a common source, which tells neither way") {
		t.Errorf("evidence %q, want the common source noted", r.Evidence)
	}
	for _, e := range r.Evidence {
		if (strings.HasPrefix(e, "first") || strings.HasPrefix(e, "second")) && !strings.Contains(e, "outlet is unknown") {
			t.Errorf("evidence %q weighs a hint beside a common source", e)
		}
	}
}

// A copy that says which edition it appeared in credits the origin whose
// own outlet that is ("told the Portville Mail on Sunday").
func TestEditorsNoteCreditsTheOrigin(t *testing.T) {
	const mail = `Four divers were rescued off Skarn island on Saturday night after their boat lost power in a gale.

"The sea was calmer than it looked," the keeper, Ivo Marsh, told the Portville Mail on Sunday. "We rowed for two hours in the dark before we saw their lights."

The coast guard said the divers had been on the water since noon and were treated for cold at the harbor clinic.`
	const reprint = "Editor's Note: This story appeared in Saturday's edition of the Portville Mail on Sunday.\n" +
		`Four divers were rescued off Skarn island on Saturday night after their boat lost power in a gale.
"The sea was calmer than it looked," the keeper, Ivo Marsh, told the Portville Mail on Sunday. "We rowed for two hours in the dark before we saw their lights."
The coast guard said the divers had been on the water since noon and were treated for cold at the harbor clinic.
Read the full story here.`
	const other = `The Portville Mail on Sunday reported that the coast guard will review its night patrols around Skarn island after a rescue there.`
	arts := []corroborate.Article{mkArticle(t, "reprint", "", "", reprint), mkArticle(t, "mail", "", "", mail), mkArticle(t, "other", "", "", other)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "mail" || res.Reuse[0].To != "reprint" {
		t.Fatalf("reuse %v, want mail → reprint", summarize(res.Reuse))
	}
	r := res.Reuse[0]
	if !r.Credited || !strings.Contains(r.Credit.Cue, "edition of the Portville Mail on Sunday") {
		t.Errorf("credited %v %v, want the editor's note as the credit", r.Credited, r.Credit)
	}
	if hasEvidence(r, "no evidence either way") {
		t.Errorf("evidence %q: the credit decides", r.Evidence)
	}
}

func hasEvidence(r corroborate.Reuse, s string) bool {
	for _, e := range r.Evidence {
		if strings.Contains(e, s) {
			return true
		}
	}
	return false
}

// An article that alone names an outlet as someone's interlocutor keeps its
// credit when no copy of its text credits that outlet: "she told the AP
// last year" in a story the AP reported is no sign the article is the AP's.
func TestInterlocutorWithoutACopyStaysACredit(t *testing.T) {
	a := mkArticle(t, "a", "", "", `The keeper has rowed out eleven times this winter. "Somebody has to go," she told the AP last year, when the lifeboat station closed.`)
	b := mkArticle(t, "b", "", "", `Four divers were rescued off Skarn island, the Associated Press reported on Tuesday.`)
	res := Analyze([]corroborate.Article{a, b}, nil, Options{})
	if len(res.Credits[0]) != 1 || res.Credits[0][0].Outlet != "Associated Press" {
		t.Errorf("credits %v, want one to the Associated Press", res.Credits[0])
	}
}

// A copy that took an agency's text, dropping its credit to an outlet but
// keeping "told X" inside what it took, is not X: the agency's credit lies
// inside the shared text, so it does not name the copy.
func TestCopyKeepingAnInterlocutorIsNotTheOutlet(t *testing.T) {
	const wire = `PORTVILLE (AP) — Four divers were rescued off Skarn island on Tuesday night after their boat lost power in a gale, the Harbor Ledger reported. The keeper of the Skarn light saw their torches from the tower shortly after nine and rowed out alone.

"The sea was calmer than it looked," the keeper, Ivo Marsh, told the Harbor Ledger. The coast guard said the divers had been on the water since noon, had lost their anchor in the afternoon and were treated for cold at the harbor clinic before they were sent home.`
	const copied = `Four divers were rescued off Skarn island on Tuesday night after their boat lost power in a gale. The keeper of the Skarn light saw their torches from the tower shortly after nine and rowed out alone.

"The sea was calmer than it looked," the keeper, Ivo Marsh, told the Harbor Ledger. The coast guard said the divers had been on the water since noon, had lost their anchor in the afternoon and were treated for cold at the harbor clinic before they were sent home.`
	res := Analyze([]corroborate.Article{mkArticle(t, "copy", "", "", copied), mkArticle(t, "wire", "", "", wire)}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one pair", summarize(res.Reuse))
	}
	r := res.Reuse[0]
	if r.From != "wire" || hasEvidence(r, "Harbor Ledger's own") {
		t.Errorf("reuse %s → %s, evidence %q: want wire → copy, the copy not taken for the Harbor Ledger", r.From, r.To, r.Evidence)
	}
}
