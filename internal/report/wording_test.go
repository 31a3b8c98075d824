package report

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// wordingDossier is three articles stating one claim, two in its words (one
// with other punctuation) and one in its own, which also holds markup.
func wordingDossier() *corroborate.Dossier {
	texts := []string{
		"The ferry to Port Alder was cancelled on Monday. Gulls sang.",
		"Officials said the <b>Port Alder</b> ferry did not *sail* on Monday.",
		"The ferry to Port Alder was cancelled on Monday!",
	}
	d := &corroborate.Dossier{Computed: []string{"claims", "summary"}}
	for i, t := range texts {
		d.Articles = append(d.Articles, corroborate.Article{ID: string(rune('a'+i)) + "1", Text: t})
	}
	d.Articles[0].Outlet = corroborate.StrPtr("Alder Courier")
	d.Articles[1].Outlet = corroborate.StrPtr("Harbour Post")
	d.Articles[2].Outlet = corroborate.StrPtr("Bay Radio")
	own := corroborate.ClaimSupport{Article: "a1", Start: 0, End: 48}
	other := corroborate.ClaimSupport{Article: "b1", Start: 0, End: len(texts[1])}
	same := corroborate.ClaimSupport{Article: "c1", Start: 0, End: len(texts[2])}
	d.Claims = []corroborate.Claim{{ID: "c1", Text: texts[0][:48], Origins: 2,
		Support: []corroborate.ClaimSupport{other, own, same}}}
	d.Summary = []corroborate.SummarySentence{{Text: texts[0][:48], Cites: []string{"a1"}, Spans: []corroborate.ClaimSupport{own},
		SupportedBy: []corroborate.ClaimSupport{other, same}}}
	return d
}

// The reports say which article words a claim how, as the web page's links
// to each passage do: the claim's own words are credited to the articles
// that write them, and each other wording is quoted with its articles.
func TestClaimWordings(t *testing.T) {
	out := flatText(t, wordingDossier())
	for _, want := range []string{
		"c1: The ferry to Port Alder was cancelled on Monday. [[1] Alder Courier, [3] Bay Radio] - [2] Harbour Post: “Officials said the <b>Port Alder</b> ferry did not *sail* on Monday.”",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	var md strings.Builder
	if err := Markdown(&md, wordingDossier()); err != nil {
		t.Fatal(err)
	}
	want := "    - \\[2\\] Harbour Post: “Officials said the &lt;b&gt;Port Alder&lt;/b&gt; ferry did not \\*sail\\* on Monday.”\n"
	if !strings.Contains(md.String(), want) {
		t.Errorf("Markdown lacks the other wording, escaped, %q:\n%s", want, md.String())
	}
}

// Under a summary sentence, each article that states it in other words is
// quoted, and one whose sentence differs only in punctuation is said to
// use the same words.
func TestSummaryOtherWordings(t *testing.T) {
	out := flatText(t, wordingDossier())
	want := "[[1] Alder Courier] (also stated by [2] Harbour Post, [3] Bay Radio) - [3] Bay Radio: in the same words - [2] Harbour Post: “Officials said"
	if !strings.Contains(out, want) {
		t.Errorf("summary lacks %q:\n%s", want, out)
	}
}

// flatText is d's text report with its white space collapsed.
func flatText(t *testing.T, d *corroborate.Dossier) string {
	t.Helper()
	var sb strings.Builder
	if err := Text(&sb, d); err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// Past maxWordings other wordings, the reports quote no more: one line
// names the articles that word the claim in words of their own.
func TestWordingsBeyondTheBound(t *testing.T) {
	d := wordingDossier()
	extra := []string{
		"Nobody crossed to Port Alder by ferry on Monday.",
		"Monday's Port Alder ferry stayed in its berth.",
		"The Port Alder crossing was called off on Monday.",
	}
	for i, x := range extra {
		id := string(rune('d'+i)) + "1"
		d.Articles = append(d.Articles, corroborate.Article{ID: id, Text: x, Outlet: corroborate.StrPtr("Desk " + string(rune('D'+i)))})
		d.Claims[0].Support = append(d.Claims[0].Support, corroborate.ClaimSupport{Article: id, Start: 0, End: len(x)})
	}
	out := flatText(t, d)
	if !strings.Contains(out, "[5] Desk E, [6] Desk F: in wordings not quoted here (the HTML and JSON reports quote them)") {
		t.Errorf("the wordings past the bound are not named on one line:\n%s", out)
	}
	if strings.Contains(out, "stayed in its berth") || strings.Contains(out, "called off on Monday") {
		t.Errorf("a wording past the bound is quoted:\n%s", out)
	}
	if !strings.Contains(out, "Nobody crossed to Port Alder") {
		t.Errorf("the second other wording is not quoted:\n%s", out)
	}
}
