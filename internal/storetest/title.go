package storetest

import (
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

// testStoryTitle checks that a stream story's title follows the
// clusterer's StoryTitle as articles join it and as a regrouping moves one
// in, and that an empty StoryTitle leaves it.
func testStoryTitle(t *testing.T, st corroborate.Store) {
	s, ok := st.(corroborate.StreamStore)
	if !ok {
		t.Skipf("SKIP (loud): %T is not a StreamStore", st)
	}
	arts := []corroborate.Article{Article(1, "heron"), Article(2, "heron"), Article(3, "heron")}
	role := streamWith(t, s, arts[:1], []string{"stT"})
	title := func(want string) {
		t.Helper()
		info, err := s.Story(ctx(t), "stT")
		if err != nil || info.Title != want {
			t.Errorf("Story(stT).Title = %q, %v; want %q", info.Title, err, want)
		}
	}
	title("Story stT")
	commit := func(a corroborate.Article, story, storyTitle string) {
		t.Helper()
		docs := []corroborate.Document{{Source: a.Source, Format: "text", ID: a.ID, Body: []byte(a.Text)}}
		if _, err := s.Enqueue(ctx(t), "b", docs); err != nil {
			t.Fatalf("Enqueue: %v", err)
		}
		items, err := s.Claim(ctx(t), "x", 1, time.Hour, 5)
		if err != nil || len(items) != 1 {
			t.Fatalf("Claim = %d items, %v; want 1", len(items), err)
		}
		if _, err := s.Extracted(ctx(t), "x", []corroborate.Extraction{{Seq: items[0].Seq, Article: &a}}); err != nil {
			t.Fatalf("Extracted: %v", err)
		}
		x := corroborate.StoryAssignment{Seq: items[0].Seq, ArticleID: a.ID, StoryID: story, Score: 0.5,
			Explanation: "shares: heron", StoryTitle: storyTitle, New: story != "stT", Title: "Opened"}
		if done, err := role.Commit(ctx(t), []corroborate.StoryAssignment{x}, 0); err != nil || len(done) != 1 {
			t.Fatalf("Commit = %d, %v; want 1", len(done), err)
		}
	}
	commit(arts[1], "stT", "Herons return to the marsh")
	title("Herons return to the marsh")
	commit(arts[2], "stT", "")
	title("Herons return to the marsh")

	more := Article(4, "heron")
	commit(more, "stU", "")
	mv := corroborate.StoryMove{ArticleID: more.ID, From: "stU", To: "stT", Score: 0.4,
		Explanation: "regrouped: fits stT", ToTitle: "Marsh herons counted"}
	if err := role.Regroup(ctx(t), []corroborate.StoryMove{mv}, []string{"stU"}, 0); err != nil {
		t.Fatalf("Regroup: %v", err)
	}
	title("Marsh herons counted")
}
