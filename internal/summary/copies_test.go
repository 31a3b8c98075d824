package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestCopiesSupportLess: a claim an agency's report and a reprint of it
// state weighs more than one article's, but less than half of what a
// second outlet telling it on its own adds: one origin repeated is one
// source.
func TestCopiesSupportLess(t *testing.T) {
	one, copied, two := support(1, 1), support(1, 2), support(2, 2)
	if !(one < copied && copied < two) {
		t.Fatalf("support(1 origin, 1 article) = %v, (1, 2) = %v, (2, 2) = %v, want increasing", one, copied, two)
	}
	if copied-one >= (two-one)/2 {
		t.Errorf("a copy adds %v to a claim's support, an independent outlet %v: want less than half", copied-one, two-one)
	}
	// three outlets over one origin printed three times: at least half of
	// what two more independent outlets add over one article
	if got, want := support(3, 3)-support(1, 3), (support(3, 3)-support(1, 1))/2; got < want-1e-9 {
		t.Errorf("three outlets weigh %v more than one origin printed three times, want at least %v", got, want)
	}
}

// TestApartNotByCopies: in a story of four articles where only an
// agency's report and its reprint share sentences (one origin), the two
// outlets that tell the story in their own words are not weighed as
// pages beside the story: copies sharing their text tell nothing of which
// articles stand apart. Two independent outlets sharing a claim still do.
func TestApartNotByCopies(t *testing.T) {
	mk := func() *story {
		st := &story{arts: map[string]*corroborate.Article{}}
		for _, id := range []string{"a", "b", "c", "d"} {
			st.arts[id] = &corroborate.Article{ID: id}
		}
		return st
	}
	copies := []*candidate{{cites: []string{"a", "b"}, origins: 1, score: 10}, {cites: []string{"c"}, origins: 1, score: 10}, {cites: []string{"d"}, origins: 1, score: 10}}
	mk().apart(copies)
	for _, c := range copies[1:] {
		if c.score != 10 {
			t.Errorf("the sentence of %v, an outlet's own telling, scores %v after apart, want 10: only a report and its reprint share sentences", c.cites, c.score)
		}
	}
	outlets := []*candidate{{cites: []string{"a", "b"}, origins: 2, score: 10}, {cites: []string{"c"}, origins: 1, score: 10}}
	mk().apart(outlets)
	if outlets[1].score >= 10 {
		t.Errorf("the sentence of an article stating nothing two independent outlets state scores %v, want less than 10", outlets[1].score)
	}
}
