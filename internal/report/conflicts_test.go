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
		`- [who said it] “We will not sail until every plate is checked”: "Mara Quint" in [1] Lakeside Gazette vs "Tobias Renn" in [3] article a3 (confidence 0.90) -`,
		`- [wording of a quotation] "The hull is sound" in [1] Lakeside Gazette vs "The hull is cracked" in [2] article a2. The quotation reads "sound" in one version and "cracked" in another. (confidence 0.75)`,
		`- [figure] The ferry carries 4,200 people a day: "4,200 people" in [1] Lakeside Gazette vs "6,500 people" in [2] article a2 (confidence 0.60)`,
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

// Under each conflict the reports give the passages its sides rest on,
// each once and whole, but not a passage that is only the quotation the
// conflict is about.
func TestConflictPassages(t *testing.T) {
	long := "The harbour master said on Friday that the ferry, which has run since 1974 and was refitted twice, carries 4,200 people a day in summer and about half as many in winter, when the northern route closes."
	text1 := long + " “We will not sail until every plate is checked,” said Mara Quint."
	text2 := "Some 6,500 people a day use the ferry."
	d := conflictsDossier()
	d.Articles[0].Text, d.Articles[1].Text = text1, text2
	quote := strings.Index(text1, "“")
	d.Conflicts[0].Sides[0].Spans = []corroborate.ClaimSupport{{Article: "a1", Start: 0, End: len(long)}, {Article: "a1", Start: 0, End: len(long)}}
	d.Conflicts[0].Sides[1].Spans = []corroborate.ClaimSupport{{Article: "a2", Start: 0, End: len(text2)}}
	d.Conflicts[1].Sides[0].Spans = []corroborate.ClaimSupport{{Article: "a1", Start: quote, End: strings.Index(text1, " said")}}
	for name, render := range renderers {
		var sb strings.Builder
		if err := render(&sb, d); err != nil {
			t.Fatal(err)
		}
		sec := sb.String()
		sec = sec[strings.Index(strings.ToUpper(sec), "CONFLICTS"):strings.Index(strings.ToUpper(sec), "SOURCES")]
		flat := strings.Join(strings.Fields(strings.ReplaceAll(sec, `\`, "")), " ")
		for _, want := range []string{
			"(confidence 0.60) - [1] Lakeside Gazette: “" + long + "” - [2] Some 6,500 people…: “" + text2 + "”",
		} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: the conflicts lack %q:\n%s", name, want, sec)
			}
		}
		if n := strings.Count(flat, "every plate is checked"); n != 1 {
			t.Errorf("%s: the quotation in conflict is written %d times, want once (the passage that is only the quotation left out):\n%s", name, n, sec)
		}
		if n := strings.Count(flat, "refitted twice"); n != 1 {
			t.Errorf("%s: a passage cited twice by one side is written %d times, want once:\n%s", name, n, sec)
		}
		if !strings.Contains(sec, "    - [") && !strings.Contains(sec, `    - \[`) {
			t.Errorf("%s: the passages are not indented under their conflict:\n%s", name, sec)
		}
	}
}

// A conflict about a quotation's wording says who said it, when the
// articles agree, both in the conflicts and beside the quotes.
func TestWordingConflictNamesSpeaker(t *testing.T) {
	d := conflictsDossier()
	d.Conflicts = d.Conflicts[2:]
	quint := "s1"
	d.Speakers = []corroborate.Speaker{{ID: quint, Name: "Mara Quint"}}
	d.Quotes = []corroborate.Quote{
		{ID: "q1", Text: "The hull is sound", Mentions: []corroborate.QuoteMention{{Article: "a1", Speaker: &quint, End: 1}}},
		{ID: "q2", Text: "The hull is cracked", Mentions: []corroborate.QuoteMention{{Article: "a2", Speaker: &quint, End: 1}}},
	}
	d.Articles[0].Text, d.Articles[1].Text = "x", "x"
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	for _, want := range []string{
		`- [wording of a quotation] said by Mara Quint: "The hull is sound" in [1] Lakeside Gazette`,
		`The wording of a quotation by Mara Quint differs: “The hull is sound” in [1] Lakeside Gazette`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestConflictSideOffTopic checks that a side resting on an article off
// topic says so, and the article's reason is at the head of the report.
func TestConflictSideOffTopic(t *testing.T) {
	d := conflictsDossier()
	d.Articles[2].OffTopic, d.Articles[2].OffTopicReason = true, "shares little of its vocabulary with the other articles: probably another story"
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(sb.String()), " ")
	for _, want := range []string{
		"Off topic: 1 article shares little with the rest of the story.",
		"- [3] article a3 shares little of its vocabulary with the other articles: probably another story.",
		`"Tobias Renn" in [3] article a3 (off topic) (confidence 0.90)`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "[1] Lakeside Gazette (off topic)") {
		t.Errorf("an article on topic is marked off topic:\n%s", out)
	}
}
