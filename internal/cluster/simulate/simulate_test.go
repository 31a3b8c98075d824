package simulate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStreamIsDeterministicAndOrdered(t *testing.T) {
	a := New(Config{Seed: 7, Articles: 2000})
	b := New(Config{Seed: 7, Articles: 2000})
	if a.Len() != 2000 {
		t.Fatalf("Len() = %d, want 2000", a.Len())
	}
	prev, _ := a.Item(0)
	for i := range a.Len() {
		x, xs := a.Item(i)
		y, ys := b.Item(i)
		if diff := cmp.Diff(x, y); diff != "" || xs != ys {
			t.Fatalf("Item(%d) differs between two streams of one seed (-a +b):\n%s", i, diff)
		}
		if x.Time.Before(prev.Time) {
			t.Fatalf("Item(%d) at %v comes before Item(%d) at %v", i, x.Time, i-1, prev.Time)
		}
		prev = x
	}
	c, _ := New(Config{Seed: 8, Articles: 2000}).Item(0)
	first, _ := a.Item(0)
	if c.Text == first.Text {
		t.Errorf("seeds 7 and 8 gave the same first article")
	}
}

func TestStreamHasStoriesOfSeveralArticles(t *testing.T) {
	s := New(Config{Seed: 1, Articles: 5000})
	sizes := map[int]int{}
	for i := range s.Len() {
		_, st := s.Item(i)
		sizes[st]++
	}
	var big, single int
	for _, n := range sizes {
		switch {
		case n == 1:
			single++
		case n >= 5:
			big++
		}
	}
	if big < 50 || single < 50 {
		t.Errorf("%d stories of 5+ articles and %d one-offs in 5000 articles, want at least 50 of each", big, single)
	}
}
