package cluster

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"
)

// StoryID names a story within one Clusterer: 1, 2, ... in order of
// creation. A story absorbed by a merge keeps its id in the Assignment that
// merged it, and is never handed out again.
type StoryID uint64

// String returns "s" and the number, as the eval predictions write it.
func (id StoryID) String() string { return fmt.Sprintf("s%d", uint64(id)) }

// entry is one weighted term of a sparse vector; vectors are sorted by hash.
// The hash is the low half of the term's: 8 bytes an entry rather than 16,
// where a collision among the few hundred terms of two vectors is a chance
// in a hundred thousand and costs a little similarity, not a wrong story.
type entry struct {
	hash uint32
	w    float32
}

// story is one live story: the sum of its articles' vectors, pruned to the
// heaviest terms.
type story struct {
	// partial is its score in the latest round of index lookups, when
	// metAt is that round (Clusterer.lookups). These first fields are
	// the ones a lookup reads, kept together.
	metAt   uint64
	partial float64
	// dead is set when the story is dropped.
	dead bool
	profile
	id          StoryID
	first, last time.Time
	size        int
	lastN       uint64 // Clusterer.added at its latest article
	// headlines is the sum of its articles' headline vectors.
	headlines profile
	// known is the span of its articles' known publication times, seen
	// the latest of them with their outlets (the outlet prior).
	known span
	seen  []seen
	// title is the headline of its most central article, as far as the
	// clusterer has seen: titleScore is that article's cosine with the
	// centroid when it was chosen.
	title      string
	titleScore float64
	// settled is the sum of the vectors of the story's articles that are
	// no longer among the recent ones (Options.Recent), settledN their
	// number: Regroup weighs them but does not move them.
	settled      profile
	settledN     int
	settledKnown span
	// indexed are the terms the story is posted under, sorted.
	indexed []uint32
}

func (s *story) dropped() bool { return s.dead }

// profile is a sum of unit vectors, sorted by hash, with its length.
type profile struct {
	centroid []entry
	norm     float64
}

// dot is the inner product of two hash-sorted vectors: a merge walk, or,
// when one is much longer (an article against a story's sum), a binary
// search of the long one for each entry of the short one.
func dot(a, b []entry) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) > 16*len(a) {
		return searchDot(a, b)
	}
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		// Advance without a hard-to-predict branch: hashes are random.
		x, y := a[i], b[j]
		if x.hash == y.hash {
			s += float64(x.w) * float64(y.w)
		}
		i += b2i(x.hash <= y.hash)
		j += b2i(y.hash <= x.hash)
	}
	return s
}

// searchDot is dot for a short a and a long b.
func searchDot(a, b []entry) float64 {
	var s float64
	for _, x := range a {
		// the first entry of b whose hash is not below x's
		lo, hi := 0, len(b)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if b[m].hash < x.hash {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(b) && b[lo].hash == x.hash {
			s += float64(x.w) * float64(b[lo].w)
		}
		b = b[lo:]
	}
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func norm(v []entry) float64 {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	return math.Sqrt(s)
}

// toUnit scales v to unit length.
func toUnit(v []entry) {
	n := norm(v)
	for i := range v {
		v[i].w = float32(float64(v[i].w) / n)
	}
}

// cosine of a unit vector a with the centroid.
func (p *profile) cosine(a []entry) float64 {
	if p.norm == 0 {
		return 0
	}
	return dot(a, p.centroid) / p.norm
}

// similarity of two centroids.
func (p *profile) similarity(o *profile) float64 {
	if p.norm == 0 || o.norm == 0 {
		return 0
	}
	return dot(p.centroid, o.centroid) / (p.norm * o.norm)
}

// absorb adds the vector v (sorted by hash) to the centroid, pruning it to
// the maxTerms heaviest terms once it grows past twice that (pruning
// sorts, so it should not happen at every article).
func (p *profile) absorb(v []entry, maxTerms int) {
	out := addSorted(p.centroid, v)
	if len(out) > 2*maxTerms {
		out = heaviest(out, maxTerms)
	}
	p.centroid = out
	p.norm = norm(out)
}

// heaviest keeps the n heaviest entries of v (ties to the lower hash) and
// returns them sorted by hash again.
func heaviest(v []entry, n int) []entry {
	selectFirst(v, n, byWeight)
	v = slices.Clip(v[:n])
	sortByHash(v)
	return v
}

// selectFirst reorders v so that its first n elements are the n least by
// less (a total order), in no particular order: quickselect, linear on
// average, where a full sort would be n log n.
func selectFirst[E any](v []E, n int, less func(a, b E) int) {
	lo, hi := 0, len(v)
	for hi-lo > 1 && n > lo && n < hi {
		// median of three as the pivot, moved to the end
		m := lo + (hi-lo)/2
		if less(v[m], v[lo]) < 0 {
			v[m], v[lo] = v[lo], v[m]
		}
		if less(v[hi-1], v[lo]) < 0 {
			v[hi-1], v[lo] = v[lo], v[hi-1]
		}
		if less(v[m], v[hi-1]) < 0 {
			v[m], v[hi-1] = v[hi-1], v[m]
		}
		p := v[hi-1]
		i := lo
		for j := lo; j < hi-1; j++ {
			if less(v[j], p) < 0 {
				v[i], v[j] = v[j], v[i]
				i++
			}
		}
		v[i], v[hi-1] = v[hi-1], v[i]
		switch {
		case i == n || i+1 == n:
			return
		case i > n:
			hi = i
		default:
			lo = i + 1
		}
	}
}

func byWeight(a, b entry) int {
	if c := cmp.Compare(b.w, a.w); c != 0 {
		return c
	}
	return cmp.Compare(a.hash, b.hash)
}

func byHash(a, b entry) int { return cmp.Compare(a.hash, b.hash) }

// merge folds o into s.
func (s *story) merge(o *story, maxTerms int) {
	s.absorb(o.centroid, maxTerms)
	s.size += o.size
	if o.settledN > 0 {
		s.settled.absorb(o.settled.centroid, maxTerms)
		s.settledN += o.settledN
		s.settledKnown.merge(o.settledKnown)
	}
	if o.headlines.norm > 0 {
		s.headlines.absorb(o.headlines.centroid, headlineTerms)
	}
	s.known.merge(o.known)
	for _, x := range o.seen {
		s.sawOutlet(x.outlet, x.at)
	}
	if s.title == "" || o.title != "" && o.titleScore > s.titleScore {
		s.title, s.titleScore = o.title, o.titleScore
	}
	if o.first.Before(s.first) {
		s.first = o.first
	}
	if o.last.After(s.last) {
		s.last = o.last
	}
	s.lastN = max(s.lastN, o.lastN)
}

// post records that the story is posted under h, reporting whether it was
// new.
func (s *story) post(h uint32) bool {
	i, found := slices.BinarySearch(s.indexed, h)
	if found {
		return false
	}
	s.indexed = slices.Insert(s.indexed, i, h)
	return true
}

// Merges remembers which story each merged story was folded into, so that
// a consumer holding old story ids can find where they went. The zero
// value is not usable; make one with make(Merges).
type Merges map[StoryID]StoryID

// Record notes the merges an assignment made.
func (m Merges) Record(a Assignment) {
	for _, x := range a.Merged {
		m[x] = a.Story
	}
}

// Final is the story that now holds the articles of id: id itself when it
// was never merged away.
func (m Merges) Final(id StoryID) StoryID {
	for {
		p, ok := m[id]
		if !ok {
			return id
		}
		id = p
	}
}

// sortByHash sorts v by hash: a quicksort specialised to entries, about
// twice as fast as a sort through a comparison function on the short
// vectors the clusterer sorts for every article. Hashes are random, so the
// middle element is a fair pivot; Hoare partitioning keeps runs of equal
// hashes (sums of many vectors) balanced.
func sortByHash(v []entry) {
	for len(v) > 12 {
		p := v[len(v)/2].hash
		i, j := 0, len(v)-1
		for {
			for v[i].hash < p {
				i++
			}
			for v[j].hash > p {
				j--
			}
			if i >= j {
				break
			}
			v[i], v[j] = v[j], v[i]
			i++
			j--
		}
		// v[:j+1] holds hashes <= p, v[j+1:] hashes >= p; recurse into
		// the shorter part.
		if j+1 < len(v)-j-1 {
			sortByHash(v[:j+1])
			v = v[j+1:]
		} else {
			sortByHash(v[j+1:])
			v = v[:j+1]
		}
	}
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].hash < v[j-1].hash; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}
