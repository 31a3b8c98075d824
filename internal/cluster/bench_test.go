package cluster_test

import (
	"bufio"
	"encoding/json"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/cluster/simulate"
)

// cpuSeconds is the processor time this process has used, user and system,
// so that benchmarks on a shared machine can report articles per CPU
// second next to articles per wall-clock second.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// reportRate reports articles/s (wall clock) and articles/cpu-s.
func reportRate(b *testing.B, cpu0 float64) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
	}
}

// benchItems generates n simulated articles (about 1 KB of text each).
func benchItems(tb testing.TB, n int) []cluster.Item {
	tb.Helper()
	s := simulate.New(simulate.Config{Seed: 42, Articles: n, Span: time.Duration(n) * 86 * time.Millisecond})
	items := make([]cluster.Item, n)
	for i := range items {
		items[i], _ = s.Item(i)
	}
	return items
}

// shift returns it moved round times the span forward, with a fresh ID, so
// that a benchmark can replay a stream for as long as b.N asks.
func shift(it cluster.Item, round int, span time.Duration) cluster.Item {
	if round > 0 {
		it.Time = it.Time.Add(time.Duration(round) * span)
	}
	return it
}

// BenchmarkAdd measures the sequential path: extraction and assignment of
// one article after the other, on one core, without regrouping.
func BenchmarkAdd(b *testing.B) {
	item := simulatedItems(b)
	benchAdd(b, cluster.New(cluster.Options{Window: 2 * time.Hour}), item)
}

// simulatedItems returns 20,000 simulated articles replayed as long as a
// benchmark asks, each round shifted forward in time.
func simulatedItems(b *testing.B) func(i int) cluster.Item {
	items := benchItems(b, 20_000)
	span := items[len(items)-1].Time.Sub(items[0].Time) + time.Second
	return func(i int) cluster.Item { return shift(items[i%len(items)], i/len(items), span) }
}

// benchAdd adds item(0), ..., item(b.N-1) to c one after the other and
// reports the rate and the bytes per article.
func benchAdd(b *testing.B, c *cluster.Clusterer, item func(i int) cluster.Item) {
	var bytes int64
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := range b.N {
		it := item(i)
		bytes += int64(len(it.Text))
		c.Add(it)
	}
	reportRate(b, cpu0)
	b.SetBytes(bytes / int64(max(b.N, 1)))
}

// pipeline extracts items 0..n-1 (item(i) gives each) in batches on
// GOMAXPROCS goroutines, ahead of one goroutine that hands the documents,
// in order, to add: extraction in parallel, assignment in sequence, as a
// service would run them.
func pipeline(n int, item func(i int) cluster.Item, opt cluster.Options, add func(i int, d cluster.Doc)) {
	const batch = 512
	workers := runtime.GOMAXPROCS(0)
	batches := make(chan chan []cluster.Doc, 2*workers)
	sem := make(chan struct{}, workers)
	go func() {
		for done := 0; done < n; done += batch {
			ch := make(chan []cluster.Doc, 1)
			batches <- ch
			sem <- struct{}{}
			go func(done int) {
				docs := make([]cluster.Doc, min(batch, n-done))
				for j := range docs {
					docs[j] = cluster.Extract(item(done+j), opt)
				}
				<-sem
				ch <- docs
			}(done)
		}
		close(batches)
	}()
	i := 0
	for ch := range batches {
		for _, d := range <-ch {
			add(i, d)
			i++
		}
	}
}

// regroupEvery is how often the pipeline benchmarks regroup, as the stream
// worker does by default.
const regroupEvery = 2000

// regrouping returns pipeline's add function for c: assignment, and a
// regrouping of the recent articles every regroupEvery articles. It counts
// the moves in *moves.
func regrouping(c *cluster.Clusterer, moves *int) func(i int, d cluster.Doc) {
	return func(i int, d cluster.Doc) {
		c.AddDoc(d)
		if (i+1)%regroupEvery == 0 {
			*moves += len(c.Regroup().Moves)
		}
	}
}

// BenchmarkPipeline runs the simulated articles through pipeline, with a
// regrouping every regroupEvery articles.
func BenchmarkPipeline(b *testing.B) {
	benchPipeline(b, cluster.New(cluster.Options{Window: 2 * time.Hour}), simulatedItems(b))
}

// benchPipeline runs item(0), ..., item(b.N-1) through pipeline into c,
// regrouping every regroupEvery articles, and reports the rate and the
// moves per article.
func benchPipeline(b *testing.B, c *cluster.Clusterer, item func(i int) cluster.Item) {
	var moves int
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	pipeline(b.N, item, c.Options(), regrouping(c, &moves))
	reportRate(b, cpu0)
	b.ReportMetric(float64(moves)/float64(b.N), "moves/article")
}

// BenchmarkAssign measures the sequential stage of the pipeline alone:
// assignment and a regrouping every regroupEvery articles, of documents
// extracted before the timer starts. Its articles/cpu-s is the most the
// pipeline can reach however many cores extract, and the least noisy
// figure on a shared machine.
func BenchmarkAssign(b *testing.B) {
	items := benchItems(b, 20_000)
	span := items[len(items)-1].Time.Sub(items[0].Time) + time.Second
	c := cluster.New(cluster.Options{Window: 2 * time.Hour})
	docs := make([]cluster.Doc, len(items))
	for i, it := range items {
		docs[i] = cluster.Extract(it, c.Options())
	}
	var moves int
	add := regrouping(c, &moves)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := range b.N {
		d := docs[i%len(docs)]
		d.Time = d.Time.Add(time.Duration(i/len(docs)) * span)
		add(i, d)
	}
	reportRate(b, cpu0)
	b.ReportMetric(float64(moves)/float64(b.N), "moves/article")
}

// fncItems reads the FNC-1 article texts (2.4 KB on average), or skips.
func fncItems(b *testing.B) []cluster.Item {
	path := "../../../shared/bench/clustering/fnc1-stories/articles.jsonl"
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("SKIP (loud): %s not found; this benchmark needs ../shared", path)
	}
	defer f.Close()
	var items []cluster.Item
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		items = append(items, cluster.Item{ID: a.ID, Text: a.Text})
	}
	return items
}

// BenchmarkAddFNC clusters the real FNC-1 texts one after the other,
// replayed in stream order (untimed), without regrouping; it needs
// ../shared.
func BenchmarkAddFNC(b *testing.B) {
	items := fncItems(b)
	benchAdd(b, cluster.New(cluster.Options{}), func(i int) cluster.Item { return items[i%len(items)] })
}

// BenchmarkPipelineFNC runs the FNC-1 texts through pipeline, with a
// regrouping every regroupEvery articles.
func BenchmarkPipelineFNC(b *testing.B) {
	items := fncItems(b)
	benchPipeline(b, cluster.New(cluster.Options{}), func(i int) cluster.Item { return items[i%len(items)] })
}
