package cluster

import (
	"cmp"
	"slices"
	"time"
)

// index posts s under the item's heaviest terms, so that later items
// sharing them find it. A posting list that reaches Options.PostingCap
// loses its dead entries, then its oldest half.
func (c *Clusterer) index(s *story, v []weightedTerm) {
	for _, t := range v[:min(len(v), c.opt.IndexTerms)] {
		c.postUnder(s, t.hash)
	}
}

// postUnder posts s under the term h unless it is posted there already.
func (c *Clusterer) postUnder(s *story, h uint32) {
	if !s.post(h) {
		return
	}
	list := c.postings[h]
	if len(list) >= c.opt.PostingCap {
		list = slices.DeleteFunc(list, (*story).dropped)
		if len(list) >= c.opt.PostingCap {
			n := copy(list, list[len(list)/2:])
			clear(list[n:])
			list = list[:n]
		}
	}
	c.postings[h] = append(list, s)
}

// lookup adds the weight of the query term t to the partial score of each
// story posted under it: the newest postings only, since a term found in
// many stories says little and the newest stories are the likeliest. The
// stories met since the last resetLookup are listed in c.met.
func (c *Clusterer) lookup(t entry) {
	list := c.postings[t.hash]
	for _, s := range list[max(0, len(list)-c.opt.PostingScan):] {
		if s.metAt != c.lookups {
			s.metAt, s.partial = c.lookups, 0
			c.met = append(c.met, s)
		}
		s.partial += float64(t.w)
	}
}

// resetLookup starts a new round of lookups: every story's partial score
// counts from zero again.
func (c *Clusterer) resetLookup() {
	c.lookups++
	clear(c.met)
	c.met = c.met[:0]
}

// drop forgets s and its postings.
func (c *Clusterer) drop(s *story) {
	delete(c.stories, s.id)
	s.dead = true
	for _, h := range s.indexed {
		list := slices.DeleteFunc(c.postings[h], func(o *story) bool { return o == s })
		if len(list) == 0 {
			delete(c.postings, h)
		} else {
			c.postings[h] = list
		}
	}
}

// sweep evicts the stories whose last article is older than the window
// and than the latest Options.Recent articles (so that a jump in time, or a
// stream of articles without times among a few dated ones, does not empty
// it at once), then, while more than Options.MaxStories remain, the least
// recently updated ones down to nine tenths of it.
func (c *Clusterer) sweep() {
	c.swept = c.clock
	cutoff := c.clock.Add(-c.opt.Window)
	var old []*story
	for _, s := range c.stories {
		if c.expired(s, cutoff) {
			old = append(old, s)
		}
	}
	if excess := len(c.stories) - len(old) - c.opt.MaxStories; excess > 0 {
		rest := make([]*story, 0, len(c.stories)-len(old))
		for _, s := range c.stories {
			if !c.expired(s, cutoff) {
				rest = append(rest, s)
			}
		}
		slices.SortFunc(rest, func(a, b *story) int {
			if x := a.last.Compare(b.last); x != 0 {
				return x
			}
			return cmp.Compare(a.id, b.id)
		})
		old = append(old, rest[:excess+c.opt.MaxStories/10]...)
	}
	for _, s := range old {
		c.drop(s)
	}
}

func (c *Clusterer) expired(s *story, cutoff time.Time) bool {
	return s.last.Before(cutoff) && c.added-s.lastN >= uint64(c.opt.Recent)
}

// Stats describes what a Clusterer holds, for tests and monitoring.
type Stats struct {
	Stories  int // live stories
	Postings int // entries in the candidate index
	Terms    int // terms with a posting list
	Recent   int // articles Regroup may still move (at most Options.Recent)
}

// Stats counts the live stories and postings.
func (c *Clusterer) Stats() Stats {
	st := Stats{Stories: len(c.stories), Terms: len(c.postings), Recent: len(c.recent)}
	for _, l := range c.postings {
		st.Postings += len(l)
	}
	return st
}
