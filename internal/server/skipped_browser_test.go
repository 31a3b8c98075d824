package server_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestSkippedInputsOnStoryPage uploads, through the form in headless
// Chromium, a readable report with a binary file named with markup, an
// empty file and a JSON Lines dump with one malformed line: the story page
// names every input that gave no article, with its reason, in sight, as
// the API's dossier does, and the markup in a name stays text (no active
// markup in the DOM, no payload run, no policy violation).
func TestSkippedInputsOnStoryPage(t *testing.T) {
	ctx := browser(t)
	s := start(t, openSQLite(t), "")
	dir := t.TempDir()
	hostile := `<img src=x onerror=window.__pwned=1>.bin` // a browser sends a quotation mark in a file name as %22
	files := map[string][]byte{
		"ferry.txt": []byte("Ferry service resumes at Port Ellis\n\nBy Mara Quint, Ellis Courier\n\n" +
			"The harbour ferry at Port Ellis ran again on Thursday after a week of repairs, the operator said.\n\n" +
			"\"We are glad to be back,\" said captain Ivo Renn."),
		hostile:     {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe},
		"empty.txt": {},
		"dump.jsonl": []byte(`{"id": "k1", "outlet": "Ellis Courier", "title": "Ferry timetable", "text": "The ferry will run every 20 minutes from Monday, the operator said in a statement on Friday."}` + "\n" +
			`{"id": "k2", "text": "an unclosed record` + "\n"),
	}
	var paths []string
	for name, body := range files {
		p := filepath.Join(dir, name)
		must(t, "write "+name, os.WriteFile(p, body, 0o644))
		paths = append(paths, p)
	}
	must(t, "upload", chromedp.Do(ctx,
		chromedp.Navigate(s.URL+"/upload"),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type=file]`), paths),
		chromedp.Click(chromedp.CSS(`form.upload button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`ul.skipped`)),
	))
	checkPageInert(t, ctx, "upload result")
	if n := eval[int](t, ctx, `document.querySelectorAll("ul.skipped li").length`); n != 3 {
		t.Errorf("the upload result lists %d skipped inputs, want 3", n)
	}
	must(t, "open the story", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`main a[href^="/stories/"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#summary`)),
	))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	must(t, "location", err)
	checkPageInert(t, ctx, "story page")
	// a short list is open: a reader (and a printout) sees the names without a click
	items := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("details.skipped li")).filter(li => li.offsetHeight > 0).map(li => li.textContent)`)
	summary := eval[string](t, ctx, `(document.querySelector("details.skipped summary") || {}).textContent || ""`)
	if !strings.Contains(summary, "3 inputs gave no article") {
		t.Errorf("the story page's skipped summary reads %q, want 3 inputs", summary)
	}
	for _, want := range []string{hostile + ": ", "empty.txt: ", "dump.jsonl:2: "} {
		found := false
		for _, it := range items {
			found = found || strings.HasPrefix(norm(it), want) && len(norm(it)) > len(want)
		}
		if !found {
			t.Errorf("the story page does not name %q with a reason; it lists %q", want, items)
		}
	}

	id := loc[strings.LastIndex(loc, "/")+1:]
	d := getDossier(t, s.URL, id)
	if len(d.Skipped) != len(items) || len(d.Articles) != 2 {
		t.Errorf("the API's dossier has %d articles and skips %v; want 2 articles and the page's %d inputs", len(d.Articles), d.Skipped, len(items))
	}
}
