package storetest

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

func testAnalysis(t *testing.T, s corroborate.Store) {
	c := ctx(t)
	mustCreate(t, s, "s1", Article(1, "otter"))
	put := func(rev int, title, body string) {
		t.Helper()
		err := s.PutAnalysis(c, corroborate.Analysis{StoryID: "s1", Revision: rev, Stages: "quotes", Title: title, Dossier: []byte(body)})
		if err != nil {
			t.Fatalf("PutAnalysis(revision %d): %v", rev, err)
		}
	}
	check := func(what string, rev int, title, body string) {
		t.Helper()
		a, err := s.Analysis(c, "s1")
		if err != nil {
			t.Fatalf("%s: Analysis: %v", what, err)
		}
		if a.Revision != rev || a.Title != title || string(a.Dossier) != body || a.Stages != "quotes" || a.Computed.IsZero() {
			t.Errorf("%s: Analysis = revision %d, title %q, dossier %s, stages %q, computed %v; want %d, %q, %s, quotes, a time",
				what, a.Revision, a.Title, a.Dossier, a.Stages, a.Computed, rev, title, body)
		}
		info, err := s.Story(c, "s1")
		if err != nil {
			t.Fatal(err)
		}
		if info.Title != title {
			t.Errorf("%s: story title %q, want %q", what, info.Title, title)
		}
	}
	put(1, "Otters return", `{"version":1,"story":{"title":"Otters return"}}`)
	check("first", 1, "Otters return", `{"version":1,"story":{"title":"Otters return"}}`)
	put(2, "Otters stay", `{"version":1,"n":2}`)
	check("later revision", 2, "Otters stay", `{"version":1,"n":2}`)
	put(1, "Stale", `{"version":1,"n":1}`)
	check("an older revision is ignored", 2, "Otters stay", `{"version":1,"n":2}`)
	put(2, "Recomputed", `{"version":1,"n":3}`)
	check("same revision replaces", 2, "Recomputed", `{"version":1,"n":3}`)
}

func testStoriesOrder(t *testing.T, s corroborate.Store) {
	c := ctx(t)
	for i, id := range []string{"a", "b", "c", "d"} {
		mustCreate(t, s, id, Article(i+1, "otter"))
	}
	if _, _, err := s.AddArticles(c, "b", []corroborate.Article{Article(9, "heron")}); err != nil {
		t.Fatal(err)
	}
	ids := func(p corroborate.Page) []string {
		t.Helper()
		list, err := s.Stories(c, p)
		if err != nil {
			t.Fatalf("Stories(%+v): %v", p, err)
		}
		out := []string{}
		for _, st := range list {
			out = append(out, st.ID)
		}
		return out
	}
	tests := []struct {
		page corroborate.Page
		want []string
	}{
		{corroborate.Page{}, []string{"b", "d", "c", "a"}},
		{corroborate.Page{Limit: 2}, []string{"b", "d"}},
		{corroborate.Page{Limit: 2, Offset: 2}, []string{"c", "a"}},
		{corroborate.Page{Limit: 2, Offset: 4}, []string{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, ids(tt.page)); diff != "" {
			t.Errorf("Stories(%+v), latest update first (-want +got):\n%s", tt.page, diff)
		}
	}
}

func testSearch(t *testing.T, s corroborate.Store) {
	c := ctx(t)
	inTitle := Article(3, "lighthouse")
	inTitle.Title = "Cormorant colony grows"
	mustCreate(t, s, "s1", Article(1, "cormorant"), Article(2, "pelican"))
	mustCreate(t, s, "s2", inTitle, Article(1, "cormorant"))
	tests := []struct {
		query string
		want  []string // article ids, best first
	}{
		{"pelican", []string{"art0002"}},
		{"PELICAN pier", []string{"art0002"}},
		{"pelican cormorant", []string{}},
		{"cormorant", []string{"art0003", "art0001"}},
		{"albatross", []string{}},
		{"", []string{}},
	}
	for _, tt := range tests {
		hits, err := s.Search(c, corroborate.SearchQuery{Text: tt.query})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		got := []string{}
		for _, h := range hits {
			got = append(got, h.Article.ID)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Search(%q) (-want +got):\n%s", tt.query, diff)
		}
	}
	hits, err := s.Search(c, corroborate.SearchQuery{Text: "pelican"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search(pelican) = %v, %v", hits, err)
	}
	h := hits[0]
	if diff := cmp.Diff([]string{"s1"}, h.Stories); diff != "" {
		t.Errorf("hit stories (-want +got):\n%s", diff)
	}
	if h.Article.Title != "Ferry story 2" || h.Article.Outlet == nil || *h.Article.Outlet != "Outlet 2" {
		t.Errorf("hit article = %+v, want the title and outlet of art0002", h.Article)
	}
	if strings.ContainsAny(h.Snippet, corroborate.MarkStart+corroborate.MarkEnd) {
		t.Errorf("snippet %q still holds markers", h.Snippet)
	}
	found := false
	for _, sp := range h.Highlights {
		if sp.Start < 0 || sp.End > len(h.Snippet) || sp.Start >= sp.End {
			t.Fatalf("highlight %+v out of snippet %q", sp, h.Snippet)
		}
		if strings.EqualFold(h.Snippet[sp.Start:sp.End], "pelican") {
			found = true
		}
	}
	if !found {
		t.Errorf("no highlight on the word pelican in %q (highlights %v)", h.Snippet, h.Highlights)
	}
	both, err := s.Search(c, corroborate.SearchQuery{Text: "cormorant", Limit: 1, Offset: 1})
	if err != nil || len(both) != 1 || both[0].Article.ID != "art0001" {
		t.Errorf("Search(cormorant, limit 1, offset 1) = %v, %v; want art0001", both, err)
	} else if diff := cmp.Diff([]string{"s1", "s2"}, both[0].Stories); diff != "" {
		t.Errorf("stories of a shared hit (-want +got):\n%s", diff)
	}
}

func testSearchSyntax(t *testing.T, s corroborate.Store) {
	mustCreate(t, s, "s1", Article(1, "pelican"))
	for _, q := range []string{`"pelican`, `pelican OR`, `-pelican`, `pelican*`, `NEAR(pelican`, `pelican:`, `(pelican) & !`, `pelican'; DROP TABLE articles; --`} {
		hits, err := s.Search(ctx(t), corroborate.SearchQuery{Text: q})
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
			continue
		}
		if len(hits) != 1 && !strings.Contains(q, "DROP") && !strings.Contains(q, "OR") && !strings.Contains(q, "NEAR") {
			t.Errorf("Search(%q) = %d hits, want 1", q, len(hits))
		}
	}
	if _, err := s.Story(ctx(t), "s1"); err != nil {
		t.Errorf("story gone after odd searches: %v", err)
	}
}

func testConcurrentWrites(t *testing.T, s corroborate.Store) {
	c := ctx(t)
	mustCreate(t, s, "s1", Article(1, "otter"))
	const writers, each = 6, 5
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				n := 100 + w*each + i
				if _, _, err := s.AddArticles(c, "s1", []corroborate.Article{Article(n, "heron"), Article(1, "otter")}); err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
				}
				if _, err := s.Stories(c, corroborate.Page{}); err != nil {
					errs <- fmt.Errorf("reader %d: %w", w, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	info, err := s.Story(c, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + writers*each; info.Articles != want || info.Revision != want {
		t.Errorf("after concurrent adds: %d articles, revision %d; want %d, %d", info.Articles, info.Revision, want, want)
	}
	arts, err := s.StoryArticles(c, "s1")
	if err != nil || len(arts) != 1+writers*each {
		t.Errorf("StoryArticles after concurrent adds: %d articles, %v", len(arts), err)
	}
}
