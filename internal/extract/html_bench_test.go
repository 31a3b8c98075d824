package extract

import (
	"testing"

	"github.com/corroborate/corroborate"
	evalextract "github.com/corroborate/corroborate/internal/eval/extract"
)

// benchDir is the ScrapingHub extraction benchmark, read from ../shared.
const benchDir = "../../../shared/bench/extraction/scrapinghub"

func loadBenchPages(b *testing.B) ([]evalextract.Page, int64) {
	b.Helper()
	pages, err := evalextract.Load(benchDir)
	if err != nil {
		b.Skipf("SKIP (loud): %s not found; this benchmark needs ../shared (%v)", benchDir, err)
	}
	var n int64
	for _, p := range pages {
		n += int64(len(p.HTML))
	}
	return pages, n
}

// benchPages runs fn over every benchmark page once per op and reports
// bytes/s, allocations and pages/s.
func benchPages(b *testing.B, fn func(evalextract.Page)) {
	pages, size := loadBenchPages(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			fn(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtractHTML runs our whole extraction (Extract on an HTML
// document: trafilatura, paragraph recovery, cleaning, sentences) over the
// benchmark pages, one pass per op, on one goroutine.
func BenchmarkExtractHTML(b *testing.B) {
	benchPages(b, func(p evalextract.Page) {
		Extract(corroborate.Document{Source: p.ID, Format: "html", Body: p.HTML, URL: p.URL}, Options{})
	})
}

// BenchmarkTrafilaturaDirect runs go-trafilatura alone with its default
// options on the same pages, as `corroborate eval extract --raw` does.
func BenchmarkTrafilaturaDirect(b *testing.B) {
	benchPages(b, func(p evalextract.Page) { evalextract.Trafilatura(p) })
}

// BenchmarkExtractHTMLSteps measures what each of our steps costs on top of
// trafilatura (called here through our own decoding and paragraph walk).
func BenchmarkExtractHTMLSteps(b *testing.B) {
	for _, step := range []struct {
		name string
		cfg  htmlConfig
	}{
		{"paragraphs", htmlConfig{}},
		{"cleanup", htmlConfig{cleanup: true}},
		{"cleanup+recovery", htmlConfig{cleanup: true, recovery: true}},
	} {
		b.Run(step.name, func(b *testing.B) {
			benchPages(b, func(p evalextract.Page) { extractHTML(p.HTML, p.URL, step.cfg) })
		})
	}
}
