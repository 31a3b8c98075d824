package app_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// gzipText compresses n bytes of distinct, readable text about item i.
func gzipText(tb testing.TB, i, n int) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	fmt.Fprintf(zw, "Mill report %d\n\n", i)
	for w := 0; w < n; {
		k, _ := fmt.Fprintf(zw, "Line %d of report %d: the Harlow paper mill ran its second shift on Monday. ", w, i)
		w += k
	}
	zw.Close()
	return buf.Bytes()
}

// TestBatchTextBounded checks that the text of one batch after
// decompression is bounded: gzip uploads that would take a request past
// the bound are skipped with a message saying so, and the uploads that fit
// — before and after them — are stored.
func TestBatchTextBounded(t *testing.T) {
	svc := app.New(openStore(t, t.TempDir()), app.Options{MaxBatchBytes: 1 << 20})
	ups := []app.Upload{
		{Name: "small.txt", Body: []byte(nameArticle(1))},
		{Name: "a.txt.gz", Body: gzipText(t, 1, 600<<10)},
		{Name: "b.txt.gz", Body: gzipText(t, 2, 600<<10)},
		{Name: "c.txt.gz", Body: gzipText(t, 3, 600<<10)},
		{Name: "last.txt", Body: []byte(nameArticle(2))},
	}
	res, _, err := svc.CreateStory(t.Context(), ups, app.Create{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Added) != 3 {
		t.Errorf("added %d articles, want 3 (small.txt, a.txt.gz, last.txt)", len(res.Added))
	}
	var skipped []string
	for _, p := range res.Skipped {
		skipped = append(skipped, p.Input)
		if !strings.Contains(p.Reason, "over 1 MiB after decompression") {
			t.Errorf("%s skipped for %q, want the batch bound named", p.Input, p.Reason)
		}
	}
	if strings.Join(skipped, " ") != "b.txt.gz c.txt.gz" {
		t.Errorf("skipped %q, want b.txt.gz and c.txt.gz", skipped)
	}
}

// BenchmarkBatchAtBound measures a write request whose text reaches the
// default batch bound (32 MiB after decompression), as one gzip input and
// as forty: time, text throughput and the peak heap in use while the
// request is read, extracted, stored and analysed. Run it with
// -benchtime 1x: one request is the unit.
func BenchmarkBatchAtBound(b *testing.B) {
	for _, c := range []struct {
		name    string
		n, size int
	}{{"one-31MiB", 1, 31 << 20}, {"forty-780KiB", 40, 780 << 10}} {
		b.Run(c.name, func(b *testing.B) {
			var ups []app.Upload
			for i := range c.n {
				ups = append(ups, app.Upload{Name: fmt.Sprintf("f%d.txt.gz", i), Body: gzipText(b, i, c.size)})
			}
			var peak atomic.Uint64
			stop := make(chan struct{})
			done := make(chan struct{})
			go func() {
				defer close(done)
				var m runtime.MemStats
				for {
					runtime.ReadMemStats(&m)
					if m.HeapInuse > peak.Load() {
						peak.Store(m.HeapInuse)
					}
					select {
					case <-stop:
						return
					case <-time.After(10 * time.Millisecond):
					}
				}
			}()
			b.SetBytes(int64(c.n * c.size))
			b.ResetTimer()
			for i := range b.N {
				store, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)), sqlite.Options{})
				if err != nil {
					b.Fatal(err)
				}
				res, _, err := app.New(store, app.Options{}).CreateStory(context.Background(), ups, app.Create{})
				store.Close()
				if err != nil || len(res.Added) != c.n {
					b.Fatalf("CreateStory: %v, %d added, skipped %v", err, len(res.Added), res.Skipped)
				}
			}
			b.StopTimer()
			close(stop)
			<-done
			b.ReportMetric(float64(peak.Load()>>20), "peak-heap-MiB")
		})
	}
}
