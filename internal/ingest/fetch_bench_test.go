package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// BenchmarkFetchURLs fetches a batch of 50 article pages from 10 local
// hosts, each answering after a delay: nine after 20ms, one after 200ms.
// Fetched one after another the batch would take the sum of the delays
// (reported as sum-ms); fetched as FetchURLs does, hosts side by side and
// two pages at a time per host, it should take about as long as the slow
// host's share (5 pages, two at a time: 3 x 200ms). "extract" extracts
// each page as it arrives, as `corroborate dossier` does, to show that
// extraction overlaps the fetching; "extract-only" is the extraction of
// the batch alone, for comparison.
func BenchmarkFetchURLs(b *testing.B) {
	page := articlePage()
	var urls []string
	var sum time.Duration
	for h := range 10 {
		delay := 20 * time.Millisecond
		if h == 3 {
			delay = 200 * time.Millisecond
		}
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(delay)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		}))
		defer srv.Close()
		for p := range 5 {
			urls = append(urls, fmt.Sprintf("%s/story/%d", srv.URL, p))
			sum += delay
		}
	}
	b.Run("extract-only", func(b *testing.B) {
		docs, problems := ingest.Parse("story.html", page, ingest.Options{})
		if len(problems) > 0 {
			b.Fatal(problems)
		}
		for b.Loop() {
			for range urls {
				if _, err := extract.Extract(docs[0], extract.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/batch")
	})
	f := safehttp.NewFetcher(safehttp.FetchOptions{Options: safehttp.Options{AllowPrivate: true}})
	for _, withExtract := range []bool{false, true} {
		name := "fetch"
		if withExtract {
			name = "fetch+extract"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				n := 0
				ingest.FetchURLs(context.Background(), f, urls, 0, func(r ingest.Fetched) {
					if len(r.Problems) > 0 {
						b.Fatal(r.Problems)
					}
					for _, d := range r.Docs {
						if withExtract {
							if _, err := extract.Extract(d, extract.Options{}); err != nil {
								b.Fatal(err)
							}
						}
						n++
					}
				})
				if n != len(urls) {
					b.Fatalf("%d documents, want %d", n, len(urls))
				}
			}
			b.ReportMetric(float64(sum.Milliseconds()), "sum-ms")
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/batch")
		})
	}
}

// articlePage is a fictional news page of about 6 KB.
func articlePage() []byte {
	var sb strings.Builder
	sb.WriteString(`<!DOCTYPE html><html><head><title>Harbour ferry returns to Wexley | Wexley Tide</title>
<meta property="og:site_name" content="Wexley Tide"></head><body><nav>Home | News | Sport</nav><article><h1>Harbour ferry returns to Wexley</h1>
<p class="byline">By Mara Quist</p>`)
	for i := range 20 {
		fmt.Fprintf(&sb, "<p>The harbour ferry made its %dth crossing on Tuesday, the port authority said, after weeks of repairs to the landing stage that had kept commuters on the long road round the bay.</p>\n", i+1)
	}
	sb.WriteString(`</article><footer>© Wexley Tide</footer></body></html>`)
	return []byte(sb.String())
}
