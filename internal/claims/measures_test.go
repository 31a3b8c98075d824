package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// Two sentences worded apart that give one body's revenue for one year
// two ways conflict, though they never align as one claim; the near
// misses (another year, another body, a part of the revenue, a rounded
// figure, a bound, a forecast, a change) do not.
func TestMeasureConflictsAcrossSentences(t *testing.T) {
	dated := func(id, outlet, published, body string) corroborate.Article {
		a := article(id, outlet, body)
		a.Published = corroborate.StrPtr(published)
		return a
	}
	lead := func(id string) corroborate.Article {
		return article(id, "Lenna Post", `Talks on the sale of the ferry maker Wexcombe to the Orlin shipping group went on for a third day in Tarnby on Friday.

The board of Wexcombe met the buyers at a hotel near the harbour.`)
	}
	cases := []struct {
		name  string
		a, b  string
		pubA  string // the first article's date, when the case needs one
		pubB  string // the second article's date, when the case needs one
		want  bool
		about string
	}{
		{name: "revenue of one year given two ways",
			a:    `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b:    `The boatyard's founder told reporters on the quay that Wexcombe's revenue was $360 million in 2013, up from the year before.`,
			want: true, about: "Wexcombe revenue in 2013"},
		{name: "last year read from the article's date",
			a:    `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b:    `Wexcombe, the family firm that builds the Tarn ferries, told the Courier that its revenue was about $360 million last year.`,
			pubB: "2014-09-12", want: true, about: "Wexcombe revenue in 2013"},
		{name: "the year nearest the figure",
			a:    `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b:    `This year, Wexcombe, the family firm that builds the Tarn ferries, told the Courier that its revenue was about $360 million last year, up 38 percent from the year before.`,
			pubB: "2014-09-12", want: true, about: "Wexcombe revenue in 2013"},
		{name: "a year before the measure",
			a:    `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b:    `The boatyard's founder said Wexcombe's 2013 revenue was $360 million.`,
			want: true, about: "Wexcombe revenue in 2013"},
		{name: "revenue of a figure for a year",
			a:    `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b:    `Wexcombe posted revenue of $360 million for 2013, the boatyard's founder said.`,
			want: true, about: "Wexcombe revenue in 2013"},
		{name: "last year of an undated article is no year",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `Wexcombe, the family firm that builds the Tarn ferries, told the Courier that its revenue was about $360 million last year.`},
		{name: "last year of an undated article read from the story's dates",
			a:    `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b:    `Wexcombe, the family firm that builds the Tarn ferries, told the Courier that its revenue was about $360 million last year.`,
			pubA: "2014-09-11", want: true, about: "Wexcombe revenue in 2013"},
		{name: "last year of another year",
			a:    `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b:    `Wexcombe, the family firm that builds the Tarn ferries, told the Courier that its revenue was about $360 million last year.`,
			pubB: "2016-02-01"},
		{name: "different years",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue was $360 million in 2014.`},
		{name: "different bodies",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The buyer's chief told reporters on the quay that Orlin's revenue was $360 million in 2013.`},
		{name: "another body named before the measure",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `In 2013, Wexcombe said Orlin had revenue of $360 million.`},
		{name: "a sentence opening with the measure names no owner",
			a: `Wexcombe revenue was $326 million in 2013, the boatyard's founder said.`,
			b: `Revenue was $360 million in 2013, said the chief of Orlin, which builds the harbour tugs and reports its revenue every spring.`},
		{name: "a part against the whole",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's ferry revenue was $160 million in 2013.`},
		{name: "an -ing word narrows",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `Wexcombe posted advertising revenue of $60 million for 2013.`},
		{name: "revenue from one line",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `In 2013, Wexcombe brought in $160 million in revenue from its night ferries.`},
		{name: "a rounded figure",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue was about $330 million in 2013.`},
		{name: "the same figure rounded without a word",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue was $300 million in 2013.`},
		{name: "a bound",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue was more than $360 million in 2013.`},
		{name: "a forecast",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue would reach $360 million in 2013.`},
		{name: "a change",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue rose $36 million in 2013.`},
		{name: "a denial",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue was not $360 million in 2013.`},
		{name: "a question",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `Was Wexcombe's revenue really $360 million in 2013?`},
		{name: "a comparison with another year",
			a: `In 2012, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue was $360 million, up from $326 million in 2012.`},
		{name: "another measure",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's profit was $36 million in 2013.`},
		{name: "a quarter",
			a: `In 2013, Wexcombe brought in a reported $326 million in revenue.`,
			b: `The boatyard's founder told reporters on the quay that Wexcombe's revenue was $90 million in the last quarter of 2013.`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := lead("a"), lead("b")
			a.Text += "\n\n" + tc.a
			a.Sentences = article("a", "", a.Text).Sentences
			b = article("b", "Tarn Courier", b.Text+"\n\n"+tc.b)
			if tc.pubA != "" {
				a = dated("a", "Lenna Post", tc.pubA, a.Text)
			}
			if tc.pubB != "" {
				b = dated("b", "Tarn Courier", tc.pubB, b.Text)
			}
			res := Find([]corroborate.Article{a, b}, nil, Options{})
			var got *corroborate.Conflict
			for i, c := range res.Conflicts {
				if c.Kind == corroborate.ConflictNumber {
					got = &res.Conflicts[i]
				}
			}
			if !tc.want {
				if got != nil {
					t.Fatalf("conflict %q (%s), want none", got.Note, got.About)
				}
				return
			}
			if got == nil {
				t.Fatalf("no number conflict; conflicts: %+v", res.Conflicts)
			}
			if got.About != tc.about {
				t.Errorf("About = %q, want %q", got.About, tc.about)
			}
			if got.Confidence < SureConfidence {
				t.Errorf("Confidence = %v, want a sure conflict", got.Confidence)
			}
			if len(got.Sides) != 2 || !strings.Contains(got.Sides[0].Value+got.Sides[1].Value, "$326 million") {
				t.Errorf("sides = %+v, want $326 million against the other figure", got.Sides)
			}
		})
	}
}

// One article that gives both figures for the measure takes no side.
func TestMeasureConflictsOneArticleBothValues(t *testing.T) {
	a := article("a", "Lenna Post", `In 2013, Wexcombe brought in a reported $326 million in revenue.

Wexcombe's revenue was $360 million in 2013, its rival said.`)
	b := article("b", "Tarn Courier", `The ferry maker Wexcombe is for sale.

In 2013, Wexcombe brought in $360 million in revenue.`)
	for _, c := range Find([]corroborate.Article{a, b}, nil, Options{}).Conflicts {
		for _, sd := range c.Sides {
			if len(c.Sides) > 1 && strings.Contains(strings.Join(sd.Articles, ","), "a") && c.Kind == corroborate.ConflictNumber {
				t.Fatalf("conflict %q gives a side to article a, which states both values", c.Note)
			}
		}
	}
}
