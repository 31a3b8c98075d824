package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/summary"
	"github.com/corroborate/corroborate/internal/text"
)

func article(id, body string) corroborate.Article {
	return corroborate.Article{ID: id, Text: body, Sentences: text.Sentences(body)}
}

// dam is a fictional story: three outlets, one loaded wording, one claim
// only one article makes, and a repeated fact.
func dam() (*corroborate.Dossier, []corroborate.Claim) {
	arts := []corroborate.Article{
		article("p", `The Lornby dam will close for repairs on June 2, the regional water board said on Monday.

The board said the repairs will cost 3.2 million euros and take eight weeks.

Boats will be diverted through the Hessel canal while the dam is closed.

Local anglers said the closure comes at the worst time of year.`),
		article("q", `In a disastrous blow to the valley, the Lornby dam will close for repairs on June 2, the regional water board said on Monday.

The repairs will cost 3.2 million euros and take eight weeks, the board said.

Boats will be diverted through the Hessel canal while the dam is closed, officials added.`),
		article("r", `The Lornby dam will close for repairs on June 2, the regional water board said on Monday.

Repairs will take eight weeks and cost 3.2 million euros, according to the board.

Ferry operators on the canal expect more traffic.`),
	}
	return dossierOf(arts)
}

// dossierOf is a dossier of arts with their claims, and the claims only one
// article states for Build's second argument.
func dossierOf(arts []corroborate.Article) (*corroborate.Dossier, []corroborate.Claim) {
	d := &corroborate.Dossier{Articles: arts}
	var weak []corroborate.Claim
	d.Claims, weak, d.Conflicts = findClaims(arts)
	return d, weak
}

// findClaims finds the claims of arts once, as the dossier does: those two
// or more articles state, those only one states, and the conflicts.
func findClaims(arts []corroborate.Article) (strong, weak []corroborate.Claim, conflicts []corroborate.Conflict) {
	r := claims.Find(arts, nil, claims.Options{MinArticles: 1})
	for _, c := range r.Claims {
		if len(c.Support) >= 2 || len(arts) < 2 {
			strong = append(strong, c)
		} else {
			weak = append(weak, c)
		}
	}
	return strong, weak, r.Conflicts
}

func TestBuild(t *testing.T) {
	d, weak := dam()
	got := summary.Build(d, weak, summary.Options{Sentences: 3})
	if len(got) != 3 {
		t.Fatalf("Build(3) = %d sentences, want 3: %+v", len(got), got)
	}
	for _, s := range got {
		checkCited(t, s, d)
	}
	first := got[0]
	if !strings.Contains(first.Text, "June 2") {
		t.Errorf("first sentence = %q, want the closure and its date first", first.Text)
	}
	if strings.Contains(first.Text, "disastrous") {
		t.Errorf("first sentence = %q, want the neutral wording", first.Text)
	}
	if got := stated(first); strings.Join(got, ",") != "p,q,r" {
		t.Errorf("first sentence cites %v and is supported by %v, want all three articles", first.Cites, first.SupportedBy)
	}
	checkVerbatim(t, &corroborate.Dossier{Articles: d.Articles, Summary: got})
	for _, s := range got {
		if strings.Contains(s.Text, "anglers") || strings.Contains(s.Text, "Ferry") {
			t.Errorf("summary took a single-source aside %q over corroborated claims", s.Text)
		}
	}
}

func TestBuildLength(t *testing.T) {
	tests := []struct {
		name string
		n    int
		want int
	}{
		{"default is five", 0, 5},
		{"one", 1, 1},
		{"four", 4, 4},
		{"more than the story's five statements", 20, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, weak := dam()
			got := summary.Build(d, weak, summary.Options{Sentences: tc.n})
			if len(got) != tc.want {
				t.Errorf("Build(Sentences: %d) = %d sentences, want %d", tc.n, len(got), tc.want)
			}
			seen := map[string]bool{}
			for _, s := range got {
				if seen[s.Text] {
					t.Errorf("sentence repeated: %q", s.Text)
				}
				seen[s.Text] = true
			}
		})
	}
}

func TestBuildEmpty(t *testing.T) {
	got := summary.Build(&corroborate.Dossier{}, nil, summary.Options{})
	if got == nil || len(got) != 0 {
		t.Errorf("Build(empty) = %#v, want an empty non-nil slice", got)
	}
}
