package stream_test

import (
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/stream"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// upgradeRun runs an assigner over docs as assignRun does, on a SQLite
// store, regrouping every 4 committed articles (each step's batch); after
// three steps the assigner dies and, when downgrade, the store is taken
// back to before regrouping places were recorded (the record's migration
// undone) and upgraded again when opened; a second worker then takes over.
func upgradeRun(t *testing.T, docs []corroborate.Document, downgrade bool) (run, int64) {
	t.Helper()
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "old.db")
	openAt := func() corroborate.StreamStore {
		s, err := sqlite.Open(ctx, path, sqlite.Options{})
		if err != nil {
			t.Fatalf("sqlite.Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	s := openAt()
	if _, err := s.Enqueue(ctx, "b", docs); err != nil {
		t.Fatalf("Enqueue: %v", err)
	}
	opt := stream.Options{ID: "first", Batch: 4, AssignBatch: 8, Parallel: 1, RegroupEvery: 4}
	steps := func(w *stream.Worker, n int) {
		for range n {
			if k, err := w.ExtractStep(ctx); err != nil || k == 0 {
				if err != nil {
					t.Fatalf("ExtractStep: %v", err)
				}
				return
			}
			for range 2 {
				if _, err := w.AssignStep(ctx); err != nil {
					t.Fatalf("AssignStep: %v", err)
				}
			}
		}
	}
	w := stream.NewWorker(s, opt)
	steps(w, 3)
	w.Close()
	if downgrade {
		s.Close()
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{`DROP TABLE stream_regroups`, `DROP TABLE stream_regroups_from`,
			`DELETE FROM schema_migrations WHERE name = '0101_stream_regroups.sql'`} {
			if _, err := db.ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		db.Close()
		s = openAt()
	}
	opt.ID = "second"
	w = stream.NewWorker(s, opt)
	steps(w, 100)
	if err := w.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	w.Close()
	role, err := s.AcquireAssigner(ctx, "reader")
	if err != nil {
		t.Fatalf("AcquireAssigner: %v", err)
	}
	defer role.Close()
	places, from, err := role.Regroups(ctx, 0, 1<<40)
	if err != nil {
		t.Fatalf("Regroups: %v", err)
	}
	return run{grouping(t, ctx, s, docs), places}, from
}

// TestTakeoverAfterUpgrade kills the assigner of a store made before
// regrouping places were recorded, upgrades the store, and lets a second
// worker take over. It has no record of the dead one's regroupings, and
// regroups the old part of the log as rebuild did before the record, every
// Options.RegroupEvery entries: where the dead one regrouped in this
// schedule, so the stories end as they end with the record all along.
func TestTakeoverAfterUpgrade(t *testing.T) {
	docs := streamtest.Documents(streamtest.Stories(7, 24, 1))
	want, _ := upgradeRun(t, docs, false)
	got, from := upgradeRun(t, docs, true)
	if diff := cmp.Diff(want.grouping, got.grouping); diff != "" {
		t.Errorf("stories differ from the run without the upgrade (-want +got):\n%s", diff)
	}
	if i := slices.Index(want.places, from); from == 0 || i < 0 || !slices.Equal(got.places, want.places[i+1:]) {
		t.Errorf("recorded from %d: places %v; without the upgrade %v", from, got.places, want.places)
	}
}
