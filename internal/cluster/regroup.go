package cluster

import (
	"cmp"
	"math"
	"slices"
)

// Regrouping: an online clusterer decides each article once, from what came
// before it, with weights learnt from a stream that had barely started. It
// joins two stories that look alike when the first articles arrive and
// leaves a story in two pieces when its first articles used different
// words. Regroup revisits the latest articles (Options.Recent of them) with
// the weights learnt since, as a batch clustering would:
//
//  1. split: the recent articles of a story are cut in two (two-means on
//     their vectors); when the two parts are less alike on average than
//     Options.SplitThreshold, and less alike across the cut than within the
//     parts by Options.SplitContrast, the part less like the story's older articles
//     (or, with none, the part without its first article) becomes a story
//     of its own. Parts are cut again until none splits.
//  2. reassign: each recent article moves to the candidate story whose
//     centroid it is most like, when that beats its own story without it
//     and reaches Options.Threshold; passes repeat until nothing moves.
//  3. join: stories whose articles are alike on average (average-link:
//     the mean cosine over all pairs of their articles) at least
//     Options.JoinThreshold, or nearly as alike across as within them
//     (Options.SplitContrast: the split would not cut them apart again)
//     while their wholes resemble each other (half Options.Threshold),
//     merge into the older one, in rounds until no pair joins.
//
// Older articles are settled: they stay where they are, and their stories
// keep their weight (story.settled) in every comparison.

// Move is an article that Regroup put in another story.
type Move struct {
	ID       string
	From, To StoryID
	// Score is the article's similarity to the story it moved to: the
	// cosine with its centroid (a split moves a part, scored the same way).
	Score float64
}

// Regrouping is what one Regroup changed.
type Regrouping struct {
	// Moves are the articles that changed story, in stream order; an
	// article moved twice in one regrouping appears once, From its story
	// before and To its story after.
	Moves []Move
	// Opened are the stories made by splits; each is the To of a move.
	Opened []StoryID
	// Closed are the stories left without any article, now removed. Their
	// articles are all among the moves.
	Closed []StoryID
	// Titles are the titles of the stories it changed, opened ones
	// included (see Assignment.Title); "" for one without a headline.
	Titles map[StoryID]string
}

// Empty reports whether the regrouping changed nothing.
func (r Regrouping) Empty() bool { return len(r.Moves) == 0 && len(r.Closed) == 0 }

// Regroup revisits the recent articles with the weights learnt so far:
// splits stories that hold two, moves articles to the story they fit best
// and joins stories that are one. The articles that arrived since the last
// regrouping, and the stories they joined, are examined; the other recent
// articles move only when their story is split or joined, or fits them
// worse. It returns what changed; the caller applies it to what it keeps
// of the stories.
func (c *Clusterer) Regroup() Regrouping {
	rg := regrouping{c: c, groups: map[StoryID]*group{}, byStory: map[StoryID][]int{}, cands: map[int][]StoryID{}}
	before := make([]StoryID, len(c.recent)) // the story of each recent article before
	var fresh []int
	for age := range len(c.recent) {
		i := c.at(age)
		r := &c.recent[i]
		before[i] = r.story
		if _, ok := c.stories[r.story]; !ok {
			continue
		}
		rg.byStory[r.story] = append(rg.byStory[r.story], i)
		if age >= len(c.recent)-c.fresh {
			fresh = append(fresh, i)
		}
	}
	c.fresh = 0
	var touched []StoryID
	seen := map[StoryID]bool{}
	for _, i := range fresh {
		if id := c.recent[i].story; !seen[id] {
			seen[id] = true
			touched = append(touched, id)
		}
	}
	slices.Sort(touched)
	res := Regrouping{Titles: map[StoryID]string{}}
	docs := rg.split(touched, fresh, &res)
	rg.reassign(docs)
	rg.join(docs)

	// Apply: rebuild the stories that changed, post them under their new
	// articles' terms, drop the emptied ones.
	var changed []StoryID
	for id, g := range rg.groups {
		if g.dirty {
			changed = append(changed, id)
		}
	}
	slices.Sort(changed)
	for _, id := range changed {
		g := rg.groups[id]
		if c.stories[id] != g.s {
			res.Closed = append(res.Closed, id) // folded into another by join
			continue
		}
		if len(g.members) == 0 && g.s.settledN == 0 {
			c.drop(g.s)
			res.Closed = append(res.Closed, id)
			continue
		}
		s := g.s
		s.centroid, s.norm = g.sum, math.Sqrt(g.sq)
		if len(s.centroid) > 2*c.opt.StoryTerms {
			s.centroid = heaviest(s.centroid, c.opt.StoryTerms)
			s.norm = norm(s.centroid)
		}
		s.size = g.n
		s.known = g.known
		c.retitle(s, g)
		res.Titles[id] = s.title
		for _, m := range g.members {
			r := &c.recent[m]
			if s.first.IsZero() || r.time.Before(s.first) {
				s.first = r.time
			}
			if r.time.After(s.last) {
				s.last = r.time
			}
			if before[m] != r.story {
				c.postVector(s, r.vec)
			}
		}
	}
	for age := range len(c.recent) {
		i := c.at(age)
		r := &c.recent[i]
		if before[i] != r.story {
			g := rg.groups[r.story]
			res.Moves = append(res.Moves, Move{ID: r.id, From: before[i], To: r.story,
				Score: g.cosineWith(r.vec, true)})
		}
		r.vec = nil
	}
	opened := res.Opened[:0]
	for _, id := range res.Opened {
		if _, ok := c.stories[id]; ok {
			opened = append(opened, id)
		}
	}
	res.Opened = opened
	return res
}

// retitle chooses the title of a story that a regrouping rebuilt: the
// headline of its recent article most like its centroid, or the title it
// had when that came from a settled article and is more central.
func (c *Clusterer) retitle(s *story, g *group) {
	title, score := "", 0.0
	if s.settledN > 0 && s.title != "" {
		title, score = s.title, s.titleScore
	}
	for _, m := range g.members {
		r := &c.recent[m]
		if r.title == "" {
			continue
		}
		if x := s.cosine(r.vec); title == "" || x > score {
			title, score = r.title, x
		}
	}
	s.title, s.titleScore = title, score
	s.seen = s.seen[:0]
	for _, m := range g.members[max(0, len(g.members)-maxSeen):] {
		s.sawOutlet(c.recent[m].outlet, c.recent[m].pub)
	}
}

// regrouping is the state of one Regroup: the groups met so far and the
// recent articles of each live story.
type regrouping struct {
	c       *Clusterer
	groups  map[StoryID]*group
	byStory map[StoryID][]int
	cands   map[int][]StoryID // candidates of the recent articles
}

// at is the index in c.recent of the article of the given age (0 the
// oldest recent article).
func (c *Clusterer) at(age int) int {
	if len(c.recent) < c.opt.Recent {
		return age
	}
	return (c.head + age) % len(c.recent)
}

// vec is the vector of recent article m under the current weights,
// computed once per regrouping.
func (rg *regrouping) vec(m int) []entry {
	r := &rg.c.recent[m]
	if r.vec == nil {
		r.vec = rg.c.vectorOf(r.terms, nil)
	}
	return r.vec
}

// group returns the group of a live story, made on first use from its
// settled part and its recent articles; nil for a story no longer live.
func (rg *regrouping) group(id StoryID) *group {
	if g, ok := rg.groups[id]; ok {
		return g
	}
	s, ok := rg.c.stories[id]
	if !ok {
		return nil
	}
	g := &group{s: s, members: slices.Clone(rg.byStory[id])}
	for _, m := range g.members {
		rg.vec(m)
	}
	g.rebuild(rg.c)
	rg.groups[id] = g
	return g
}

// candidates are the candidate stories of recent article m (candidatesOf),
// looked up once per regrouping: the index does not change during one.
func (rg *regrouping) candidates(m int) []StoryID {
	if cs, ok := rg.cands[m]; ok {
		return cs
	}
	cs := rg.c.candidatesOf(rg.vec(m))
	rg.cands[m] = cs
	return cs
}

// postVector posts s under the index terms of v.
func (c *Clusterer) postVector(s *story, v []entry) {
	for _, e := range c.indexTerms(v) {
		c.postUnder(s, e.hash)
	}
}

// indexTerms returns the Options.IndexTerms heaviest entries of v, in a
// scratch slice that the next call reuses.
func (c *Clusterer) indexTerms(v []entry) []entry {
	c.top = append(c.top[:0], v...)
	n := min(c.opt.IndexTerms, len(c.top))
	selectFirst(c.top, n, byWeight)
	return c.top[:n]
}

// regroupCandidates is how many candidate stories Regroup scores for each
// article: fewer than the online Options.Candidates, since the article's
// own story is among them already.
const regroupCandidates = 8

// candidatesOf lists the live stories a recent article might belong to:
// those posted under its heaviest terms, best first by the index score,
// at most regroupCandidates.
func (c *Clusterer) candidatesOf(v []entry) []StoryID {
	c.resetLookup()
	for _, e := range c.indexTerms(v) {
		c.lookup(e)
	}
	type cand struct {
		id StoryID
		p  float64
	}
	cs := make([]cand, 0, len(c.met))
	for _, s := range c.met {
		if !s.dead {
			cs = append(cs, cand{s.id, s.partial})
		}
	}
	better := func(a, b cand) int {
		if x := cmp.Compare(b.p, a.p); x != 0 {
			return x
		}
		return cmp.Compare(a.id, b.id)
	}
	n := min(len(cs), regroupCandidates)
	selectFirst(cs, n, better)
	cs = cs[:n]
	slices.SortFunc(cs, better)
	out := make([]StoryID, 0, n)
	for _, x := range cs {
		out = append(out, x.id)
	}
	return out
}

// reassign moves each of the recent articles members to the story it fits
// best, in passes, until none moves (at most four passes).
func (rg *regrouping) reassign(members []int) {
	c := rg.c
	// An article is weighed again in a later pass only when its story or
	// one of its candidates changed since it was last weighed: otherwise
	// it would stay where it is again. Moves are counted in tick.
	tick := 0
	weighed := make([]int, len(members))
	changedSince := func(own *group, m, at int) bool {
		if own.changed > at {
			return true
		}
		for _, id := range rg.candidates(m) {
			if g := rg.group(id); g != nil && g.changed > at {
				return true
			}
		}
		return false
	}
	for pass := range 4 {
		moved := 0
		for k, m := range members {
			r := &c.recent[m]
			own := rg.group(r.story)
			if pass > 0 && !changedSince(own, m, weighed[k]) {
				continue
			}
			weighed[k] = tick
			stay := own.cosineWith(r.vec, true) // 0 when it is alone
			if stay > 0 {
				stay *= own.evidence(c, m)
			}
			var best *group
			bestScore := c.opt.Threshold
			for _, id := range rg.candidates(m) {
				g := rg.group(id)
				if id == r.story || g == nil {
					continue
				}
				if x := g.cosineWith(r.vec, false) * g.evidence(c, m); x >= bestScore && x > stay && (best == nil || x > bestScore || id < best.s.id) {
					best, bestScore = g, x
				}
			}
			if best == nil {
				continue
			}
			own.moveTo(c, best, m)
			tick++
			own.changed, best.changed = tick, tick
			moved++
		}
		if moved == 0 {
			return
		}
	}
}
