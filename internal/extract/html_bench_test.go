package extract

import (
	"testing"
	"time"

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
// Without metadata, trafilatura's own reading (its fast date search)
// passes through; with it, the page's metadata is read by us (see
// readPageMetadata), go-htmldate's extensive search included.
func BenchmarkExtractHTMLSteps(b *testing.B) {
	for _, step := range []struct {
		name string
		cfg  htmlConfig
	}{
		{"paragraphs", htmlConfig{}},
		{"cleanup", htmlConfig{cleanup: true}},
		{"cleanup+recovery", htmlConfig{cleanup: true, recovery: true}},
		{"cleanup+recovery+metadata", htmlConfig{cleanup: true, recovery: true, metadata: true}},
	} {
		b.Run(step.name, func(b *testing.B) {
			benchPages(b, func(p evalextract.Page) { extractHTML(p.HTML, p.URL, step.cfg) })
		})
	}
}

// BenchmarkMetadataCost measures what reading the page's metadata ourselves
// adds to extraction: each page is extracted with trafilatura's metadata
// passed through and then with ours, one after the other, so that the load
// of a shared machine weighs on both alike. It reports the extra time as a
// share of the pass-through time ("metadata-%").
func BenchmarkMetadataCost(b *testing.B) {
	pages, size := loadBenchPages(b)
	b.SetBytes(size)
	without := htmlConfig{cleanup: true, recovery: true}
	with := htmlConfig{cleanup: true, recovery: true, metadata: true}
	var base, full time.Duration
	for b.Loop() {
		for _, p := range pages {
			t0 := time.Now()
			extractHTML(p.HTML, p.URL, without)
			t1 := time.Now()
			extractHTML(p.HTML, p.URL, with)
			base += t1.Sub(t0)
			full += time.Since(t1)
		}
	}
	b.ReportMetric(100*float64(full-base)/float64(base), "metadata-%")
	b.ReportMetric(float64(base.Milliseconds())/float64(b.N), "ms-without/op")
	b.ReportMetric(float64(full.Milliseconds())/float64(b.N), "ms-with/op")
}
