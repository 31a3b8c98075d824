package cluster

import (
	"math"
	"time"
)

// Time and outlet as evidence. News about one event comes out within a few
// days; a topic that recurs (a weekly report, months of talks) is a new
// event each time, with words much like the last one's. So the similarity
// of an article to a story is scaled by how far the article's publication
// time lies from the story's: not at all within Options.TimeGrace, halved
// for every Options.TimeHalfLife beyond it (closeness alone is no evidence:
// a busy hour brings many stories). Articles with no known time give no
// evidence either way. And one outlet rarely runs two articles on
// one event within a day, so a story that already holds an article from
// the article's outlet published within Options.OutletWindow of it counts
// Options.OutletPrior times: a weak prior that close text overrides.

// span is the interval of known publication times of some articles; the
// zero span holds none.
type span struct{ lo, hi time.Time }

func (p span) empty() bool { return p.lo.IsZero() }

// add widens p to hold t; a zero t (unknown) leaves it.
func (p *span) add(t time.Time) {
	if t.IsZero() {
		return
	}
	if p.empty() || t.Before(p.lo) {
		p.lo = t
	}
	if p.hi.IsZero() || t.After(p.hi) {
		p.hi = t
	}
}

func (p *span) merge(o span) {
	if !o.empty() {
		p.add(o.lo)
		p.add(o.hi)
	}
}

// unknown is the gap between times of which one is not known.
const unknown time.Duration = -1

// gap is how far t lies outside p: 0 inside it, unknown when either is.
func (p span) gap(t time.Time) time.Duration {
	switch {
	case p.empty() || t.IsZero():
		return unknown
	case t.Before(p.lo):
		return p.lo.Sub(t)
	case t.After(p.hi):
		return t.Sub(p.hi)
	}
	return 0
}

// between is the gap between two spans: 0 when they overlap, unknown when
// either is empty.
func (p span) between(o span) time.Duration {
	if p.empty() || o.empty() {
		return unknown
	}
	return max(p.gap(o.lo), p.gap(o.hi), o.gap(p.lo))
}

// timeFactor scales a similarity by a gap in publication time; an unknown
// gap leaves it.
func (c *Clusterer) timeFactor(gap time.Duration) float64 {
	if gap == unknown {
		return 1
	}
	if gap <= c.opt.TimeGrace {
		return 1
	}
	return math.Exp2(-float64(gap-c.opt.TimeGrace) / float64(c.opt.TimeHalfLife))
}

// seen is one article of a story as the outlet prior needs it.
type seen struct {
	outlet uint64
	at     time.Time
}

// maxSeen bounds the articles a story remembers for the outlet prior: the
// latest ones, which are the ones within a day of a new article.
const maxSeen = 8

// sawOutlet notes an article of the story for the outlet prior.
func (s *story) sawOutlet(outlet uint64, at time.Time) {
	if outlet == 0 || at.IsZero() {
		return
	}
	if len(s.seen) == maxSeen {
		copy(s.seen, s.seen[1:])
		s.seen = s.seen[:maxSeen-1]
	}
	s.seen = append(s.seen, seen{outlet, at})
}

// outletFactor is Options.OutletPrior when one of arts (articles of a
// story) comes from outlet and was published within Options.OutletWindow
// of at, else 1.
func (c *Clusterer) outletFactor(outlet uint64, at time.Time, arts []seen) float64 {
	if outlet == 0 || at.IsZero() {
		return 1
	}
	for _, x := range arts {
		if x.outlet == outlet && at.Sub(x.at).Abs() < c.opt.OutletWindow {
			return c.opt.OutletPrior
		}
	}
	return 1
}

// headlineTerms bounds a story's sum of headline vectors (pruned back to it
// when it reaches twice as many).
const headlineTerms = 24

// headlineOf appends to v the unit vector of d's headline, sorted by hash:
// its terms weighted by inverse document frequency and kind, each once. A
// headline is short and precise; its common words weigh little, so a
// generic headline ("Jobless claims fall") does not join two events that
// time keeps apart.
func (c *Clusterer) headlineOf(v []entry, d Doc) []entry {
	for _, t := range d.Terms[:d.TitleTerms] {
		if w := c.weight(compactTerm{t.Hash, 1, t.Kind}); w > 0 {
			v = append(v, entry{uint32(t.Hash), float32(w)})
		}
	}
	toUnit(v)
	return sortAdding(v)
}
