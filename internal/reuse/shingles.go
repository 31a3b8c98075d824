package reuse

import (
	"cmp"
	"math/bits"
	"slices"
)

// shingle is the hash of k consecutive tokens starting at pos.
type shingle struct {
	hash uint64
	pos  int32
}

// shingles hashes every window of k tokens that can seed an alignment: no
// noise token in it, and at least two words that are not function words
// (so "one of the most" seeds nothing). The result is sorted by hash, then
// position, for merge joins.
func shingles(toks []token, k int) []shingle {
	if len(toks) < k {
		return nil
	}
	out := make([]shingle, 0, len(toks)-k+1)
	for i := 0; i+k <= len(toks); i++ {
		h := uint64(0x9E3779B97F4A7C15)
		words, ok := 0, true
		for _, t := range toks[i : i+k] {
			if t.flags&fNoise != 0 {
				ok = false
				break
			}
			if t.flags&fStop == 0 {
				words++
			}
			h = bits.RotateLeft64((h^t.hash)*0xFF51AFD7ED558CCD, 29)
		}
		if !ok || words < 2 {
			continue
		}
		out = append(out, shingle{hash: h, pos: int32(i)})
	}
	slices.SortFunc(out, func(a, b shingle) int {
		if c := cmp.Compare(a.hash, b.hash); c != 0 {
			return c
		}
		return cmp.Compare(a.pos, b.pos)
	})
	return out
}

// seed is a pair of positions whose shingles are equal.
type seed struct{ i, j int32 }

// seeds merge-joins the sorted shingles of two articles. A hash repeated
// within an article pairs at most maxRepeat times per side, so a phrase
// repeated in both does not blow up.
func seeds(a, b []shingle, out []seed) []seed {
	const maxRepeat = 8
	x, y := 0, 0
	for x < len(a) && y < len(b) {
		switch {
		case a[x].hash < b[y].hash:
			x++
		case a[x].hash > b[y].hash:
			y++
		default:
			h := a[x].hash
			x2, y2 := x, y
			for x2 < len(a) && a[x2].hash == h {
				x2++
			}
			for y2 < len(b) && b[y2].hash == h {
				y2++
			}
			for p := x; p < min(x2, x+maxRepeat); p++ {
				for q := y; q < min(y2, y+maxRepeat); q++ {
					out = append(out, seed{a[p].pos, b[q].pos})
				}
			}
			x, y = x2, y2
		}
	}
	return out
}

// shareAtLeast reports whether two sorted shingle lists have at least n
// hashes in common.
func shareAtLeast(a, b []shingle, n int) bool {
	x, y, got := 0, 0, 0
	for x < len(a) && y < len(b) {
		switch {
		case a[x].hash < b[y].hash:
			x++
		case a[x].hash > b[y].hash:
			y++
		default:
			if got++; got >= n {
				return true
			}
			x++
			y++
		}
	}
	return false
}
