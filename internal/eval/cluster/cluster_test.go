package cluster

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/google/go-cmp/cmp"
)

func TestBCubed(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		p, r       float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1},
		{"all in one", []string{"a", "a", "b", "b"}, []string{"x", "x", "x", "x"}, 0.5, 1},
		{"all apart", []string{"a", "a", "b", "b"}, []string{"1", "2", "3", "4"}, 1, 0.5},
		// items 1,2 of a together, item 3 of a with the b item:
		// precision (1+1+0.5+0.5)/4, recall (2/3+2/3+1/3+1)/4
		{"mixed", []string{"a", "a", "a", "b"}, []string{"x", "x", "y", "y"}, 0.75, (2.0/3 + 2.0/3 + 1.0/3 + 1) / 4},
		{"empty", nil, nil, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r := BCubed(tt.gold, tt.pred)
			if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 {
				t.Errorf("BCubed = (%.4f, %.4f), want (%.4f, %.4f)", p, r, tt.p, tt.r)
			}
		})
	}
}

func TestTopic(t *testing.T) {
	tests := map[string]string{
		"ParisAttacks2015 (12).txt": "ParisAttacks2015",
		"premier.league.125.txt":    "premier.league",
		"samsung.galaxy.s5.13.txt":  "samsung.galaxy.s5",
		"NBA.draft.2.txt":           "NBA.draft",
		"U2.149.txt":                "U2",
		"plain.txt":                 "plain",
	}
	for in, want := range tests {
		if got := Topic(in); got != want {
			t.Errorf("Topic(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadJSONL(t *testing.T) {
	got, err := Load("testdata/mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var ids, stories []string
	for _, a := range got {
		ids = append(ids, a.ID)
		stories = append(stories, a.Story)
	}
	if diff := cmp.Diff([]string{"m1", "m2", "m3", "m4", "m5"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"fire", "stadium", "fire", "stadium", "fire"}, stories); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
	if _, err := Load("testdata/bad.jsonl"); err == nil || !strings.Contains(err.Error(), "bad.jsonl:2") {
		t.Errorf("Load(bad.jsonl) error = %v, want one naming line 2", err)
	}
	if _, err := Load("testdata/missing.jsonl"); err == nil {
		t.Errorf("Load(missing.jsonl) succeeded")
	}
}

func TestLoadDir(t *testing.T) {
	got, err := Load("testdata/topics")
	if err != nil {
		t.Fatal(err)
	}
	want := []Article{
		{ID: "HarbourFestival (1).txt", Story: "HarbourFestival"},
		{ID: "HarbourFestival (2).txt", Story: "HarbourFestival"},
		{ID: "kestrel.bridge.1.txt", Story: "kestrel.bridge"},
		{ID: "kestrel.bridge.12.txt", Story: "kestrel.bridge"},
	}
	if it := got[1].Item; !strings.Contains(it.Title, "café quay – organisers") {
		t.Errorf("Windows-1252 file read as title %q, want it decoded", it.Title)
	}
	for i := range got {
		if got[i].Item.ID != got[i].ID || got[i].Item.Text == "" {
			t.Errorf("Load(topics)[%d].Item = %+v, want the article's id and text", i, got[i].Item)
		}
		got[i].Item = cluster.Item{}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Load(topics) (-want +got):\n%s", diff)
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Errorf("Load(empty folder) succeeded")
	}
}

func TestEvaluateMini(t *testing.T) {
	arts, err := Load("testdata/mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	res := Evaluate(arts, cluster.Options{}, DefaultRegroupEvery)
	if res.Ours.F1 != 1 || res.Ours.Stories != 2 {
		t.Errorf("clusterer on mini: %+v, want F1 1 with 2 stories; predictions %v", res.Ours, res.Predictions)
	}
	if res.Articles != 5 || res.GoldStories != 2 || len(res.Predictions) != 5 {
		t.Errorf("Result counts: %d articles, %d gold stories, %d predictions; want 5, 2, 5", res.Articles, res.GoldStories, len(res.Predictions))
	}
	if res.Baseline.Stories == 0 {
		t.Errorf("baseline predicted no story")
	}
}

func TestBaselineSeparatesDisjointTexts(t *testing.T) {
	texts := []string{
		"harbour ferry terminal queue ferry", "ferry terminal harbour queue", "stadium council vote mayor", "mayor stadium vote council",
	}
	got := Baseline(texts, BaselineThreshold)
	if got[0] != got[1] || got[2] != got[3] || got[0] == got[2] {
		t.Errorf("Baseline = %v, want two clusters of two", got)
	}
}

func TestShuffleAndHalf(t *testing.T) {
	arts, err := Load("testdata/mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	a, b := Shuffle(arts, 9), Shuffle(arts, 9)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("Shuffle with one seed differs between calls (-a +b):\n%s", diff)
	}
	if len(a) != len(arts) {
		t.Errorf("Shuffle kept %d of %d articles", len(a), len(arts))
	}
	h1, h2 := Half(arts, 1), Half(arts, 2)
	if len(h1)+len(h2) != len(arts) {
		t.Fatalf("halves of %d and %d articles, want %d in all", len(h1), len(h2), len(arts))
	}
	for _, x := range h1 {
		for _, y := range h2 {
			if x.Story == y.Story {
				t.Errorf("story %q in both halves", x.Story)
			}
		}
	}
}

// TestFNCStories runs the real benchmark when ../shared is there; it checks
// the harness end to end, not a score.
func TestFNCStories(t *testing.T) {
	path := filepath.Join("..", "..", "..", "..", "shared", "bench", "clustering", "fnc1-stories", "articles.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("SKIP (loud): %s not found; this test needs ../shared", path)
	}
	arts, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	res := Evaluate(arts, cluster.Options{}, DefaultRegroupEvery)
	if res.GoldStories != 51 || res.Articles != 388 {
		t.Errorf("FNC stories: %d articles in %d stories, want 388 in 51", res.Articles, res.GoldStories)
	}
	if res.Ours.F1 <= res.Baseline.F1 {
		t.Errorf("clusterer F1 %.3f not above the baseline's %.3f", res.Ours.F1, res.Baseline.F1)
	}
	// The bar on this (dev) set, in file order.
	if res.Ours.F1 < 0.97 {
		t.Errorf("clusterer F1 %.3f below the bar of 0.97 (online alone %.3f)", res.Ours.F1, res.Online.F1)
	}
	if res.Ours.F1 < res.Online.F1 {
		t.Errorf("regrouping lowered F1 from %.3f to %.3f", res.Online.F1, res.Ours.F1)
	}
}

func TestLoadDatedAndWhatTimeAdds(t *testing.T) {
	arts, err := Load("testdata/dated.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0].Item
	if a.Title != "Jobless claims fall to 212,000" || a.Outlet != "Daily Brennick" || a.ID != "w1a" ||
		!a.Time.Equal(time.Date(2031, 3, 6, 13, 30, 0, 0, time.UTC)) {
		t.Errorf("Load(dated)[0].Item = %+v, want its title, outlet, id and time", a)
	}
	timed := Evaluate(arts, cluster.Options{}, DefaultRegroupEvery)
	if timed.Ours.F1 != 1 {
		t.Errorf("with times: %+v, want F1 1 (the weeks apart); predictions %v", timed.Ours, timed.Predictions)
	}
	untimed := Evaluate(WithoutTime(arts), cluster.Options{}, DefaultRegroupEvery)
	if untimed.Ours.Stories >= timed.Ours.Stories {
		t.Errorf("without times: %d stories, want fewer than the %d with times (the weeks merge)", untimed.Ours.Stories, timed.Ours.Stories)
	}
}

func TestSpread(t *testing.T) {
	arts, err := Load("testdata/dated.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	span := 96 * time.Hour
	got := Spread(arts, span, 3)
	if len(got) != len(arts) {
		t.Fatalf("Spread kept %d of %d articles", len(got), len(arts))
	}
	first := map[string]time.Time{}
	for _, a := range arts {
		if f, ok := first[a.Story]; !ok || a.Item.Time.Before(f) {
			first[a.Story] = a.Item.Time
		}
	}
	for i, a := range got {
		if i > 0 && a.Item.Time.Before(got[i-1].Item.Time) {
			t.Errorf("Spread: %s at %v comes after %s at %v", a.ID, a.Item.Time, got[i-1].ID, got[i-1].Item.Time)
		}
		if off := a.Item.Time.Sub(first[a.Story]); off < 0 || off >= span {
			t.Errorf("Spread: %s placed %v after its story's first article, want within [0, %v)", a.ID, off, span)
		}
	}
	if diff := cmp.Diff(got, Spread(arts, span, 3)); diff != "" {
		t.Errorf("Spread with one seed differs between calls (-a +b):\n%s", diff)
	}
}
