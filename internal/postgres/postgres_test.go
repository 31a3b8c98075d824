package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/storetest"
)

// testURL returns the database named by CORROBORATE_TEST_POSTGRES, or skips
// loudly when it is unset. A set but unreachable database fails the test.
func testURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("CORROBORATE_TEST_POSTGRES")
	if u == "" {
		t.Skip("SKIP (loud): CORROBORATE_TEST_POSTGRES not set; the PostgreSQL store is not tested")
	}
	return u
}

// freshSchema creates an empty schema for one test and returns the URL
// that selects it; the schema is dropped when the test ends. Packages test in
// parallel against one database, so each test gets its own schema.
func freshSchema(t *testing.T, base string) string {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), base)
	if err != nil {
		t.Fatalf("CORROBORATE_TEST_POSTGRES is set but the database is unreachable: %v", err)
	}
	defer conn.Close(context.Background())
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(t.Context(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("CORROBORATE_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func open(t *testing.T, u string, now func() time.Time) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), u, postgres.Options{Now: now})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	base := testURL(t)
	storetest.Run(t, func(t *testing.T, now func() time.Time) corroborate.Store {
		return open(t, freshSchema(t, base), now)
	})
}

func TestMigrationsOnce(t *testing.T) {
	u := freshSchema(t, testURL(t))
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
