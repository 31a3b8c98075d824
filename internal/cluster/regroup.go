package cluster

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
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

// recentDoc is one of the latest articles as Regroup needs it.
type recentDoc struct {
	id     string
	story  StoryID
	time   time.Time // where it was placed in the stream
	pub    time.Time // its publication time, zero when unknown
	outlet uint64
	title  string
	terms  []compactTerm
	vec    []entry // scratch: the vector under the current weights
}

// weighed is a term with its weight.
type weighed struct {
	compactTerm
	w float64
}

// compactTerm is a term without its surface: what re-weighting needs.
type compactTerm struct {
	hash uint64
	tf   float32
	kind Kind
}

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

// remember keeps d among the recent articles, with its heaviest terms
// under the weights of the moment (ws, one per term of d, as vectorize
// gives them); the oldest one, pushed out, settles into its story.
func (c *Clusterer) remember(d Doc, ws []float64, story StoryID, at time.Time) {
	// The weights change, so keep more terms than the vector needs.
	all := c.weighed[:0]
	for i, t := range d.Terms {
		all = append(all, weighed{compactTerm{t.Hash, t.TF, t.Kind}, ws[i]})
	}
	c.weighed = all
	keep := min(len(all), 3*c.opt.ArticleTerms)
	selectFirst(all, keep, func(a, b weighed) int {
		if x := cmp.Compare(b.w, a.w); x != 0 {
			return x
		}
		return cmp.Compare(a.hash, b.hash)
	})
	terms := make([]compactTerm, keep)
	for i := range terms {
		terms[i] = all[i].compactTerm
	}
	r := recentDoc{id: d.ID, story: story, time: at, pub: d.Time, outlet: d.Outlet, title: strings.Clone(d.Title), terms: terms}
	c.fresh = min(c.fresh+1, c.opt.Recent)
	if len(c.recent) < c.opt.Recent {
		c.recent = append(c.recent, r)
		return
	}
	old := c.recent[c.head]
	c.recent[c.head] = r
	c.head = (c.head + 1) % len(c.recent)
	if s, ok := c.stories[old.story]; ok {
		s.settled.absorb(c.vectorOf(old.terms, nil), c.opt.StoryTerms)
		s.settledN++
		s.settledKnown.add(old.pub)
	}
}

// weight is the weight of t under the current document frequencies.
func (c *Clusterer) weight(t compactTerm) float64 {
	w := logTF(t.tf) * c.df.idf(t.hash)
	switch t.kind {
	case Name:
		w *= c.opt.NameWeight
	case Number:
		w *= c.opt.NumberWeight
	}
	return w
}

// tfTable holds the sublinear term frequency 1+log(tf) for the whole
// counts most terms have (title and lead occurrences count whole times).
var tfTable = func() (t [64]float64) {
	for tf := 1; tf < len(t); tf++ {
		t[tf] = 1 + math.Log(float64(tf))
	}
	return t
}()

// logTF is the sublinear term frequency 1+log(tf).
func logTF(tf float32) float64 {
	if n := int(tf); float32(n) == tf && n > 0 && n < len(tfTable) {
		return tfTable[n]
	}
	return 1 + math.Log(float64(tf))
}

// vectorOf is the unit vector of terms under the current weights, the
// heaviest Options.ArticleTerms of them, sorted by hash, appended to out.
func (c *Clusterer) vectorOf(terms []compactTerm, out []entry) []entry {
	out = out[:0]
	for _, t := range terms {
		if w := c.weight(t); w > 0 {
			out = append(out, entry{uint32(t.hash), float32(w)})
		}
	}
	if len(out) > c.opt.ArticleTerms {
		selectFirst(out, c.opt.ArticleTerms, byWeight)
		out = out[:c.opt.ArticleTerms]
	}
	toUnit(out)
	// Two terms may share the low half of their hash: they add up.
	return sortAdding(out)
}

// sortAdding sorts v by hash, adding up the entries of one hash, in place.
func sortAdding(v []entry) []entry {
	sortByHash(v)
	k := 0
	for i := range v {
		if k > 0 && v[k-1].hash == v[i].hash {
			v[k-1].w += v[i].w
			continue
		}
		v[k] = v[i]
		k++
	}
	return v[:k]
}

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

// addSorted returns a + b, both sorted by hash, in a new slice.
func addSorted(a, b []entry) []entry {
	out := make([]entry, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].hash < b[j].hash:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].hash < a[i].hash:
			out = append(out, b[j])
			j++
		default:
			out = append(out, entry{a[i].hash, a[i].w + b[j].w})
			i++
			j++
		}
	}
	return out
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
