package reuse

import (
	"cmp"
	"slices"
)

// run is an exact match: tokens a[i:i+n] equal b[j:j+n].
type run struct{ i, j, n int32 }

// passage is one aligned stretch of two articles, in token ranges.
type passage struct {
	a, b    span
	matched int32 // tokens matched inside the passage
	content int32 // of those, narrative words (see contentMatch)
	quoted  int32 // of those, words quoted on either side
	bySent  bool  // found by sentence-level alignment
	// longest is the most narrative words (see contentMatch) in one of the
	// exact runs the passage was chained from; runs counts those runs with
	// at least Options.ShortRun such words. The quoted forms count the
	// words of quotations too.
	longest, runs             int32
	longestQuoted, runsQuoted int32
}

// side is the passage's token range on side a (onA) or b.
func (q *passage) side(onA bool) span {
	if onA {
		return q.a
	}
	return q.b
}

// runs turns seeds into maximal exact matches: seeds on one diagonal whose
// windows touch are merged, and each match is extended word by word both
// ways.
func runs(a, b *article, ss []seed, k int32) []run {
	// Sort by diagonal, then position, on packed keys (faster than a
	// comparison function).
	keys := make([]uint64, len(ss))
	for x, s := range ss {
		keys[x] = uint64(uint32(s.j-s.i+1<<30))<<32 | uint64(uint32(s.i))
	}
	slices.Sort(keys)
	for x, key := range keys {
		i := int32(uint32(key))
		ss[x] = seed{i, int32(key>>32) - 1<<30 + i}
	}
	var out []run
	for _, s := range ss {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.j-last.i == s.j-s.i && s.i <= last.i+last.n {
				last.n = max(last.n, s.i+k-last.i)
				continue
			}
		}
		out = append(out, run{s.i, s.j, k})
	}
	for x := range out {
		r := &out[x]
		for r.i > 0 && r.j > 0 && a.toks[r.i-1].hash == b.toks[r.j-1].hash {
			r.i, r.j, r.n = r.i-1, r.j-1, r.n+1
		}
		for int(r.i+r.n) < len(a.toks) && int(r.j+r.n) < len(b.toks) && a.toks[r.i+r.n].hash == b.toks[r.j+r.n].hash {
			r.n++
		}
	}
	// Extension can make runs on one diagonal meet; keep each once.
	slices.SortFunc(out, func(x, y run) int {
		if c := cmp.Compare(x.i, y.i); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	return slices.CompactFunc(out, func(x, y run) bool { return x == y })
}

// chain joins runs into passages that tolerate small edits: a run continues
// a passage when the gaps before it in both texts are at most gap tokens, or
// at most 3*gap when both ends stay in the same pair of sentences (a clause
// rewritten inside a sentence).
func chain(a, b *article, rs []run, gap, shortRun, longRun int32) []passage {
	var ps []passage
	for _, r := range rs {
		best, bestGap := -1, int32(1<<30)
		for x := len(ps) - 1; x >= 0 && x >= len(ps)-8; x-- {
			p := &ps[x]
			ga, gb := r.i-p.a.hi, r.j-p.b.hi
			if ga < -r.n/2 || gb < -r.n/2 {
				continue
			}
			limit := gap
			if a.toks[p.a.hi-1].sent == a.toks[r.i].sent && b.toks[p.b.hi-1].sent == b.toks[r.j].sent {
				limit = 3 * gap
			}
			if ga <= limit && gb <= limit && max(ga, 0)+max(gb, 0) < bestGap {
				best, bestGap = x, max(ga, 0)+max(gb, 0)
			}
		}
		if best < 0 {
			ps = append(ps, passage{a: span{r.i, r.i + r.n}, b: span{r.j, r.j + r.n}})
			addMatch(a, b, &ps[len(ps)-1], r, 0, shortRun, longRun)
			continue
		}
		p := &ps[best]
		skip := max(p.a.hi-r.i, p.b.hi-r.j, 0) // overlap with what the passage already holds
		if skip >= r.n {
			continue
		}
		p.a.hi = max(p.a.hi, r.i+r.n)
		p.b.hi = max(p.b.hi, r.j+r.n)
		addMatch(a, b, p, r, skip, shortRun, longRun)
		// keep passages ordered by their end in a, for the look-back above
		for x := best; x+1 < len(ps) && ps[x].a.hi > ps[x+1].a.hi; x++ {
			ps[x], ps[x+1] = ps[x+1], ps[x]
		}
	}
	return ps
}

// addMatch counts the tokens of r from offset skip into p, and the run's
// wording: runs of at least shortRun words outside common material, or
// of longRun words, count towards p.runs.
func addMatch(a, b *article, p *passage, r run, skip, shortRun, longRun int32) {
	var narrative, quoted, common, named int32
	for d := skip; d < r.n; d++ {
		ta, tb := a.toks[r.i+d], b.toks[r.j+d]
		p.matched++
		kind := contentMatch(ta, tb)
		if kind != 0 && ta.flags&tb.flags&fCapital != 0 && !(opensSentence(a, r.i+d) && opensSentence(b, r.j+d)) {
			named++
		}
		switch kind {
		case 1:
			p.content++
			narrative++
		case 2:
			p.quoted++
			quoted++
		}
		if kind != 0 && (ta.flags|tb.flags)&fCommon != 0 {
			common++
		}
	}
	// A run whose every word that counts is capitalised on both sides is a
	// name ("the Guild of the Holy Lamp of the Latter-day Keepers"): two
	// reports that name one body, one man with his titles, did not copy
	// each other. Its words still count as matched, not as a run. A word
	// that opens a sentence on both sides tells nothing by its capital:
	// "Founded by Bill Hewlett and Dave Packard in" is a sentence, not a
	// name.
	if named == narrative+quoted {
		return
	}
	// A short run counts without the phrases most articles carry (common
	// source material); a long one whole.
	p.longest = max(p.longest, narrative)
	p.runs += b2i(narrative-common >= shortRun || narrative >= longRun)
	p.longestQuoted = max(p.longestQuoted, narrative+quoted)
	p.runsQuoted += b2i(narrative+quoted-common >= shortRun || narrative+quoted >= longRun)
}

// opensSentence reports whether token i of p is the first of its sentence.
func opensSentence(p *article, i int32) bool {
	return i == 0 || p.toks[i-1].sent != p.toks[i].sent
}

// wordingOK reports whether a word-level passage rests on real shared
// wording: at least one exact run of Options.ShortRun narrative words (not
// function words, not quoted; quoted ones too when quotes). Whether the
// pair has enough such passages is sharedWording's call.
func (p passage) wordingOK(quotes bool) bool {
	if quotes {
		return p.runsQuoted > 0
	}
	return p.runs > 0
}

func b2i(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// contentMatch classifies one matched word: 1 for narrative evidence (a
// word that is not a function word or noise on either side, and is outside
// quotation marks on both sides), 2 for a word of a quotation (weak
// evidence: two outlets quoting one statement did not copy each other, and
// one that quotes a statement while the other retells it in the
// statement's own words did not either), 0 otherwise.
func contentMatch(ta, tb token) int {
	if (ta.flags|tb.flags)&(fStop|fNoise) != 0 {
		return 0
	}
	if (ta.flags|tb.flags)&fQuoted != 0 {
		return 2
	}
	return 1
}
