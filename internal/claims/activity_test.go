package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// A rate counted as an activity ("52,000 daily boardings") is the rate of
// who does it ("52,000 passengers board the trams every day"): the article
// that says it in other words stands on that side of the conflict and
// states the claim.
func TestActivityRateJoinsItsMeasure(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Valley Wire", `LORNE — The city suspended the Green Line trams on Thursday after a cable snapped near the depot.

About 52,000 passengers board the trams every day, according to the transit authority.

Repair crews worked through the night to replace the cable.`),
		article("b", "Lorne Echo", `The Green Line trams stopped on Thursday when a cable snapped near the depot.

The line carries about 48,000 passengers a day, a transit authority spokeswoman said.

Buses replaced the trams on the busiest stretch.`),
		article("c", "Depot Radio", `Commuters crowded the bus stops of Lorne on Thursday morning.

With the Green Line out, its 52,000 daily boardings will have to go somewhere else, the mayor warned.

The transit authority expects the trams back by Monday.`),
		article("d", "Lorne Today", `The Green Line was halted on Thursday after a cable snapped.

About 52,000 passengers board the trams every day, according to the transit authority.

The transit authority expects the trams back by Monday.`),
	}
	r := Find(arts, nil, Options{})
	var sides []string
	for _, c := range summarize(r.Conflicts) {
		if c.Kind == "number" {
			sides = c.Sides
		}
	}
	if len(sides) != 2 || sides[0] != "a,c,d" || sides[1] != "b" {
		for _, c := range r.Conflicts {
			t.Logf("%s %q %v", c.Kind, c.About, c.Sides)
		}
		t.Fatalf("number conflict sides %v, want [a,c,d b]", sides)
	}
	for _, c := range r.Claims {
		for _, s := range c.Support {
			if s.Article == "c" && len(c.Contradicts) > 0 {
				return // c states the contradicted claim of the rate
			}
		}
	}
	t.Errorf("the daily boardings of c state no claim the conflict contradicts: %+v", r.Claims)
}
