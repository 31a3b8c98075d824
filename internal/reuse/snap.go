package reuse

// snap extends a passage towards the ends of the sentences it starts and
// ends in, over words the two sentences share out of order or across small
// rewrites ("Island shop owners warned" against "Shop owners on the island
// warned that"): walking outwards on side b, a word counts when the other
// side's stretch to its sentence end holds it, not much farther out than the
// word is on b; the passage extends to the last counted word as long as at
// least three in five of the words walked are counted, and stops after three
// uncounted words in a row. Function words ride along but are not counted.
// Passages of fewer than minSnap matched words are left alone: a few
// common words are no anchor.
func snap(a, b *article, p *passage) {
	const minSnap = 6
	if p.bySent || p.matched < minSnap {
		return
	}
	// Right end.
	sa, sb := a.sents[a.toks[p.a.hi-1].sent], b.sents[b.toks[p.b.hi-1].sent]
	if hiB, hiA, m := walk(a, b, p.a.hi, sa.hi, p.b.hi, sb.hi, 1); m > 0 {
		p.b.hi, p.a.hi = hiB, max(p.a.hi, hiA)
		p.matched += m
		p.content += m
	}
	// Left end.
	sa, sb = a.sents[a.toks[p.a.lo].sent], b.sents[b.toks[p.b.lo].sent]
	if loB, loA, m := walk(a, b, p.a.lo-1, sa.lo-1, p.b.lo-1, sb.lo-1, -1); m > 0 {
		p.b.lo, p.a.lo = loB, min(p.a.lo, loA)
		p.matched += m
		p.content += m
	}
}

// walk steps from i0 towards iEnd (exclusive) on a and j0 towards jEnd on b
// in direction d. It returns the new bound on b and on a (exclusive for
// d > 0, inclusive for d < 0) and the words gained; 0 words when none.
func walk(a, b *article, i0, iEnd, j0, jEnd int32, d int32) (int32, int32, int32) {
	if (d > 0 && (i0 >= iEnd || j0 >= jEnd)) || (d < 0 && (i0 <= iEnd || j0 <= jEnd)) {
		return 0, 0, 0
	}
	pos := map[uint64]int32{} // first position of each word of a's stretch, walking outwards
	for i := i0; i != iEnd; i += d {
		t := a.toks[i]
		if t.flags&(fStop|fNoise) != 0 {
			continue
		}
		if _, ok := pos[t.hash]; !ok {
			pos[t.hash] = i
		}
	}
	var seen, got, miss int32
	bestJ, bestI, bestGot := int32(-1), int32(-1), int32(0)
	for j := j0; j != jEnd && miss < 3; j += d {
		t := b.toks[j]
		if t.flags&(fStop|fNoise) != 0 {
			continue
		}
		seen++
		i, ok := pos[t.hash]
		if !ok || contentMatch(a.toks[i], t) != 1 || abs(i-i0) > abs(j-j0)+6 {
			miss++
			continue
		}
		got++
		miss = 0
		if 5*got >= 3*seen {
			bestJ, bestGot = j, got
			if bestI < 0 || (d > 0 && i > bestI) || (d < 0 && i < bestI) {
				bestI = i
			}
		}
	}
	if bestGot == 0 {
		return 0, 0, 0
	}
	if d > 0 {
		return bestJ + 1, bestI + 1, bestGot
	}
	return bestJ, bestI, bestGot
}

func abs(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}
