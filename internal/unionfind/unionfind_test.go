package unionfind

import (
	"reflect"
	"testing"
)

func TestSets(t *testing.T) {
	s := New(6)
	if !s.Union(4, 2) || !s.Union(2, 5) || s.Union(5, 4) {
		t.Fatal("Union reports a join wrongly")
	}
	s.Union(3, 1)
	if got := s.Find(5); got != 2 {
		t.Errorf("Find(5) = %d, want 2 (the smallest item of its group)", got)
	}
	if !s.Same(4, 5) || s.Same(0, 1) {
		t.Error("Same disagrees with the unions made")
	}
	want := [][]int{{0}, {1, 3}, {2, 4, 5}}
	if got := s.Groups(); !reflect.DeepEqual(got, want) {
		t.Errorf("Groups() = %v, want %v", got, want)
	}
	if got := s.Count(); got != 3 {
		t.Errorf("Count() = %d, want 3", got)
	}
	if i := s.Add(); i != 6 || s.Len() != 7 || s.Find(6) != 6 {
		t.Errorf("Add() = %d, Len() = %d: want a new item 6 alone", i, s.Len())
	}
}

// TestOrderFree: the same unions in any order give the same groups.
func TestOrderFree(t *testing.T) {
	pairs := [][2]int{{7, 3}, {3, 9}, {1, 8}, {8, 0}, {5, 6}}
	a, b := New(10), New(10)
	for i := range pairs {
		a.Union(pairs[i][0], pairs[i][1])
		p := pairs[len(pairs)-1-i]
		b.Union(p[1], p[0])
	}
	if !reflect.DeepEqual(a.Groups(), b.Groups()) {
		t.Errorf("groups depend on the order of unions: %v vs %v", a.Groups(), b.Groups())
	}
}

// TestInto: Into names the joined group by the second group's root, which
// later unions keep.
func TestInto(t *testing.T) {
	s := New(5)
	if !s.Into(0, 3) || s.Into(3, 0) {
		t.Fatal("Into reports a join wrongly")
	}
	if got := s.Find(0); got != 3 {
		t.Errorf("Find(0) = %d, want 3 (the root Into chose)", got)
	}
	s.Union(4, 0)
	if got := s.Find(4); got != 3 {
		t.Errorf("Find(4) = %d, want 3", got)
	}
	want := [][]int{{0, 3, 4}, {1}, {2}}
	if got := s.Groups(); !reflect.DeepEqual(got, want) {
		t.Errorf("Groups() = %v, want %v", got, want)
	}
}
