package ui

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// onceDossier is two articles of one outlet, the second copying the
// first, and a conflict about a quotation's wording whose first side is
// word for word its one passage (inside its quotation marks) while the
// second side is shorter than its passage.
func onceDossier() *corroborate.Dossier {
	gull := "Gull Bay Courier"
	t1 := `The ferry master said the crossing would "resume on Monday after the inspection".`
	t2 := `The ferry master said the crossing would "resume on Tuesday after the inspection", the Courier heard.`
	q1 := strings.Index(t1, `"resume`)
	q2 := strings.Index(t2, `"resume`)
	return &corroborate.Dossier{
		Story: corroborate.Story{Title: "Ferry crossing", Articles: 2, Outlets: 1, Origins: 1},
		Articles: []corroborate.Article{
			{ID: "g1", Outlet: &gull, Title: "Ferry to resume", Text: t1},
			{ID: "g2", Outlet: &gull, Title: "Ferry date moves", Text: t2},
		},
		Reuse: []corroborate.Reuse{{From: "g1", To: "g2", Kind: "verbatim", Shared: 0.7,
			Evidence: []string{"g1 published first (2025-06-01, g2 on 2025-06-02)"},
			Passages: []corroborate.Passage{{From: [2]int{0, 40}, To: [2]int{0, 40}}}}},
		Conflicts: []corroborate.Conflict{{Kind: corroborate.ConflictQuoteWording, Confidence: 0.8,
			Sides: []corroborate.ConflictSide{
				{Value: "resume on Monday after the inspection", Articles: []string{"g1"},
					Spans: []corroborate.ClaimSupport{{Article: "g1", Start: q1, End: len(t1) - 1}}},
				{Value: "resume on Tuesday", Articles: []string{"g2"},
					Spans: []corroborate.ClaimSupport{{Article: "g2", Start: q2, End: strings.Index(t2, ", the Courier")}}}}}},
		Computed: []string{"quotes", "reuse"},
	}
}

// A side whose value is its one passage shows the words once, linked to
// where they stand; a side that differs from its passage still quotes it.
func TestConflictSideShowsRepeatedWordsOnce(t *testing.T) {
	file := mustStandalone(t, onceDossier())
	if n := strings.Count(file, "resume on Monday after the inspection"); n != 2 { // the side and the article text
		t.Errorf("the Monday wording appears %d times in the export, want 2 (the side, the article)", n)
	}
	if !strings.Contains(file, `<span class="value">resume on Monday after the inspection</span>`) {
		t.Error("the repeating side lost its value")
	}
	if !strings.Contains(file, `<p>&#34;resume on Tuesday after the inspection&#34;</p>`) {
		t.Error("the side shorter than its passage no longer quotes the passage")
	}
	if n := strings.Count(file, "read in the article"); n != 2 {
		t.Errorf("%d links to the sides' passages, want 2", n)
	}
}

// The provenance graph's hover labels name articles by their references,
// so two articles of one outlet are told apart.
func TestGraphHoverNamesArticleRefs(t *testing.T) {
	p := storyView(onceDossier(), links{story: "s"})
	edges := p.Reuse.Graph.Edges
	if len(edges) != 1 || !strings.HasPrefix(edges[0].Title, "[1] Gull Bay Courier → [2] Gull Bay Courier: verbatim") {
		t.Errorf("edge hover labels %+v", edges)
	}
	nodes := p.Reuse.Graph.Nodes
	if len(nodes) != 2 || nodes[0].Title != "[1] Gull Bay Courier: Ferry to resume" || nodes[1].Title != "[2] Gull Bay Courier: Ferry date moves" {
		t.Errorf("node hover labels %+v", nodes)
	}
}
