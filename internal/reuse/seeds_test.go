package reuse

import (
	"slices"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/seedtest"
)

// loadSeeds reads the seed reports through ingest and extraction, then
// forgets their outlets and dates: the stage must find the AP text's outlet
// in its sign-off.
func loadSeeds(tb testing.TB) []corroborate.Article {
	arts := seedtest.Articles(tb)
	for i := range arts {
		arts[i].Outlet, arts[i].Published, arts[i].Time = nil, nil, time.Time{}
	}
	return arts
}

func TestSeeds(t *testing.T) {
	arts := loadSeeds(t)
	res := Analyze(arts, nil, Options{})
	edges := map[string]corroborate.Reuse{}
	for _, r := range res.Reuse {
		edges[r.From+"→"+r.To] = r
	}
	// The AP article is the origin of the other four, and nothing else is
	// reuse between them.
	for _, to := range []string{"000", "001", "002", "004"} {
		if _, ok := edges["003→"+to]; !ok {
			t.Errorf("no reuse 003 → %s; got %v", to, keys(edges))
		}
	}
	if len(edges) != 4 {
		t.Errorf("reuse edges = %v, want exactly 003 → 000, 001, 002, 004", keys(edges))
	}
	// Credits.
	wantCredits := map[int][]string{
		0: {"McClatchy", "Reuters", "New York Times"},
		1: {"Associated Press"},
		2: {"Associated Press"},
		3: nil,
		4: nil,
	}
	wantCues := map[int][]string{
		1: {"reports the Associated Press"},
		2: {"as the Associated Press noted", "From the AP:"},
	}
	for i, want := range wantCredits {
		var outlets, cues []string
		for _, c := range res.Credits[i] {
			if !slices.Contains(outlets, c.Outlet) {
				outlets = append(outlets, c.Outlet)
			}
			cues = append(cues, c.Cue)
			if arts[i].Text[c.Start:c.End] != c.Cue {
				t.Errorf("%s: credit span [%d,%d] = %q, want its cue %q", arts[i].ID, c.Start, c.End, arts[i].Text[c.Start:c.End], c.Cue)
			}
		}
		if !slices.Equal(outlets, want) {
			t.Errorf("%s: credited outlets = %q, want %q", arts[i].ID, outlets, want)
		}
		for _, cue := range wantCues[i] {
			if !slices.Contains(cues, cue) {
				t.Errorf("%s: cues %q lack %q", arts[i].ID, cues, cue)
			}
		}
	}
	// 001 and 002 credit the AP; 004's copy is uncredited; 000 credits the
	// AP's text to McClatchy.
	for to, want := range map[string]bool{"000": false, "001": true, "002": true, "004": false} {
		if r := edges["003→"+to]; r.Credited != want {
			t.Errorf("003 → %s: credited = %v, want %v", to, r.Credited, want)
		}
	}
	var mis []string
	for _, m := range edges["003→000"].Miscredits {
		mis = append(mis, m.Outlet)
	}
	if !slices.Contains(mis, "McClatchy") {
		t.Errorf("003 → 000: miscredits %q, want McClatchy (000 credits AP text to McClatchy)", mis)
	}
	if res.Originality[3] != 1 {
		t.Errorf("003: originality %.2f, want 1", res.Originality[3])
	}
	if res.Originality[1] > 0.3 {
		t.Errorf("001: originality %.2f, want at most 0.3 (it is the AP text, condensed)", res.Originality[1])
	}
}

func keys(m map[string]corroborate.Reuse) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
