package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

// A running total of staff one doer has cut so far ("the 2,100 people it
// had already jettisoned", "it has already shed 2,300 employees") is one
// figure given two ways, though the sentences are too unlike to align;
// another doer (a name, or a pronoun its sentence names), a word that
// names no doer ("and"), a total over a period, a figure the verb does
// not govern, a verb of another meaning, a count with no "already" and a
// later higher count are not set against it.
func TestTallyConflicts(t *testing.T) {
	const a = `The ferry maker Wexcombe will close its Tarnby yard, the company said on Friday.

The closure will cost 400 more jobs. That is on top of the 2,100 people it had already jettisoned from its payroll.`
	b := func(s string) string {
		return "Wexcombe said on Friday it would shut the Tarnby yard.\n\n" + s
	}
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	cases := []struct {
		name         string
		b            string
		timeA, timeB time.Time
		want         bool
	}{
		{name: "jettisoned against shed",
			b:    b("Wexcombe had planned 2,500 job cuts in all, and it has already shed 2,300 employees under the savings plan."),
			want: true},
		{name: "laid off",
			b:    b("Wexcombe has already laid off 2,300 workers across its yards."),
			want: true},
		{name: "a pronoun of another name",
			b: b("Its rival Orlin said on Thursday that it has already cut 2,300 jobs at its own yards.")},
		{name: "a total over a period",
			b: b("Wexcombe has already laid off 2,300 workers this year.")},
		{name: "another doer",
			b: b("Its rival Orlin has already shed 2,300 employees under a savings plan of its own.")},
		{name: "a verb of another meaning",
			b: b("Over the years it has already trained 2,300 workers at the yard's school.")},
		{name: "no already",
			b: b("In 2012 it shed 2,300 employees when the order book fell.")},
		{name: "a later higher count is an update",
			b:     b("Wexcombe had planned 2,500 job cuts in all, and it has already shed 2,300 employees under the savings plan."),
			timeA: day(1), timeB: day(2)},
		{name: "a later lower count contradicts",
			b:     b("Wexcombe had planned 2,500 job cuts in all, and it has already shed 2,300 employees under the savings plan."),
			timeA: day(2), timeB: day(1), want: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x, y := article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b)
			x.Time, y.Time = tc.timeA, tc.timeB
			got := sureNumberConflict(t, tc.want, x, y)
			if got == nil {
				return
			}
			if len(got.Sides) != 2 || got.Sides[0].Value == got.Sides[1].Value {
				t.Errorf("sides %+v, want 2,100 against 2,300", got.Sides)
			}
		})
	}
}

// sureNumberConflict runs Find on arts and returns its last number
// conflict, failing unless there is one, sure, when want is set, and
// none when it is not.
func sureNumberConflict(t *testing.T, want bool, arts ...corroborate.Article) *corroborate.Conflict {
	t.Helper()
	res := Find(arts, nil, Options{})
	var got *corroborate.Conflict
	for i, cf := range res.Conflicts {
		if cf.Kind == corroborate.ConflictNumber {
			got = &res.Conflicts[i]
		}
	}
	switch {
	case !want && got != nil:
		t.Fatalf("conflict %+v, want none", *got)
	case want && got == nil:
		t.Fatalf("no number conflict; conflicts: %+v", res.Conflicts)
	case want && got.Confidence < SureConfidence:
		t.Errorf("confidence %.2f, want it sure", got.Confidence)
	}
	return got
}

// A tally conflict is worded by a side's sentence that reads alone, not
// one pointing back ("That is on top of ...").
func TestTallyAboutReadsAlone(t *testing.T) {
	const a = `The ferry maker Wexcombe will close its Tarnby yard, the company said on Friday.

The closure will cost 400 more jobs. That is on top of the 2,100 people it had already jettisoned from its payroll.`
	const b = "Wexcombe said on Friday it would shut the Tarnby yard.\n\nWexcombe had planned 2,500 job cuts in all, and it has already shed 2,300 employees under the savings plan."
	got := sureNumberConflict(t, true, article("a", "Lenna Post", a), article("b", "Tarn Courier", b))
	if strings.HasPrefix(got.About, "That") {
		t.Errorf("About = %q, want a sentence that reads alone", got.About)
	}
}

// Two totals of one doer over one period conflict; over two periods
// ("since 2021", "this year") they are two totals.
func TestTallyPeriods(t *testing.T) {
	const a = "The ferry maker Wexcombe will close its Tarnby yard.\n\nWexcombe has already cut 2,100 jobs since the savings plan began in 2021."
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"Wexcombe has already cut 300 jobs this year, the union said.", false},
		{"Wexcombe has already cut 2,300 jobs since the savings plan began in 2021, the union said.", true},
		{"Wexcombe has already cut 2,300 jobs, the union said.", false},
	} {
		t.Run(tc.b, func(t *testing.T) {
			b := "Wexcombe said on Friday it would shut the Tarnby yard.\n\n" + tc.b
			sureNumberConflict(t, tc.want, article("a", "Lenna Post", a), article("b", "Tarn Courier", b))
		})
	}
}

// Two totals whose doers are pronouns no sentence names may be two
// parties': their conflict is held back, not shown as sure.
func TestTallyPronounsHeldBack(t *testing.T) {
	const a = "The ferry yards of the estuary are shrinking.\n\nThat is on top of the 2,100 people it had already jettisoned from its payroll."
	const b = "The yards will close by June.\n\nOver the years it has already shed 2,300 employees under a savings plan."
	res := Find([]corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}, nil, Options{})
	for _, cf := range res.Conflicts {
		if cf.Kind == corroborate.ConflictNumber && cf.Confidence >= SureConfidence {
			t.Errorf("conflict %+v sure, want it held back", cf)
		}
	}
}

// A word before the auxiliary that names nobody ("and", a noun) is no
// doer: such sentences of two parties are not set against each other.
func TestTallyNoDoer(t *testing.T) {
	for _, tc := range []struct{ name, a, b string }{
		{"a conjunction",
			"Wexcombe lost money for a third year and has already cut 2,100 jobs.",
			"The dock union lost members for a decade and has already shed 300 workers from its own staff."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := "The ferry maker Wexcombe will close its Tarnby yard.\n\n" + tc.a
			b := "Wexcombe said on Friday it would shut the Tarnby yard.\n\n" + tc.b
			sureNumberConflict(t, false, article("a", "Lenna Post", a), article("b", "Tarn Courier", b))
		})
	}
}

// A running total is the object of the perfect verb: a workforce near
// "already" is none.
func TestTallyFigureIsTheObject(t *testing.T) {
	for _, tc := range []struct {
		s, fig string
		want   bool
	}{
		{"Wexcombe employs 9,000 people and has already cut many jobs.", "9,000 people", false},
		{"Wexcombe, which employs 9,000 people, has already cut 300 jobs.", "9,000 people", false},
		{"Wexcombe has already cut 300 jobs.", "300 jobs", true},
		{"That is on top of the 2,100 people it had already jettisoned.", "2,100 people", true},
	} {
		for _, f := range figures(tc.s, tokenize(tc.s, 0, len(tc.s))) {
			if f.surface == tc.fig && isTally(f) != tc.want {
				t.Errorf("%q in %q: tally = %v, want %v", tc.fig, tc.s, isTally(f), tc.want)
			}
		}
	}
}
