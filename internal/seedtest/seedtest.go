// Package seedtest gives tests the five seed reports of ../shared, read
// through the real ingest and extraction stages. It is for tests only.
package seedtest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// Dir is where the seeds are, seen from a package folder under internal/.
const Dir = "../../../shared/corpus/seeds"

// Articles returns the seed reports as extracted articles in file order,
// each with its file's three-digit prefix ("000") as ID. It skips the test
// loudly when ../shared is absent and fails it on any extraction error.
func Articles(tb testing.TB) []corroborate.Article {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(Dir, "*.txt"))
	if len(files) == 0 {
		tb.Skipf("SKIP (loud): %s not found; this test needs ../shared beside the repository", Dir)
	}
	docs, errs := ingest.Read(context.Background(), files, nil, ingest.Options{})
	if len(errs) > 0 {
		tb.Fatalf("seeds: %v", errs)
	}
	arts := make([]corroborate.Article, 0, len(docs))
	for _, d := range docs {
		a, err := extract.Extract(d, extract.Options{})
		if err != nil {
			tb.Fatalf("seed %s: %v", d.Source, err)
		}
		a.ID = filepath.Base(d.Source)[:3]
		arts = append(arts, a)
	}
	return arts
}
