package stream_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storetest"
	"github.com/corroborate/corroborate/internal/stream"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// fncPath is the real-article corpus the benchmark prefers: 388 news
// articles of FNC-1 (about 2.5 KB each).
const fncPath = "../../../shared/bench/clustering/fnc1-stories/articles.jsonl"

// benchDocs returns the benchmark's documents: FNC-1's articles when
// ../shared is there, else generated ones, and the corpus's name.
func benchDocs(b *testing.B) ([]corroborate.Document, string) {
	var docs []corroborate.Document
	err := eval.EachLine(fncPath, func(line []byte) error {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		docs = append(docs, corroborate.Document{Source: r.ID, Format: "text", Body: []byte(r.Text)})
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		b.Logf("SKIP (loud): %s not found; benchmarking on generated fictional articles", fncPath)
		return streamtest.Documents(streamtest.Stories(9, 40, 10)), "generated"
	}
	if err != nil {
		b.Fatal(err)
	}
	return docs, "fnc1"
}

// BenchmarkIngest measures the whole stream on one worker: queue, extract,
// assign a story, store, and (analyse) compute each touched story's
// dossier. Each iteration ingests the corpus once more, made new by a line
// naming the iteration, so that nothing is a duplicate. Reports articles/s.
func BenchmarkIngest(b *testing.B) {
	docs, corpus := benchDocs(b)
	opens := []struct {
		name string
		open func(b *testing.B) corroborate.StreamStore
	}{
		{"sqlite", func(b *testing.B) corroborate.StreamStore {
			s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"postgres", func(b *testing.B) corroborate.StreamStore {
			s, err := postgres.Open(b.Context(), storetest.PostgresURL(b), postgres.Options{})
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
	}
	for _, o := range opens {
		for _, run := range []struct {
			analyse bool
			regroup int
		}{{false, 0}, {false, -1}, {true, 0}} {
			analyse := run.analyse
			name := fmt.Sprintf("%s/%s/analyse=%v/regroup=%v", o.name, corpus, analyse, run.regroup >= 0)
			b.Run(name, func(b *testing.B) {
				s := o.open(b)
				defer s.Close()
				opt := stream.Options{ID: "bench", Batch: 64, RegroupEvery: run.regroup}
				if analyse {
					opt.Analyze = analyzeWith(s)
				}
				w := stream.NewWorker(s, opt)
				defer w.Close()
				ctx := b.Context()
				b.ResetTimer()
				start := time.Now()
				for i := 0; b.Loop(); i++ {
					batch := make([]corroborate.Document, len(docs))
					for j, d := range docs {
						d.Body = append(append([]byte{}, d.Body...), fmt.Sprintf("\n\nEdition %d.", i)...)
						batch[j] = d
					}
					if _, err := s.Enqueue(ctx, fmt.Sprint(i), batch); err != nil {
						b.Fatal(err)
					}
					runUntilDrained(b, ctx, s, w)
				}
				el := time.Since(start)
				b.ReportMetric(float64(len(docs)*b.N)/el.Seconds(), "articles/s")
				b.ReportMetric(float64(el.Nanoseconds())/float64(len(docs)*b.N), "ns/article")
			})
		}
	}
}

func runUntilDrained(b *testing.B, ctx context.Context, s corroborate.StreamStore, w *stream.Worker) {
	for {
		x, err := w.ExtractStep(ctx)
		if err != nil {
			b.Fatal(err)
		}
		a, err := w.AssignStep(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if x == 0 && a == 0 {
			break
		}
	}
	if _, err := w.DrainAnalysis(ctx); err != nil {
		b.Fatal(err)
	}
}
