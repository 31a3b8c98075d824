package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	for _, f := range []string{"text", "markdown"} {
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
