package metadata

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"
)

func sp(s string) *string { return &s }

func TestScorePage(t *testing.T) {
	p := Page{
		Want: Expected{
			Title:         sp("Ferry returns to Linden Bay | Calder Gazette"),
			Byline:        sp("By Marta Quill\n   and Ines Okafor"),
			SiteName:      sp("the Calder Gazette"),
			PublishedTime: sp("2024-03-14T23:30:00-04:00"),
			Lang:          sp("en-US"),
		},
		Text: "The ferry is back.",
	}
	got := ScorePage(p, Prediction{
		Title: "Ferry returns to Linden Bay", Byline: []string{"Ines Okafor", "Marta Quill"}, Outlet: "Calder Gazette",
		Published: "2024-03-14T23:30:00-04:00", Language: "en", Text: "The ferry is back.",
	})
	want := map[string]bool{TitleExact: false, TitleLenient: true, BylineExact: true, SiteExact: true, SiteLenient: true, PublishedDay: true, LanguageMatch: true}
	for f, w := range want {
		if got.Right[f] != w {
			t.Errorf("%s = %v, want %v", f, got.Right[f], w)
		}
	}
	if got.TextF1 != 1 {
		t.Errorf("TextF1 = %v, want 1", got.TextF1)
	}
	// A UTC day differs from the day as written; a URL site name is
	// lenient only; nothing predicted is wrong.
	got = ScorePage(p, Prediction{Outlet: "http://www.caldergazette.example", Published: "2024-03-15T03:30:00Z", Byline: []string{"Marta Quill"}})
	for _, f := range []string{TitleLenient, BylineExact, SiteExact, PublishedDay, LanguageMatch} {
		if got.Right[f] {
			t.Errorf("%s right for a wrong prediction", f)
		}
	}
	if !got.Right[SiteLenient] {
		t.Errorf("site name lenient wrong for the site's own URL")
	}
	// Fields without an expectation are not scored.
	if got := ScorePage(Page{}, Prediction{Title: "x"}); len(got.Right) != 0 {
		t.Errorf("scored %v with no expectations", got.Right)
	}
}

func TestWordF1(t *testing.T) {
	if got := wordF1("a b c d", "a b x"); math.Abs(got-2*(2.0/3)*(0.5)/((2.0/3)+0.5)) > 1e-9 {
		t.Errorf("wordF1 = %v", got)
	}
}

func TestRunLeavesOutSynthetic(t *testing.T) {
	pages := []Page{
		{ID: "real", Want: Expected{Title: sp("Ferry returns")}},
		{ID: "lorem", Want: Expected{Title: sp("Lorem")}, Synthetic: true},
	}
	res, err := Run(context.Background(), "test", pages, func(p Page) Prediction { return Prediction{Title: "Ferry returns"} })
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 1 || res.Synthetic != 1 {
		t.Fatalf("scored %d pages, left out %d; want 1 and 1", len(res.Pages), res.Synthetic)
	}
	var b bytes.Buffer
	if err := Write(&b, []Result{res}, true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "metadata: test title_exact=1.000") || !strings.Contains(last, "left_out=1") {
		t.Errorf("summary line = %q", last)
	}
}
