package reuse

import (
	"math/bits"
	"slices"
)

// sentWords is the distinct non-function words of one sentence, sorted, and
// a 64-bit signature of them for a quick reject.
type sentWords struct {
	words []uint64
	sig   uint64
}

// sentenceWords builds the word sets of every sentence of p.
func sentenceWords(p *article) []sentWords {
	out := make([]sentWords, len(p.sents))
	// one array holds every sentence's words, each sentence's slice
	// capped so that appending to it copies
	n := 0
	for _, sp := range p.sents {
		for _, t := range p.toks[sp.lo:sp.hi] {
			if t.flags&(fStop|fNoise) == 0 {
				n++
			}
		}
	}
	buf := make([]uint64, 0, n)
	for s, sp := range p.sents {
		lo := len(buf)
		for _, t := range p.toks[sp.lo:sp.hi] {
			if t.flags&(fStop|fNoise) == 0 {
				buf = append(buf, t.hash)
			}
		}
		var ws []uint64
		if len(buf) > lo {
			ws = buf[lo:]
			slices.Sort(ws)
			ws = slices.Compact(ws)
			ws = ws[:len(ws):len(ws)]
			buf = buf[:lo+len(ws)]
		}
		var sig uint64
		for _, w := range ws {
			sig |= 1 << (w % 64)
		}
		out[s] = sentWords{ws, sig}
	}
	return out
}

// sentencePassages aligns sentences the word-level passages left uncovered
// on one side or the other with sentences of the other article that share
// most of their words: the shape of a condensed rewrite, where sentences
// are shortened, merged and reordered and too few word runs survive to
// chain. A pair of sentences aligns when they share at least minWords words
// and at least frac of the shorter one's words.
func sentencePassages(a, b *article, ps []passage, minWords int, frac float64) []passage {
	ca, cb := coveredSentences(a, ps, true), coveredSentences(b, ps, false)
	var out []passage
	type cand struct {
		sa     int
		shared []uint64
	}
	var cands []cand
	for sb, wb := range b.sentSets {
		if len(wb.words) < minWords {
			continue
		}
		cands = cands[:0]
		for sa, wa := range a.sentSets {
			if ca[sa] && cb[sb] || len(wa.words) < minWords {
				continue
			}
			short := min(len(wa.words), len(wb.words))
			need := max(minWords, int(frac*float64(short)+0.999))
			if bits.OnesCount64(wa.sig&wb.sig) < need {
				continue
			}
			if sh := intersect(wa.words, wb.words); len(sh) >= need {
				cands = append(cands, cand{sa, sh})
			}
		}
		if len(cands) == 0 {
			continue
		}
		// The sentence of a that shares most; a second one only for words
		// the first does not account for (two sentences merged into one).
		slices.SortStableFunc(cands, func(x, y cand) int { return len(y.shared) - len(x.shared) })
		best := cands[0]
		out = append(out, sentencePassage(a, b, best.sa, sb, a.sentSets[best.sa].words, wb.words))
		for _, c := range cands[1:] {
			if 2*len(intersect(c.shared, best.shared)) < len(c.shared) {
				out = append(out, sentencePassage(a, b, c.sa, sb, a.sentSets[c.sa].words, wb.words))
				break
			}
		}
	}
	return out
}

// intersect returns the words two sorted sets share.
func intersect(x, y []uint64) []uint64 {
	var out []uint64
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			out = append(out, x[i])
			i++
			j++
		}
	}
	return out
}

// coveredSentences marks the sentences of p that passages already cover for
// at least half of their tokens (side a of each passage when onA).
func coveredSentences(p *article, ps []passage, onA bool) []bool {
	cov := make([]int32, len(p.sents))
	for _, q := range ps {
		sp := q.side(onA)
		for i := sp.lo; i < sp.hi; i++ {
			cov[p.toks[i].sent]++
		}
	}
	out := make([]bool, len(p.sents))
	for s, sp := range p.sents {
		out[s] = sp.hi > sp.lo && 2*cov[s] >= sp.hi-sp.lo
	}
	return out
}

// sentencePassage is the passage between two aligned sentences: on each
// side, from the first to the last word the other sentence also has.
func sentencePassage(a, b *article, sa, sb int, wa, wb []uint64) passage {
	p := passage{bySent: true}
	p.a = spanOfShared(a, a.sents[sa], wb)
	p.b = spanOfShared(b, b.sents[sb], wa)
	for _, t := range b.toks[p.b.lo:p.b.hi] {
		if _, ok := slices.BinarySearch(wa, t.hash); !ok {
			continue
		}
		p.matched++
		switch {
		case t.flags&(fStop|fNoise) != 0:
		case t.flags&fQuoted != 0:
			p.quoted++
		default:
			p.content++
		}
	}
	return p
}

func spanOfShared(p *article, s span, other []uint64) span {
	out := span{-1, -1}
	for i := s.lo; i < s.hi; i++ {
		if _, ok := slices.BinarySearch(other, p.toks[i].hash); ok {
			if out.lo < 0 {
				out.lo = i
			}
			out.hi = i + 1
		}
	}
	if out.lo < 0 {
		return s
	}
	return out
}
