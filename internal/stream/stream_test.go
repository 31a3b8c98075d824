package stream_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storetest"
	"github.com/corroborate/corroborate/internal/stream"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// backends opens a fresh store of each kind; PostgreSQL only when the test
// database is configured (else that subtest skips loudly).
var backends = []struct {
	name string
	open func(t *testing.T) corroborate.StreamStore
}{
	{"sqlite", openSQLite},
	{"postgres", openPostgres},
}

func openSQLite(t *testing.T) corroborate.StreamStore {
	t.Helper()
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "stream.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openPostgres(t *testing.T) corroborate.StreamStore {
	t.Helper()
	u := storetest.PostgresURL(t)
	s, err := postgres.Open(t.Context(), u, postgres.Options{})
	if err != nil {
		t.Fatalf("postgres.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// drain runs the steps of ws until the queue has no open item, then has
// them regroup what they assigned, as Run does when it stops.
func drain(t *testing.T, ctx context.Context, s corroborate.StreamStore, ws ...*stream.Worker) {
	t.Helper()
	for range 1000 {
		for _, w := range ws {
			if _, err := w.ExtractStep(ctx); err != nil {
				t.Fatalf("ExtractStep: %v", err)
			}
			if _, err := w.AssignStep(ctx); err != nil {
				t.Fatalf("AssignStep: %v", err)
			}
		}
		c, err := s.StreamCounts(ctx, "")
		if err != nil {
			t.Fatalf("StreamCounts: %v", err)
		}
		if c.Open() == 0 {
			for _, w := range ws {
				if err := w.Flush(ctx); err != nil {
					t.Fatalf("Flush: %v", err)
				}
			}
			return
		}
	}
	t.Fatalf("the queue did not drain")
}

func TestPipeline(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			gen := streamtest.Stories(1, 4, 3)
			docs := streamtest.Documents(gen)
			bad := corroborate.Document{Source: "empty.txt", Format: "text", Body: []byte("   \n  ")}
			again := docs[0]
			again.Source = "copy-of-first.txt" // same content, other name: one queue item
			enq, err := s.Enqueue(ctx, "b1", append(append(docs, bad), again))
			if err != nil {
				t.Fatalf("Enqueue: %v", err)
			}
			if got, want := enq[len(enq)-1], (corroborate.Enqueued{Seq: enq[0].Seq, New: false}); got != want {
				t.Errorf("Enqueue of the same document again = %+v, want %+v", got, want)
			}
			w := stream.NewWorker(s, stream.Options{ID: "w1", Batch: 5})
			defer w.Close()
			drain(t, ctx, s, w)

			c, err := s.StreamCounts(ctx, "b1")
			if err != nil {
				t.Fatalf("StreamCounts: %v", err)
			}
			want := corroborate.StreamCounts{Done: len(docs), Failed: 1, Stories: 4, NewStories: 4}
			if diff := cmp.Diff(want, c); diff != "" {
				t.Errorf("StreamCounts (-want +got):\n%s", diff)
			}
			failed, err := s.StreamItems(ctx, "b1", corroborate.ItemFailed, 10)
			if err != nil || len(failed) != 1 {
				t.Fatalf("StreamItems(failed) = %v, %v; want one item", failed, err)
			}
			if failed[0].Doc.Source != "empty.txt" || failed[0].Note == "" {
				t.Errorf("failed item = %q with note %q, want empty.txt with a reason", failed[0].Doc.Source, failed[0].Note)
			}
			checkStories(t, ctx, s, gen)

			// Ingest is idempotent: the same documents again add nothing.
			enq, err = s.Enqueue(ctx, "b2", docs)
			if err != nil {
				t.Fatalf("Enqueue again: %v", err)
			}
			for _, e := range enq {
				if e.New {
					t.Fatalf("Enqueue of an ingested document: New = true")
				}
			}
		})
	}
}

// checkStories checks that each generated article is in exactly one story,
// that each story holds one generated story's articles, and that every
// article but the first of its story says what it shares, or that a
// regrouping moved it there.
func checkStories(t *testing.T, ctx context.Context, s corroborate.StreamStore, gen []streamtest.Doc) {
	t.Helper()
	sums, err := s.StorySummaries(ctx, time.Time{}, corroborate.Page{Limit: 1000})
	if err != nil {
		t.Fatalf("StorySummaries: %v", err)
	}
	storyOf := map[string]string{} // article source -> stored story
	why := map[string]string{}     // article source -> its assignment's explanation and worker
	for _, sum := range sums {
		as, err := s.StoryAssignments(ctx, sum.ID)
		if err != nil {
			t.Fatalf("StoryAssignments(%s): %v", sum.ID, err)
		}
		arts, err := s.StoryArticles(ctx, sum.ID)
		if err != nil {
			t.Fatalf("StoryArticles(%s): %v", sum.ID, err)
		}
		if len(arts) != sum.Articles || len(as) != len(arts) {
			t.Errorf("story %s: %d articles, count %d, %d assignments", sum.ID, len(arts), sum.Articles, len(as))
		}
		// A story that took others in (an article bridged them: "…; merged
		// <id>, <id>") holds each one's first article, "new story", among
		// its own: one more for each story merged.
		firsts := 1
		for _, a := range as {
			if _, ids, ok := strings.Cut(a.Explanation, "; merged "); ok {
				firsts += len(strings.Split(ids, ", "))
			}
		}
		for i, a := range as {
			// A regrouping may have moved the article here since it joined.
			switch {
			case strings.HasPrefix(a.Explanation, "regrouped: "):
			case i > 0 && strings.HasPrefix(a.Explanation, "new story") && firsts > 1:
				firsts--
			case i == 0 && !strings.HasPrefix(a.Explanation, "new story"):
				t.Errorf("story %s: first explanation %q, want new story or regrouped: ...", sum.ID, a.Explanation)
			case i > 0 && !strings.HasPrefix(a.Explanation, "shares: "):
				t.Errorf("story %s: explanation %q, want shares: ... or regrouped: ...", sum.ID, a.Explanation)
			}
		}
		byID := map[string]corroborate.StoryAssignment{}
		for _, a := range as {
			byID[a.ArticleID] = a
		}
		for _, a := range arts {
			why[a.Source] = fmt.Sprintf("%q by %s", byID[a.ID].Explanation, byID[a.ID].Worker)
			if prev, dup := storyOf[a.Source]; dup {
				t.Errorf("article %s is in stories %s and %s", a.Source, prev, sum.ID)
			}
			storyOf[a.Source] = sum.ID
		}
	}
	byGen := map[int]string{}
	for _, d := range gen {
		got, ok := storyOf[d.Source]
		if !ok {
			t.Errorf("article %s is in no story", d.Source)
			continue
		}
		if want, seen := byGen[d.Story]; seen && want != got {
			t.Errorf("article %s of story %d is in %s (%s), its story's others in %s", d.Source, d.Story, got, why[d.Source], want)
		}
		byGen[d.Story] = got
	}
}

// TestHandover passes the assignment role between two workers batch by
// batch: each time a worker takes it back, its clusterer catches up with
// what the other assigned, so stories continue across the handovers.
func TestHandover(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			gen := streamtest.Stories(5, 6, 4)
			docs := streamtest.Documents(gen)
			ws := []*stream.Worker{
				stream.NewWorker(s, stream.Options{ID: "A", AssignBatch: 5}),
				stream.NewWorker(s, stream.Options{ID: "B", AssignBatch: 5}),
			}
			chunk := len(docs) / 4
			for round := range 4 {
				if _, err := s.Enqueue(ctx, "b", docs[round*chunk:(round+1)*chunk]); err != nil {
					t.Fatalf("Enqueue: %v", err)
				}
				w := ws[round%2]
				drain(t, ctx, s, w)
				w.Close()
			}
			checkStories(t, ctx, s, gen)
			var assigned int64
			for _, w := range ws {
				assigned += w.Stats().Assigned
			}
			if assigned != int64(len(docs)) {
				t.Errorf("assigned %d articles, want %d", assigned, len(docs))
			}
		})
	}
}
