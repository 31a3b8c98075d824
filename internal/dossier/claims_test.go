package dossier

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate/internal/claims"
)

// TestClaimsFoundOnce checks the split of the one claims search: the
// dossier's claims are those a search with claims' default minimum finds,
// ids and all, and the summary cites passages of articles of the story.
func TestClaimsFoundOnce(t *testing.T) {
	d, _ := buildExample(t)
	want := claims.Find(d.Articles, d.Reuse, claims.Options{}).Claims
	if diff := cmp.Diff(want, d.Claims); diff != "" {
		t.Errorf("dossier claims differ from a search with the default minimum (-want +got):\n%s", diff)
	}
	ids := map[string]bool{}
	for _, a := range d.Articles {
		ids[a.ID] = true
	}
	for _, s := range d.Summary {
		if len(s.Spans) != len(s.Cites) {
			t.Errorf("summary sentence %q: %d spans for %d cites", s.Text, len(s.Spans), len(s.Cites))
		}
		for _, sp := range s.Spans {
			if !ids[sp.Article] {
				t.Errorf("summary sentence %q cites unknown article %s", s.Text, sp.Article)
			}
		}
	}
}
