package reuse

import (
	"math/bits"
	"slices"
)

// shingle is the hash (40 bits) of k consecutive tokens starting at pos.
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
	// Sort on packed keys, 40 bits of hash above 24 of position: far faster
	// than a comparison function, and 40 bits keep chance collisions
	// between distinct shingles negligible (about one per 2^40 pairs
	// compared).
	keys := make([]uint64, 0, len(toks)-k+1)
	for i := 0; i+k <= len(toks) && i < 1<<24; i++ {
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
		keys = append(keys, h>>24<<24|uint64(i))
	}
	slices.Sort(keys)
	out := make([]shingle, len(keys))
	for x, key := range keys {
		out[x] = shingle{hash: key >> 24, pos: int32(key & (1<<24 - 1))}
	}
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
