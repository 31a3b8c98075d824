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
func dam() *corroborate.Dossier {
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
	d := &corroborate.Dossier{Articles: arts}
	r := claims.Find(arts, nil, claims.Options{})
	d.Claims, d.Conflicts = r.Claims, r.Conflicts
	return d
}

func TestBuild(t *testing.T) {
	d := dam()
	got := summary.Build(d, summary.Options{Sentences: 3})
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
	if strings.Join(first.Cites, ",") != "p,q,r" {
		t.Errorf("first sentence cites %v, want all three articles", first.Cites)
	}
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
			got := summary.Build(dam(), summary.Options{Sentences: tc.n})
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
	got := summary.Build(&corroborate.Dossier{}, summary.Options{})
	if got == nil || len(got) != 0 {
		t.Errorf("Build(empty) = %#v, want an empty non-nil slice", got)
	}
}
