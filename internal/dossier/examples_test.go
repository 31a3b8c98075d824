package dossier

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/seedtest"
)

// buildExample runs every stage over examples/wexley-bridge, the fictional
// story whose planted phenomena are listed in examples/README.md.
func buildExample(t *testing.T) (*corroborate.Dossier, map[string]string) {
	t.Helper()
	arts := seedtest.Read(t, "../../examples/wexley-bridge")
	file := map[string]string{} // article id -> "01" .. "06"
	for _, a := range arts {
		file[a.ID] = filepath.Base(a.Source)[:2]
	}
	if len(arts) != 6 {
		t.Fatalf("articles = %d, want 6", len(arts))
	}
	return Build(arts, Options{}), file
}

// sideFiles gives each side of a conflict as its sorted file numbers.
func sideFiles(c corroborate.Conflict, file map[string]string) []string {
	var out []string
	for _, s := range c.Sides {
		var fs []string
		for _, a := range s.Articles {
			fs = append(fs, file[a])
		}
		sort.Strings(fs)
		out = append(out, strings.Join(fs, ","))
	}
	sort.Strings(out)
	return out
}

func TestExampleConflicts(t *testing.T) {
	d, file := buildExample(t)
	for _, st := range []string{"quotes", "claims"} {
		if !slices.Contains(d.Computed, st) {
			t.Fatalf("stage %s did not run (computed %v)", st, d.Computed)
		}
	}
	// Each planted conflict: its kind, a word its subject or values hold,
	// and the files on each side (sorted), as in examples/README.md.
	planted := []struct {
		kind, word string
		sides      []string
	}{
		{"quote-speaker", "repairable", []string{"01,05", "02", "06"}},
		{"number", "38,000", []string{"01,03,06", "02"}},
		{"date", "30", []string{"01,02,05", "06"}},
		{"negation", "agree", []string{"01,02,05", "04"}},
		{"name", "Varga", []string{"01,02,05", "06"}},
	}
	found := make([]bool, len(d.Conflicts))
	for _, p := range planted {
		hit := false
		for i, c := range d.Conflicts {
			if string(c.Kind) != p.kind {
				continue
			}
			all := c.About + " " + c.Note
			for _, s := range c.Sides {
				all += " " + s.Value
			}
			if !strings.Contains(all, p.word) {
				continue
			}
			found[i] = true
			hit = true
			if got := sideFiles(c, file); !subsetSides(p.sides, got) {
				t.Errorf("%s conflict about %q: sides %v, want %v", p.kind, c.About, got, p.sides)
			}
		}
		if !hit {
			t.Errorf("planted %s conflict (%s) not found", p.kind, p.word)
		}
	}
	for i, c := range d.Conflicts {
		if !found[i] {
			t.Errorf("invented conflict: %s about %q, sides %v", c.Kind, c.About, sideFiles(c, file))
		}
	}
}

// subsetSides reports whether each wanted side is covered by a got side
// that holds at least its files (a stage may find more supporting articles
// than planted, never fewer).
func subsetSides(want, got []string) bool {
	if len(want) != len(got) {
		return false
	}
	for _, w := range want {
		ok := false
		for _, g := range got {
			if containsAll(strings.Split(g, ","), strings.Split(w, ",")) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}
