package sqlite_test

import (
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storetest"
)

func open(t *testing.T, path string, now func() time.Time) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path, sqlite.Options{Now: now})
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) corroborate.Store {
		return open(t, filepath.Join(t.TempDir(), "test.db"), now)
	})
}

func TestPersistsAcrossOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "..", "c.db")
	s := open(t, path, nil)
	if _, err := s.CreateStory(t.Context(), "s1", []corroborate.Article{storetest.Article(1, "otter")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, path, nil) // migrations run again: must be a no-op
	info, err := s.Story(t.Context(), "s1")
	if err != nil || info.Articles != 1 {
		t.Fatalf("after reopening: Story = %+v, %v; want 1 article", info, err)
	}
}

func TestOpenRefuses(t *testing.T) {
	for _, path := range []string{"", ":memory:", "x.db?mode=ro", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		if s, err := sqlite.Open(t.Context(), path, sqlite.Options{}); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want an error", path)
		}
	}
}

// TestUpgradeRegroupLog opens a database made before regrouping places
// were recorded (the migration undone) and checks that it upgrades.
func TestUpgradeRegroupLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	storetest.UpgradeRegroupLog(t, func(t *testing.T) corroborate.StreamStore { return open(t, path, nil) }, func(t *testing.T) {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, q := range []string{`DROP TABLE stream_regroups`, `DROP TABLE stream_regroups_from`,
			`DELETE FROM schema_migrations WHERE name = '0101_stream_regroups.sql'`} {
			if _, err := db.ExecContext(t.Context(), q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	})
}
