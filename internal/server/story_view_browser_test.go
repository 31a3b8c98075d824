package server_test

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestStoryViewBrowser opens the seed reports' story page in headless
// Chromium as a new user would (upload through the form, read the page) at
// desktop width and at 375 px, and checks that every finding is on it: the
// three conflicts, the McClatchy miscredit, the two uncredited copies, the
// "though not money" article marked as contradicting in the claims matrix,
// each conflict side with its passage; readable dates with the zone on
// hover; no page-wide sideways scrolling on a phone; a favicon.
// Screenshots go to the test's temp dir and CORROBORATE_SCREENSHOTS.
func TestStoryViewBrowser(t *testing.T) {
	seeds, _ := filepath.Glob("../../../shared/corpus/seeds/*.txt")
	if len(seeds) == 0 {
		t.Skip("SKIP (loud): ../shared/corpus/seeds not found; the seeds' story page was not checked in a browser")
	}
	ctx := browser(t)
	s := start(t, openSQLite(t), "")
	shots := t.TempDir()
	loc := uploadForm(t, ctx, s.URL, seeds)

	if n := eval[int](t, ctx, `document.querySelectorAll("#conflicts li.conflict").length`); n != 3 {
		t.Errorf("conflicts shown: %d, want 3", n)
	}
	if n := eval[int](t, ctx, `Array.from(document.querySelectorAll("#conflicts li.conflict .side-passage")).filter(e => e.offsetHeight > 0).length`); n < 6 {
		t.Errorf("conflict sides show %d visible passages, want one per side and article (at least 6)", n)
	}
	mis := eval[string](t, ctx, `Array.from(document.querySelectorAll("#provenance li.miscredit")).map(li => li.innerText).join("\n")`)
	if !strings.Contains(mis, "McClatchy") || !strings.Contains(mis, "Associated Press") {
		t.Errorf("no miscredit naming McClatchy over the Associated Press's text: %q", mis)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#provenance li.uncredited-copy").length`); n != 2 {
		t.Errorf("uncredited copies listed: %d, want 2", n)
	}
	// one copy takes the wire's text without a credit; the other credits
	// McClatchy for it, and says so rather than "uncredited copy"
	if n := eval[int](t, ctx, `Array.from(document.querySelectorAll("#provenance ul.reuse li")).filter(li => li.innerText.includes("uncredited copy")).length`); n != 1 {
		t.Errorf("reuse list marks %d copies uncredited, want 1", n)
	}
	if n := eval[int](t, ctx, `Array.from(document.querySelectorAll("#provenance ul.reuse li")).filter(li => li.innerText.includes("credited to McClatchy, not to the origin")).length`); n != 1 {
		t.Errorf("reuse list marks %d copies credited to McClatchy instead of the origin, want 1", n)
	}
	// The article that says "though not money" is marked as contradicting
	// the "provides money" claim, in words a screen reader reads.
	cell := eval[string](t, ctx, `(() => {
		const row = Array.from(document.querySelectorAll("#claims tr")).find(tr => tr.cells[0] && tr.cells[0].innerText.includes("provides"));
		if (!row) return "no row";
		const c = row.querySelector("td.cell.contradicts a");
		return c ? c.getAttribute("aria-label") + " -> " + c.getAttribute("href") : "no contradicting cell";
	})()`)
	if !strings.Contains(cell, "contradicts") || !strings.Contains(cell, "hl=") {
		t.Errorf("claims matrix: the 'provides money' claim has %q, want a contradicting cell linked to its passage", cell)
	}
	if got := eval[string](t, ctx, `Array.from(document.querySelectorAll("#claims li.contradiction")).map(li => li.innerText).join("\n")`); !strings.Contains(got, "[5]") {
		t.Errorf("the contradictions list does not name [5], the 'though not money' article: %q", got)
	}
	if raw := eval[bool](t, ctx, `document.querySelector("#sources").innerText.includes("T10:33")`); raw {
		t.Errorf("the sources table shows a raw RFC 3339 date")
	}
	if title := eval[string](t, ctx, `(document.querySelector("#sources time[title]") || {}).title || ""`); !strings.Contains(title, "-04:00") {
		t.Errorf("the date's zone is not on hover: title %q", title)
	}
	if eval[bool](t, ctx, `document.querySelector(".stages").innerText.includes("Stages run")`) {
		t.Errorf("the page still lists stage names instead of what was analysed")
	}
	if !eval[bool](t, ctx, `document.querySelector(".figures").innerText.includes("counts with its origin")`) {
		t.Errorf("the origins figure comes without its definition")
	}
	shot(t, ctx, filepath.Join(shots, "story-seeds-desktop.png"))

	must(t, "phone width", chromedp.Do(ctx, chromedp.EmulateViewport(375, 812), chromedp.Navigate(loc), chromedp.WaitVisible(chromedp.CSS(`#summary`))))
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 375 {
		t.Errorf("at 375 px the page is %d px wide: it scrolls sideways", w)
	}
	if !eval[bool](t, ctx, `getComputedStyle(document.querySelector("#sources .scroll-hint")).display !== "none"`) {
		t.Errorf("at 375 px the sources table gives no hint that it scrolls sideways")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#conflicts li.conflict").length`); n != 3 {
		t.Errorf("at 375 px: conflicts shown: %d, want 3", n)
	}
	shot(t, ctx, filepath.Join(shots, "story-seeds-375.png"))

	resp, err := http.Get(s.URL + "/favicon.ico")
	must(t, "favicon", err)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Type"), "svg") {
		t.Errorf("GET /favicon.ico: %d %s, want the icon", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if os.Getenv("CORROBORATE_SCREENSHOTS") == "" {
		t.Logf("screenshots in %s (set CORROBORATE_SCREENSHOTS to keep them)", shots)
	}
}
