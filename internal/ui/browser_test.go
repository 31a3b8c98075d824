package ui_test

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/browsertest"
	"github.com/corroborate/corroborate/internal/dossier"
)

// TestPartialQuotesInBrowser opens a story page in headless Chromium and
// checks what a reader sees of the quotes: quoted words inside an
// article's own sentence are marked "partial quote" where they are, a
// whole quotation is not, and the speakers are listed with their kind,
// roles and the other names the articles use for them.
func TestPartialQuotesInBrowser(t *testing.T) {
	d := dossier.Build([]corroborate.Article{
		{ID: "a1", Title: "Levy row on the quay", Text: "Councillor Mira Osei called the harbour levy “a cheap trick” on Monday.\n\n" +
			"“We will fight this levy in every chamber of the council,” Osei said at the quay."},
		{ID: "a2", Title: "Osei vows to fight levy", Text: "Mira Osei, a councillor for the east ward, said the levy was unfair.\n\n" +
			"“We will fight this levy in every chamber of the council,” Osei told reporters."},
	}, dossier.Options{})
	eval := openStoryPage(t, d, "levy", "#quotes")
	rowOf := func(words string) string {
		return `(Array.from(document.querySelectorAll("#quotes table.quotes tbody tr")).find(tr => tr.cells[0].innerText.includes("` + words + `")) || {innerText: "no row"})`
	}
	if got := eval(rowOf("cheap trick") + `.innerText`); !strings.Contains(got, "partial quote") {
		t.Errorf("the row of quoted words inside a sentence does not say partial quote: %q", got)
	}
	if got := eval(`(() => { const e = ` + rowOf("cheap trick") + `.querySelector(".partial"); return e && e.offsetHeight > 0 ? "visible" : "hidden" })()`); got != "visible" {
		t.Errorf("the partial quote mark is %s, want visible", got)
	}
	if got := eval(rowOf("every chamber") + `.innerText`); got == "no row" || strings.Contains(got, "partial") {
		t.Errorf("the whole quotation's row: %q, want it there and not marked partial", got)
	}
	speakers := eval(`(document.querySelector("#quotes ul.speakers") || {innerText: ""}).innerText`)
	for _, s := range d.Speakers {
		for _, want := range append([]string{s.Name, "(" + s.Kind + ")"}, append(s.Roles, s.Aliases...)...) {
			if !strings.Contains(speakers, want) {
				t.Errorf("the speakers list lacks %q of %s: %q", want, s.ID, speakers)
			}
		}
	}
	if len(d.Speakers) == 0 || !strings.Contains(speakers, "Osei") {
		t.Errorf("the story's speakers %+v are not listed: %q", d.Speakers, speakers)
	}
}

// TestOffTopicInBrowser opens the page of a story with a report of
// another event among its own in headless Chromium and checks what a
// reader sees: a notice naming the article and why, and a visible mark on
// its row of the sources table and on no other row.
func TestOffTopicInBrowser(t *testing.T) {
	eval := openStoryPage(t, damStory(true), "dam", "#sources")
	note := eval(`(() => { const e = document.querySelector(".off-topic-note"); return e && e.offsetHeight > 0 ? e.innerText : "no visible notice" })()`)
	if !strings.Contains(note, "[4] Quillon wins") || !strings.Contains(note, "probably another story") {
		t.Errorf("the off-topic notice: %q, want it to name [4] and say probably another story", note)
	}
	rows := eval(`Array.from(document.querySelectorAll("#sources tbody tr")).map(tr => { const m = tr.querySelector(".off-topic"); return tr.cells[0].innerText + ":" + (m && m.offsetHeight > 0 ? "marked" : "plain") }).join(" ")`)
	if rows != "1:plain 2:plain 3:plain 4:marked" {
		t.Errorf("the sources rows: %q, want only the 4th marked off topic", rows)
	}
}

// openStoryPage stores d as story id, opens its page in headless Chromium,
// waits for the element css to show and returns a function that evaluates
// JavaScript on the page to a string.
func openStoryPage(t *testing.T, d *corroborate.Dossier, id, css string) func(js string) string {
	t.Helper()
	js, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(siteOver(t, storedStory(t, id, d, js), id).handler)
	t.Cleanup(srv.Close)
	ctx := browsertest.Context(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/stories/"+id), chromedp.WaitVisible(chromedp.CSS(css))); err != nil {
		t.Fatalf("open the story page: %v", err)
	}
	return func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}
}

// TestLongTokenKeepsTablesInView opens the page of a story whose title and
// quotation carry one long unbroken address and checks that no table is
// wider than the page: the address folds inside its cell, rather than
// pushing the date, originality and provenance columns out of sight.
func TestLongTokenKeepsTablesInView(t *testing.T) {
	addr := "https://ferries.example/notices/" + strings.Repeat("q", 160)
	text := "Ferry crews in Marrowby walked out on Tuesday after the harbor board cut their night shifts.\n\n" +
		"“We will not sail until the shifts are back, as " + addr + " says,” said Dora Quill, the crews' secretary."
	d := dossier.Build([]corroborate.Article{
		{ID: "f1", Title: "Marrowby ferry strike " + addr, Text: text},
		{ID: "f2", Title: "Crews walk out " + addr, Text: text + "\n\nThe board did not comment."},
	}, dossier.Options{})
	eval := openStoryPage(t, d, "ferry", "#sources")
	wide := eval(`Array.from(document.querySelectorAll(".scroll")).filter(e => e.scrollWidth > e.clientWidth + 1).map(e => (e.closest("section") || e).id + " " + e.scrollWidth + ">" + e.clientWidth).join("; ")`)
	if wide != "" {
		t.Errorf("tables wider than the page: %s", wide)
	}
}
