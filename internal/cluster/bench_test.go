package cluster_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/cluster/simulate"
	"github.com/corroborate/corroborate/internal/eval"
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

// timed runs run, which handles b.N articles, with the timer and the
// allocation count on, and reports articles/s (wall clock) and
// articles/cpu-s.
func timed(b *testing.B, run func()) {
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	run()
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

// BenchmarkAdd measures the sequential path: extraction and assignment of
// one article after the other, on one core, without regrouping.
func BenchmarkAdd(b *testing.B) {
	item := simulatedItems(b)
	benchAdd(b, cluster.New(cluster.Options{Window: 2 * time.Hour}), item)
}

// simulatedDay generates 20,000 simulated articles and the span that a
// replay moves them forward in time by each round (replayed), so that a
// benchmark can replay them for as long as b.N asks.
func simulatedDay(b *testing.B) ([]cluster.Item, time.Duration) {
	items := benchItems(b, 20_000)
	return items, items[len(items)-1].Time.Sub(items[0].Time) + time.Second
}

// replayed returns the time of the ith article of a replay of n articles
// that first stood at t: moved forward span for every round before.
func replayed(t time.Time, i, n int, span time.Duration) time.Time {
	return t.Add(time.Duration(i/n) * span)
}

// simulatedItems returns the simulated day's articles replayed as long as
// a benchmark asks.
func simulatedItems(b *testing.B) func(i int) cluster.Item {
	items, span := simulatedDay(b)
	return func(i int) cluster.Item {
		it := items[i%len(items)]
		it.Time = replayed(it.Time, i, len(items), span)
		return it
	}
}

// benchAdd adds item(0), ..., item(b.N-1) to c one after the other and
// reports the rate and the bytes per article.
func benchAdd(b *testing.B, c *cluster.Clusterer, item func(i int) cluster.Item) {
	var bytes int64
	timed(b, func() {
		for i := range b.N {
			it := item(i)
			bytes += int64(len(it.Text))
			c.Add(it)
		}
	})
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

// benchRegrouping times run, which hands b.N documents in order to add:
// assignment to c and a regrouping of the recent articles every
// regroupEvery articles. It reports the rate and the moves per article.
func benchRegrouping(b *testing.B, c *cluster.Clusterer, run func(add func(i int, d cluster.Doc))) {
	var moves int
	add := func(i int, d cluster.Doc) {
		c.AddDoc(d)
		if (i+1)%regroupEvery == 0 {
			moves += len(c.Regroup().Moves)
		}
	}
	timed(b, func() { run(add) })
	b.ReportMetric(float64(moves)/float64(b.N), "moves/article")
}

// BenchmarkPipeline runs the simulated articles through pipeline, with a
// regrouping every regroupEvery articles.
func BenchmarkPipeline(b *testing.B) {
	benchPipeline(b, cluster.New(cluster.Options{Window: 2 * time.Hour}), simulatedItems(b))
}

// benchPipeline runs item(0), ..., item(b.N-1) through pipeline into c
// (benchRegrouping).
func benchPipeline(b *testing.B, c *cluster.Clusterer, item func(i int) cluster.Item) {
	benchRegrouping(b, c, func(add func(i int, d cluster.Doc)) {
		pipeline(b.N, item, c.Options(), add)
	})
}

// BenchmarkAssign measures the sequential stage of the pipeline alone:
// assignment and a regrouping every regroupEvery articles, of documents
// extracted before the timer starts. Its articles/cpu-s is the most the
// pipeline can reach however many cores extract, and the least noisy
// figure on a shared machine.
func BenchmarkAssign(b *testing.B) {
	items, span := simulatedDay(b)
	c := cluster.New(cluster.Options{Window: 2 * time.Hour})
	docs := make([]cluster.Doc, len(items))
	for i, it := range items {
		docs[i] = cluster.Extract(it, c.Options())
	}
	benchRegrouping(b, c, func(add func(i int, d cluster.Doc)) {
		for i := range b.N {
			d := docs[i%len(docs)]
			d.Time = replayed(d.Time, i, len(docs), span)
			add(i, d)
		}
	})
}

// fncItems reads the FNC-1 article texts (2.4 KB on average), or skips.
func fncItems(b *testing.B) []cluster.Item {
	path := "../../../shared/bench/clustering/fnc1-stories/articles.jsonl"
	var items []cluster.Item
	err := eval.EachLine(path, func(line []byte) error {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(line, &a); err != nil {
			return err
		}
		items = append(items, cluster.Item{ID: a.ID, Text: a.Text})
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("SKIP (loud): %s not found; this benchmark needs ../shared", path)
	}
	if err != nil {
		b.Fatal(err)
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
