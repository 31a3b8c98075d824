package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ferryPage is a fictional news page with its metadata in JSON-LD.
const ferryPage = `<html lang="en"><head><title>Ferry returns to Linden Bay | Calder Gazette</title>
<meta property="og:site_name" content="Calder Gazette">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry returns to Linden Bay","datePublished":"2024-03-14T09:30:00-04:00","author":{"@type":"Person","name":"Marta Quill"}}</script>
</head><body><h1>Ferry returns to Linden Bay</h1><article>
<p>The harbor ferry resumed its hourly crossings on Thursday, six weeks after a winter storm tore the landing ramp from its moorings.</p>
<p>The port authority said the new ramp cost 2.4 million dollars, about a third more than first estimated, because the pilings went deeper.</p>
<p>Weekend service will run every ninety minutes until the summer timetable starts in May, the authority said on Thursday.</p>
</article></body></html>`

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEvalMetadata runs eval metadata on a folder of one fictional page
// and one "lorem ipsum" fixture: the fixture is left out and said so, the
// page's fields are right, the last line is the summary and --predictions
// holds what was read.
func TestEvalMetadata(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "ferry", "source.html"), ferryPage)
	writeFile(t, filepath.Join(dir, "ferry", "expected.html"), "<p>The harbor ferry resumed its hourly crossings on Thursday.</p>")
	writeFile(t, filepath.Join(dir, "ferry", "expected-metadata.json"),
		`{"title": "Ferry returns to Linden Bay", "byline": "By Marta Quill", "siteName": "Calder Gazette", "publishedTime": "2024-03-14T09:30:00-04:00", "lang": "en-US"}`)
	writeFile(t, filepath.Join(dir, "fixture", "source.html"), "<html><body><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></body></html>")
	writeFile(t, filepath.Join(dir, "fixture", "expected.html"), "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>")
	writeFile(t, filepath.Join(dir, "fixture", "expected-metadata.json"), `{"title": "Lorem"}`)
	preds := filepath.Join(t.TempDir(), "preds.json")
	out, stderr, err := runCLI(t, "", "eval", "metadata", "--raw", "--predictions", preds, dir)
	if err != nil {
		t.Fatalf("eval metadata: %v (stderr %s)", err, stderr)
	}
	if !strings.Contains(out, "1 synthetic \"lorem ipsum\" fixtures left out") || !strings.Contains(out, "go-trafilatura (direct)") {
		t.Errorf("output does not say the fixture was left out or lacks the side-by-side column:\n%s", out)
	}
	re := regexp.MustCompile(`^metadata: corroborate title_exact=1\.000 title_lenient=1\.000 byline_exact=1\.000 site_exact=1\.000 site_lenient=1\.000 day=1\.000 language=1\.000 text_f1=\d\.\d{3} pages=1 left_out=1$`)
	if last := lastLine(out); !re.MatchString(last) {
		t.Errorf("last line = %q, want the form %s", last, re)
	}
	var got map[string]map[string]any
	b, err := os.ReadFile(preds)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got["ferry"]["outlet"] != "Calder Gazette" || got["ferry"]["title"] != "Ferry returns to Linden Bay" {
		t.Errorf("predictions = %v", got)
	}
}

// TestEvalDates runs eval dates on two fictional pages: one dated in its
// metadata, one with no date at all.
func TestEvalDates(t *testing.T) {
	dir := t.TempDir()
	gz := func(name, content string) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(content))
		zw.Close()
		writeFile(t, filepath.Join(dir, "pages", name+".html.gz"), b.String())
	}
	gz("ferry", ferryPage)
	gz("undated", strings.NewReplacer(`"datePublished":"2024-03-14T09:30:00-04:00",`, "").Replace(ferryPage))
	writeFile(t, filepath.Join(dir, "truth.json"), `{"pages": {"ferry": {"url": "https://gazette.example/ferry", "date": "2024-03-14"}, "undated": {"url": "https://gazette.example/x", "date": null}}}`)
	preds := filepath.Join(t.TempDir(), "preds.json")
	out, stderr, err := runCLI(t, "", "eval", "dates", "-v", "--predictions", preds, dir)
	if err != nil {
		t.Fatalf("eval dates: %v (stderr %s)", err, stderr)
	}
	if last := lastLine(out); last != "dates: corroborate accuracy=1.000 precision=1.000 recall=1.000 f1=1.000 pages=2" {
		t.Errorf("last line = %q", last)
	}
	b, err := os.ReadFile(preds)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"verdict": "tn"`) || !strings.Contains(string(b), `"predicted": "2024-03-14"`) {
		t.Errorf("predictions = %s", b)
	}
}
