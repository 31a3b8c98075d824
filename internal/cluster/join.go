package cluster

import (
	"cmp"
	"math"
	"slices"
)

// join merges, best pair first, the stories that are one (joinable):
// pairs come from the stories of the recent articles docs and their
// candidates. A join makes a story broader, and a broader story may now
// take a piece it left before, so the pairs are weighed again, those of
// the stories that changed, until no pair joins. The likeness within is
// that of the pieces as they were before any join (pieces), so that a story
// does not lower its own bar by what it takes in.
func (rg *regrouping) join(docs []int) {
	c := rg.c
	type pair struct {
		a, b StoryID
		avg  float64
	}
	into := Merges{}
	pieces := map[StoryID]likeness{}
	piece := func(g *group) likeness {
		l, ok := pieces[g.s.id]
		if !ok {
			l = likenessOf(g.sq, float64(g.n))
			pieces[g.s.id] = l
		}
		return l
	}
	joinable := func(a, b *group) (float64, bool) { return c.joinable(a, b, piece(a).plus(piece(b))) }
	// changed are the stories that a join made in the last round; nil in
	// the first, when every pair is weighed.
	var changed map[StoryID]bool
	for {
		seen := map[[2]StoryID]bool{}
		var pairs []pair
		for _, m := range docs {
			id := c.recent[m].story
			for _, o := range rg.candidates(m) {
				o = into.Final(o)
				a, b := min(id, o), max(id, o)
				if a == b || seen[[2]StoryID{a, b}] || changed != nil && !changed[a] && !changed[b] {
					continue
				}
				seen[[2]StoryID{a, b}] = true
				ga, gb := rg.group(a), rg.group(b)
				if ga == nil || gb == nil {
					continue
				}
				if x, ok := joinable(ga, gb); ok {
					pairs = append(pairs, pair{a, b, x})
				}
			}
		}
		slices.SortFunc(pairs, func(x, y pair) int {
			if d := cmp.Compare(y.avg, x.avg); d != 0 {
				return d
			}
			if d := cmp.Compare(x.a, y.a); d != 0 {
				return d
			}
			return cmp.Compare(x.b, y.b)
		})
		changed = map[StoryID]bool{}
		for _, p := range pairs {
			a, b := into.Final(p.a), into.Final(p.b)
			if a == b {
				continue
			}
			a, b = min(a, b), max(a, b)
			ga, gb := rg.group(a), rg.group(b)
			if _, ok := joinable(ga, gb); !ok {
				continue
			}
			pieces[a] = piece(ga).plus(piece(gb))
			c.fold(ga.s, gb.s)
			ga.members = append(ga.members, gb.members...)
			gb.members = nil
			ga.dirty, gb.dirty = true, true
			ga.rebuild(c)
			into[b] = a
			changed[a] = true
		}
		if len(changed) == 0 {
			return
		}
	}
}

// joinable reports whether groups a and b are one story, with their
// average link: the mean cosine over all pairs of their articles, times
// the time and outlet evidence. They are when that reaches
// Options.JoinThreshold, or when it is nearly as high as the likeness
// within them (within: of their pieces), by Options.SplitContrast, and
// their sums have a cosine of at least half Options.Threshold: then a
// split would not cut them apart again. Pieces of a broad subject, each
// little like the others, come together so; two close-knit stories stay
// apart, each much more alike within than across. Single articles have no
// likeness within: only the threshold joins them.
func (c *Clusterer) joinable(a, b *group, within likeness) (float64, bool) {
	if a.n == 0 || b.n == 0 {
		return 0, false
	}
	d, ev := dot(a.sum, b.sum), a.between(c, b)
	x := d / float64(a.n*b.n) * ev
	if x >= c.opt.JoinThreshold {
		return x, true
	}
	// The whole of each must resemble the other's at least as much as
	// the stories an online article is compared with for a merge (half
	// the threshold): a likeness within near nothing makes any likeness
	// across look high.
	if a.sq <= 0 || b.sq <= 0 || d/math.Sqrt(a.sq*b.sq)*ev < c.opt.Threshold/2 {
		return x, false
	}
	w, ok := within.mean()
	return x, ok && x >= c.opt.SplitContrast*w
}

// likeness is the sum of the cosines over the ordered pairs of articles
// within some groups, and the number of those pairs.
type likeness struct{ sum, pairs float64 }

// likenessOf is the likeness within a group of n articles whose sum of
// unit vectors has squared length sq: that is n plus the sum of its
// ordered pairs' cosines.
func likenessOf(sq, n float64) likeness { return likeness{sq - n, n * (n - 1)} }

func (l likeness) plus(o likeness) likeness { return likeness{l.sum + o.sum, l.pairs + o.pairs} }

// mean is the mean cosine over the pairs; false when there is none.
func (l likeness) mean() (float64, bool) {
	if l.pairs == 0 {
		return 0, false
	}
	return l.sum / l.pairs, true
}
