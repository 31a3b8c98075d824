// Package unionfind joins items into groups: the disjoint-set forest the
// stages use to merge matched quotations, articles linked by reuse and
// speakers that are one person.
package unionfind

import "sort"

// Sets is a disjoint-set forest over the items 0..n-1. Each group is named
// by one of its items, its root. Union names a group by its smallest item,
// so the result of any sequence of unions does not depend on their order;
// Into lets the caller choose the name instead.
type Sets struct {
	parent []int
}

// New returns n items, each in a group of its own.
func New(n int) *Sets {
	s := &Sets{parent: make([]int, n)}
	for i := range s.parent {
		s.parent[i] = i
	}
	return s
}

// Len is the number of items.
func (s *Sets) Len() int { return len(s.parent) }

// Add appends an item in a group of its own and returns it.
func (s *Sets) Add() int {
	s.parent = append(s.parent, len(s.parent))
	return len(s.parent) - 1
}

// Find returns the root of i's group: its smallest item unless Into named
// it otherwise.
func (s *Sets) Find(i int) int {
	for s.parent[i] != i {
		s.parent[i] = s.parent[s.parent[i]]
		i = s.parent[i]
	}
	return i
}

// Union joins the groups of a and b and reports whether they were apart.
func (s *Sets) Union(a, b int) bool {
	ra, rb := s.Find(a), s.Find(b)
	if ra == rb {
		return false
	}
	s.parent[max(ra, rb)] = min(ra, rb)
	return true
}

// Into joins a's group into b's, the joined group named by b's root (a
// one-word name joins the full name it abbreviates), and reports whether
// they were apart.
func (s *Sets) Into(a, b int) bool {
	ra, rb := s.Find(a), s.Find(b)
	if ra == rb {
		return false
	}
	s.parent[ra] = rb
	return true
}

// Same reports whether a and b are in one group.
func (s *Sets) Same(a, b int) bool { return s.Find(a) == s.Find(b) }

// Groups returns every group as its items in increasing order, the groups
// ordered by their smallest item.
func (s *Sets) Groups() [][]int {
	idx := map[int]int{}
	var out [][]int
	for i := range s.parent {
		r := s.Find(i)
		g, ok := idx[r]
		if !ok {
			g = len(out)
			idx[r] = g
			out = append(out, nil)
		}
		out[g] = append(out[g], i)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// Count is the number of groups.
func (s *Sets) Count() int {
	n := 0
	for i := range s.parent {
		if s.Find(i) == i {
			n++
		}
	}
	return n
}
