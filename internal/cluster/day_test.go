package cluster_test

import (
	"flag"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/cluster/simulate"
	"github.com/corroborate/corroborate/internal/eval"
	evalcluster "github.com/corroborate/corroborate/internal/eval/cluster"
)

var (
	dayArticles = flag.Int("day.articles", 1_000_000, "articles in BenchmarkSimulatedDay")
	dayRegroup  = flag.Bool("day.regroup", true, "regroup every regroupEvery articles in BenchmarkSimulatedDay")
)

// dayRun is what one pass of a simulated stream through a Clusterer gave.
type dayRun struct {
	articles  int
	elapsed   time.Duration
	peakHeap  uint64   // highest HeapAlloc sampled (live and not yet collected)
	heapAt    []uint64 // live heap (HeapAlloc right after a GC) at each tenth
	sys       uint64   // memory obtained from the OS at the end (MemStats.Sys)
	storiesAt []int    // live stories at each tenth of the stream
	f1        float64  // B-cubed F1 against the generator's stories
	moves     int      // articles moved by regroupings
}

// runDay streams s through c with pipeline (generation happens in the
// extracting goroutines). It samples the heap every 1% of the stream, and
// the live heap after a collection every 10% (ten forced collections, a
// small cost in the time).
func runDay(s *simulate.Stream, c *cluster.Clusterer) dayRun {
	n := s.Len()
	opt := c.Options()
	gold := make([]int32, n)
	pred := make([]cluster.StoryID, n)
	merges := cluster.Merges{}
	run := dayRun{articles: n}
	at := map[string]int{}
	ids := make([]string, n)
	var ms runtime.MemStats
	step := max(n/100, 1)
	start := time.Now()
	pipeline(n, func(i int) cluster.Item {
		it, st := s.Item(i)
		gold[i] = int32(st)
		return it
	}, opt, func(i int, d cluster.Doc) {
		a := c.AddDoc(d)
		pred[i] = a.Story
		merges.Record(a)
		// Only the recent articles can move: index them by id.
		at[d.ID] = i
		if old := i - opt.Recent - regroupEvery; old >= 0 {
			delete(at, ids[old])
		}
		ids[i] = d.ID
		if *dayRegroup && (i+1)%regroupEvery == 0 {
			for _, m := range c.Regroup().Moves {
				pred[at[m.ID]] = m.To
				run.moves++
			}
		}
		if (i+1)%step == 0 || i+1 == n {
			runtime.ReadMemStats(&ms)
			run.peakHeap = max(run.peakHeap, ms.HeapAlloc)
			if (i+1)%(step*10) == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				run.heapAt = append(run.heapAt, ms.HeapAlloc)
				run.storiesAt = append(run.storiesAt, c.Stats().Stories)
			}
		}
	})
	run.elapsed = time.Since(start)
	run.sys = ms.Sys
	for i, id := range pred {
		pred[i] = merges.Final(id)
	}
	run.f1 = eval.F1(evalcluster.BCubed(gold, pred))
	return run
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
		b.ReportMetric(float64(slices.Max(run.heapAt))/(1<<20), "peak-live-MB")
		b.ReportMetric(run.f1, "bcubed-f1")
		b.Logf("%d articles in %v (%.0f articles/s, generation included); peak heap %.0f MiB, from the OS %.0f MiB; B-cubed F1 %.3f against %d generated stories; %d articles moved by regroupings every %d articles",
			run.articles, run.elapsed.Round(time.Millisecond), float64(run.articles)/run.elapsed.Seconds(),
			float64(run.peakHeap)/(1<<20), float64(run.sys)/(1<<20), run.f1, s.Stories(), run.moves, regroupEvery)
		for i := range run.heapAt {
			b.Logf("at %3d%% of the day: live heap %4.0f MiB, %6d live stories", (i+1)*10, float64(run.heapAt[i])/(1<<20), run.storiesAt[i])
		}
	}
}
