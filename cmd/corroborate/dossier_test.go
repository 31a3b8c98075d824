package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// lastLine is the last line of out, where the eval commands put their
// summary.
func lastLine(out string) string {
	out = strings.TrimSpace(out)
	return out[strings.LastIndex(out, "\n")+1:]
}

// contractKeys are the fields of the dossier contract, version 1.
var contractKeys = map[string][]string{
	"top":     {"version", "story", "articles", "speakers", "quotes", "reuse", "claims", "conflicts", "summary"},
	"story":   {"title", "articles", "outlets", "origins"},
	"article": {"id", "source", "outlet", "title", "byline", "published", "language", "text", "removed", "sentences", "credits", "originality"},
}

func TestDossierJSONContract(t *testing.T) {
	// The example folder holds articles only: each must be read.
	out, stderr, err := runCLI(t, "", "dossier", "--format", "json", "../../examples/wexley-bridge/")
	if err != nil {
		t.Fatalf("dossier: %v\n%s", err, stderr)
	}
	var d map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	for _, k := range contractKeys["top"] {
		if _, ok := d[k]; !ok {
			t.Errorf("dossier lacks %q", k)
		}
		if string(d[k]) == "null" {
			t.Errorf("dossier %q is null, want a value or []", k)
		}
	}
	var story map[string]any
	json.Unmarshal(d["story"], &story)
	for _, k := range contractKeys["story"] {
		if _, ok := story[k]; !ok {
			t.Errorf("story lacks %q", k)
		}
	}
	var arts []map[string]json.RawMessage
	json.Unmarshal(d["articles"], &arts)
	files, _ := filepath.Glob("../../examples/wexley-bridge/*")
	if len(arts) != len(files) || len(files) == 0 {
		t.Fatalf("articles = %d, want one for each of the example's %d files", len(arts), len(files))
	}
	for _, a := range arts {
		for _, k := range contractKeys["article"] {
			if _, ok := a[k]; !ok {
				t.Errorf("article lacks %q", k)
			}
		}
		var text string
		var sents []struct{ Start, End int }
		json.Unmarshal(a["text"], &text)
		json.Unmarshal(a["sentences"], &sents)
		for _, s := range sents {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				t.Errorf("sentence [%d,%d) out of range of a %d-byte text", s.Start, s.End, len(text))
			}
		}
	}
}

func TestDossierFormats(t *testing.T) {
	for _, f := range []string{"text", "markdown", "md"} {
		out, stderr, err := runCLI(t, "", "dossier", "--format", f, "../../examples/wexley-bridge/01-tidewater-press.txt")
		if err != nil {
			t.Fatalf("dossier --format %s: %v\n%s", f, err, stderr)
		}
		if !strings.Contains(out, "Port Calder shuts Wexley Bridge") {
			t.Errorf("--format %s output lacks the headline:\n%s", f, out)
		}
	}
}

func TestDossierSkipsBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Mill reopens\n\nThe Harlow paper mill reopened on Monday after a two-year closure, the owners said."), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "blob.bin"), []byte{0, 1, 2, 3, 0, 0}, 0o644)
	os.WriteFile(filepath.Join(dir, "d.jsonl"), []byte(`{"title":"Second","text":"The mill hired 200 workers, a spokesman said on Monday."}`+"\n{oops\n"), 0o644)
	out, stderr, err := runCLI(t, "", "dossier", "--format", "json", dir)
	if !errors.Is(err, errPartial) {
		t.Fatalf("err = %v, want errPartial", err)
	}
	if code := exitCode(err, &bytes.Buffer{}); code != exitPartial {
		t.Errorf("exit code = %d, want %d", code, exitPartial)
	}
	for _, want := range []string{"empty.txt: empty input", "blob.bin: binary data", "d.jsonl:2: invalid JSON"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var d struct{ Articles []struct{ Title string } }
	if err := json.Unmarshal([]byte(out), &d); err != nil || len(d.Articles) != 2 {
		t.Fatalf("articles = %+v (%v), want the 2 good ones", d.Articles, err)
	}
}

func TestDossierStdinAndDuplicates(t *testing.T) {
	text := "Mill reopens\n\nThe Harlow paper mill reopened on Monday after a two-year closure, the owners said."
	out, stderr, err := runCLI(t, text, "dossier", "--format", "json", "-", "-")
	if err != nil {
		t.Fatalf("dossier -: %v\n%s", err, stderr)
	}
	var d struct{ Story struct{ Articles int } }
	json.Unmarshal([]byte(out), &d)
	if d.Story.Articles != 1 {
		t.Errorf("story.articles = %d, want 1 (stdin read once, duplicates kept once)", d.Story.Articles)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{{}, {"nope"}, {"dossier"}, {"dossier", "--format", "pdf", "x"}, {"eval", "nope"}}
	for _, args := range tests {
		_, _, err := runCLI(t, "", args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("Run(%q) = %v, want a usage error", args, err)
		}
	}
	_, _, err := runCLI(t, "", "dossier", "/no/such/file.txt")
	if err == nil || errors.As(err, new(usageError)) {
		t.Errorf("dossier on a missing file = %v, want a failure", err)
	}
}

func TestDossierHTML(t *testing.T) {
	dir := t.TempDir()
	hostile := filepath.Join(dir, "hostile.txt")
	os.WriteFile(hostile, []byte("Mill <b>reopens</b>\n\nThe mill reopened on Monday <script>window.pwned=1</script> after a long closure, the owners said."), 0o644)
	out, stderr, err := runCLI(t, "", "dossier", "--format", "html", "../../examples/wexley-bridge/01-tidewater-press.txt", hostile)
	if err != nil {
		t.Fatalf("dossier --format html: %v\n%s", err, stderr)
	}
	if !strings.HasPrefix(strings.TrimSpace(strings.ToLower(out)), "<!doctype html") {
		t.Errorf("output does not start with a doctype: %.80q", out)
	}
	if strings.Contains(out, "<script>window.pwned") || strings.Contains(out, "<b>reopens</b>") {
		t.Error("article markup reached the page unescaped")
	}
	for _, bad := range []string{`src="http`, `href="http`, `url(http`, "<link ", `src="/`, "@import"} {
		if strings.Contains(out, bad) {
			t.Errorf("standalone page refers to an outside resource: holds %q", bad)
		}
	}
}

// newsroom serves the fictional coverage of one story as web pages, with
// the ways a real site goes wrong around them.
func newsroom(t *testing.T) *httptest.Server {
	t.Helper()
	page := func(outlet, title string, paras ...string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>%s | %s</title><meta property=\"og:site_name\" content=\"%s\"></head><body><article><h1>%s</h1>", title, outlet, outlet, title)
		for _, p := range paras {
			fmt.Fprintf(&b, "<p>%s</p>", p)
		}
		b.WriteString("</article></body></html>")
		return b.String()
	}
	ferry := []string{
		"The Orrin Sound ferry will run again from Monday, the harbour board said on Thursday, after six weeks of repairs to its landing stage.",
		"\"We expect the first crossing at seven in the morning,\" said harbour master Ines Varga, who added that fares would not change.",
		"About 1,400 commuters used the ferry each day before the closure, according to the board.",
	}
	pages := map[string]struct{ ctype, body string }{
		"/tide/ferry":   {"text/html; charset=utf-8", page("Orrin Tide", "Ferry to sail again on Monday", ferry...)},
		"/gazette/a1":   {"text/html; charset=utf-8", page("Sound Gazette", "Orrin ferry back from Monday", ferry[1], ferry[0], "Repairs cost 2.1 million crowns, the board said.")},
		"/courier/news": {"text/html; charset=utf-8", page("Harbour Courier", "Caf\xe9 owners cheer ferry's return", "Caf\xe9 owners on the quay said trade had halved while the ferry was out of service for repairs to the landing stage.", ferry[2])}, // windows-1252 bytes, labelled UTF-8
		"/post/story":   {"text/html", page("Quay Post", "Caf\xe9s ready for the first ferry", "Caf\xe9s near the landing stage will open early on Monday for the first crossing, their owners said.", ferry[0])},                                        // windows-1252, no charset anywhere
		"/photo.jpg":    {"image/jpeg", "\xff\xd8\xff\xe0"},
		"/huge":         {"text/html", page("Big", strings.Repeat("word ", 20000))},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/s/1":
			http.Redirect(w, r, "/tide/ferry", http.StatusMovedPermanently)
			return
		case "/slow":
			<-r.Context().Done() // answers nothing until the client gives up
			return
		}
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", p.ctype)
		w.Write([]byte(p.body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestDossierURLs reads a story from URLs and a file of URLs: the pages
// are fetched, each failure is named with its URL, the rest analysed.
func TestDossierURLs(t *testing.T) {
	srv := newsroom(t)
	u := srv.URL
	dir := t.TempDir()
	list := filepath.Join(dir, "coverage.urls")
	os.WriteFile(list, []byte("# the ferry story\n"+u+"/gazette/a1\nthe courier's page\n"+u+"/courier/news\n"+u+"/post/story\n"+u+"/photo.jpg\n"), 0o644)

	out, stderr, err := runCLI(t, "", "dossier", "--format", "json", "--allow-private", "--timeout", "300ms", "--max-bytes", "50000",
		u+"/s/1", list, u+"/gone", u+"/slow", u+"/huge")
	if !errors.Is(err, errPartial) || exitCode(err, &bytes.Buffer{}) != exitPartial {
		t.Fatalf("err = %v, want exit status 3\nstderr:\n%s", err, stderr)
	}
	for _, want := range []string{
		"skipped " + list + `:3: not an http or https URL: "the courier's page"`,
		"skipped " + u + "/photo.jpg: unsupported content type image/jpeg",
		"skipped " + u + "/gone: HTTP 404 Not Found",
		"skipped " + u + "/slow: no answer within 300ms",
		"skipped " + u + "/huge: body too large",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var d struct {
		Articles []corroborate.Article
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, a := range d.Articles {
		sources = append(sources, strings.TrimPrefix(a.Source, u))
	}
	if want := []string{"/s/1", "/gazette/a1", "/courier/news", "/post/story"}; !cmp.Equal(sources, want) {
		t.Fatalf("article sources = %q, want %q (the URLs as given, in order)", sources, want)
	}
	first := d.Articles[0]
	if f := first.Fetch; f == nil || f.URL != u+"/s/1" || f.FinalURL != u+"/tide/ferry" || f.Status != 200 ||
		len(f.Redirects) != 1 || f.Redirects[0].Status != 301 || f.FetchedAt.IsZero() || f.ContentType != "text/html; charset=utf-8" {
		t.Errorf("fetch metadata = %+v", first.Fetch)
	}
	for _, a := range d.Articles[2:] {
		if !strings.Contains(a.Title, "Café") || !strings.Contains(a.Text, "Café") {
			t.Errorf("%s: title %q, text %.60q: want the windows-1252 page read as Café", a.Source, a.Title, a.Text)
		}
	}
}

// TestDossierURLsRefusePrivate: without --allow-private a loopback server
// is out of reach, and nothing else given, the run fails.
func TestDossierURLsRefusePrivate(t *testing.T) {
	srv := newsroom(t)
	_, stderr, err := runCLI(t, "", "dossier", srv.URL+"/tide/ferry")
	if err == nil || errors.Is(err, errPartial) || !strings.Contains(stderr, "skipped "+srv.URL+"/tide/ferry: ") ||
		!strings.Contains(stderr, "address not allowed") || !strings.Contains(stderr, "(--allow-private fetches it, for local use)") {
		t.Errorf("err = %v, want a failure naming the refused address and the flag that allows it\nstderr:\n%s", err, stderr)
	}
}

func TestDossierHelpNamesURLs(t *testing.T) {
	_, stderr, err := runCLI(t, "", "dossier", "-h")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"usage: corroborate dossier [flags] INPUT...", "http(s) URLs", "*.urls", "-allow-private", "-timeout", "-max-bytes"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("dossier -h lacks %q:\n%s", want, stderr)
		}
	}
}

// TestDossierKeepsRecordIDAndURL follows a JSONL record's id and url from
// the input to the JSON dossier and the text report's list of articles.
func TestDossierKeepsRecordIDAndURL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dump.jsonl")
	records := `{"id":"otter-12","url":"https://news.example/otters","title":"Otters back on Lake Mirren","text":"Wildlife officers counted 14 otters on Lake Mirren this spring, the first there since 1998."}
{"id":"otter-13","title":"Lake Mirren otters counted","text":"Fourteen otters were counted on Lake Mirren by wildlife officers, the lake trust said on Sunday."}
`
	if err := os.WriteFile(path, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runCLI(t, "", "dossier", "--format", "json", path)
	if err != nil {
		t.Fatalf("dossier: %v\n%s", err, stderr)
	}
	var d struct {
		Articles []struct {
			URL     string `json:"url"`
			InputID string `json:"input_id"`
		}
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 2 || d.Articles[0].InputID != "otter-12" || d.Articles[0].URL != "https://news.example/otters" ||
		d.Articles[1].InputID != "otter-13" || d.Articles[1].URL != "" {
		t.Errorf("articles' input ids and urls = %+v, want the records'", d.Articles)
	}
	text, _, err := runCLI(t, "", "dossier", path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "dump.jsonl:1; id otter-12; https://news.example/otters)"; !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
		t.Errorf("the report's article list lacks %q:\n%s", want, text)
	}
}

// A batch of more documents than --max-articles is refused before any is
// analysed, with a message naming the count and the flag; within the bound
// it is analysed.
func TestDossierMaxArticles(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 3 {
		lines = append(lines, fmt.Sprintf(`{"title":"Quay %d","text":"The Lantern Quay ferry sailed at dawn on day %d, Captain Orlo Vesk said."}`, i, i))
	}
	dump := filepath.Join(dir, "quay.jsonl")
	os.WriteFile(dump, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	out, _, err := runCLI(t, "", "dossier", "--max-articles", "2", dump)
	want := "dossier: 3 documents from 1 input(s) are more than one dossier compares (--max-articles 2)"
	if err == nil || !strings.Contains(err.Error(), want) || out != "" {
		t.Fatalf("err = %v, output %d bytes; want %q and no output", err, len(out), want)
	}
	if _, _, err := runCLI(t, "", "dossier", "--max-articles", "3", dump); err != nil {
		t.Fatalf("with --max-articles 3: %v", err)
	}
}

// TestDossierMaxArticlesFeedURL: a feed fetched from a URL is one input of
// many items, counted once they are read: over --max-articles it is
// refused before the analysis, as the same feed in a file is.
func TestDossierMaxArticlesFeedURL(t *testing.T) {
	var items strings.Builder
	for i := range 3 {
		fmt.Fprintf(&items, "<item><title>Quay %d</title><link>https://quay.example/%d</link><description>The Lantern Quay ferry sailed at dawn on day %d, Captain Orlo Vesk said, and the harbour office counted %d passengers.</description></item>", i, i, i, 40+i)
	}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay news</title>` + items.String() + `</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, feed)
	}))
	t.Cleanup(srv.Close)
	out, stderr, err := runCLI(t, "", "dossier", "--allow-private", "--max-articles", "2", srv.URL+"/feed")
	want := "dossier: 3 documents from 1 input(s) are more than one dossier compares (--max-articles 2)"
	if err == nil || !strings.Contains(err.Error(), want) || out != "" {
		t.Fatalf("err = %v, output %d bytes; want %q and no output\nstderr:\n%s", err, len(out), want, stderr)
	}
	if _, stderr, err := runCLI(t, "", "dossier", "--allow-private", "--max-articles", "3", srv.URL+"/feed"); err != nil {
		t.Fatalf("with --max-articles 3: %v\nstderr:\n%s", err, stderr)
	}
}

// TestDossierMaxArticleBytesURL checks that --max-article-bytes bounds a
// plain-text page fetched by URL as it does a file.
func TestDossierMaxArticleBytesURL(t *testing.T) {
	long := strings.Repeat("The Lantern Quay ferry sailed at dawn, Captain Orlo Vesk said, and forty passengers were aboard. ", 30)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "Quay ferry sails\n\n"+long)
	}))
	t.Cleanup(srv.Close)
	_, stderr, err := runCLI(t, "", "dossier", "--allow-private", "--max-article-bytes", "1000", srv.URL+"/quay")
	if err == nil || !strings.Contains(stderr, srv.URL+"/quay") || !strings.Contains(stderr, "over the limit of 1,000 bytes") {
		t.Fatalf("--max-article-bytes 1000: err %v, stderr:\n%s\nwant the page skipped, named with the bound", err, stderr)
	}
	out, stderr, err := runCLI(t, "", "dossier", "--allow-private", "--max-article-bytes", "5000", srv.URL+"/quay")
	if err != nil || !strings.Contains(out, "Quay ferry sails") {
		t.Fatalf("--max-article-bytes 5000: err %v, stderr:\n%s", err, stderr)
	}
}
