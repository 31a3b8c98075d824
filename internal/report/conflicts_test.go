package report

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func conflictsDossier() *corroborate.Dossier {
	return &corroborate.Dossier{
		Story:    corroborate.Story{ConflictsHeldBack: 2},
		Articles: []corroborate.Article{{ID: "a1", Outlet: corroborate.StrPtr("Lakeside Gazette")}, {ID: "a2"}, {ID: "a3"}},
		Conflicts: []corroborate.Conflict{
			{Kind: "number", About: "The ferry carries 4,200 people a day.", Confidence: 0.6,
				Note:  "Articles give different figures: \"4,200 people\" (a1) vs \"6,500 people\" (a2).",
				Sides: []corroborate.ConflictSide{{Value: "4,200 people", Articles: []string{"a1"}}, {Value: "6,500 people", Articles: []string{"a2"}}}},
			{Kind: "quote-speaker", About: "We will not sail until every plate is checked", Confidence: 0.9,
				Note:  "the same words are attributed to Mara Quint (a1) and to Tobias Renn (a3)",
				Sides: []corroborate.ConflictSide{{Value: "Mara Quint", Articles: []string{"a1"}}, {Value: "Tobias Renn", Articles: []string{"a3"}}}},
			{Kind: "quote-wording", About: "The hull is sound", Confidence: 0.75,
				Note:  "the quotation reads \"sound\" in one version and \"cracked\" in another",
				Sides: []corroborate.ConflictSide{{Value: "The hull is sound", Articles: []string{"a1"}}, {Value: "The hull is cracked", Articles: []string{"a2"}}}},
		},
		Computed: []string{"quotes", "claims"},
	}
}

func TestConflictsSection(t *testing.T) {
	var sb strings.Builder
	if err := Text(&sb, conflictsDossier()); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	sec := strings.Join(strings.Fields(out[strings.Index(out, "CONFLICTS"):strings.Index(out, "SOURCES")]), " ")
	for _, want := range []string{
		"3 points on which the articles disagree, the surest first. 2 more possible conflicts were held back as unsure.",
		`- [who said it] “We will not sail until every plate is checked”: "Mara Quint" in [1] Lakeside Gazette vs "Tobias Renn" in [3] article a3. (confidence 0.90) -`,
		`- [wording of a quotation] "The hull is sound" in [1] Lakeside Gazette vs "The hull is cracked" in [2] article a2. The quotation reads "sound" in one version and "cracked" in another. (confidence 0.75)`,
		`- [figure] The ferry carries 4,200 people a day: "4,200 people" in [1] Lakeside Gazette vs "6,500 people" in [2] article a2. (confidence 0.60)`,
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("conflicts section lacks %q:\n%s", want, sec)
		}
	}
	if i, j, k := strings.Index(sec, "[who said it]"), strings.Index(sec, "[wording"), strings.Index(sec, "[figure]"); !(i < j && j < k) {
		t.Errorf("conflicts not ordered by confidence (0.9, 0.75, 0.6):\n%s", sec)
	}
	if n := strings.Count(sec, "Tobias Renn"); n != 1 {
		t.Errorf("a side is written %d times, want once:\n%s", n, sec)
	}
}

func TestConflictsSectionAllHeldBack(t *testing.T) {
	d := conflictsDossier()
	d.Conflicts = nil
	d.Story.ConflictsHeldBack = 1
	var sb strings.Builder
	if err := Markdown(&sb, d); err != nil {
		t.Fatal(err)
	}
	want := "The articles do not contradict each other on facts and quotations. 1 possible conflict was held back as unsure."
	if !strings.Contains(sb.String(), want) {
		t.Errorf("Markdown lacks %q:\n%s", want, sb.String())
	}
}
