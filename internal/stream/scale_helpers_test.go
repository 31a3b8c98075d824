package stream_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
)

// waitFor polls cond until it holds; the test fails when ctx ends first.
func waitFor(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("gave up waiting for %s", what)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// count runs a query returning one number.
func count(t *testing.T, ctx context.Context, url, q string, args ...any) int {
	t.Helper()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(ctx, q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// waitForVictim returns the worker that holds the assignment role (by the
// application name of the session holding the advisory lock) once it has
// assigned some articles and holds claimed documents.
func waitForVictim(t *testing.T, ctx context.Context, url, schema string) string {
	t.Helper()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	var victim string
	waitFor(t, ctx, "the assigner to hold claimed documents", func() bool {
		var app string
		err := conn.QueryRow(ctx, `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE $1 || '-%'`, schema).Scan(&app)
		if err != nil {
			return false
		}
		victim = strings.TrimPrefix(app, schema+"-")
		var claimed, assigned int
		// Claimed in the last 100ms: slowStore holds the batch 300ms, so
		// the kill lands before the worker can store it.
		if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM stream_items WHERE state = 'claimed' AND owner = $1
				AND lease_until > now() + $2 * interval '1 millisecond'),
			(SELECT count(*) FROM stream_assignments)`, victim, (workerLease-100*time.Millisecond).Milliseconds()).Scan(&claimed, &assigned); err != nil {
			t.Fatalf("victim: %v", err)
		}
		return claimed > 0 && assigned > 0
	})
	return victim
}

// checkExactlyOnce checks the end state of a batch: every wanted article
// stored, assigned once and linked to one story; duplicates and failures as
// expected; story counts equal to their links; every story analysed at its
// current revision.
func checkExactlyOnce(t *testing.T, ctx context.Context, s corroborate.StreamStore, url string, want map[string]bool, dups, failed int) {
	t.Helper()
	c, err := s.StreamCounts(ctx, "scale")
	if err != nil {
		t.Fatalf("StreamCounts: %v", err)
	}
	if c.Done != len(want)+dups || c.Duplicates != dups || c.Failed != failed {
		t.Errorf("counts %+v, want %d done of which %d duplicates, %d failed", c, len(want)+dups, dups, failed)
	}
	if n := count(t, ctx, url, `SELECT count(*) FROM stream_items WHERE note LIKE 'gave up%'`); n > 0 {
		t.Errorf("%d document(s) given up", n)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, `SELECT a.article_id, count(DISTINCT a.log_seq), count(sa.story_id)
		FROM stream_assignments a LEFT JOIN story_articles sa ON sa.article_id = a.article_id GROUP BY a.article_id`)
	if err != nil {
		t.Fatalf("assignments: %v", err)
	}
	got := map[string]bool{}
	for rows.Next() {
		var (
			id            string
			logged, links int
		)
		if err := rows.Scan(&id, &logged, &links); err != nil {
			t.Fatalf("assignments: %v", err)
		}
		got[id] = true
		if !want[id] {
			t.Errorf("article %s assigned, but it is not one of the batch", id)
		}
		if logged != 1 || links != 1 {
			t.Errorf("article %s: %d assignments, in %d stories; want 1 and 1", id, logged, links)
		}
	}
	rows.Close()
	for id := range want {
		if !got[id] {
			t.Errorf("article %s lost: never assigned", id)
		}
	}
	if n := count(t, ctx, url, `SELECT count(*) FROM stories s
		WHERE s.articles <> (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)`); n > 0 {
		t.Errorf("%d stories whose article count is not their number of articles", n)
	}
	if n := count(t, ctx, url, `SELECT count(*) FROM stories s LEFT JOIN analyses a ON a.story_id = s.id
		WHERE a.revision IS DISTINCT FROM s.revision`); n > 0 {
		t.Errorf("%d stories not analysed at their current revision", n)
	}
}
