package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/storetest"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// runWorkers runs n `corroborate worker` commands on db until the queue is
// drained and no analysis is due, then interrupts them and returns their
// stderr.
func runWorkers(t *testing.T, db string, n int) []string {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	outs := make([]bytes.Buffer, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := Run(ctx, []string{"worker", "--db", db, "--id", "cli-" + string(rune('a'+i)), "--analyze-delay", "0s",
				"--poll-feeds=false"}, strings.NewReader(""), &outs[i], &outs[i])
			if err != nil {
				t.Errorf("worker %d: %v", i, err)
			}
		}()
	}
	store, _, err := openStreamStore(ctx, db)
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	defer store.Close()
	deadline := time.After(60 * time.Second)
	for {
		c, err := store.StreamCounts(ctx, "")
		if err != nil {
			t.Fatalf("StreamCounts: %v", err)
		}
		sums, err := store.StorySummaries(ctx, time.Time{}, corroborate.Page{Limit: 1000})
		if err != nil {
			t.Fatalf("StorySummaries: %v", err)
		}
		analysed := len(sums) > 0
		for _, s := range sums {
			analysed = analysed && s.Origins >= 0
		}
		if c.Open() == 0 && analysed {
			break
		}
		select {
		case <-deadline:
			t.Fatalf("the workers did not drain the queue: %+v", c)
		case <-time.After(50 * time.Millisecond):
		}
	}
	cancel()
	wg.Wait()
	var res []string
	for i := range outs {
		res = append(res, outs[i].String())
	}
	return res
}

var summaryRE = regexp.MustCompile(`stopped after \S+: \d+ extracted, \d+ skipped, (\d+) assigned`)

func testWorkers(t *testing.T, db string, n int) {
	dump := writeDump(t, t.TempDir(), 21, 5, 4)
	out, _, err := runCLI(t, "", "ingest", "--db", db, "--queue-only", "--quiet", dump)
	if !errors.Is(err, errPartial) || !strings.Contains(out, "queued: 20 document(s) wait for a worker") {
		t.Fatalf("ingest --queue-only: %v\n%s", err, out)
	}
	logs := runWorkers(t, db, n)
	var assigned int
	for _, l := range logs {
		if !strings.Contains(l, "stopped after") {
			t.Errorf("worker log lacks its summary:\n%s", l)
		}
		if m := summaryRE.FindStringSubmatch(l); m != nil {
			a, _ := strconv.Atoi(m[1])
			assigned += a
		}
	}
	if assigned != 20 {
		t.Errorf("workers assigned %d articles in all, want 20\n%s", assigned, strings.Join(logs, "\n"))
	}
	out, _, err = runCLI(t, "", "stories", "--db", db, "--format", "json")
	if err != nil {
		t.Fatalf("stories: %v", err)
	}
	if n := strings.Count(out, `"origins": -1`); n > 0 || strings.Count(out, `"id": "st`) != 5 {
		t.Errorf("stories after the workers: want 5 analysed stories:\n%s", out)
	}
}

func TestWorkerSQLite(t *testing.T) {
	testWorkers(t, filepath.Join(t.TempDir(), "w.db"), 1)
}

func TestWorkersPostgres(t *testing.T) {
	testWorkers(t, storetest.PostgresURL(t), 3)
}

// TestStartStream: the background stream a long-running command starts
// groups what is queued into stories.
func TestStartStream(t *testing.T) {
	store, _, err := openStreamStore(t.Context(), filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel() // before Close: the stream stops first
	if !startStream(ctx, store, app.New(store, app.Options{}), slog.New(slog.DiscardHandler)) {
		t.Fatal("startStream on SQLite = false")
	}
	if _, err := store.Enqueue(ctx, "api", streamtest.Documents(streamtest.Stories(41, 2, 3))); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(30 * time.Second)
	for {
		c, err := store.StreamCounts(ctx, "api")
		if err != nil {
			t.Fatal(err)
		}
		if c.Open() == 0 {
			if c.Done != 6 || c.Stories != 2 {
				t.Errorf("counts %+v, want 6 articles in 2 stories", c)
			}
			return
		}
		select {
		case <-deadline:
			t.Fatalf("not drained: %+v", c)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
