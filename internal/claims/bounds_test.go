package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestBoundedCountsApart: sentences that count one thing differently where
// a count is a bound ("more than 90 ferries" / "at least 60 ferries") state
// two figures and are no one claim, though alike in every other word; a
// bound that rounds the other's exact count ("more than 2.4 million
// tickets" / "2,431,118 tickets") and one bound given alike still are.
// So too a percent or a sum given at other values where one is hedged ("up
// 4.2 percent" / "almost 9 percent"; hedgedFiguresDiffer).
func TestBoundedCountsApart(t *testing.T) {
	tests := []struct {
		name, a, b string
		one        bool
	}{
		{"two bounds", "More than 90 ferries were stranded in ports along the Tarn coast over the storm weekend, the harbour board said.",
			"At least 60 ferries were stranded in ports along the Tarn coast over the storm weekend, the harbour board said.", false},
		{"a bound and another count", "More than 90 ferries were stranded in ports along the Tarn coast over the storm weekend, the harbour board said.",
			"Some 64 ferries were stranded in ports along the Tarn coast over the storm weekend, the harbour board said.", false},
		{"one bound", "More than 90 ferries were stranded in ports along the Tarn coast over the storm weekend, the harbour board said.",
			"Over 90 ferries were stranded in ports along the Tarn coast during the storm weekend, the harbour board said.", true},
		{"a bound rounding the count", "The Lenna festival sold more than 2.4 million tickets this summer, its organisers said on Monday.",
			"The Lenna festival sold 2,431,118 tickets this summer, its organisers said on Monday.", true},
		// one measure at other values, one of them hedged
		{"a hedged percent and another", "Shares of Corvel Systems, which has struggled to sell its tablets, were up 4.2 percent at $21 in early trading on Tuesday.",
			"Shares of Corvel Systems, which has struggled to sell its tablets, rose almost 9 percent in early trading on Tuesday.", false},
		{"a hedged percent alike", "Shares of Corvel Systems, which has struggled to sell its tablets, were up 4.2 percent at $21 in early trading on Tuesday.",
			"Shares of Corvel Systems, which has struggled to sell its tablets, rose 4.2 percent in early trading on Tuesday.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := alignedAcross(tc.a, tc.b); got != tc.one {
				t.Errorf("aligned = %v, want %v:\n%s\n%s", got, tc.one, tc.a, tc.b)
			}
		})
	}
	// the claim of the two articles giving one bound is not worded by, nor
	// shown as stated by, the article giving another
	arts := []corroborate.Article{
		article("a", "Lenna Post", "More than 90 ferries were stranded in ports along the Tarn coast over the storm weekend, the harbour board said."),
		article("b", "Tarn Courier", "At least 60 ferries were stranded in ports along the Tarn coast over the storm weekend, according to the harbour board."),
		article("c", "Orlin Daily", "At least 60 ferries were stranded in Tarn coast ports over the storm weekend, the harbour board said."),
	}
	for _, c := range Find(arts, nil, Options{}).Claims {
		ids := map[string]bool{}
		for _, s := range c.Support {
			ids[s.Article] = true
		}
		if ids["a"] && (ids["b"] || ids["c"]) {
			t.Errorf("claim %q joins 'more than 90' with 'at least 60': %+v", c.Text, c.Support)
		}
	}
}

// TestFigureVerbSpelledTwoWays: "cancelled" and "canceled" are one verb,
// so two aligned sentences giving different counts of what was cancelled
// conflict; a verb of another event does not.
func TestFigureVerbSpelledTwoWays(t *testing.T) {
	find := func(a, b string) []corroborate.Conflict {
		arts := []corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}
		return Find(arts, nil, Options{}).Conflicts
	}
	cs := find("The Orlin ferry company cancelled 212 sailings on Monday because of the storm, its website said.",
		"The Orlin ferry company canceled 180 sailings on Monday because of the storm, its website said.")
	if len(cs) != 1 || cs[0].Kind != corroborate.ConflictNumber {
		t.Errorf("conflicts %+v, want one number conflict", cs)
	}
	cs = find("The Orlin ferry company cancelled 212 sailings on Monday because of the storm, its website said.",
		"The Orlin ferry company completed 180 sailings on Monday despite the storm, its website said.")
	for _, c := range cs {
		if c.Kind == corroborate.ConflictNumber {
			t.Errorf("cancelled and completed sailings conflict: %+v", c)
		}
	}
}

// TestBoundsWithOtherCounts: sentences giving another count besides the
// bounded one still align, so that other count is compared: "cancelled 140
// flights" against "cancelled 95 flights" is a conflict, though the
// bounds differ too.
func TestBoundsWithOtherCounts(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", "Snow closed the Orlin runways.\n\nMore than 40 aircraft were grounded at Orlin airport on Friday and the national carrier cancelled 140 flights, the airport authority said."),
		article("b", "Tarn Courier", "Snow closed the Orlin runways.\n\nAt least 25 aircraft were grounded at Orlin airport on Friday and the national carrier cancelled 95 flights, the airport authority said."),
	}
	found := false
	for _, c := range Find(arts, nil, Options{}).Conflicts {
		if c.Kind != corroborate.ConflictNumber {
			continue
		}
		vals := c.Sides[0].Value + "|" + c.Sides[1].Value
		if strings.Contains(vals, "aircraft") {
			t.Errorf("bounds compared: %+v", c)
		}
		found = found || strings.Contains(vals, "140") && strings.Contains(vals, "95")
	}
	if !found {
		t.Error("140 vs 95 flights: no conflict")
	}
}
