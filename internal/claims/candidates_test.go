package claims

import (
	"math/rand"
	"slices"
	"testing"
)

// TestTopCandidatesKeepsTheBest checks topCandidates against sorting: the
// same k candidates whatever the order they come in, ties in weight going
// to the earlier leader, also when the buffer given holds an old array.
func TestTopCandidatesKeepsTheBest(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var top []scored
	for round := 0; round < 200; round++ {
		n := rng.Intn(80)
		cs := make([]scored, n)
		for i := range cs {
			// few distinct weights, so that ties are common
			cs[i] = scored{ci: i, w: float64(rng.Intn(6))}
		}
		rng.Shuffle(n, func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		k := 1 + rng.Intn(30)
		top = topCandidates(top[:0], cs, k)
		want := slices.Clone(cs)
		slices.SortFunc(want, func(a, b scored) int {
			if better(a, b) {
				return -1
			}
			if better(b, a) {
				return 1
			}
			return 0
		})
		want = want[:min(k, n)]
		got := slices.Clone(top)
		slices.SortFunc(got, func(a, b scored) int { return a.ci - b.ci })
		slices.SortFunc(want, func(a, b scored) int { return a.ci - b.ci })
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, k=%d: kept %v, want %v", round, k, got, want)
		}
	}
}
