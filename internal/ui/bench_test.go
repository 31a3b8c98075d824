package ui

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// buildDossier runs the pipeline over the files matching pattern and returns
// the dossier's JSON, as the store holds it.
func buildDossier(tb testing.TB, pattern string) []byte {
	tb.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		tb.Skipf("SKIP (loud): no files match %s", pattern)
	}
	var arts []corroborate.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs, _ := ingest.Parse(filepath.Base(f), b, ingest.Options{})
		for _, doc := range docs {
			if a, err := extract.Extract(doc, extract.Options{Now: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}); err == nil {
				arts = append(arts, a)
			}
		}
	}
	raw, err := json.Marshal(dossier.Build(arts, dossier.Options{}))
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// BenchmarkStoryPage measures what a story page view costs besides the
// store: decoding the stored dossier, building the view, running the
// template. MB/s is of dossier JSON.
func BenchmarkStoryPage(b *testing.B) {
	inputs := []struct{ name, pattern string }{
		{"crafted3", ""},
		{"fixture3", "../server/testdata/story/*"},
		{"wexley6", "../../examples/wexley-bridge/*-*"},
	}
	pages, err := parsePages()
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			var raw []byte
			if in.pattern == "" {
				raw, err = os.ReadFile("testdata/dossier.json")
				if err != nil {
					b.Fatal(err)
				}
			} else {
				raw = buildDossier(b, in.pattern)
			}
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				var d corroborate.Dossier
				if err := json.Unmarshal(raw, &d); err != nil {
					b.Fatal(err)
				}
				buf.Reset()
				if err := pages["story"].ExecuteTemplate(&buf, "layout", storyView(&d, links{story: "s"})); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "html-bytes")
		})
	}
}

// BenchmarkStandalone measures RenderStandalone on the example story.
func BenchmarkStandalone(b *testing.B) {
	raw := buildDossier(b, "../../examples/wexley-bridge/*-*")
	var d corroborate.Dossier
	if err := json.Unmarshal(raw, &d); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := RenderStandalone(&buf, &d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "html-bytes")
}
