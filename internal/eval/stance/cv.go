package stance

import (
	"sort"

	"github.com/corroborate/corroborate/internal/claims"
)

// Folds assigns every story of pairs to one of k folds, so that no story
// is in two: stories largest first, each to the fold with the fewest pairs
// so far (ties to the lower fold, equal sizes by story id), which keeps
// the folds of similar size and the assignment the same on every run.
func Folds(pairs []Pair, k int) map[string]int {
	size := map[string]int{}
	for _, p := range pairs {
		size[p.Story]++
	}
	ids := make([]string, 0, len(size))
	for s := range size {
		ids = append(ids, s)
	}
	sort.Slice(ids, func(i, j int) bool {
		if size[ids[i]] != size[ids[j]] {
			return size[ids[i]] > size[ids[j]]
		}
		return ids[i] < ids[j]
	})
	load := make([]int, max(k, 1))
	fold := map[string]int{}
	for _, s := range ids {
		f := 0
		for i := range load {
			if load[i] < load[f] {
				f = i
			}
		}
		fold[s] = f
		load[f] += size[s]
	}
	return fold
}

// CrossValidate predicts every pair with weights fitted (as Fit does) on
// the pairs of the other folds' stories only: what the fitting procedure
// gives on stories it has never seen. Folds come from Folds(pairs, k).
func CrossValidate(pairs []Pair, k, iters int, l2 float64) []string {
	xs, ys := vectors(pairs)
	fold := Folds(pairs, k)
	pred := make([]string, len(pairs))
	for f := 0; f < k; f++ {
		var tx [][]float64
		var ty []int
		var ts []string
		for i, p := range pairs {
			if fold[p.Story] != f {
				tx, ty, ts = append(tx, xs[i]), append(ty, ys[i]), append(ts, p.Story)
			}
		}
		if len(tx) == 0 {
			continue
		}
		w := fitVectors(tx, ty, ts, iters, l2)
		for i, p := range pairs {
			if fold[p.Story] == f {
				pred[i] = claims.StanceDecide(claims.StanceProbs(xs[i], w), xs[i])
			}
		}
	}
	return pred
}
