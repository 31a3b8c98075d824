package cluster

import (
	"fmt"
	"slices"
	"testing"
)

// joinState is a Clusterer whose recent articles are the given stories,
// each article a set of terms of equal weight: the cosine of two articles
// is the number of terms they share over the size of each (twenty here).
// It returns the Clusterer and a regrouping of all of them, as Regroup
// starts one.
func joinState(t *testing.T, stories map[string][]string, shared map[[2]string]int) (*Clusterer, *regrouping, []int) {
	t.Helper()
	const size = 20
	terms := map[string][]compactTerm{}
	next := uint64(1)
	fresh := func() compactTerm { next++; return compactTerm{hash: next, tf: 1} }
	keys := make([][2]string, 0, len(shared))
	for k := range shared {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return slices.Compare(a[:], b[:]) })
	for _, k := range keys {
		for range shared[k] {
			x := fresh()
			terms[k[0]] = append(terms[k[0]], x)
			terms[k[1]] = append(terms[k[1]], x)
		}
	}
	c := New(Options{})
	rg := &regrouping{c: c, groups: map[StoryID]*group{}, byStory: map[StoryID][]int{}, cands: map[int][]StoryID{}}
	names := make([]string, 0, len(stories))
	for name := range stories {
		names = append(names, name)
	}
	slices.Sort(names)
	var docs []int
	for _, name := range names {
		c.nextID++
		s := &story{id: c.nextID}
		c.stories[s.id] = s
		for _, id := range stories[name] {
			for len(terms[id]) < size {
				terms[id] = append(terms[id], fresh())
			}
			if len(terms[id]) > size {
				t.Fatalf("%s shares %d terms, more than its %d", id, len(terms[id]), size)
			}
			m := len(c.recent)
			c.recent = append(c.recent, recentDoc{id: id, story: s.id, terms: terms[id]})
			rg.byStory[s.id] = append(rg.byStory[s.id], m)
			c.postVector(s, rg.vec(m))
			docs = append(docs, m)
		}
	}
	return c, rg, docs
}

func storiesOf(c *Clusterer) map[string]StoryID {
	out := map[string]StoryID{}
	for _, r := range c.recent {
		out[r.id] = r.story
	}
	return out
}

func TestJoinDoesNotLowerItsOwnBar(t *testing.T) {
	// Story a: three articles two by two 0.2 alike (four terms of twenty
	// shared), so pieces on average 0.12 like it (SplitContrast 0.6 times
	// 0.2) are pieces of it. b1 is 0.133 like a's articles on average and
	// joins. b2 is 0.117 like a's articles and 0.1 like b1: 0.1125 like
	// a and b1 together, short of the bar a had. Had the bar been measured
	// on a and b1 together, b2 would join them: b1 is less like a than a's
	// articles are alike, so a with b1 is less alike within.
	stories := map[string][]string{"a": {"a1", "a2", "a3"}, "b1": {"b1"}, "b2": {"b2"}}
	shared := map[[2]string]int{
		{"a1", "a2"}: 4, {"a1", "a3"}: 4, {"a2", "a3"}: 4,
		{"a1", "b1"}: 3, {"a2", "b1"}: 3, {"a3", "b1"}: 2,
		{"a1", "b2"}: 3, {"a2", "b2"}: 2, {"a3", "b2"}: 2, {"b1", "b2"}: 2,
	}
	c, rg, docs := joinState(t, stories, shared)
	rg.join(docs)
	got := storiesOf(c)
	if got["b1"] != got["a1"] {
		t.Errorf("b1 in %v, apart from a (%v): its likeness to a's articles is as high as theirs to one another, by the contrast", got["b1"], got["a1"])
	}
	if got["b2"] == got["a1"] {
		t.Errorf("b2 joined a and b1 (%v): the bar fell with what the story took in", got)
	}
	// Sanity of the arithmetic: b2 alone against a and b1 together.
	ga, gb := rg.group(got["a1"]), rg.group(got["b2"])
	x, _ := c.joinable(ga, gb, likeness{})
	if s := fmt.Sprintf("%.4f", x); s != "0.1125" {
		t.Errorf("b2's average link to a and b1 is %s, want 0.1125", s)
	}
}

func TestJoinNeedsTheWholesToResemble(t *testing.T) {
	// Story d: two articles sharing one term of twenty, 0.05 alike, so
	// the contrast alone would take anything 0.03 like them. e shares a
	// term with each, 0.05 like both: no less than d's articles are alike,
	// but its cosine with d's whole is 0.07, short of half the threshold.
	// A story whose articles are barely alike is no subject to take
	// pieces in.
	stories := map[string][]string{"d": {"d1", "d2"}, "e": {"e"}}
	shared := map[[2]string]int{{"d1", "d2"}: 1, {"d1", "e"}: 1, {"d2", "e"}: 1}
	c, rg, docs := joinState(t, stories, shared)
	rg.join(docs)
	if got := storiesOf(c); got["e"] == got["d1"] {
		t.Errorf("e joined d (%v), whose articles are barely alike", got)
	}
	// With its articles 0.2 alike, d is a subject, and e, 0.125 like its
	// articles (below the threshold, above 0.6 times 0.2) and 0.16 like
	// its whole, joins it.
	shared = map[[2]string]int{{"d1", "d2"}: 4, {"d1", "e"}: 3, {"d2", "e"}: 2}
	c, rg, docs = joinState(t, stories, shared)
	rg.join(docs)
	if got := storiesOf(c); got["e"] != got["d1"] {
		t.Errorf("e apart from d (%v), though as like d's articles as they are alike", got)
	}
}
