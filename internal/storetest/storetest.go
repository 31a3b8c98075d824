// Package storetest is the conformance suite every corroborate.Store passes:
// the stores' own tests call Run against a real, empty database.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

// Opener returns a new, empty store for one test; now is the clock the store
// must use. The opener registers the store's cleanup with t.
type Opener func(t *testing.T, now func() time.Time) corroborate.Store

// Run runs the whole suite, each case on a fresh store.
func Run(t *testing.T, open Opener) {
	cases := []struct {
		name string
		fn   func(t *testing.T, s corroborate.Store)
	}{
		{"CreateAndRead", testCreateAndRead},
		{"CreateConflict", testCreateConflict},
		{"IdempotentIngest", testIdempotentIngest},
		{"SharedArticle", testSharedArticle},
		{"NotFound", testNotFound},
		{"Transactional", testTransactional},
		{"Analysis", testAnalysis},
		{"Skipped", testSkipped},
		{"StoriesOrderAndPages", testStoriesOrder},
		{"Search", testSearch},
		{"SearchSyntaxIsText", testSearchSyntax},
		{"ConcurrentWrites", testConcurrentWrites},
		{"Regroup", testRegroup},
		{"RegroupPlaces", testRegroupPlaces},
		{"StoryTitle", testStoryTitle},
		{"EnqueueAgain", testEnqueueAgain},
		{"SummaryOutlets", testSummaryOutlets},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			clock := &Clock{T: time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)}
			c.fn(t, open(t, clock.Now))
		})
	}
}

// Clock is a fake clock for tests: each reading is one second after the
// previous. Safe for concurrent use.
type Clock struct {
	mu sync.Mutex
	T  time.Time
}

// Now advances the clock by a second and returns it.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.T = c.T.Add(time.Second)
	return c.T
}

// Article returns a fictional article numbered n with every field set; its
// text mentions word.
func Article(n int, word string) corroborate.Article {
	text := fmt.Sprintf("Report %d on the harbour ferry. The %s was seen near pier %d.\n\nOfficials said more later.", n, word, n)
	return corroborate.Article{
		ID:        fmt.Sprintf("art%04d", n),
		Source:    fmt.Sprintf("upload/%02d.txt", n),
		Outlet:    corroborate.StrPtr(fmt.Sprintf("Outlet %d", n)),
		Title:     fmt.Sprintf("Ferry story %d", n),
		Byline:    []string{"Ada Quill"},
		Published: corroborate.StrPtr("2026-03-12"),
		Language:  "en",
		Text:      text,
		Removed:   []string{"Share this"},
		Sentences: []corroborate.Span{{Start: 0, End: 30}},
		Credits:   []corroborate.Credit{{Outlet: "Wire", Cue: "according to", Start: 1, End: 5}},
		Dateline:  "PORT CALDER",
		Time:      time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC),
	}
}

func ctx(t *testing.T) context.Context { return t.Context() }

func mustCreate(t *testing.T, s corroborate.Store, id string, arts ...corroborate.Article) corroborate.StoryInfo {
	t.Helper()
	info, err := s.CreateStory(ctx(t), id, arts)
	if err != nil {
		t.Fatalf("CreateStory(%q): %v", id, err)
	}
	return info
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := corroborate.ErrorCode(err); got != code {
		t.Errorf("%s: error %v has code %q, want %q", what, err, got, code)
	}
}

func testCreateAndRead(t *testing.T, s corroborate.Store) {
	a1, a2 := Article(1, "otter"), Article(2, "heron")
	a2.Outlet, a2.Published, a2.Time, a2.Byline = nil, nil, time.Time{}, []string{}
	info := mustCreate(t, s, "s1", a1, a2)
	if info.ID != "s1" || info.Articles != 2 || info.Revision != 1 || info.Created.IsZero() {
		t.Errorf("CreateStory = %+v, want id s1, 2 articles, revision 1, a creation time", info)
	}
	got, err := s.Story(ctx(t), "s1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(info, got); diff != "" {
		t.Errorf("Story differs from CreateStory (-create +story):\n%s", diff)
	}
	arts, err := s.StoryArticles(ctx(t), "s1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]corroborate.Article{a1, a2}, arts); diff != "" {
		t.Errorf("StoryArticles round trip (-want +got):\n%s", diff)
	}
	one, stories, err := s.Article(ctx(t), a1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a1, one); diff != "" {
		t.Errorf("Article round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1"}, stories); diff != "" {
		t.Errorf("Article stories (-want +got):\n%s", diff)
	}
}

func testCreateConflict(t *testing.T, s corroborate.Store) {
	mustCreate(t, s, "s1", Article(1, "otter"))
	_, err := s.CreateStory(ctx(t), "s1", []corroborate.Article{Article(2, "heron")})
	wantCode(t, "CreateStory twice", err, corroborate.EConflict)
	if !errors.Is(err, corroborate.ErrConflict) {
		t.Errorf("errors.Is(%v, ErrConflict) = false", err)
	}
	if _, _, err := s.Article(ctx(t), Article(2, "").ID); corroborate.ErrorCode(err) != corroborate.ENotFound {
		t.Errorf("article of the refused story was stored (err %v)", err)
	}
}

func testIdempotentIngest(t *testing.T, s corroborate.Store) {
	a1, a2, a3 := Article(1, "otter"), Article(2, "heron"), Article(3, "seal")
	mustCreate(t, s, "s1", a1, a2)
	info, added, err := s.AddArticles(ctx(t), "s1", []corroborate.Article{a1, a2, a1})
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 0 || info.Revision != 1 || info.Articles != 2 {
		t.Errorf("adding the same articles again: added %v, revision %d, %d articles; want none, 1, 2", added, info.Revision, info.Articles)
	}
	changed := a1
	changed.Title = "A different title for the same id"
	info, added, err = s.AddArticles(ctx(t), "s1", []corroborate.Article{a3, changed, a3})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{a3.ID}, added); diff != "" || info.Revision != 2 || info.Articles != 3 {
		t.Errorf("AddArticles: revision %d, %d articles, want 2, 3; added (-want +got):\n%s", info.Revision, info.Articles, diff)
	}
	arts, err := s.StoryArticles(ctx(t), "s1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]corroborate.Article{a1, a2, a3}, arts); diff != "" {
		t.Errorf("StoryArticles: first version of each id, in order added (-want +got):\n%s", diff)
	}
}

func testSharedArticle(t *testing.T, s corroborate.Store) {
	shared := Article(7, "otter")
	mustCreate(t, s, "a", shared)
	mustCreate(t, s, "b", Article(8, "heron"), shared)
	_, stories, err := s.Article(ctx(t), shared.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"b", "a"}, stories); diff != "" {
		t.Errorf("stories of a shared article, latest first (-want +got):\n%s", diff)
	}
}

func testNotFound(t *testing.T, s corroborate.Store) {
	c := ctx(t)
	_, err := s.Story(c, "nope")
	wantCode(t, "Story", err, corroborate.ENotFound)
	_, _, err = s.AddArticles(c, "nope", []corroborate.Article{Article(1, "otter")})
	wantCode(t, "AddArticles", err, corroborate.ENotFound)
	_, err = s.StoryArticles(c, "nope")
	wantCode(t, "StoryArticles", err, corroborate.ENotFound)
	_, _, err = s.Article(c, "nope")
	wantCode(t, "Article", err, corroborate.ENotFound)
	_, err = s.Analysis(c, "nope")
	wantCode(t, "Analysis", err, corroborate.ENotFound)
	err = s.PutAnalysis(c, corroborate.Analysis{StoryID: "nope", Revision: 1, Dossier: []byte(`{}`)})
	wantCode(t, "PutAnalysis", err, corroborate.ENotFound)
	mustCreate(t, s, "s1", Article(1, "otter"))
	_, err = s.Analysis(c, "s1")
	wantCode(t, "Analysis before any", err, corroborate.ENotFound)
	if !errors.Is(err, corroborate.ErrNotFound) {
		t.Errorf("errors.Is(%v, ErrNotFound) = false", err)
	}
}

func testTransactional(t *testing.T, s corroborate.Store) {
	mustCreate(t, s, "s1", Article(1, "otter"))
	bad := Article(3, "seal")
	bad.ID = ""
	_, _, err := s.AddArticles(ctx(t), "s1", []corroborate.Article{Article(2, "heron"), bad})
	wantCode(t, "AddArticles with an article without id", err, corroborate.EInvalid)
	info, err := s.Story(ctx(t), "s1")
	if err != nil {
		t.Fatal(err)
	}
	if info.Articles != 1 || info.Revision != 1 {
		t.Errorf("after a failed AddArticles: %d articles, revision %d; want 1, 1", info.Articles, info.Revision)
	}
	if _, _, err := s.Article(ctx(t), Article(2, "").ID); corroborate.ErrorCode(err) != corroborate.ENotFound {
		t.Errorf("article of the failed call was kept (err %v)", err)
	}
	hits, err := s.Search(ctx(t), corroborate.SearchQuery{Text: "heron"})
	if err != nil || len(hits) != 0 {
		t.Errorf("search finds the rolled-back article: %v, %v", hits, err)
	}
	_, err = s.CreateStory(ctx(t), "s2", []corroborate.Article{Article(4, "crab"), bad})
	wantCode(t, "CreateStory with an article without id", err, corroborate.EInvalid)
	_, err = s.Story(ctx(t), "s2")
	wantCode(t, "story of a failed CreateStory", err, corroborate.ENotFound)
}
