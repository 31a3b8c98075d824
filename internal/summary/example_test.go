package summary_test

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/seedtest"
)

const exampleDir = "../../examples/wexley-bridge"

// prefix is the two-digit file prefix of an article's source.
func prefix(d *corroborate.Dossier, id string) string {
	for _, a := range d.Articles {
		if a.ID == id {
			return filepath.Base(a.Source)[:2]
		}
	}
	return "?"
}

// TestExampleConflicts checks the planted conflicts of the example story
// (examples/README.md): each is found with its sides, and nothing else is
// reported as a fact conflict.
func TestExampleConflicts(t *testing.T) {
	d := dossier.Build(seedtest.Read(t, exampleDir), dossier.Options{})
	got := map[string]string{}
	for _, c := range d.Conflicts {
		if c.Kind.Quote() {
			continue
		}
		var sides []string
		for _, s := range c.Sides {
			var ps []string
			for _, a := range s.Articles {
				ps = append(ps, prefix(d, a))
			}
			sort.Strings(ps)
			sides = append(sides, strings.Join(ps, ","))
		}
		if _, dup := got[string(c.Kind)]; dup {
			t.Errorf("second %s conflict: %q %v", c.Kind, c.About, c.Sides)
		}
		got[string(c.Kind)] = strings.Join(sides, " vs ")
		t.Logf("%s: %s | %s", c.Kind, got[string(c.Kind)], c.Note)
	}
	want := map[string]string{
		// 04 gives "38,000 daily crossings": the same measure in other
		// words, on the 38,000 side (examples/README.md).
		"number":   "01,03,04,06 vs 02",
		"date":     "01,02,05 vs 06",
		"negation": "01,02,05 vs 04",
		"name":     "01,02,05 vs 06",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s conflict sides = %q, want %q", k, got[k], w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("invented %s conflict: %s", k, got[k])
		}
	}
}

// TestExampleSummary checks the example's summary: sentences from the
// sources, each cited, the closure and its cause first.
func TestExampleSummary(t *testing.T) {
	d := dossier.Build(seedtest.Read(t, exampleDir), dossier.Options{})
	if len(d.Summary) != 5 {
		t.Fatalf("summary has %d sentences, want 5", len(d.Summary))
	}
	for _, s := range d.Summary {
		checkCited(t, s, d)
		t.Logf("%v %s", s.Cites, s.Text)
	}
	if !strings.Contains(d.Summary[0].Text, "closed the Wexley Bridge") {
		t.Errorf("first sentence = %q, want the closure", d.Summary[0].Text)
	}
}

// TestExampleSentencesVerbatim: the same promise on the fictional example.
func TestExampleSentencesVerbatim(t *testing.T) {
	d := dossier.Build(seedtest.Read(t, exampleDir), dossier.Options{})
	checkVerbatim(t, d)
	for _, s := range d.Summary {
		t.Logf("cites %v, also %d: %s", s.Cites, len(s.SupportedBy), s.Text)
	}
}
