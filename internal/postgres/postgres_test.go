package postgres_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/storetest"
)

func open(t *testing.T, u string, now func() time.Time) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), u, postgres.Options{Now: now})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestConformance runs the store suite in a fresh schema per case; it skips
// loudly without CORROBORATE_TEST_POSTGRES and fails when that database is
// unreachable.
func TestConformance(t *testing.T) {
	storetest.PostgresURL(t) // skip or fail before the cases
	storetest.Run(t, func(t *testing.T, now func() time.Time) corroborate.Store {
		return open(t, storetest.PostgresURL(t), now)
	})
}

func TestMigrationsOnce(t *testing.T) {
	u := storetest.PostgresURL(t)
	s := open(t, u, nil)
	if _, err := s.CreateStory(t.Context(), "s1", []corroborate.Article{storetest.Article(1, "otter")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, u, nil) // migrations run again: must be a no-op
	if info, err := s.Story(t.Context(), "s1"); err != nil || info.Articles != 1 {
		t.Fatalf("after reopening: Story = %+v, %v; want 1 article", info, err)
	}
}

func TestOpenUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	_, err := postgres.Open(ctx, "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", postgres.Options{})
	if got := corroborate.ErrorCode(err); got != corroborate.EUnavailable {
		t.Fatalf("Open(unreachable) error %v has code %q, want %q", err, got, corroborate.EUnavailable)
	}
	if msg := corroborate.ErrorMessage(err); msg == "" || strings.Contains(msg, "secret") {
		t.Errorf("message %q: want a message without the password", msg)
	}
}

// TestUpgradeRegroupLog opens a database made before regrouping places
// were recorded (the migration undone) and checks that it upgrades.
func TestUpgradeRegroupLog(t *testing.T) {
	u := storetest.PostgresURL(t)
	storetest.UpgradeRegroupLog(t, func(t *testing.T) corroborate.StreamStore { return open(t, u, nil) }, func(t *testing.T) {
		conn, err := pgx.Connect(t.Context(), u)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(context.Background())
		for _, q := range []string{`DROP TABLE stream_regroups`, `DROP TABLE stream_regroups_from`,
			`DELETE FROM schema_migrations WHERE name = '0101_stream_regroups.sql'`} {
			if _, err := conn.Exec(t.Context(), q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	})
}
