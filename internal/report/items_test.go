package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func text(t *testing.T, d *corroborate.Dossier) string {
	t.Helper()
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// itemsDossier is a fictional story whose article ids look like content
// hashes, with one known outlet of three.
func itemsDossier() *corroborate.Dossier {
	wire := "Coastal Wire"
	return &corroborate.Dossier{
		Story: corroborate.Story{Title: "Storm closes the harbor", Articles: 3, Outlets: 3, Origins: 2},
		Articles: []corroborate.Article{
			{ID: "3cd174ae6ec6", Outlet: &wire, Title: "Storm closes the harbor", Source: "in/001_3cd174ae6ec6aa.txt"},
			{ID: "a99ee739dec6", Title: "Harbor shut as storm nears", Source: "in/harbor-shut.txt"},
			{ID: "c01b88cd376b", Title: "Fishing fleet stays in port", Source: "in/fleet.html"},
		},
		Reuse: []corroborate.Reuse{{From: "3cd174ae6ec6", To: "a99ee739dec6", Kind: "near-verbatim", Shared: 0.5, Evidence: []string{
			"3cd174ae6ec6 is a news agency's text (Coastal Wire)",
			"a99ee739dec6 has the longer version of the shared passages (90 words vs 80 in 3cd174ae6ec6)",
		}}},
		Conflicts: []corroborate.Conflict{{Kind: "quote-speaker", About: "The gates stay shut.", Confidence: 0.8,
			Note:  "the same words are attributed to Ana Ruiz (3cd174ae6ec6) and to Ben Ode (c01b88cd376b)",
			Sides: []corroborate.ConflictSide{{Value: "Ana Ruiz", Articles: []string{"3cd174ae6ec6"}}, {Value: "Ben Ode", Articles: []string{"c01b88cd376b"}}}}},
		Computed: []string{"quotes", "reuse", "claims"},
	}
}

// Items 3, 4, 6 and 7 in the terminal report.
func TestReportItems(t *testing.T) {
	out := text(t, itemsDossier())
	flat := strings.Join(strings.Fields(out), " ")
	// The story's title is the outlets' words: printed as written, while
	// the section headings are upper-cased.
	if !strings.HasPrefix(out, "Storm closes the harbor\n=======================\n") {
		t.Errorf("the title is not printed as written:\n%s", out[:min(len(out), 200)])
	}
	// Item 3: outlets known, not one per unknown article; origins defined.
	for _, want := range []string{"3 articles: 1 from Coastal Wire; 2 whose outlet is not known.",
		"2 independent origins: an article that takes more than a third of its text from another counts with its origin."} {
		if !strings.Contains(flat, want) {
			t.Errorf("item 3: the report lacks %q", want)
		}
	}
	// Item 4: short labels and a legend, never the content hash.
	for _, id := range []string{"3cd174ae6ec6", "a99ee739dec6", "c01b88cd376b"} {
		if strings.Contains(strings.ReplaceAll(out, "001_3cd174ae6ec6aa", ""), id) {
			t.Errorf("item 4: the report names an article by its id %s", id)
		}
	}
	if !strings.Contains(flat, "ARTICLES ======== - [1] Coastal Wire: Storm closes the harbor (in/001_3cd174ae6ec6aa.txt) - [2] harbor-shut: Harbor shut as storm nears") {
		t.Errorf("item 4: no legend of the labels:\n%s", out)
	}
	// Item 6: the point that argues the other way is said to, and how sure.
	if !strings.Contains(flat, "[1] → [2], unsure. For: [1] Coastal Wire is a news agency's text (Coastal Wire). Against: [2] harbor-shut has the longer version") {
		t.Errorf("item 6: evidence not split into for and against:\n%s", out)
	}
	// Item 7: each conflict said once: no note repeating the sides.
	sec := flat[strings.Index(flat, "CONFLICTS"):strings.Index(flat, "SOURCES")]
	if n := strings.Count(sec, "Ana Ruiz"); n != 1 {
		t.Errorf("item 7: the conflict names Ana Ruiz %d times:\n%s", n, sec)
	}
	if m := regexp.MustCompile(`\. [a-z]`).FindString(sec); m != "" {
		t.Errorf("item 7: a sentence of the conflicts starts lower-case (%q):\n%s", m, sec)
	}
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 100 {
			t.Errorf("a line of %d columns: %q", n, line)
		}
	}
}

// Item 5: a one-article dossier says what one article supports and nothing
// about agreement.
func TestReportOneArticle(t *testing.T) {
	wire := "Coastal Wire"
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Storm closes the harbor", Articles: 1, Outlets: 1, Origins: 1},
		Articles: []corroborate.Article{{ID: "a1", Outlet: &wire, Title: "Storm closes the harbor"}},
		Claims: []corroborate.Claim{{ID: "c1", Text: "Ruiz reported from the quay.", Origins: 1,
			Support: []corroborate.ClaimSupport{{Article: "a1"}}}},
		Computed: []string{"quotes", "reuse", "claims"},
	}
	out := strings.Join(strings.Fields(text(t, d)), " ")
	for _, bad := range []string{"1 articles", "1 outlets", "claims stated by more than one", "Ruiz reported from the quay", "independent origins"} {
		if strings.Contains(out, bad) {
			t.Errorf("one article: the report says %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{"1 article, from Coastal Wire.", "One article cannot show agreement", "One article cannot contradict another."} {
		if !strings.Contains(out, want) {
			t.Errorf("one article: the report lacks %q:\n%s", want, out)
		}
	}
}

// An article known by nothing but its title is listed with its title once,
// not with the title's first words and then the title again.
func TestLegendTitleOnce(t *testing.T) {
	d := &corroborate.Dossier{
		Story: corroborate.Story{Title: "Storm closes the harbor", Articles: 2, Outlets: 2, Origins: 2},
		Articles: []corroborate.Article{
			{ID: "a1", Title: "Storm closes the harbor at Linden Bay", Source: "in/0001_9b8e7d6c5a4f3e2d.txt"},
			{ID: "a2", Title: "Fishing fleet stays in port", Source: "in/0002_8a7f6e5d4c3b2a19.txt"},
		},
		Computed: []string{"quotes"},
	}
	flat := strings.Join(strings.Fields(text(t, d)), " ")
	if !strings.Contains(flat, "- [1] Storm closes the harbor at Linden Bay (in/0001_9b8e7d6c5a4f3e2d.txt)") || strings.Contains(flat, "harbor…: Storm") {
		t.Errorf("the legend repeats the title or lacks it:\n%s", flat)
	}
}
