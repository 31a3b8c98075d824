package dossier

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/quotes"
)

// A stage that panics loses its own part only: the dossier is put back as
// it was before it, the stage is named in Failed and left out of Computed,
// and the stages after it still run.
func TestFailedStageLosesOnlyItsPart(t *testing.T) {
	real := stageList
	t.Cleanup(func() { stageList = real })
	stageList = func() []stage {
		st := real()
		for i := range st {
			if st[i].name == "reuse" {
				st[i].run = func(d *corroborate.Dossier, opt Options) bool {
					d.Reuse = append(d.Reuse, corroborate.Reuse{From: "half", To: "written"})
					d.Articles[0].Originality = 0.5
					var m map[string]int
					m["boom"]++ // a defect: a write to a nil map
					return true
				}
			}
		}
		return st
	}
	arts := []corroborate.Article{
		{ID: "a1", Title: "Port Calder ferry strike ends", Text: "Ferry crews in Port Calder ended their strike on Friday after the harbour board agreed to new rotas, the union said."},
		{ID: "a2", Title: "Calder ferries sail again", Text: "Ferry crews in Port Calder ended their strike on Friday after the harbour board agreed to new rotas, the union said. Sailings resume on Saturday."},
	}
	d := Build(arts, Options{})
	if len(d.Failed) != 1 || d.Failed[0].Stage != "reuse" || !strings.Contains(d.Failed[0].Error, "internal error") {
		t.Fatalf("failed stages %+v, want reuse with its internal error", d.Failed)
	}
	for _, c := range d.Computed {
		if c == "reuse" {
			t.Errorf("computed %v names the failed stage", d.Computed)
		}
	}
	if len(d.Reuse) != 0 || d.Articles[0].Originality != 0 {
		t.Errorf("the failed stage's half-written part is kept: reuse %v, originality %v", d.Reuse, d.Articles[0].Originality)
	}
	if want := []string{"quotes", "claims", "summary"}; strings.Join(d.Computed, ",") != strings.Join(want, ",") {
		t.Errorf("computed %v, want the other stages %v", d.Computed, want)
	}
	if len(d.Claims) == 0 {
		t.Errorf("the stages after the failed one did not run: no claim from two articles stating one sentence")
	}
}

// A quote finder that fails on one article loses that article's
// quotations only: the others' are in the dossier, the stage is computed,
// and Failed names the article that failed.
func TestQuoteFailureLosesOneArticle(t *testing.T) {
	real := findQuotes
	t.Cleanup(func() { findQuotes = real })
	findQuotes = func(a corroborate.Article, opt quotes.Options) ([]quotes.Mention, error) {
		if a.ID == "bad" {
			var m map[string]int
			return quotes.TryExtractWith(a, opt, func(corroborate.Article, quotes.Options) []quotes.Mention {
				m["boom"]++ // a defect: a write to a nil map
				return nil
			})
		}
		return real(a, opt)
	}
	arts := []corroborate.Article{
		{ID: "good", Title: "Calder ferries sail again", Text: `"We are back on the water," said Ines Varga, the harbour master.`},
		{ID: "bad", Title: "Calder strike over", Text: `"It was a long month," said Tomas Brek, a deckhand.`},
	}
	d := Build(arts, Options{})
	if len(d.Failed) != 1 || d.Failed[0].Stage != "quotes" || d.Failed[0].Article != "bad" || !strings.Contains(d.Failed[0].Error, "internal error") {
		t.Fatalf("failed %+v, want the quotes stage naming article bad", d.Failed)
	}
	if !strings.Contains(strings.Join(d.Computed, ","), "quotes") {
		t.Errorf("computed %v: the quotes stage ran for the other article", d.Computed)
	}
	if len(d.Quotes) != 1 || !strings.Contains(d.Quotes[0].Text, "back on the water") {
		t.Errorf("quotes %+v, want the good article's one quotation", d.Quotes)
	}
}
