package dossier

import (
	"fmt"
	"math"

	"github.com/corroborate/corroborate"
)

// Two articles of another story, like each other, each find the other in
// the centroid of the story's others: in a story of seven, the one holds
// a sixth of it, enough to lift either above the bounds. A pair of
// articles, each the other's closest, is therefore judged again, each
// without the other: when only the other makes either look like the
// story, both share little with the story's majority. An article whose
// closest is an article of the story (not the other way round) is no
// such pair: a short piece on one side of the story owes its likeness to
// the one article telling that side, and stays on topic.
// pairMinArticles is the size of story from which that holds: with five
// articles (or more) the three others (or more) are the majority; in a
// smaller story the pair would be half of it, or most. Beyond
// pairMaxArticles one article weighs too little in the centroid to lift
// another, and the first judgement stands (the pairwise similarities cost
// time in the square of the story's size).
const (
	pairMinArticles = 5
	pairMaxArticles = 200
)

// markPairs flags the pairs of articles of another story (see above): each
// the other's closest, each below the bounds without the other (offTopic,
// its names vouching without the other's). sorted are the story's
// similarities in ascending order (topicality). The pairs are flagged only
// when the articles left on topic without them still number
// pairMinArticles-2 or more, and at least as many as the pairs' articles
// together (four and two and two: the four are the story): where the
// story's own articles pair up as well (two and two and two), or the pairs
// together outnumber the rest (three and two and two), no group is its
// majority, and none is flagged.
func markPairs(arts []corroborate.Article, sp *topicSpace, sorted []float64) {
	on := len(sorted) - countFlagged(arts)
	if on < pairMinArticles {
		return // the articles left on topic are too few for a pair to be a minority
	}
	var apart [][2]int
	for _, p := range sp.apartPairs() {
		if pairApart(arts, sp, sorted, p) {
			apart = append(apart, p)
		}
	}
	if left := on - 2*len(apart); left < pairMinArticles-2 || left < 2*len(apart) {
		return
	}
	for _, p := range apart {
		for _, k := range p {
			arts[k].OffTopic = true
			arts[k].OffTopicReason = fmt.Sprintf("shares little of its vocabulary with the other articles but one like it, "+
				"itself off topic (similarity %.2f without that one, where the other articles' median is %.2f): probably another story",
				sp.apart[k], medianWithout(sorted, sp.scores[k]))
		}
	}
}

// pairApart reports whether both articles of the pair p, neither flagged
// yet, are below the bounds without the other (offTopic).
func pairApart(arts []corroborate.Article, sp *topicSpace, sorted []float64, p [2]int) bool {
	for k, a := range p {
		if arts[a].OffTopic || !offTopic(arts, a, p[1-k], sp.apart[a], medianWithout(sorted, sp.scores[a])) {
			return false
		}
	}
	return true
}

// apartPairs fills sp.apart and sp.nearest (apartFromNearest) and returns
// the pairs of articles each the other's closest, the lower index first;
// none for a story larger than pairMaxArticles.
func (sp *topicSpace) apartPairs() [][2]int {
	n := len(sp.vecs)
	if n > pairMaxArticles {
		return nil
	}
	sp.apart, sp.nearest = make([]float64, n), make([]int, n)
	dense := make([]float64, len(sp.sum))
	for i := range sp.vecs {
		sp.apart[i], sp.nearest[i] = sp.apartFromNearest(i, dense)
	}
	var out [][2]int
	for i, j := range sp.nearest {
		if j > i && sp.nearest[j] == i {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// apartFromNearest returns article i's similarity to the centroid of the
// story's other articles less the one whose vocabulary is closest to its
// own (the cosine of their vectors), and that article's index; -1 when
// there is none. dense is scratch space of the vocabulary's size, zero
// on entry and on return.
func (sp *topicSpace) apartFromNearest(i int, dense []float64) (float64, int) {
	if len(sp.vecs[i]) == 0 {
		return 0, -1
	}
	for _, t := range sp.vecs[i] {
		dense[t.word] = t.w
	}
	best, nearest := -1.0, -1
	for j, vec := range sp.vecs {
		if j == i || len(vec) == 0 {
			continue
		}
		var dot float64
		for _, t := range vec {
			dot += t.w * dense[t.word]
		}
		if dot > best {
			best, nearest = dot, j
		}
	}
	for _, t := range sp.vecs[i] {
		dense[t.word] = 0
	}
	if nearest < 0 {
		return 0, -1
	}
	// The centroid c is the sum less u (the article's) and v (the
	// nearest's): u·c = u·sum - 1 - u·v and
	// |c|² = |sum|² + 2 - 2 u·sum - 2 v·sum + 2 u·v.
	c2 := sp.s2 + 2 - 2*sp.us[i] - 2*sp.us[nearest] + 2*best
	if c2 <= 1e-12 {
		return 0, -1
	}
	return max(0, (sp.us[i]-1-best)/math.Sqrt(c2)), nearest
}
