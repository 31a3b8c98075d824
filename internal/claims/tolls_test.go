package claims

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

// Two exact counts of the people hurt in one place, in sentences too unlike
// to align, are differing figures; with the articles' times known, a later
// higher count is an update and a later lower one a contradiction.
func TestTollConflicts(t *testing.T) {
	const (
		a = `Dock workers marched on the ferry board's offices on Sunday to protest the new tolls.

Four marchers were injured in Orvell, according to a nurse at the harbour clinic.`
		b = `Scuffles broke out along the quay as the march reached the toll gates.

Eleven people were hurt in Orvell as police cleared the quay, the clinic said later.`
		both = `Scuffles broke out along the quay as the march reached the toll gates.

Eleven people were hurt in Orvell as police cleared the quay, the clinic said later. Earlier, a nurse had counted four people injured.`
		past = `Scuffles broke out along the quay as the march reached the toll gates.

In 2019, eleven people were hurt in Orvell in riots over the same tolls.`
	)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	cases := []struct {
		name         string
		b            string
		timeA, timeB time.Time
		want         float64 // 0 for no conflict
	}{
		{"times unknown", b, time.Time{}, time.Time{}, confToll},
		{"a later higher count updates", b, day(1), day(2), 0},
		{"a later lower count contradicts", b, day(2), day(1), confTollFalls},
		{"an article giving both", both, time.Time{}, time.Time{}, 0},
		{"another year", past, time.Time{}, time.Time{}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x, y := article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b)
			x.Time, y.Time = tc.timeA, tc.timeB
			res := Find([]corroborate.Article{x, y}, nil, Options{})
			var got *corroborate.Conflict
			for i, c := range res.Conflicts {
				if c.Kind == corroborate.ConflictNumber && c.About == "how many people were hurt in Orvell" {
					got = &res.Conflicts[i]
				}
			}
			if tc.want == 0 {
				if got != nil {
					t.Fatalf("conflict %+v, want none", *got)
				}
				return
			}
			if got == nil {
				t.Fatalf("no toll conflict; conflicts: %+v", res.Conflicts)
			}
			if got.Confidence != tc.want || len(got.Sides) != 2 {
				t.Errorf("confidence %v, %d sides; want %v, 2", got.Confidence, len(got.Sides), tc.want)
			}
		})
	}
}

// A count bounded one way ("at least 28") is broken by an exact count
// below it in the same place ("26"), past a list of whom it includes; an
// exact count within the bound, and another bound, are no conflict.
func TestTollBoundBroken(t *testing.T) {
	const a = `Shelling resumed along the border on Monday.

At least 28 people, including nine children, have been killed in Orvell since the weekend.`
	toll := func(b string) *corroborate.Conflict {
		res := Find([]corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}, nil, Options{})
		for i, c := range res.Conflicts {
			if c.Kind == corroborate.ConflictNumber && c.About == "how many people were killed in Orvell" {
				return &res.Conflicts[i]
			}
		}
		return nil
	}
	c := toll("Health officials gave new figures late on Monday.\n\nOf the 26 people who died in Orvell, 16 were fighters, the officials said.")
	if c == nil {
		t.Fatal("'at least 28' against '26': no toll conflict")
	}
	if c.Sides[0].Value != "At least 28 people" && c.Sides[1].Value != "At least 28 people" {
		t.Errorf("sides %+v, want one worded 'At least 28 people'", c.Sides)
	}
	// a place of two words is one place, not its first word
	two := func(a, b string) []corroborate.Conflict {
		return Find([]corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}, nil, Options{}).Conflicts
	}
	if cs := two("Shelling resumed on Monday.\n\nEleven people were killed in Port Arden, the mayor said.",
		"Rescuers worked through the night.\n\nFour fishermen died in Port Talbot Tuesday when their boats were hit, the coastguard reported."); len(cs) != 0 {
		t.Errorf("Port Arden and Port Talbot tolls conflict: %+v", cs)
	}
	if cs := two("Shelling resumed on Monday.\n\nEleven people were killed in Port Arden, the mayor said.",
		"Rescuers worked through the night.\n\nFour fishermen died in Port Arden Tuesday when their boats were hit, the coastguard reported."); len(cs) != 1 || cs[0].About != "how many people were killed in Port Arden" {
		t.Errorf("conflicts %+v, want one about Port Arden", cs)
	}
	for _, b := range []string{
		"Health officials gave new figures late on Monday.\n\nOf the 31 people who died in Orvell, 16 were fighters, the officials said.",
		"Health officials gave new figures late on Monday.\n\nMore than 30 people died in Orvell, the officials said.",
		// a count of a group among them, not of all
		"Aid agencies condemned the attacks.\n\nSeven pupils were killed in Orvell when a school was hit, the agency said.",
	} {
		if c := toll(b); c != nil {
			t.Errorf("%q: conflict %+v, want none", b, *c)
		}
	}
}

// A list set between commas after a count is skipped only when it follows
// the count's noun and the sentence goes on with the count's verb: a clause
// opened by "and" after the list, or a list further on, says nothing of how
// many were killed.
func TestTollPastIncludingList(t *testing.T) {
	const b = "Crews cleared the roads on Wednesday.\n\nFive people were killed in Velmar when a bridge collapsed, the police said."
	for _, a := range []string{
		"A gale crossed the valley overnight.\n\nThe gale flattened 17 barns, including a mill, and killed farmers in Velmar who stayed behind.",
		"A gale crossed the valley overnight.\n\nThe gale flattened 17 barns on the hill farms, including a mill, and killed farmers in Velmar.",
	} {
		res := Find([]corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}, nil, Options{})
		for _, c := range res.Conflicts {
			if c.Kind == corroborate.ConflictNumber {
				t.Errorf("%q: conflict %+v, want none", a, c)
			}
		}
	}
	// the list after the noun, then the verb: one toll
	a := "A gale crossed the valley overnight.\n\nSeventeen people, including a child, were killed in Velmar, the mayor said."
	res := Find([]corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}, nil, Options{})
	if len(res.Conflicts) != 1 || res.Conflicts[0].About != "how many people were killed in Velmar" {
		t.Errorf("conflicts %+v, want one about Velmar", res.Conflicts)
	}
}

// TestTollPlaceAsWritten checks that a toll conflict names its place as
// the article writes it, though lower case takes more bytes ("İzmir").
func TestTollPlaceAsWritten(t *testing.T) {
	x := article("a", "Lenna Post", "Dock workers marched on the ferry board's offices on Sunday.\n\nFour marchers were injured in İzmir, according to a nurse at the harbour clinic.")
	y := article("b", "Tarn Courier", "Scuffles broke out along the quay as the march reached the toll gates.\n\nEleven people were hurt in İzmir as police cleared the quay, the clinic said later.")
	var abouts []string
	for _, c := range Find([]corroborate.Article{x, y}, nil, Options{}).Conflicts {
		abouts = append(abouts, c.About)
	}
	if !slices.Contains(abouts, "how many people were hurt in İzmir") {
		t.Errorf("conflicts about %q, want how many people were hurt in İzmir", abouts)
	}
}

// TestTollNotBoundedByOthersOrRange checks that a count of others ("at
// least 12 more people") is no bound of the toll an exact count could
// break, and one end of a range ("between 11 and 12") no exact count.
func TestTollNotBoundedByOthersOrRange(t *testing.T) {
	b := article("b", "Tarn Courier", "The storm wall gave way early on Monday.\n\nTen people died in Orvell as the water rose, the clinic said later.")
	for _, a := range []string{
		"Rescuers searched the harbour through the night.\n\nAt least 12 more people were killed in Orvell by the flood on Tuesday, officials said.",
		"Rescuers searched the harbour through the night.\n\nBetween 11 and 12 people were killed in Orvell by the flood, officials said.",
	} {
		for _, c := range Find([]corroborate.Article{article("a", "Lenna Post", a), b}, nil, Options{}).Conflicts {
			if c.About == "how many people were killed in Orvell" {
				t.Errorf("%q: conflict %+v, want none", a, c)
			}
		}
	}
	// the bound alone breaks the exact count
	a := "Rescuers searched the harbour through the night.\n\nAt least 12 people were killed in Orvell by the flood, officials said."
	found := false
	for _, c := range Find([]corroborate.Article{article("a", "Lenna Post", a), b}, nil, Options{}).Conflicts {
		found = found || c.About == "how many people were killed in Orvell"
	}
	if !found {
		t.Errorf("no conflict between at least 12 and ten people killed in Orvell")
	}
}

// An exact toll outside another article's bound ("killed 41 people" /
// "killed at least 42 people") is no count alike: the two sentences are two
// claims, not one claim both state, and the toll of the place is shown as
// differing figures.
func TestTollOutsideBoundDiffers(t *testing.T) {
	a := article("a", "Lenna Post", `Mayor Ilse Brandt said on Sunday the floods in Varnholt that killed 41 people were "a disaster of a century" caused by the broken Tarn dam.

Rescue teams worked through the night along the river.`)
	b := article("b", "Tarn Courier", `The floods in Varnholt that killed at least 42 people were "a disaster of a century" caused by the broken Tarn dam, Mayor Ilse Brandt says.

Some 300 homes were flooded. Twelve people were killed at the old mill.`)
	got := sureNumberConflict(t, true, a, b)
	if got.About != "how many people were killed in Varnholt" {
		t.Errorf("conflict about %q, want the toll of Varnholt", got.About)
	}
	support := -1
	for _, c := range Find([]corroborate.Article{a, b}, nil, Options{MinArticles: 1}).Claims {
		if strings.Contains(c.Text, "killed 41 people") {
			support = len(c.Support)
		}
	}
	if support != 1 {
		t.Errorf("the 41 claim is stated by %d articles, want 1 (at least 42 is another count)", support)
	}
}

// An article's other counts of the dead do not take it off its side of a
// place's toll when they count elsewhere (another named place) or a part (a
// lower count naming no place); a higher one is another toll, and the
// article gives both.
func TestTollPartsAndOtherPlaces(t *testing.T) {
	const a = `Floods killed at least 42 people in Varnholt, the district office said on Monday.

Rescue teams worked through the night along the river.`
	for _, tc := range []struct {
		name, b string
		want    bool
	}{
		{"a part", "The floods killed 38 people in Varnholt, the mayor said.\n\nTwelve people died at the old mill.", true},
		{"another place", "The floods killed 38 people in Varnholt, the mayor said.\n\nFifty people were killed in Kessel downstream.", true},
		{"a higher count", "The floods killed 38 people in Varnholt, the mayor said.\n\nEarlier, a nurse had counted 45 people killed.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sureNumberConflict(t, tc.want, article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b))
		})
	}
}

// Two bounds of a toll in one claim ("at least 42", "at least 43") are not
// left to figureConflicts, which compares exact counts only: an exact count
// below them elsewhere still differs.
func TestTollBoundsInOneClaim(t *testing.T) {
	a := article("a", "Lenna Post", "Floods in Varnholt killed at least 42 people on Sunday, the district office said.")
	b := article("b", "Tarn Courier", "Floods in Varnholt killed at least 43 people on Sunday, the district office said.")
	c := article("c", "Kessel Herald", "Mayor Ilse Brandt went to the river bank at dawn.\n\nShe said 40 people were killed in Varnholt when the dam broke.")
	sureNumberConflict(t, true, a, b, c)
}

// A third article's round count in the claim of an exact one (40 beside
// 41) is no clash figureConflicts reports, so it does not take the place's
// toll from this reading: 41 against at least 42 is still set out.
func TestTollRoundCountKeepsBoundConflict(t *testing.T) {
	a := article("a", "Lenna Post", "Floods in Varnholt killed 41 people on Sunday, the district office said.")
	b := article("b", "Tarn Courier", "Floods in Varnholt killed at least 42 people on Sunday, the district office said.")
	c := article("c", "Kessel Times", "Floods in Varnholt killed 40 people on Sunday, the district office said.")
	sureNumberConflict(t, true, a, b, c)
}
