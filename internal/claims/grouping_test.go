package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// findIn runs Find on articles given as (id, outlet, text) and returns
// the result with a lookup of each support's sentence.
func findIn(t *testing.T, arts [][3]string) (Result, func(corroborate.ClaimSupport) string) {
	t.Helper()
	var in []corroborate.Article
	for _, a := range arts {
		in = append(in, article(a[0], a[1], a[2]))
	}
	said := func(s corroborate.ClaimSupport) string {
		for _, a := range in {
			if a.ID == s.Article {
				return strings.TrimSpace(a.Text[s.Start:s.End])
			}
		}
		return ""
	}
	return Find(in, nil, Options{}), said
}

// supportOf returns the sentence article id gives for the claim whose
// text holds want, and whether there is such a claim.
func supportOf(res Result, said func(corroborate.ClaimSupport) string, want, id string) (string, bool) {
	for _, c := range res.Claims {
		if !strings.Contains(c.Text, want) {
			continue
		}
		for _, s := range c.Support {
			if s.Article == id {
				return said(s), true
			}
		}
		return "", true
	}
	return "", false
}

// TestHeadingAndLinkStateNoClaim checks that a section heading (a short
// line with no verb and no stop) and a related story's headline in
// brackets state no claim, though they share the claim's words.
func TestHeadingAndLinkStateNoClaim(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Garden Weekly", `The city of Brellmoor has opened the Moon Garden Contest for amateur growers.

That is why the council created the "Moon Garden Contest" this spring.

Entries close on the last day of June, the council said.`},
		{"b", "Brellmoor Echo", `Growers in the city have until the end of June to send their plans.

The Moon Garden Contest

A panel of three gardeners will judge the plans in July.

[Council created the Moon Garden Contest for growers]

The winner will plant a bed in the park by the river.`},
	})
	for _, c := range res.Claims {
		for _, s := range c.Support {
			if got := said(s); got == "The Moon Garden Contest" || strings.HasPrefix(got, "[") {
				t.Errorf("claim %q is stated by the heading or link %q", c.Text, got)
			}
		}
	}
}

// TestContainedNeedsMoreThanTwoWords checks that a short sentence is not
// read as a paraphrase of part of a long one when the two share only two
// words ("the harness is there for gales" in a long sentence about
// deckhands in gales for a long time), and still is when they share
// three.
func TestContainedNeedsMoreThanTwoWords(t *testing.T) {
	mk := func(feats []int, w []float64) *unit {
		u := &unit{feats: feats, w: w}
		for _, x := range w {
			u.weight += x
		}
		return u
	}
	// the long sentence: ids 1..12, each weighing 3.5
	var longF []int
	var longW []float64
	for id := 1; id <= 12; id++ {
		longF, longW = append(longF, id), append(longW, 3.5)
	}
	long := mk(longF, longW)
	two := mk([]int{1, 2, 50}, []float64{3.5, 3.5, 2})           // shares ids 1 and 2
	three := mk([]int{1, 2, 3, 50}, []float64{3.5, 3.5, 3.5, 2}) // shares ids 1, 2 and 3
	if s := similarity(two, long); s >= DefaultThreshold {
		t.Errorf("a short sentence sharing two words aligns with a long one: similarity %.3f", s)
	}
	if s := similarity(three, long); s < DefaultThreshold {
		t.Errorf("a short sentence sharing three of its four words no longer aligns with a long one: similarity %.3f", s)
	}
}

// TestEmbeddedPostIsNoClaim checks that a reader's post embedded in two
// articles (each closing with "— Name (@handle) Date") is no claim the
// articles state, while two articles that report the post in their own
// sentences still state its point, and meet through the post.
func TestEmbeddedPostIsNoClaim(t *testing.T) {
	post := `The lanterns over the river were never lit tonight. Shameful. — Pell Morrow (@pellmorrow) May 3, 2024`
	officials := `We kept the lanterns dark because of the wind. It was the safe thing to do. — Ferrow Festival (@ferrowfest) May 3, 2024`
	res, said := findIn(t, [][3]string{
		{"a", "Ferrow Courier", `The Ferrow lantern festival went ahead on Friday without its lanterns.

Viewers were quick to complain:

` + post + `

Late on Friday, the festival's page said the lanterns were kept dark "because of the wind."

` + officials},
		{"b", "Valley Standard", `Crowds gathered on the banks of the Ferrow on Friday night.

` + post + `

https://social.example/pellmorrow/status/12345

"We kept the lanterns dark because of the wind. It was the safe thing to do," the festival's account posted.

` + officials},
	})
	for _, c := range res.Claims {
		for _, s := range c.Support {
			got := said(s)
			if strings.Contains(got, "Shameful") || strings.Contains(got, "never lit tonight") || strings.HasPrefix(got, "http") || strings.Contains(got, "(@") {
				t.Errorf("claim %q is stated by the post or link %q", c.Text, got)
			}
		}
	}
	a, _ := supportOf(res, said, "because of the wind", "a")
	b, _ := supportOf(res, said, "because of the wind", "b")
	if !strings.Contains(a, "festival's page said") || !strings.Contains(b, "account posted") {
		t.Errorf("the festival's reported statement: a %q, b %q; want each outlet's own sentence (claims %+v)", a, b, res.Claims)
	}
}

// TestSceneAndDescriptionAreNotTheClaim checks that two sentences whose
// common words lie in one's opening scene and in a clause describing a
// person named ("..., who first raised the funds to build the lifeboat
// station in 2009.") state two claims, and so do two whose common words lie in one's
// opening condition ("If you watched ..., you may have noticed ...").
func TestSceneAndDescriptionAreNotTheClaim(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Carrow Gazette", `At the launch of the Halden Lifeboat Station of the Northern Coast on Saturday, photographers caught a long salute between coxswain Ilse Varga and retired harbour master Tomas Brenn, who first raised the funds to build the lifeboat station in 2009.

If you watched the Halden lifeboat regatta from the harbour wall on Saturday night and also saw the Harbour Channel's coverage of "Boats by Lantern," you might have noticed the moon looked oddly full.

The lifeboat station keeps three boats and a tractor on its slipway.`},
		{"b", "Northern Ledger", `Harbour master Brenn raised the funds that built the Halden Lifeboat Station of the Northern Coast.

The Harbour Channel was mocked online after its "Boats by Lantern" coverage of the Halden lifeboat regatta on Saturday night named the wrong winner.

The lifeboat station keeps three boats and a tractor on its slipway.`},
	})
	for _, want := range []string{"long salute", "you might have noticed", "Harbour master Brenn raised", "Harbour Channel was mocked"} {
		for _, c := range res.Claims {
			if strings.Contains(c.Text, want) {
				t.Errorf("claim %q is stated by two articles: %v", c.Text, c.Support)
			}
		}
	}
	if got, _ := supportOf(res, said, "three boats and a tractor", "b"); got == "" {
		t.Errorf("the shared sentence is not grouped: %+v", res.Claims)
	}
}

// TestClosingClauseOfSpeechIsTheClaim checks that a closing clause telling
// what a group says (", who say the surest way ... is ...") is what the
// sentence reports: it still groups with a sentence quoting the group.
func TestClosingClauseOfSpeechIsTheClaim(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Carrow Gazette", `But some chandlers believe "the surest way to fill the quay is to lower the berthing charges," the Ledger reported.

The council meets again in March.`},
		{"b", "Northern Ledger", `The council has vowed to raise harbour dues, a plan that has set it against some chandlers, who say the surest way to fill the quay is to lower the berthing charges.

Ships unloaded grain at the north quay on Monday.`},
	})
	if got, _ := supportOf(res, said, "the surest way to fill the quay", "b"); !strings.Contains(got, "who say the surest way") {
		t.Errorf("the chandlers' view is not grouped with b's sentence reporting it: %+v", res.Claims)
	}
}

// TestPostIsNoSideOfAConflict checks that a figure only a reader's
// embedded post gives is no side of a conflict with an outlet, while the
// same figure in the outlet's own sentence is.
func TestPostIsNoSideOfAConflict(t *testing.T) {
	post := "Water reached 40 homes on Mill Lane in Dunmere on Friday. Awful. — Rae Tolland (@raetolland) March 8, 2024"
	other := "Water reached 25 homes on Mill Lane in Dunmere on Friday, the council said."
	res, _ := findIn(t, [][3]string{
		{"a", "Dunmere Post", "The river burst its banks after two days of rain.\n\n" + post + "\n\nThe council opened the school hall for families."},
		{"b", "Valley Standard", other},
	})
	if len(res.Conflicts) != 0 {
		t.Errorf("a reader's post is a side of a conflict: %+v", res.Conflicts)
	}
	res, _ = findIn(t, [][3]string{
		{"a", "Dunmere Post", "The river burst its banks after two days of rain.\n\nWater reached 40 homes on Mill Lane in Dunmere on Friday.\n\nThe council opened the school hall for families."},
		{"b", "Valley Standard", other},
	})
	if len(res.Conflicts) != 1 || res.Conflicts[0].Kind != corroborate.ConflictNumber {
		t.Errorf("the outlet's own figure against another's: %+v, want one number conflict", res.Conflicts)
	}
}

// TestClosingClausesApart checks that two sentences telling one fact, each
// adding something else in a closing clause (", saying ...", "despite
// ..."), state one claim, and that two sentences whose heads share only a
// name, a thing and a verb do not.
func TestClosingClausesApart(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Orlin Post", `Mayor Ilse Marrow said the tone of her long-awaited talks with the Orlin dock union was "calm" and "useful," saying she made "no promises" on wages, but warned of "cuts."

The camera cuts again and the gunman appears to kill Varn.`},
		{"b", "Port Arden Ledger", `Mayor Ilse Marrow told reporters Tuesday that the tone of her talks with the Orlin dock union in Port Arden on Tuesday was "calm, useful," despite a long list of disputes ranging from pensions to night shifts.

Varn speaks to the camera before he is killed, saying he is "paying the price" for the strike.`},
	})
	got, ok := supportOf(res, said, "Marrow", "b")
	if !ok || !strings.Contains(got, "calm, useful") {
		t.Errorf("the talks' tone: claims %+v; b's support %q, want its sentence on the tone", res.Claims, got)
	}
	if _, ok := supportOf(res, said, "Varn", "b"); ok {
		t.Errorf("the camera sentences state one claim: %+v", res.Claims)
	}
}

// TestOneTollTwoWordings checks that two outlets' sentences giving one
// death toll in other words ("has killed more than 3,000 people", "more
// than 3,000 people have died") state one claim, while a handful of deaths
// and a toll inside a quotation are not read that way.
func TestOneTollTwoWordings(t *testing.T) {
	tests := []struct {
		name, a, b string
		one        bool
	}{
		{"one toll", "The fever has killed more than 3,000 people, nearly all of them in the Orlin valley.",
			"More than 3,000 people have died from the fever so far, according to the health agency.", true},
		{"a handful of deaths", "The storm has killed two people, nearly all of them in the Orlin valley.",
			"Two people have died from the storm so far, according to the health agency.", false},
		{"a quoted toll", "The fever has killed more than 3,000 people, nearly all of them in the Orlin valley.",
			`"More than 3,000 people have died from the fever so far," the health agency said.`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := findIn(t, [][3]string{{"a", "Orlin Post", tc.a}, {"b", "Port Arden Ledger", tc.b}})
			if got := len(res.Claims) == 1; got != tc.one {
				t.Errorf("one claim = %v, want %v: %+v", got, tc.one, res.Claims)
			}
		})
	}
}
