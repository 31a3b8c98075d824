package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeBench lays out a tiny benchmark folder: pages given as id -> HTML,
// the first one gzipped and the others plain.
func writeBench(t *testing.T, pages map[string]string, truth map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	gt := map[string]map[string]string{}
	for id, body := range truth {
		gt[id] = map[string]string{"url": "https://example.org/" + id, "articleBody": body}
	}
	b, _ := json.Marshal(gt)
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	for id, html := range pages {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(html))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadAndRun(t *testing.T) {
	dir := writeBench(t,
		map[string]string{"a": "<p>alpha beta gamma delta</p>", "b": "<p>boom</p>", "c": "<p>x</p>"},
		map[string]string{"a": "alpha beta gamma delta", "b": "one two three four", "c": "eins zwei drei vier"})
	pages, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range pages {
		ids = append(ids, p.ID)
	}
	if diff := cmp.Diff([]string{"a", "b", "c"}, ids); diff != "" {
		t.Fatalf("Load ids (-want +got):\n%s", diff)
	}
	if got := string(pages[0].HTML); got != "<p>alpha beta gamma delta</p>" {
		t.Fatalf("Load HTML = %q", got)
	}
	ex := func(p Page) (string, error) {
		switch p.ID {
		case "b":
			panic("hostile page")
		case "c":
			return "ignored", errors.New("no text")
		}
		return strings.TrimSuffix(strings.TrimPrefix(string(p.HTML), "<p>"), "</p>"), nil
	}
	res, err := Run(context.Background(), pages, ex, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages[1].Err == nil || !strings.Contains(res.Pages[1].Err.Error(), "hostile page") {
		t.Errorf("panicking page error = %v, want the panic recorded", res.Pages[1].Err)
	}
	if res.Pages[2].Pred != "" {
		t.Errorf("failed page prediction = %q, want empty", res.Pages[2].Pred)
	}
	// page a: P 1, R 1; b and c: no precision, R 0.
	if !near(res.Precision, 1) || !near(res.Recall, 1.0/3) {
		t.Errorf("Run precision %.3f recall %.3f, want 1 and 0.333", res.Precision, res.Recall)
	}
	var out bytes.Buffer
	if err := Write(&out, res, true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("Write -v printed %d lines, want 3 pages + summary:\n%s", len(lines), out.String())
	}
	if want := "extract: f1=0.500 precision=1.000 recall=0.333 pages=3"; lines[3] != want {
		t.Errorf("last line = %q, want %q", lines[3], want)
	}
	preds := Predictions(res)
	if diff := cmp.Diff(map[string]string{"articleBody": "alpha beta gamma delta"}, preds["a"]); diff != "" {
		t.Errorf("Predictions[a] (-want +got):\n%s", diff)
	}
}

func TestLoadMissingPage(t *testing.T) {
	dir := writeBench(t, map[string]string{}, map[string]string{"gone": "text"})
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "gone") {
		t.Errorf("Load with a missing page: err = %v, want one naming the page", err)
	}
}
