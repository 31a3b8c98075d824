// Package seedtest gives tests real inputs read the way the CLI reads them:
// the five seed reports of ../shared, or any files and folders, through the
// real ingest and extraction stages. It is for tests only.
package seedtest

import (
	"context"
	"os"
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
	arts := Read(tb, files...)
	for i := range arts {
		arts[i].ID = filepath.Base(arts[i].Source)[:3]
	}
	return arts
}

// Read returns the articles of paths (files or folders, as ingest.Read
// takes them) in ingest's order, with the IDs extraction gives them. It
// skips the test loudly when a path is absent and fails it on any ingest or
// extraction error.
func Read(tb testing.TB, paths ...string) []corroborate.Article {
	tb.Helper()
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			tb.Skipf("SKIP (loud): %s not found", p)
		}
	}
	docs, errs := ingest.Read(context.Background(), paths, nil, ingest.Options{})
	if len(errs) > 0 {
		tb.Fatalf("ingest: %v", errs)
	}
	arts := make([]corroborate.Article, 0, len(docs))
	for _, d := range docs {
		a, err := extract.Extract(d, extract.Options{})
		if err != nil {
			tb.Fatalf("extract %s: %v", d.Source, err)
		}
		arts = append(arts, a)
	}
	return arts
}
