package cluster

import (
	"math"
	"slices"
)

// group is a live story during a regrouping: its settled part and its
// recent articles (indexes into c.recent).
type group struct {
	s       *story
	members []int
	sum     []entry // settled centroid plus the members' vectors
	n       int     // settled articles plus members
	sq      float64 // squared length of sum
	known   span    // publication times of the settled part and members
	dirty   bool    // members changed: the story must be rebuilt
	changed int     // reassign's move count at its latest change
}

func (g *group) rebuild(c *Clusterer) {
	g.sum = c.sumOf(g.members, g.s.settled.centroid)
	g.n = g.s.settledN + len(g.members)
	g.sq = dot(g.sum, g.sum)
	g.known = g.spanWithout(c, -1)
}

// spanWithout is the span of the group's publication times without recent
// article skip (-1: with all).
func (g *group) spanWithout(c *Clusterer, skip int) span {
	p := g.s.settledKnown
	for _, m := range g.members {
		if m != skip {
			p.add(c.recent[m].pub)
		}
	}
	return p
}

// evidence is the time and outlet evidence (evidence.go) that recent
// article m belongs to the group, leaving m itself out.
func (g *group) evidence(c *Clusterer, m int) float64 {
	r := &c.recent[m]
	p := g.known
	// Leaving m out changes the span only when m is at one of its ends.
	if !r.pub.IsZero() && !(r.pub.After(p.lo) && r.pub.Before(p.hi)) && slices.Contains(g.members, m) {
		p = g.spanWithout(c, m)
	}
	f := c.timeFactor(p.gap(r.pub))
	if r.outlet != 0 && !r.pub.IsZero() {
		for _, o := range g.members {
			if o != m && c.recent[o].outlet == r.outlet && r.pub.Sub(c.recent[o].pub).Abs() < c.opt.OutletWindow {
				return f * c.opt.OutletPrior
			}
		}
	}
	return f
}

// between is the time and outlet evidence that groups g and o are one
// story: the time factor of the gap between their spans, times the outlet
// prior when an outlet has an article in each within a day.
func (g *group) between(c *Clusterer, o *group) float64 {
	f := c.timeFactor(g.known.between(o.known))
	for _, a := range g.members {
		ra := &c.recent[a]
		if ra.outlet == 0 || ra.pub.IsZero() {
			continue
		}
		for _, b := range o.members {
			if rb := &c.recent[b]; rb.outlet == ra.outlet && ra.pub.Sub(rb.pub).Abs() < c.opt.OutletWindow {
				return f * c.opt.OutletPrior
			}
		}
	}
	return f
}

// add adds the unit vector v to the group's sum (sign 1) or takes it away
// (sign -1).
func (g *group) add(v []entry, sign float32) {
	neg := make([]entry, len(v))
	for i, e := range v {
		neg[i] = entry{e.hash, sign * e.w}
	}
	sum := addSorted(g.sum, neg)
	if sign < 0 {
		// What is left of a term the group no longer has is rounding.
		sum = slices.DeleteFunc(sum, func(e entry) bool { return e.w < 1e-6 && e.w > -1e-6 })
	}
	g.sum = sum
	g.n += int(sign)
	g.sq = dot(sum, sum)
}

// moveTo moves recent article m from group g to group to.
func (g *group) moveTo(c *Clusterer, to *group, m int) {
	r := &c.recent[m]
	g.members = slices.DeleteFunc(g.members, func(x int) bool { return x == m })
	g.dirty = true
	g.add(r.vec, -1)
	g.known = g.spanWithout(c, -1)
	to.members = append(to.members, m)
	to.dirty = true
	to.add(r.vec, 1)
	to.known.add(r.pub)
	r.story = to.s.id
}

// cosineWith is the cosine of the unit vector v with the group's sum; when
// v is one of its members, without v (leave one out).
func (g *group) cosineWith(v []entry, member bool) float64 {
	d := dot(v, g.sum)
	sq := g.sq
	if member {
		sq += 1 - 2*d
		d--
	}
	if sq <= 1e-9 {
		return 0
	}
	return d / math.Sqrt(sq)
}
