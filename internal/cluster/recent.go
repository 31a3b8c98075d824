package cluster

import (
	"cmp"
	"math"
	"strings"
	"time"
)

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
