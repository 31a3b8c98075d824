package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

func factsDossier() *corroborate.Dossier {
	return &corroborate.Dossier{
		Articles: []corroborate.Article{
			{ID: "a1", Outlet: corroborate.StrPtr("Coastal Wire")},
			{ID: "a2"},
			{ID: "a3"},
		},
		Claims: []corroborate.Claim{{
			ID: "c1", Text: "A fire destroyed 42 homes.", Origins: 1,
			Support:     []corroborate.ClaimSupport{{Article: "a1"}, {Article: "a2"}},
			Contradicts: []corroborate.ClaimSupport{{Article: "a2"}},
		}},
		Conflicts: []corroborate.Conflict{
			{Kind: "number", About: "A fire destroyed 42 homes.", Confidence: 0.7, Note: "Articles give different figures.",
				Sides: []corroborate.ConflictSide{{Value: "42 homes", Articles: []string{"a1"}}, {Value: "45 homes", Articles: []string{"a2"}}}},
			{Kind: "quote-speaker", About: "We are ready", Confidence: 0.9, Note: "given to two people",
				Sides: []corroborate.ConflictSide{{Value: "Dana Whitlock", Articles: []string{"a1"}}, {Value: "Robert Lyle", Articles: []string{"a3"}}}},
		},
		Summary: []corroborate.SummarySentence{{Text: "A fire destroyed homes.", Cites: []string{"a1", "a3"},
			SupportedBy: []corroborate.ClaimSupport{{Article: "a2"}}}},
		Computed: []string{"quotes", "claims", "summary"},
	}
}

func TestFactSections(t *testing.T) {
	var sb strings.Builder
	if err := Text(&sb, factsDossier()); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	tests := []struct{ name, want string }{
		{"summary cites with outlets", "A fire destroyed homes. [[1] Coastal Wire, [3] article a3] (also stated by [2] article a2)"},
		{"number conflict sides", `"42 homes" in [1] Coastal Wire vs "45 homes" in [2] article a2`},
		{"note", "Articles give different figures."},
		{"quote conflicts listed too", `"Dana Whitlock" in [1] Coastal Wire vs "Robert Lyle" in [3] article a3`},
		{"about without its full stop", "[figure] A fire destroyed 42 homes: "},
		{"matrix row", "c1 1 states contradicts silent - c1: A fire destroyed 42 homes."},
		{"contradiction spelled out", "[2] article a2 contradicts c1"},
	}
	for _, tc := range tests {
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s: report lacks %q:\n%s", tc.name, tc.want, out)
		}
	}
	if i, j := strings.Index(out, "SUMMARY"), strings.Index(out, "CONFLICTS"); i < 0 || j < i {
		t.Errorf("summary (%d) should come before conflicts (%d)", i, j)
	}
}

func TestFactSectionsNotComputed(t *testing.T) {
	d := factsDossier()
	d.Computed = nil
	for name, sec := range map[string]section{"summary": summarySection, "claims": claimsSection, "conflicts": conflictsSection} {
		bs := sec(d, view.New(d))
		if len(bs) != 2 || bs[1].para != "not computed yet" {
			t.Errorf("%s section without the stage = %+v, want 'not computed yet'", name, bs)
		}
	}
}

// The sentence that runs past the word budget says so in the report.
func TestSummaryBeyondBudgetText(t *testing.T) {
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Ferry late", Articles: 2, Outlets: 2, Origins: 2},
		Articles: []corroborate.Article{{ID: "a1", Text: "Gulls circled the pier."}, {ID: "a2", Text: "The ferry left late."}},
		Summary: []corroborate.SummarySentence{{Text: "Gulls circled the pier.", Cites: []string{"a1"}},
			{Text: "The ferry left late.", Cites: []string{"a2"}, BeyondBudget: true}},
		Computed: []string{"summary"},
	}
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(sb.String()), " ")
	if !strings.Contains(flat, "The ferry left late. [[2] The ferry left…] (past the word budget") || strings.Count(flat, "past the word budget") != 1 {
		t.Errorf("the budget mark is missing or misplaced:\n%s", sb.String())
	}
}

// A story with more sources than the matrix has columns for keeps the
// article that contradicts a claim, however late it comes, and leaves out
// the ones that state the fewest claims.
func TestClaimColumnsKeepDissent(t *testing.T) {
	n := maxClaimSources + 3
	claims := []view.Claim{{ID: "c1", Cells: make([]view.Cell, n)}, {ID: "c2", Cells: make([]view.Cell, n)}}
	for i := range n {
		claims[0].Cells[i].State, claims[1].Cells[i].State = "states", "states"
	}
	claims[0].Cells[n-1].State = "contradicts" // the last article dissents
	for _, i := range []int{2, 5, 7} {         // three say nothing at all
		claims[0].Cells[i].State, claims[1].Cells[i].State = "silent", "silent"
	}
	cols := claimColumns(claims, n)
	if len(cols) != maxClaimSources {
		t.Fatalf("%d columns, want %d", len(cols), maxClaimSources)
	}
	if !slices.Contains(cols, n-1) {
		t.Errorf("columns %v leave out the dissenting article %d", cols, n-1)
	}
	for _, i := range []int{2, 5, 7} {
		if slices.Contains(cols, i) {
			t.Errorf("columns %v keep silent article %d over ones that state claims", cols, i)
		}
	}
	if !slices.IsSorted(cols) {
		t.Errorf("columns %v not in source order", cols)
	}
}
