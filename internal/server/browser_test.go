package server_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/browsertest"
)

// browser is a headless Chromium for the whole test (see browsertest).
func browser(t *testing.T) context.Context { return browsertest.Context(t) }

func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	must(t, js, err)
	return v
}

// TestBrowser uploads the fixture story through the web form in headless
// Chromium, reads its page, follows citations to their passages, checks
// that article markup never runs, that the page fits a phone and prints,
// and saves screenshots under the test's temp dir.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	store := openSQLite(t)
	s := start(t, store, "")
	crafted := storeCrafted(t, s)
	shots := t.TempDir()

	// The example story of the repository when it is there (six outlets,
	// HTML and text), else the test's own three reports.
	files, _ := filepath.Glob("../../examples/wexley-bridge/0*")
	if len(files) == 0 {
		t.Log("examples/wexley-bridge not found; uploading testdata/story instead")
		files = storyFiles(t)
	}
	loc := uploadForm(t, ctx, s.URL, files)
	for _, id := range []string{"summary", "conflicts", "sources", "provenance", "quotes", "claims"} {
		if !eval[bool](t, ctx, `!!document.getElementById("`+id+`")`) {
			t.Errorf("story page has no #%s section", id)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("table.sources tbody tr").length`); n != len(files) {
		t.Errorf("sources table has %d rows, want %d", n, len(files))
	}
	// Every stage runs (an import-rules test requires it), so the quotes
	// are computed; both stories attribute one quote to different people in
	// different reports.
	if eval[bool](t, ctx, `!!document.querySelector("#quotes .pending")`) {
		t.Errorf("story page says the quotes are not computed")
	} else if n := eval[int](t, ctx, `document.querySelectorAll("#quotes tr.conflict").length`); n < 1 {
		t.Errorf("quotes computed but no quote conflict shown")
	} else if first := eval[string](t, ctx, `document.querySelector("#quotes tbody tr").className`); first != "conflict" {
		t.Errorf("first quote row has class %q, want the conflict first", first)
	}
	noScriptRan(t, ctx, "uploaded story page")
	shot(t, ctx, filepath.Join(shots, "story.png"))
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF())
	must(t, "print", err)
	if len(pdf) < 2000 || !strings.HasPrefix(string(pdf), "%PDF") {
		t.Errorf("printing the story page gave %d bytes, want a PDF", len(pdf))
	}
	must(t, "write pdf", os.WriteFile(filepath.Join(shots, "story.pdf"), pdf, 0o644))

	// The uploaded article that holds <script> and <img onerror> as text.
	if !strings.Contains(files[0], "testdata") {
		uploadForm(t, ctx, s.URL, storyFiles(t))
		noScriptRan(t, ctx, "story page with markup in a title")
	}
	ridgeline := eval[string](t, ctx, `Array.from(document.querySelectorAll("table.sources a")).find(a => a.textContent.includes("what went wrong")).href`)
	must(t, "open the uploaded article with markup", chromedp.Do(ctx, chromedp.Navigate(ridgeline), chromedp.WaitVisible(chromedp.CSS(`.text`))))
	noScriptRan(t, ctx, "uploaded article page")
	if !eval[bool](t, ctx, `document.body.innerText.includes("<script>window.__corroboratePwned")`) {
		t.Errorf("the uploaded article's <script> text is not shown as text")
	}
	must(t, "back to the story", chromedp.Do(ctx, chromedp.Navigate(loc), chromedp.WaitVisible(chromedp.CSS(`#summary`))))
	if eval[int](t, ctx, `document.querySelectorAll("a.cite").length`) == 0 {
		t.Errorf("the uploaded story's summary cites no article")
	} else {
		followCitation(t, ctx)
	}

	// The stored story: every section filled, markup in titles and text.
	must(t, "open stored story", chromedp.Do(ctx, chromedp.Navigate(s.URL+"/stories/"+crafted), chromedp.WaitVisible(chromedp.CSS(`#summary`))))
	if n := eval[int](t, ctx, `document.querySelectorAll("#quotes tr.conflict").length`); n != 1 {
		t.Errorf("stored story: %d quote conflicts shown, want 1", n)
	}
	noScriptRan(t, ctx, "stored story page")
	followCitation(t, ctx)
	must(t, "open the article with markup", chromedp.Do(ctx, chromedp.Navigate(s.URL+"/stories/"+crafted+"/articles/a3"),
		chromedp.WaitVisible(chromedp.CSS(`.text`))))
	noScriptRan(t, ctx, "article page")
	if !eval[bool](t, ctx, `document.body.innerText.includes("<script>window.__corroboratePwned")`) {
		t.Errorf("the article's <script> text is not shown as text")
	}

	// A phone: nothing may be wider than the screen outside scrolling tables.
	must(t, "phone", chromedp.Do(ctx, chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile),
		chromedp.Navigate(s.URL+"/stories/"+crafted), chromedp.WaitVisible(chromedp.CSS(`#summary`))))
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 375 {
		t.Errorf("story page is %dpx wide on a 375px phone", w)
	}
	shot(t, ctx, filepath.Join(shots, "story-phone.png"))
	t.Logf("screenshots and PDF in %s", shots)
}

// uploadForm uploads files through the web form and returns the address of
// the story page it leads to.
func uploadForm(t *testing.T, ctx context.Context, base string, files []string) string {
	t.Helper()
	abs := make([]string, len(files))
	for i, f := range files {
		var err error
		abs[i], err = filepath.Abs(f)
		must(t, "abs", err)
	}
	must(t, "upload", chromedp.Do(ctx,
		chromedp.Navigate(base+"/upload"),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type=file]`), abs),
		chromedp.Click(chromedp.CSS(`form.upload button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#summary`)),
	))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	must(t, "location", err)
	if !strings.Contains(loc, "/stories/") {
		t.Fatalf("after the upload the browser is at %s, want a story page", loc)
	}
	return loc
}

// followCitation opens the first citation marker of the story page in the
// browser, checks its passage shows, follows it into the article and checks
// the article highlights the same passage.
func followCitation(t *testing.T, ctx context.Context) {
	t.Helper()
	must(t, "click citation", chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a.cite`))))
	id := eval[string](t, ctx, `document.querySelector("a.cite").getAttribute("aria-controls")`)
	if d := eval[string](t, ctx, `getComputedStyle(document.getElementById("`+id+`")).display`); d == "none" {
		t.Fatalf("citation %s clicked, passage still hidden", id)
	}
	passage := eval[string](t, ctx, `document.querySelector("#`+id+` p").innerText`)
	passage = strings.Trim(strings.TrimSpace(passage), "“”")
	must(t, "follow to the article", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#`+id+` footer a`)),
		chromedp.WaitVisible(chromedp.ID(`hl`)),
	))
	got := eval[string](t, ctx, `Array.from(document.querySelectorAll(".text .hl")).map(e => e.textContent).join("")`)
	if norm(got) == "" || norm(got) != norm(passage) {
		t.Errorf("article highlights %q, want the cited passage %q", got, passage)
	}
	if top := eval[float64](t, ctx, `document.getElementById("hl").getBoundingClientRect().top`); top < -2 || top > eval[float64](t, ctx, `window.innerHeight`) {
		t.Errorf("the highlighted passage is out of view (top at %.0fpx)", top)
	}
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// noScriptRan checks that no markup from articles ran: each would set one
// of these globals.
func noScriptRan(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	got := eval[string](t, ctx, `typeof window.__corroboratePwned + " " + typeof window.__pwnedTitle`)
	if got != "undefined undefined" {
		t.Errorf("%s: script from an article ran (%s)", where, got)
	}
}

func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	must(t, "screenshot", err)
	must(t, "write screenshot", os.WriteFile(path, png, 0o644))
	if dir := os.Getenv("CORROBORATE_SCREENSHOTS"); dir != "" {
		os.WriteFile(filepath.Join(dir, filepath.Base(path)), png, 0o644)
	}
}

// storeCrafted stores the UI's test dossier (every section filled, markup in
// its articles) as a story with a current dossier, and returns its id.
func storeCrafted(t *testing.T, s *running) string {
	t.Helper()
	b, err := os.ReadFile("../ui/testdata/dossier.json")
	must(t, "read dossier", err)
	var d corroborate.Dossier
	must(t, "decode dossier", json.Unmarshal(b, &d))
	store := s.store
	info, err := store.CreateStory(t.Context(), "crafted", d.Articles)
	must(t, "create", err)
	must(t, "put", store.PutAnalysis(t.Context(), corroborate.Analysis{StoryID: "crafted", Revision: info.Revision,
		Stages: s.app.PipelineKey(), Title: d.Story.Title, Dossier: b}))
	return "crafted"
}
