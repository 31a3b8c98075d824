package cluster_test

import (
	"flag"
	"runtime"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/cluster/simulate"
)

var dayArticles = flag.Int("day.articles", 1_000_000, "articles in BenchmarkSimulatedDay")

// dayRun is what one pass of a simulated stream through a Clusterer gave.
type dayRun struct {
	articles  int
	elapsed   time.Duration
	peakHeap  uint64   // highest HeapAlloc sampled
	heapAt    []uint64 // HeapAlloc at each tenth of the stream
	storiesAt []int    // live stories at each tenth of the stream
	f1        float64  // B-cubed F1 against the generator's stories
}

// runDay streams s through c: GOMAXPROCS workers generate and extract
// batches ahead, in parallel, while one goroutine assigns in order. It
// samples the heap every 1% of the stream.
func runDay(s *simulate.Stream, c *cluster.Clusterer) dayRun {
	n := s.Len()
	opt := c.Options()
	gold := make([]int32, n)
	pred := make([]cluster.StoryID, n)
	merges := cluster.Merges{}
	run := dayRun{articles: n}
	const batch = 512
	workers := runtime.GOMAXPROCS(0)
	// Batches in order; each arrives on its own channel when extracted.
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
					it, st := s.Item(done + j)
					gold[done+j] = int32(st)
					docs[j] = cluster.Extract(it, opt)
				}
				<-sem
				ch <- docs
			}(done)
		}
		close(batches)
	}()
	var ms runtime.MemStats
	step := max(n/100, 1)
	start := time.Now()
	i := 0
	for ch := range batches {
		for _, d := range <-ch {
			a := c.AddDoc(d)
			pred[i] = a.Story
			merges.Record(a)
			i++
			if i%step == 0 || i == n {
				runtime.ReadMemStats(&ms)
				run.peakHeap = max(run.peakHeap, ms.HeapAlloc)
				if i%(step*10) == 0 {
					run.heapAt = append(run.heapAt, ms.HeapAlloc)
					run.storiesAt = append(run.storiesAt, c.Stats().Stories)
				}
			}
		}
	}
	run.elapsed = time.Since(start)
	for i, id := range pred {
		pred[i] = merges.Final(id)
	}
	run.f1 = bcubedF1(gold, pred)
	return run
}

// bcubedF1 is the B-cubed F1 of pred against gold over the same items.
func bcubedF1(gold []int32, pred []cluster.StoryID) float64 {
	type pair struct {
		g int32
		p cluster.StoryID
	}
	both := map[pair]int{}
	ng := map[int32]int{}
	np := map[cluster.StoryID]int{}
	for i := range gold {
		both[pair{gold[i], pred[i]}]++
		ng[gold[i]]++
		np[pred[i]]++
	}
	var p, r float64
	for i := range gold {
		k := float64(both[pair{gold[i], pred[i]}])
		p += k / float64(np[pred[i]])
		r += k / float64(ng[gold[i]])
	}
	p /= float64(len(gold))
	r /= float64(len(gold))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// BenchmarkSimulatedDay runs a simulated day (-day.articles, default one
// million, seed 1) through a Clusterer with a 6-hour window, and reports the
// time, the peak heap and the heap at each tenth of the day, to show that
// memory follows the window and not the length of the stream. Run it alone:
//
//	go test ./internal/cluster -run '^$' -bench SimulatedDay -benchtime 1x -v
func BenchmarkSimulatedDay(b *testing.B) {
	for range b.N {
		s := simulate.New(simulate.Config{Seed: 1, Articles: *dayArticles})
		c := cluster.New(cluster.Options{Window: 6 * time.Hour})
		run := runDay(s, c)
		b.ReportMetric(float64(run.articles)/run.elapsed.Seconds(), "articles/s")
		b.ReportMetric(float64(run.peakHeap)/(1<<20), "peak-heap-MB")
		b.ReportMetric(run.f1, "bcubed-f1")
		b.Logf("%d articles in %v (%.0f articles/s); peak heap %.0f MiB; B-cubed F1 %.3f against %d generated stories",
			run.articles, run.elapsed.Round(time.Millisecond), float64(run.articles)/run.elapsed.Seconds(),
			float64(run.peakHeap)/(1<<20), run.f1, s.Stories())
		for i := range run.heapAt {
			b.Logf("at %3d%% of the day: heap %4.0f MiB, %6d live stories", (i+1)*10, float64(run.heapAt[i])/(1<<20), run.storiesAt[i])
		}
	}
}
