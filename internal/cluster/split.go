package cluster

import (
	"cmp"
	"math"
	"slices"
)

// split cuts the stories (ids) whose recent articles form two stories. It
// returns docs with the recent articles of the stories it cut added: those
// are to be reassigned.
func (rg *regrouping) split(ids []StoryID, docs []int, res *Regrouping) []int {
	c := rg.c
	docs = slices.Clone(docs)
	listed := make(map[int]bool, len(docs))
	for _, m := range docs {
		listed[m] = true
	}
	queue := slices.Clone(ids)
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		g := rg.group(id)
		if g == nil || len(g.members) < 4 {
			continue
		}
		a, b := c.bisect(g.members)
		if len(a) < 2 || len(b) < 2 {
			continue
		}
		sa, sb := c.sumOf(a, nil), c.sumOf(b, nil)
		if !c.twoStories(a, b, sa, sb) {
			continue
		}
		// The part that stays is the one like the settled articles, or
		// the one holding the oldest recent article.
		if g.s.settledN > 0 {
			if dot(sb, g.s.settled.centroid)/float64(len(b)) > dot(sa, g.s.settled.centroid)/float64(len(a)) {
				a, b = b, a
			}
		} else if c.age(b[0]) < c.age(a[0]) {
			a, b = b, a
		}
		c.nextID++
		ns := &story{id: c.nextID}
		c.stories[ns.id] = ns
		ng := &group{s: ns, members: b, dirty: true}
		for _, m := range b {
			c.recent[m].story = ns.id
		}
		rg.groups[ns.id] = ng
		for _, m := range g.members {
			if !listed[m] {
				listed[m] = true
				docs = append(docs, m)
			}
		}
		g.members, g.dirty = a, true
		g.rebuild(c)
		ng.rebuild(c)
		res.Opened = append(res.Opened, ns.id)
		queue = append(queue, id, ns.id)
	}
	slices.SortFunc(docs, func(a, b int) int { return cmp.Compare(c.age(a), c.age(b)) })
	return docs
}

// twoStories reports whether the parts a and b of a story's recent
// articles (sa and sb the sums of their vectors) are two stories: alike on
// average less than Options.SplitThreshold across the cut (times the time
// evidence), and clearly less alike across it than within the parts, by
// Options.SplitContrast. A story about a broad subject is diffuse, its
// articles little alike whichever way it is cut; two events put together
// are each close-knit and apart from the other.
func (c *Clusterer) twoStories(a, b []int, sa, sb []entry) bool {
	na, nb := float64(len(a)), float64(len(b))
	cross := dot(sa, sb) / (na * nb)
	if cross*c.timeFactor(c.spanOf(a).between(c.spanOf(b))) >= c.opt.SplitThreshold {
		return false
	}
	w, _ := likenessOf(dot(sa, sa), na).plus(likenessOf(dot(sb, sb), nb)).mean()
	return cross < c.opt.SplitContrast*w
}

// spanOf is the span of the publication times of recent articles ms.
func (c *Clusterer) spanOf(ms []int) span {
	var p span
	for _, m := range ms {
		p.add(c.recent[m].pub)
	}
	return p
}

// age is the position of recent article m in stream order.
func (c *Clusterer) age(m int) int {
	if len(c.recent) < c.opt.Recent {
		return m
	}
	return (m - c.head + len(c.recent)) % len(c.recent)
}

// sumOf adds up base and the vectors of the recent articles ms, all sorted
// by hash, into a new vector sorted by hash.
func (c *Clusterer) sumOf(ms []int, base []entry) []entry {
	n := len(base)
	for _, m := range ms {
		n += len(c.recent[m].vec)
	}
	all := make([]entry, 0, n)
	all = append(all, base...)
	for _, m := range ms {
		all = append(all, c.recent[m].vec...)
	}
	return slices.Clip(sortAdding(all))
}

// bisectSample bounds the articles two-means runs on: a story's latest
// ones; the others then go to the nearer of the two parts found.
const bisectSample = 64

// bisect cuts ms (in stream order) in two by two-means on their vectors,
// seeded with the article least like the whole and the article least like
// that one. Each part keeps stream order.
func (c *Clusterer) bisect(ms []int) (a, b []int) {
	sample := ms[max(0, len(ms)-bisectSample):]
	all := c.sumOf(sample, nil)
	seedA, seedB := sample[0], sample[0]
	lo := math.Inf(1)
	for _, m := range sample {
		if x := dot(c.recent[m].vec, all); x < lo {
			lo, seedA = x, m
		}
	}
	lo = math.Inf(1)
	for _, m := range sample {
		if x := dot(c.recent[m].vec, c.recent[seedA].vec); m != seedA && x < lo {
			lo, seedB = x, m
		}
	}
	ca, cb := c.recent[seedA].vec, c.recent[seedB].vec
	part := func(ms []int) (a, b []int) {
		na, nb := norm(ca), norm(cb)
		for _, m := range ms {
			v := c.recent[m].vec
			if dot(v, ca)*nb >= dot(v, cb)*na {
				a = append(a, m)
			} else {
				b = append(b, m)
			}
		}
		return a, b
	}
	for range 4 {
		a, b = part(sample)
		if len(a) == 0 || len(b) == 0 {
			return a, b
		}
		ca, cb = c.sumOf(a, nil), c.sumOf(b, nil)
	}
	if len(sample) < len(ms) {
		a, b = part(ms)
	}
	return a, b
}
