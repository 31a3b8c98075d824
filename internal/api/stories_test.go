package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/stream"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// streamStories runs n generated stories of two articles each through a
// stream worker into f's store and returns the articles' titles.
func (f *fixture) streamStories(t *testing.T, n int) map[string]bool {
	t.Helper()
	ctx := t.Context()
	gen := streamtest.Stories(5, n, 2)
	if _, err := f.store.Enqueue(ctx, "b1", streamtest.Documents(gen)); err != nil {
		t.Fatalf("Enqueue: %v", err)
	}
	w := stream.NewWorker(f.store, stream.Options{ID: "w1", Batch: 8})
	defer w.Close()
	for range 100 {
		if _, err := w.ExtractStep(ctx); err != nil {
			t.Fatalf("ExtractStep: %v", err)
		}
		if _, err := w.AssignStep(ctx); err != nil {
			t.Fatalf("AssignStep: %v", err)
		}
		c, err := f.store.StreamCounts(ctx, "")
		if err != nil {
			t.Fatalf("StreamCounts: %v", err)
		}
		if c.Open() == 0 {
			if err := w.Flush(ctx); err != nil {
				t.Fatalf("Flush: %v", err)
			}
			titles := map[string]bool{}
			for _, d := range gen {
				titles[d.Title] = true
			}
			return titles
		}
	}
	t.Fatalf("the queue did not drain")
	return nil
}

// TestStoriesPagesAndTitles pages through the stream stories two at a
// time by following next: every story comes once, with the headline of
// one of its articles as its title, and the last page's next is null. The
// story answer carries the same title.
func TestStoriesPagesAndTitles(t *testing.T) {
	f := newFixture(t, "")
	titles := f.streamStories(t, 5)
	all, err := f.store.Stories(t.Context(), corroborate.Page{Limit: 100})
	if err != nil || len(all) < 3 {
		t.Fatalf("Stories = %d stories, %v; want at least 3 to page through", len(all), err)
	}
	pages := (len(all) + 1) / 2
	seen := map[string]string{}
	target := "/api/v1/stories?limit=2"
	for page := 0; target != ""; page++ {
		if page >= pages {
			t.Fatalf("more than %d pages of two for %d stories; next %s", pages, len(all), target)
		}
		rec, v := f.do(t, "GET", target, "", nil, nil)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s = %d; body %s", target, rec.Code, rec.Body)
		}
		list, _ := v["stories"].([]any)
		if len(list) == 0 || len(list) > 2 {
			t.Fatalf("GET %s: %d stories, want 1 or 2", target, len(list))
		}
		for _, s := range list {
			s := s.(map[string]any)
			id, title := s["id"].(string), s["title"].(string)
			if _, ok := seen[id]; ok {
				t.Errorf("GET %s lists story %s again", target, id)
			}
			seen[id] = title
			if !titles[title] {
				t.Errorf("story %s has title %q, want the headline of one of its articles", id, title)
			}
		}
		next, ok := v["next"]
		if !ok {
			t.Fatalf("GET %s: no next field", target)
		}
		target, _ = next.(string)
		if page < pages-1 && !strings.HasPrefix(target, "/api/v1/stories?") {
			t.Fatalf("page %d of %d: next = %v, want the next page's URL", page+1, pages, next)
		}
	}
	if len(seen) != len(all) {
		t.Errorf("the pages listed %d stories, want %d", len(seen), len(all))
	}
	for id, title := range seen {
		_, v := f.do(t, "GET", "/api/v1/stories/"+id, "", nil, nil)
		if got := v["story"].(map[string]any)["title"]; got != title {
			t.Errorf("GET /api/v1/stories/%s: title %v, want %q as listed", id, got, title)
		}
	}
	past := fmt.Sprintf("/api/v1/stories?offset=%d", len(all))
	_, v := f.do(t, "GET", past, "", nil, nil)
	if list, ok := v["stories"].([]any); !ok || len(list) != 0 || v["next"] != nil {
		t.Errorf("GET %s = %v, want no stories ([]) and next null", past, v)
	}
}

// TestSearchAndArticleNameStoryTitles checks that the answers naming
// stories by id (search hits, an article's stories) give each story's
// title beside it.
func TestSearchAndArticleNameStoryTitles(t *testing.T) {
	f := newFixture(t, "")
	f.streamStories(t, 3)
	all, err := f.store.Stories(t.Context(), corroborate.Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	// a story's title is its dossier's once one is computed, and reading
	// an article computes its latest story's: compute them all first
	for _, s := range all {
		f.do(t, "GET", "/api/v1/stories/"+s.ID+"/dossier", "", nil, nil)
	}
	if all, err = f.store.Stories(t.Context(), corroborate.Page{Limit: 100}); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{}
	for _, s := range all {
		want[s.ID] = s.Title
	}
	// Every generated story has officials say something.
	_, v := f.do(t, "GET", "/api/v1/search?q=officials", "", nil, nil)
	hits, _ := v["hits"].([]any)
	titles, _ := v["story_titles"].(map[string]any)
	if len(hits) == 0 {
		t.Fatalf("search for officials found nothing: %v", v)
	}
	for _, h := range hits {
		h := h.(map[string]any)
		for _, id := range h["stories"].([]any) {
			if got, ok := titles[id.(string)]; !ok || got != want[id.(string)] || got == "" {
				t.Errorf("search: story_titles[%s] = %v, want %q", id, got, want[id.(string)])
			}
		}
		aid := h["article"].(map[string]any)["id"].(string)
		_, av := f.do(t, "GET", "/api/v1/articles/"+aid, "", nil, nil)
		atitles, _ := av["story_titles"].(map[string]any)
		for _, id := range av["stories"].([]any) {
			if got := atitles[id.(string)]; got != want[id.(string)] {
				t.Errorf("GET /api/v1/articles/%s: story_titles[%s] = %v, want %q", aid, id, got, want[id.(string)])
			}
		}
	}
}
