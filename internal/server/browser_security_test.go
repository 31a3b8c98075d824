package server_test

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// watchScript runs before any script of each page: it records the
// Content-Security-Policy violations the page causes. A violation means
// markup from an article reached the DOM and only the policy stopped it.
const watchScript = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", e =>
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")));`

// domFindings lists what in the live DOM could run or reach elsewhere.
const domFindings = `(() => {
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      const n = a.name.toLowerCase(), v = a.value.replace(/\s+/g, "").toLowerCase();
      if (n.startsWith("on")) bad.push(el.tagName + " " + n);
      if (["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"].includes(n) &&
          /^(javascript:|vbscript:|data:text\/html)/.test(v)) bad.push(el.tagName + " " + n + "=" + v);
    }
    if (["IFRAME", "OBJECT", "EMBED", "BASE", "FRAME"].includes(el.tagName)) bad.push(el.tagName);
  }
  for (const s of document.querySelectorAll("script")) {
    if (location.protocol === "file:" || !s.src || new URL(s.src).origin !== location.origin) bad.push("script " + s.src);
  }
  for (const m of document.querySelectorAll("meta[http-equiv]")) {
    if (m.httpEquiv.toLowerCase() === "refresh") bad.push("meta refresh");
  }
  return bad;
})()`

// TestBrowserHostileArticles stores a story whose articles carry script
// and markup payloads in every field (see hostile) and opens, in headless
// Chromium, each page that shows them: the story, every article, search
// results, an error page, the upload result naming hostile file names, and
// the standalone file opened from disk. On each it checks that no payload
// ran, that the DOM holds no handler, script, frame or javascript: address
// from the articles, that the page caused no Content-Security-Policy
// violation (the markup was escaped, not merely blocked), and that the
// payloads are there as text.
func TestBrowserHostileArticles(t *testing.T) {
	ctx := browser(t)
	must(t, "watch for CSP violations", chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchScript})
		return err
	})))
	s := start(t, openSQLite(t), "")
	id := postHostileStory(t, s.URL, "")
	arts, err := s.store.StoryArticles(t.Context(), id)
	must(t, "articles", err)

	visit := func(target, where string) {
		t.Helper()
		must(t, "open "+where, chromedp.Do(ctx, chromedp.Navigate(target)))
		must(t, "load "+where, loaded(ctx))
		checkPageInert(t, ctx, where)
	}

	visit(s.URL+"/stories/"+id, "story page")
	if !eval[bool](t, ctx, `document.body.innerText.includes("window.__pwned")`) {
		t.Errorf("story page: the payloads are not shown as text; the test would prove nothing")
	}
	shot(t, ctx, filepath.Join(t.TempDir(), "hostile-story.png"))
	for _, a := range arts {
		visit(s.URL+"/stories/"+id+"/articles/"+url.PathEscape(a.ID), "article "+a.Source)
	}
	visit(s.URL+"/stories/"+id+"/articles/"+url.PathEscape(arts[0].ID)+"?hl=0-80#hl", "article with a highlight")
	if !eval[bool](t, ctx, `document.body.innerText.includes("window.__pwned")`) {
		t.Errorf("article page: the payloads are not shown as text")
	}
	visit(s.URL+"/search?q=Fenmoor+dam", "search results")
	visit(s.URL+"/search?q="+url.QueryEscape(hostile[1]), "search for a payload")
	visit(s.URL+"/stories/"+url.PathEscape(hostile[0]), "error page")
	visit(s.URL+"/upload?story="+url.QueryEscape(hostile[5]), "upload form for a hostile id")

	// The upload form, with files named like payloads that are skipped, so
	// the result page lists their names.
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	must(t, "write", os.WriteFile(good, []byte(writeBody), 0o644))
	files := []string{good}
	for i, name := range []string{`<img src=x onerror="window.__pwned='fname'">.bin`, `" onmouseover="window.__pwned='fname2'" x=".bin`, `<svg onload=window.__pwned=3>.bin`} {
		p := filepath.Join(dir, name)
		must(t, "write", os.WriteFile(p, []byte{0, 1, 2, 3, byte(i), 0xff}, 0o644))
		files = append(files, p)
	}
	must(t, "upload through the form", chromedp.Do(ctx,
		chromedp.Navigate(s.URL+"/upload"),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type=file]`), files),
		chromedp.Click(chromedp.CSS(`form.upload button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`ul.skipped`)),
	))
	must(t, "load the upload result page", loaded(ctx))
	checkPageInert(t, ctx, "upload result page")
	if n := eval[int](t, ctx, `[...document.querySelectorAll("ul.skipped li")].filter(li => li.innerText.includes("window.__pwned")).length`); n != 3 {
		t.Errorf("upload result page lists %d of the 3 skipped hostile names", n)
	}

	// The standalone file, opened from disk: no server headers, only its own
	// policy in a meta element.
	resp, err := http.Get(s.URL + "/stories/" + id + "/dossier.html")
	must(t, "download", err)
	file := filepath.Join(t.TempDir(), "dossier.html")
	must(t, "save", os.WriteFile(file, []byte(readAll(t, resp)), 0o644))
	visit("file://"+file, "standalone file")
	if !eval[bool](t, ctx, `document.body.innerText.includes("window.__pwned")`) {
		t.Errorf("standalone file: the payloads are not shown as text")
	}

	// The control: markup put into a page of the server by hand is seen by
	// the checks (and stopped by the policy), so their silence above means
	// something.
	visit(s.URL+"/", "stories list")
	must(t, "inject", chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](
		`document.body.insertAdjacentHTML("beforeend", '<img src="/static/none.png" onerror="window.__pwned=1">')`),
		chromedp.Poll[chromedp.Void](`window.__cspViolations.length > 0`)))
	if eval[string](t, ctx, `typeof window.__pwned`) != "undefined" {
		t.Errorf("control: an injected inline handler ran despite the policy")
	}
	if len(eval[[]string](t, ctx, domFindings)) == 0 {
		t.Errorf("control: the DOM check does not see an injected handler")
	}
}

// checkPageInert checks the page the browser shows now.
func checkPageInert(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	if got := eval[string](t, ctx, `typeof window.__pwned === "undefined" ? "" : String(window.__pwned)`); got != "" {
		t.Errorf("%s: a payload ran (window.__pwned = %q)", where, got)
	}
	if bad := eval[[]string](t, ctx, domFindings); len(bad) > 0 {
		t.Errorf("%s: the DOM holds active markup: %q", where, bad)
	}
	if v := eval[[]string](t, ctx, `window.__cspViolations || []`); len(v) > 0 {
		t.Errorf("%s: Content-Security-Policy violations: %q", where, v)
	}
	if strings.Contains(eval[string](t, ctx, `location.href`), "evil.example") {
		t.Errorf("%s: the page navigated off-site", where)
	}
}

// loaded waits until the page in ctx has loaded. Chromium replaces a
// page's script context while it navigates, and a wait begun in the old
// one fails with "Cannot find context with specified id": the wait is then
// begun again in the new one, a few times at most.
func loaded(ctx context.Context) error {
	var err error
	for range 5 {
		err = chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`document.readyState === "complete"`))
		if err == nil || !strings.Contains(err.Error(), "Cannot find context") {
			return err
		}
	}
	return err
}
