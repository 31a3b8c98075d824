package reuse

import (
	"strings"

	"testing"

	"github.com/corroborate/corroborate"
)

// A rewrite whose version of the shared passage carries its credit to the
// other text ("…, according to a new Harbour Times report citing two
// people…") is the copy, though that credit makes its version the longer.
func TestCreditInsideSharedPassage(t *testing.T) {
	scoop := "Ferry owner to sell the island route\n\n" +
		"The owner of the Kestrel Ferry Company has told three board members, among them treasurer Ana Ruiz, " +
		"that he means to sell the island route to a mainland operator, two people briefed on the talks said.\n\n" +
		"The company would not comment on Tuesday beyond saying that the board meets on Friday.\n\n" +
		"The island route is the only year-round link for the 4,000 people of Skarn, and the mainland operator " +
		"has cut winter sailings on two other routes since 2019."
	rewrite := "Kestrel owner to sell island ferry\n\n" +
		"The owner of the Kestrel Ferry Company has told three board members, among them treasurer Ana Ruiz, that he " +
		"means to sell the island route to a mainland operator, according to a new Harbour Times report citing two " +
		"people briefed on the talks. Islanders have opposed a sale since the spring, when a petition against it " +
		"gathered 1,200 names.\n\n" +
		"The Harbour Times adds that the owner could still change his mind before the board meets."
	for _, order := range []bool{false, true} {
		a, b := mkArticle(t, "scoop", "", "", scoop), mkArticle(t, "rewrite", "", "", rewrite)
		in := []corroborate.Article{a, b}
		if order {
			in[0], in[1] = b, a
		}
		res := Analyze(in, nil, Options{})
		if len(res.Reuse) != 1 {
			t.Fatalf("want one reuse edge, got %+v", summarize(res.Reuse))
		}
		r := res.Reuse[0]
		if r.From != "scoop" || r.To != "rewrite" {
			t.Errorf("direction %s -> %s, want scoop -> rewrite; evidence %q", r.From, r.To, r.Evidence)
		}
		found := false
		for _, e := range r.Evidence {
			found = found || strings.Contains(e, "according to a new Harbour Times report")
		}
		if !found {
			t.Errorf("evidence does not give the rewrite's credit: %q", r.Evidence)
		}
	}
}

// The words of a credit one side adds inside the shared passage are not
// more of the shared text: with them left out the two versions are as
// long, and neither is the longer.
func TestCreditWordsNotLonger(t *testing.T) {
	lead := "The owner of the Kestrel Ferry Company has told three board members, among them treasurer Ana Ruiz, " +
		"that he means to sell the island route to a mainland operator"
	tail := ". The board will meet on Friday to hear offers from two operators based in Portville and Skarn."
	origin := lead + ", according to two people briefed on the talks" + tail +
		"\n\nIslanders have opposed a sale since the spring."
	rewrite := lead + ", according to a new Harbour Times report citing two people briefed on the talks" + tail +
		"\n\nA petition against it gathered 1,200 names."
	res := Analyze([]corroborate.Article{mkArticle(t, "origin", "", "", origin), mkArticle(t, "rewrite", "", "", rewrite)}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("want one reuse edge, got %+v", summarize(res.Reuse))
	}
	creditsHarbourTimes(t, res)
	for _, e := range res.Reuse[0].Evidence {
		if strings.Contains(e, "longer version") {
			t.Errorf("the credit's words made a version longer: %q", e)
		}
	}
}

// A credit both articles carry inside the shared passage was copied with
// it, even when only one of them reads it as a credit ("the Post reported"
// is a credit only where the text names the Harbour Post in full): it
// tells nothing of the direction.
func TestCopiedCreditInsidePassage(t *testing.T) {
	shared := "The ferry line to Skarn will close in June, the Post reported on Monday, after the owners failed to find " +
		"a buyer for the two boats that carry 4,000 islanders a year across the sound to Portville."
	a := "The Harbour Post has covered the line for years.\n\n" + shared + "\n\nThe council will meet on Friday."
	b := shared + "\n\nSkarn's mayor called the news a blow to the island."
	res := Analyze([]corroborate.Article{mkArticle(t, "a", "", "", a), mkArticle(t, "b", "", "", b)}, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("want one reuse edge, got %+v", summarize(res.Reuse))
	}
	if got := res.Credits[0]; len(got) == 0 || got[0].Outlet != "Harbour Post" {
		t.Fatalf("a's credits = %+v, want one to the Harbour Post (the fixture no longer shows the case)", got)
	}
	for _, e := range res.Reuse[0].Evidence {
		if strings.Contains(e, "for the shared text") {
			t.Errorf("a copied credit counted for the direction: %q", e)
		}
	}
}

// Nor are they, between two shared passages, text the other side left
// out: a copy is a selection, and its credit is no part of its source.
func TestCreditWordsNotLeftOut(t *testing.T) {
	lead := "The owner of the Kestrel Ferry Company has told three board members, among them treasurer Ana Ruiz, " +
		"that he means to sell the island route to a mainland operator"
	tail := ". The board will meet on Friday to hear offers from two operators based in Portville and Skarn."
	origin := lead + ", sources said" + tail + "\n\nIslanders have opposed a sale since the spring."
	rewrite := lead + ", according to a new Harbour Times report" + tail + "\n\nA petition against it gathered 1,200 names."
	res := Analyze([]corroborate.Article{mkArticle(t, "origin", "", "", origin), mkArticle(t, "rewrite", "", "", rewrite)}, nil, Options{})
	if len(res.Reuse) != 1 || len(res.Reuse[0].Passages) < 2 {
		t.Fatalf("want one reuse edge of two passages around the credit, got %+v", res.Reuse)
	}
	creditsHarbourTimes(t, res)
	for _, e := range res.Reuse[0].Evidence {
		if strings.HasPrefix(e, "rewrite holds") {
			t.Errorf("the credit's words counted as text left out: %q", e)
		}
	}
}

// creditsHarbourTimes fails the test unless the rewrite (article 1) reads
// its credit to the Harbour Times: without it the evidence checks after
// it would pass for want of a credit.
func creditsHarbourTimes(t *testing.T, res Result) {
	t.Helper()
	for _, c := range res.Credits[1] {
		if c.Outlet == "Harbour Times" {
			return
		}
	}
	t.Fatalf("the rewrite's credit to the Harbour Times is not read: %+v", res.Credits[1])
}
