package cluster

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortByHash checks the specialised sort against the library's on
// random vectors, with and without runs of equal hashes.
func TestSortByHash(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 5, 13, 40, 128, 1000, 5000} {
		for _, distinct := range []uint32{3, 50, 1 << 31} {
			v := make([]entry, n)
			for i := range v {
				v[i] = entry{r.Uint32N(distinct), float32(i)}
			}
			got := slices.Clone(v)
			sortByHash(got)
			if !slices.IsSortedFunc(got, byHash) {
				t.Fatalf("n=%d distinct=%d: not sorted", n, distinct)
			}
			want := slices.Clone(v)
			slices.SortFunc(want, func(a, b entry) int { return byWeight(b, a) })
			slices.SortFunc(got, func(a, b entry) int { return byWeight(b, a) })
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d distinct=%d: not a permutation", n, distinct)
			}
		}
	}
}

func BenchmarkSortByHash(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	v := make([]entry, 128)
	for i := range v {
		v[i] = entry{r.Uint32(), 1}
	}
	w := make([]entry, len(v))
	b.Run("special", func(b *testing.B) {
		for range b.N {
			copy(w, v)
			sortByHash(w)
		}
	})
	b.Run("library", func(b *testing.B) {
		for range b.N {
			copy(w, v)
			slices.SortFunc(w, byHash)
		}
	})
}
