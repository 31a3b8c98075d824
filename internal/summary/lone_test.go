package summary

import (
	"fmt"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestLone: in a story of many articles a sentence one article states
// ranks below one two articles state that otherwise weighs a little more,
// in a summary of the default length; a short summary of as many articles,
// which weighs each article's own telling, keeps them as they weigh; a
// story of few articles is left alone.
func TestLone(t *testing.T) {
	storyOf := func(n int) *story {
		d := &corroborate.Dossier{}
		for i := range n {
			d.Articles = append(d.Articles, corroborate.Article{ID: fmt.Sprint(i), Text: "The Kessel ferry ran aground near Tarnport."})
		}
		return newStory(d)
	}
	for _, tc := range []struct {
		articles, words int
		loneFirst       bool
	}{
		{10, 0, false}, {6, 0, false}, {10, 100, true}, {5, 0, true},
	} {
		st := storyOf(tc.articles)
		st.wire = wireShare(tc.articles, tc.words)
		one := &candidate{text: "one", cites: []string{"0"}, score: 30}
		two := &candidate{text: "two", cites: []string{"1", "2"}, score: 28}
		st.lone([]*candidate{one, two})
		if got := one.score > two.score; got != tc.loneFirst {
			t.Errorf("%d articles, %d words: lone sentence first = %v, want %v (scores %.1f, %.1f)", tc.articles, tc.words, got, tc.loneFirst, one.score, two.score)
		}
	}
}
