package claims

import (
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
