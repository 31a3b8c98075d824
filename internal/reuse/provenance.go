package reuse

import (
	"cmp"
	"fmt"
	"slices"
)

// edge is a pair once oriented: text of from found again in to.
type edge struct {
	from, to *article
	p        *pair
	fromIsA  bool
}

// guessed reports an edge whose direction no evidence decided (none, or
// balanced): the longer text was taken for the origin.
func (e edge) guessed() bool { return e.p.score == 0 }

// strongEvidence is a direction score that time or a credit alone gives.
const strongEvidence = 2.0

// maxWeaveDegree bounds the partners of an article whose passages are
// checked for third-party text, keeping that check linear in the pairs.
const maxWeaveDegree = 16

// orient decides each pair's direction from its score, after adding the
// evidence of the gaps between its passages (gapEvidence), which needs the
// story's other pairs; with no evidence either way the longer text is taken
// for the origin.
func orient(arts []*article, pairs []*pair) []edge {
	byArt := make([][]*pair, len(arts))
	linked := map[[2]int]bool{}
	for _, p := range pairs {
		byArt[p.a] = append(byArt[p.a], p)
		byArt[p.b] = append(byArt[p.b], p)
		linked[[2]int{p.a, p.b}] = true
	}
	// related reports whether u and v share text: an aligned pair, or (two
	// copies of one origin are not aligned) a few shingles in common.
	related := func(u, v int) bool {
		if linked[[2]int{min(u, v), max(u, v)}] {
			return true
		}
		return shareAtLeast(arts[u].shingles, arts[v].shingles, 3)
	}
	// pre is each pair's score before the gap evidence: times, credits,
	// outlets, edits.
	pre := make(map[*pair]float64, len(pairs))
	for _, p := range pairs {
		pre[p] = p.score
	}
	// third marks, on x, the tokens x shares with articles not linked to u,
	// leaving out articles that x is already known to be the origin of
	// (their text in x is x's own).
	third := func(x, u int, p *pair) []bool {
		if len(byArt[x]) > maxWeaveDegree {
			return nil
		}
		var m []bool
		for _, q := range byArt[x] {
			v := q.a + q.b - x
			if q == p || related(u, v) {
				continue
			}
			if xOrigin := pre[q] * sign(q.a == x); xOrigin >= strongEvidence {
				continue
			}
			m = markShared(m, q, x, len(arts[x].toks))
		}
		return m
	}
	// elsewhere marks, on x, the tokens x shares with any article but
	// p's other side: no new reporting of x's own.
	elsewhere := func(x int, p *pair) []bool {
		if len(byArt[x]) > maxWeaveDegree {
			return nil
		}
		var m []bool
		for _, q := range byArt[x] {
			if q != p {
				m = markShared(m, q, x, len(arts[x].toks))
			}
		}
		return m
	}
	for _, p := range pairs {
		gapEvidence(p, arts[p.a], arts[p.b], [2][]bool{third(p.a, p.b, p), third(p.b, p.a, p)}, elsewhere)
		commonSourceHints(p)
	}
	out := make([]edge, 0, len(pairs))
	for _, p := range pairs {
		a, b := arts[p.a], arts[p.b]
		fwd := p.score > 0
		if p.score == 0 {
			fwd = a.words >= b.words
			longer := a
			if !fwd {
				longer = b
			}
			what := "no evidence either way"
			if len(p.evidence) > 0 {
				what = "the evidence is balanced"
			}
			p.note(fmt.Sprintf("%s: %s, the longer text, is taken for the origin", what, longer.id))
		}
		if fwd {
			out = append(out, edge{from: a, to: b, p: p, fromIsA: true})
		} else {
			out = append(out, edge{from: b, to: a, p: p, fromIsA: false})
		}
	}
	return out
}

// attribute keeps, for each copy, the origins that explain its reused text:
// the origin covering most of the copy's narrative words first, then others
// only for what they add. A pair whose shared text is already explained by a
// better origin (two copies of one wire story share its text; a copy of a
// copy shares the original's) is not reported as reuse between the two.
// minGain is the narrative words an origin must add.
func attribute(arts []*article, edges []edge, minGain int) []edge {
	incoming := make([]int, len(arts))
	byTo := make([][]edge, len(arts))
	for _, e := range edges {
		incoming[e.to.idx]++
		byTo[e.to.idx] = append(byTo[e.to.idx], e)
	}
	var kept []edge
	for c, cand := range byTo {
		if len(cand) == 0 {
			continue
		}
		covered := make([]bool, len(arts[c].toks))
		for len(cand) > 0 {
			best, bestGain := -1, 0
			for x, e := range cand {
				g := gain(e, covered)
				switch {
				case best < 0 || g > bestGain*11/10:
					best, bestGain = x, g
				case 10*g >= 9*bestGain && prefer(e, cand[best], incoming):
					best, bestGain = x, max(g, bestGain)
				}
			}
			if bestGain < minGain {
				break
			}
			e := cand[best]
			for _, ps := range e.p.passages {
				sp := toSide(e, ps)
				for i := sp.lo; i < sp.hi; i++ {
					covered[i] = true
				}
			}
			kept = append(kept, e)
			cand = slices.Delete(cand, best, best+1)
		}
	}
	slices.SortFunc(kept, func(x, y edge) int {
		if c := cmp.Compare(x.to.idx, y.to.idx); c != 0 {
			return c
		}
		return cmp.Compare(x.from.idx, y.from.idx)
	})
	return kept
}

// prefer breaks a near tie between two origins of one copy: the one that is
// less of a copy itself, then the one earlier in the story.
func prefer(e, f edge, incoming []int) bool {
	if incoming[e.from.idx] != incoming[f.from.idx] {
		return incoming[e.from.idx] < incoming[f.from.idx]
	}
	return e.from.idx < f.from.idx
}

// toSide is the copy's side of a passage of e.
func toSide(e edge, ps passage) span {
	if e.fromIsA {
		return ps.b
	}
	return ps.a
}

// gain counts the narrative words of e's passages on the copy's side that no
// origin chosen so far covers; the quoted words too when the copy quotes
// the origin's author (pair.authorQuoted).
func gain(e edge, covered []bool) int {
	n := 0
	mask := fStop | fQuoted | fNoise
	if e.p.authorQuoted {
		mask = fStop | fNoise
	}
	for _, ps := range e.p.passages {
		sp := toSide(e, ps)
		for i := sp.lo; i < sp.hi; i++ {
			if !covered[i] && e.to.toks[i].flags&mask == 0 {
				n++
			}
		}
	}
	return n
}

// markShared marks in m, made for n tokens when nil, the tokens of article
// x inside the passages of q, and returns m.
func markShared(m []bool, q *pair, x, n int) []bool {
	if m == nil {
		m = make([]bool, n)
	}
	for _, ps := range q.passages {
		s := ps.a
		if q.b == x {
			s = ps.b
		}
		for i := s.lo; i < s.hi; i++ {
			m[i] = true
		}
	}
	return m
}
