package summary

import (
	"strings"
	"testing"
)

// TestHalves: clusters alternate between the odd and the even half, and a
// cluster counts as ahead of the centroid baseline, behind it or neither;
// a lead baseline scored has its halves too.
func TestHalves(t *testing.T) {
	var h halves
	f := func(r1 float64) Rouge { return Rouge{R1: PRF{F: r1}} }
	for _, x := range [][2]float64{{0.4, 0.3}, {0.2, 0.3}, {0.5, 0.5}, {0.6, 0.1}} {
		h.add(map[string]Rouge{"corroborate": f(x[0]), "centroid": f(x[1]), "lead-each": f(x[1] / 2)})
	}
	var b strings.Builder
	h.print(&b)
	for _, want := range []string{
		"odd  half: corroborate rouge1_f=45.00 rouge2_f=0.00, centroid rouge1_f=40.00",
		"even half: corroborate rouge1_f=40.00 rouge2_f=0.00, centroid rouge1_f=20.00",
		"ahead on 2 clusters, behind on 1, of 4",
		"odd  half: lead-each rouge1_f=20.00 rouge2_f=0.00",
		"even half: lead-each rouge1_f=10.00 rouge2_f=0.00",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("halves print\n%s\nwant a line holding %q", b.String(), want)
		}
	}
}
