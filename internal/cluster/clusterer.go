package cluster

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// Assignment is where one item went and why.
type Assignment struct {
	ID    string
	Story StoryID
	// New is true when the item opened a story.
	New bool
	// Score is the similarity to the story joined (cosine, mixed with the
	// headlines' cosine, times the time and outlet evidence); for a new story, the best similarity found, below the
	// threshold (0 when no story was a candidate).
	Score float64
	// Shares lists the heaviest terms the item shares with the story it
	// joined, as written in the item ("Public Safety Partnership", "Aug. 18").
	Shares []string
	// Merged lists stories that this item showed to be the same as Story;
	// they are folded into it and will not be assigned again.
	Merged []StoryID
	// Time is the time the item was placed at (its own, or stream order).
	Time time.Time
	// Title is the story's title now: the headline of its most central
	// article, empty while none of its articles has one.
	Title string
}

// Clusterer groups a time-ordered stream of articles into stories, one
// article at a time. It never reads the clock: time comes from the items.
// Its memory is bounded by Options.Window (and Options.MaxStories) plus a
// fixed 8 MiB for document frequencies. It is not safe for concurrent use;
// Extract is, so callers may extract in parallel and call AddDoc in order.
type Clusterer struct {
	opt      Options
	df       *docFreq
	stories  map[StoryID]*story
	postings map[uint32][]*story
	nextID   StoryID
	clock    time.Time // the latest item time seen
	added    uint64    // items added so far
	// recent are the latest Options.Recent articles, a ring whose oldest
	// entry is at head once it is full.
	recent []recentDoc
	head   int
	fresh  int       // recent articles added since the last Regroup
	swept  time.Time // clock at the last sweep

	// scratch, reused between calls
	weighted []weightedTerm
	met      []*story // stories met by the current round of lookups
	lookups  uint64   // rounds of lookups so far
	cands    []candidate
	shared   []sharedTerm
	headline []entry   // the item's headline vector
	sorted   []entry   // the item's vector sorted by hash
	top      []entry   // indexTerms' scratch
	termW    []float64 // vectorize's weights of the item's terms
	weighed  []weighed // remember's scratch
}

// weightedTerm is a term of the item being added with its weight.
type weightedTerm struct {
	entry
	surface string
	kind    Kind
}

type candidate struct {
	s     *story
	score float64
}

// New returns an empty Clusterer.
func New(opt Options) *Clusterer {
	opt = opt.withDefaults()
	return &Clusterer{
		opt:      opt,
		df:       newDocFreq(opt.IDFHalfLife, opt.IDFPrior),
		stories:  map[StoryID]*story{},
		postings: map[uint32][]*story{},
	}
}

// Options returns the options in force, defaults filled in.
func (c *Clusterer) Options() Options { return c.opt }

// Add extracts it and assigns it to a story.
func (c *Clusterer) Add(it Item) Assignment {
	return c.AddDoc(Extract(it, c.opt))
}

// AddDoc assigns the extracted document d to a story: the most similar live
// story when the similarity reaches Options.Threshold, otherwise a new one.
// Stories the document shows to be one are merged.
func (c *Clusterer) AddDoc(d Doc) Assignment {
	now := d.Time
	if now.IsZero() {
		now = c.clock.Add(c.opt.Tick)
	}
	if now.After(c.clock) {
		c.clock = now
	}
	c.added++
	if c.clock.Sub(c.swept) >= c.opt.Window/16 || len(c.stories) > c.opt.MaxStories {
		c.sweep()
	}
	c.df.observe(d.Terms)
	v, ws := c.vectorize(c.weighted[:0], c.termW[:0], d.Terms)
	sorted := byHashCopy(c.sorted[:0], v)
	c.weighted, c.termW, c.sorted = v, ws, sorted
	c.headline = c.headlineOf(c.headline[:0], d)
	c.score(v, sorted, now, d)

	a := Assignment{ID: d.ID, Time: now}
	var best *story
	if len(c.cands) > 0 && c.cands[0].score >= c.opt.Threshold {
		best = c.cands[0].s
		a.Story, a.Score = best.id, c.cands[0].score
		a.Shares = c.explain(v, sorted, best)
	} else {
		if len(c.cands) > 0 {
			a.Score = c.cands[0].score
		}
		c.nextID++
		best = &story{id: c.nextID, first: now, last: now}
		c.stories[best.id] = best
		a.Story, a.New = best.id, true
	}
	best.absorb(sorted, c.opt.StoryTerms)
	if len(c.headline) > 0 {
		best.headlines.absorb(c.headline, headlineTerms)
	}
	best.size++
	best.lastN = c.added
	best.known.add(d.Time)
	best.sawOutlet(d.Outlet, d.Time)
	if d.Title != "" {
		// Both scores are cosines with a centroid that grows: the held
		// one is older, which is the price of not keeping its vector.
		if x := best.cosine(sorted); best.title == "" || x > best.titleScore {
			best.title, best.titleScore = strings.Clone(d.Title), x
		}
	}
	if now.After(best.last) {
		best.last = now
	}
	if now.Before(best.first) {
		best.first = now
	}
	if !a.New {
		best, a.Merged = c.mergeConverged(best)
		a.Story = best.id
	}
	c.index(best, v)
	c.remember(d, ws, best.id, now)
	a.Title = best.title
	return a
}

// vectorize weights the terms (sublinear TF times IDF times the kind's
// weight), keeps the heaviest Options.ArticleTerms and scales them to unit
// length. It appends them to v, the heaviest Options.IndexTerms first, and
// the weight of every term, in the order of terms, to ws.
func (c *Clusterer) vectorize(v []weightedTerm, ws []float64, terms []Term) ([]weightedTerm, []float64) {
	for _, t := range terms {
		w := c.weight(compactTerm{t.Hash, t.TF, t.Kind})
		ws = append(ws, w)
		if w > 0 {
			v = append(v, weightedTerm{entry{uint32(t.Hash), float32(w)}, t.Surface, t.Kind})
		}
	}
	// Only the heaviest IndexTerms need to come first, in any order; the
	// rest of the vector is used as a set.
	heavier := func(a, b weightedTerm) int { return byWeight(a.entry, b.entry) }
	if len(v) > c.opt.ArticleTerms {
		selectFirst(v, c.opt.ArticleTerms, heavier)
		v = v[:c.opt.ArticleTerms]
	}
	selectFirst(v, min(c.opt.IndexTerms, len(v)), heavier)
	var n float64
	for _, e := range v {
		n += float64(e.w) * float64(e.w)
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i].w = float32(float64(v[i].w) / n)
	}
	return v, ws
}

// byHashCopy appends the entries of v to out and sorts them by hash.
func byHashCopy(out []entry, v []weightedTerm) []entry {
	for _, t := range v {
		out = append(out, t.entry)
	}
	sortByHash(out)
	return out
}

// score fills c.cands with the live stories posted under the item's index
// terms, best first: cosine of sorted (v sorted by hash) with the centroid,
// times the time and outlet evidence (evidence.go). Ties go to the older
// story, so the result does not depend on map order.
func (c *Clusterer) score(v []weightedTerm, sorted []entry, now time.Time, d Doc) {
	c.resetLookup()
	for _, t := range v[:min(len(v), c.opt.IndexTerms)] {
		c.lookup(t.entry)
	}
	c.cands = c.cands[:0]
	for _, s := range c.met {
		if !s.dead {
			c.cands = append(c.cands, candidate{s, s.partial})
		}
	}
	byScore := func(a, b candidate) int {
		if x := cmp.Compare(b.score, a.score); x != 0 {
			return x
		}
		return cmp.Compare(a.s.id, b.s.id)
	}
	if len(c.cands) > c.opt.Candidates {
		selectFirst(c.cands, c.opt.Candidates, byScore)
		c.cands = c.cands[:c.opt.Candidates]
	}
	if len(c.cands) == 0 {
		return
	}
	kept := c.cands[:0]
	for _, cd := range c.cands {
		ev := c.timeFactor(cd.s.known.gap(d.Time)) * c.outletFactor(d.Outlet, d.Time, cd.s.seen)
		sim := cd.s.cosine(sorted)
		if len(c.headline) > 0 && cd.s.headlines.norm > 0 {
			sim = (1-c.opt.HeadlineMix)*sim + c.opt.HeadlineMix*cd.s.headlines.cosine(c.headline)
		}
		kept = append(kept, candidate{cd.s, sim * ev})
	}
	slices.SortFunc(kept, byScore)
	c.cands = kept
}

// mergeConverged folds together s and every other candidate that the item
// also matched and whose centroid is close to s's. The oldest story survives
// and is returned with the ids of those folded into it.
func (c *Clusterer) mergeConverged(s *story) (*story, []StoryID) {
	var merged []StoryID
	for _, cd := range c.cands {
		o := cd.s
		// A story close enough to merge is also close to the article; the
		// others are not worth comparing centroid to centroid.
		if o == s || c.stories[o.id] != o || cd.score < c.opt.Threshold/2 {
			continue
		}
		if s.similarity(&o.profile)*c.timeFactor(s.known.between(o.known)) < c.opt.MergeThreshold {
			continue
		}
		if o.id < s.id {
			s, o = o, s
		}
		c.fold(s, o)
		merged = append(merged, o.id)
	}
	return s, merged
}

// fold merges story o into s: o's vectors, counts and postings go to s,
// its recent articles are s's now, and o is dropped.
func (c *Clusterer) fold(s, o *story) {
	s.merge(o, c.opt.StoryTerms)
	for _, h := range o.indexed {
		c.postUnder(s, h)
	}
	c.drop(o)
	for i := range c.recent {
		if c.recent[i].story == o.id {
			c.recent[i].story = s.id
		}
	}
}
