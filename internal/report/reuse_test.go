package report

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func provenanceDossier() *corroborate.Dossier {
	courier := corroborate.Credit{Outlet: "Harbor Courier", Cue: "the Harbor Courier reported"}
	return &corroborate.Dossier{
		Story: corroborate.Story{Articles: 4, Origins: 2},
		Articles: []corroborate.Article{
			{ID: "a1", Outlet: corroborate.StrPtr("Harbor Courier"), Originality: 1},
			{ID: "a2", Originality: 0.36, Credits: []corroborate.Credit{courier}},
			{ID: "a3", Originality: 0.7, Credits: []corroborate.Credit{{Outlet: "Reuters", Cue: "According to Reuters"}}},
			{ID: "a4", Originality: 1},
		},
		Reuse: []corroborate.Reuse{
			{From: "a1", To: "a2", Kind: "condensed", Shared: 0.64, Credited: true, Credit: &courier,
				Evidence: []string{"a2 credits Harbor Courier: 'the Harbor Courier reported'"},
				Passages: []corroborate.Passage{{From: [2]int{0, 10}, To: [2]int{0, 9}}}},
			{From: "a1", To: "a3", Kind: "verbatim", Shared: 0.3,
				Evidence:   []string{"a1 published first"},
				Passages:   []corroborate.Passage{{From: [2]int{0, 10}, To: [2]int{5, 15}}, {From: [2]int{20, 30}, To: [2]int{25, 35}}},
				Miscredits: []corroborate.Credit{{Outlet: "Reuters", Cue: "According to Reuters"}}},
		},
		Computed: []string{"reuse"},
	}
}

func TestProvenanceSection(t *testing.T) {
	var sb strings.Builder
	if err := Text(&sb, provenanceDossier()); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	for _, want := range []string{
		"PROVENANCE",
		"2 of 4 articles take text from another article of the story. 2 independent origins: an article that takes more than a third of its text from another counts with its origin.",
		"[1] Harbor Courier → [2] article a2: condensed, 64% of [2], credited: 'the Harbor Courier reported' (1 passage)",
		"[1] Harbor Courier → [3] article a3: verbatim, 30% of [3], credited to Reuters, not to the origin (2 passages)",
		"[1] → [2], likely. For: [2] article a2 credits Harbor Courier",
		"[3] article a3 takes 30% of its text from [1] Harbor Courier and credits Reuters for that text, not Harbor Courier",
		"[3] article a3 credits Reuters ('According to Reuters') in 1 place for text that matches [1] Harbor Courier",
		"2 - 36% 'the Harbor Courier reported'",
		"3 - 70% 'According to Reuters'",
	} {
		wantIn(t, out, want, sb.String())
	}
	if strings.Contains(out, "a2 takes") {
		t.Errorf("a credited copy is listed as uncredited:\n%s", sb.String())
	}
}

func TestProvenanceNotComputed(t *testing.T) {
	d := provenanceDossier()
	d.Computed = nil
	var sb strings.Builder
	if err := Markdown(&sb, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sb.String(), "## Provenance\n\nnot computed yet") {
		t.Errorf("Markdown without the reuse stage lacks the not-computed note:\n%s", sb.String())
	}
}

// TestProvenanceUnsureDirection checks that a shared passage whose
// direction is unsure is not written as a copy: no arrow, no "not
// credited" charge.
func TestProvenanceUnsureDirection(t *testing.T) {
	d := provenanceDossier()
	d.Reuse = append(d.Reuse, corroborate.Reuse{From: "a1", To: "a4", Kind: "condensed", Shared: 0.5,
		Passages: []corroborate.Passage{{From: [2]int{0, 10}, To: [2]int{0, 10}}}})
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	if want := "[1] Harbor Courier ↔ [4] article a4: condensed, 50% of [4] shared; which copied which is unsure"; !strings.Contains(out, want) {
		t.Errorf("report lacks %q:\n%s", want, sb.String())
	}
	if strings.Contains(out, "→ [4] article a4") {
		t.Errorf("an unsure direction is written as a copy:\n%s", sb.String())
	}
}

// TestProvenanceOneOutlet checks that text one outlet's two articles share
// is written as its own, with no "not credited" charge.
func TestProvenanceOneOutlet(t *testing.T) {
	d := provenanceDossier()
	d.Articles[3].Outlet = corroborate.StrPtr("Harbor Courier")
	d.Reuse = append(d.Reuse, corroborate.Reuse{From: "a1", To: "a4", Kind: "near-verbatim", Shared: 0.2, SameOutlet: "Harbor Courier",
		Evidence: []string{"a1 published first"}, Passages: []corroborate.Passage{{From: [2]int{0, 10}, To: [2]int{0, 10}}}})
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	for _, want := range []string{
		"[1] Harbor Courier → [4] Harbor Courier: near-verbatim, 20% of [4], both from Harbor Courier, no credit owed (1 passage)",
		"[4] Harbor Courier takes 20% of its text from [1] Harbor Courier; both are from Harbor Courier, so this is Harbor Courier updating its own story, not an uncredited copy",
	} {
		wantIn(t, out, want, sb.String())
	}
	if strings.Contains(out, "[4] Harbor Courier takes 20% of its text from [1] Harbor Courier without crediting it") {
		t.Errorf("one outlet's own text is charged as a copy:\n%s", sb.String())
	}
}

// wantIn fails the test when the report, its words joined by single spaces
// in out, lacks want.
func wantIn(t *testing.T, out, want, report string) {
	t.Helper()
	if !strings.Contains(out, want) {
		t.Errorf("report lacks %q\nreport:\n%s", want, report)
	}
}

// Each copy is shown with its longest shared passage as the copy words it,
// cut to maxPassageWords: the copying can be checked from the report.
func TestProvenanceLongestPassage(t *testing.T) {
	copyText := "Harbor news. The ferry ran aground at dawn on the bar off Calder Point. Crews worked all day. " + strings.Repeat("word ", 60)
	d := &corroborate.Dossier{
		Articles: []corroborate.Article{
			{ID: "a1", Outlet: corroborate.StrPtr("Harbor Courier"), Originality: 1},
			{ID: "a2", Outlet: corroborate.StrPtr("Tarn Radio"), Text: copyText},
		},
		Reuse: []corroborate.Reuse{{From: "a1", To: "a2", Kind: "verbatim", Shared: 0.4, Evidence: []string{"a1 published first"},
			Passages: []corroborate.Passage{{To: span(copyText, "Harbor news.")}, {To: span(copyText, "The ferry ran aground at dawn on the bar off Calder Point.")},
				{To: span(copyText, "Crews worked all day.")}, {To: [2]int{strings.Index(copyText, "word"), len(copyText)}}}}},
		Computed: []string{"reuse"},
	}
	for _, render := range []func(*strings.Builder, *corroborate.Dossier) error{
		func(sb *strings.Builder, d *corroborate.Dossier) error { return Text(sb, d) },
		func(sb *strings.Builder, d *corroborate.Dossier) error { return Markdown(sb, d) },
	} {
		var sb strings.Builder
		if err := render(&sb, d); err != nil {
			t.Fatal(err)
		}
		out := strings.ReplaceAll(strings.Join(strings.Fields(sb.String()), " "), `\`, "") // Markdown escapes brackets
		want := "longest shared passage, in [2]: “" + strings.TrimSpace(strings.Repeat("word ", maxPassageWords)) + " …”"
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, sb.String())
		}
	}
	d.Reuse[0].Passages = d.Reuse[0].Passages[:3]
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	if out := strings.Join(strings.Fields(sb.String()), " "); !strings.Contains(out, "in [2]: “The ferry ran aground at dawn on the bar off Calder Point.”") {
		t.Errorf("the longest of three passages is not shown whole:\n%s", sb.String())
	}
}

// span is where part stands in s.
func span(s, part string) [2]int {
	i := strings.Index(s, part)
	return [2]int{i, i + len(part)}
}

// TestProvenanceUnverifiableCredit checks that a copy whose origin's
// outlet is unknown, and which credits some outlet, is not said to be
// "not credited": its credit may name the origin.
func TestProvenanceUnverifiableCredit(t *testing.T) {
	d := provenanceDossier()
	d.Articles[3].Credits = []corroborate.Credit{{Outlet: "Skerry Post", Cue: "the Skerry Post reports"}}
	d.Reuse = append(d.Reuse, corroborate.Reuse{From: "a2", To: "a4", Kind: "verbatim", Shared: 0.5,
		Evidence: []string{"a2 published first"},
		Passages: []corroborate.Passage{{From: [2]int{0, 10}, To: [2]int{0, 10}}}})
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	wantIn(t, out, "[2] article a2 → [4] article a4: verbatim, 50% of [4], credits Skerry Post, unverifiable: the origin's outlet is not known (1 passage)", sb.String())
}
