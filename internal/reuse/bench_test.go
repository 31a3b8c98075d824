package reuse_test

import (
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	evalreuse "github.com/corroborate/corroborate/internal/eval/reuse"
	"github.com/corroborate/corroborate/internal/reuse"
)

const benchDir = "../../../shared/bench"

var (
	poolOnce sync.Once
	pool     []evalreuse.Source
	poolErr  error
)

func benchPool(b *testing.B) []evalreuse.Source {
	b.Helper()
	poolOnce.Do(func() { pool, poolErr = evalreuse.LoadSources(benchDir, evalreuse.SplitAll) })
	if poolErr != nil {
		b.Skipf("SKIP (loud): %v; this benchmark needs ../shared", poolErr)
	}
	return pool
}

// BenchmarkAnalyze analyses synthetic stories built from real articles
// (evalreuse.Story): mixed stories of 50, 500 and 5,000 articles, and a
// story where one wire text feeds every other article.
func BenchmarkAnalyze(b *testing.B) {
	for _, tc := range []struct {
		n    int
		wire bool
	}{{50, false}, {500, false}, {5000, false}, {500, true}} {
		name := fmt.Sprintf("articles=%d", tc.n)
		if tc.wire {
			name += "/wire"
		}
		b.Run(name, func(b *testing.B) {
			arts := evalreuse.Story(benchPool(b), tc.n, 1, tc.wire)
			size := 0
			for _, a := range arts {
				size += len(a.Text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var res reuse.Result
			cpu0 := cpuSeconds()
			for b.Loop() {
				res = reuse.Analyze(arts, nil, reuse.Options{})
			}
			// CPU time (user+system, all threads) per story: steadier than
			// wall time on a machine shared with other work.
			b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(tc.n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(len(res.Reuse)), "edges")
		})
	}
}

// BenchmarkCredits measures credit finding alone on the seeds-like text of
// a synthetic story.
func BenchmarkCredits(b *testing.B) {
	arts := evalreuse.Story(benchPool(b), 50, 1, false)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			_ = reuse.Credits(a.Text)
		}
	}
}

// cpuSeconds is the process's user and system CPU time so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
