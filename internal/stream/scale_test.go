package stream_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/storetest"
	"github.com/corroborate/corroborate/internal/stream"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// Environment of a worker process started by TestScaleOutKill.
const (
	workerDBEnv = "STREAM_TEST_WORKER_DB"
	workerIDEnv = "STREAM_TEST_WORKER_ID"
)

// workerLease is the lease of the worker processes: short, so that the
// claims of the killed one are taken over soon.
const workerLease = 2 * time.Second

// slowStore holds each extracted batch back a little before storing it, so
// that a worker spends most of its time holding claimed items: a kill then
// lands mid-batch.
type slowStore struct{ corroborate.StreamStore }

func (s slowStore) Extracted(ctx context.Context, owner string, xs []corroborate.Extraction) (int, error) {
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-time.After(300 * time.Millisecond):
	}
	return s.StreamStore.Extracted(ctx, owner, xs)
}

// TestWorkerProcess is not a test: it is the worker process that
// TestScaleOutKill starts, from this test binary. It runs until killed or
// sent SIGTERM.
func TestWorkerProcess(t *testing.T) {
	u := os.Getenv(workerDBEnv)
	if u == "" {
		t.Skip("the worker process of TestScaleOutKill; runs only when started by it")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	s, err := postgres.Open(ctx, u, postgres.Options{})
	if err != nil {
		t.Fatalf("worker: %v", err)
	}
	defer s.Close()
	w := stream.NewWorker(slowStore{s}, stream.Options{
		ID: os.Getenv(workerIDEnv), Batch: 4, Lease: workerLease, Poll: 20 * time.Millisecond,
		AssignBatch: 8, Analyze: analyzeWith(s),
	})
	w.Run(ctx)
	st := w.Stats()
	fmt.Printf("worker stats: %+v\n", st)
}

// analyzeWith computes and stores a story's dossier.
func analyzeWith(s corroborate.Store) func(context.Context, string) error {
	return func(ctx context.Context, id string) error {
		info, err := s.Story(ctx, id)
		if err != nil {
			return err
		}
		arts, err := s.StoryArticles(ctx, id)
		if err != nil {
			return err
		}
		d := dossier.Build(arts, dossier.Options{})
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		return s.PutAnalysis(ctx, corroborate.Analysis{StoryID: id, Revision: info.Revision, Stages: "test",
			Title: d.Story.Title, Dossier: b})
	}
}

// TestScaleOutKill runs three worker processes on one PostgreSQL schema,
// kills the one holding the assignment role with SIGKILL while it holds
// claimed documents, and checks that every article is stored and assigned
// exactly once, none is lost, and every story is analysed at its last
// revision.
func TestScaleOutKill(t *testing.T) {
	base := storetest.PostgresURL(t)
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	defer cancel()
	s, err := postgres.Open(ctx, base, postgres.Options{})
	if err != nil {
		t.Fatalf("postgres.Open: %v", err)
	}
	defer s.Close()

	gen := streamtest.Stories(7, 24, 8)
	docs := streamtest.Documents(gen)
	want := map[string]bool{} // the article IDs the batch must produce
	for _, d := range docs {
		a, err := extract.Extract(d, extract.Options{})
		if err != nil {
			t.Fatalf("fixture %s: %v", d.Source, err)
		}
		want[a.ID] = true
	}
	var extra []corroborate.Document
	for i := range 6 { // same article, other bytes: duplicates at assignment
		d := docs[i*13]
		d.Source += "-again"
		d.Body = append(append([]byte{}, d.Body...), "\n\n\n"...)
		extra = append(extra, d)
	}
	for i := range 3 { // no article at all
		extra = append(extra, corroborate.Document{Source: fmt.Sprintf("blank-%d.txt", i), Format: "text", Body: []byte(strings.Repeat(" \n", i+1))})
	}
	if _, err := s.Enqueue(ctx, "scale", append(docs, extra...)); err != nil {
		t.Fatalf("Enqueue: %v", err)
	}

	u, _ := url.Parse(base)
	schema := u.Query().Get("search_path")
	workers := map[string]*exec.Cmd{}
	outs := map[string]*bytes.Buffer{}
	for _, id := range []string{"w1", "w2", "w3"} {
		q := u.Query()
		q.Set("application_name", schema+"-"+id)
		wu := *u
		wu.RawQuery = q.Encode()
		cmd := exec.Command(os.Args[0], "-test.run=^TestWorkerProcess$", "-test.v")
		cmd.Env = append(os.Environ(), workerDBEnv+"="+wu.String(), workerIDEnv+"="+id)
		outs[id] = &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = outs[id], outs[id]
		if err := cmd.Start(); err != nil {
			t.Fatalf("start worker %s: %v", id, err)
		}
		workers[id] = cmd
	}
	defer func() {
		for id, cmd := range workers {
			cmd.Process.Signal(syscall.SIGTERM)
			cmd.Wait()
			if t.Failed() || testing.Verbose() {
				t.Logf("worker %s output:\n%s", id, outs[id])
			}
		}
	}()

	victim := waitForVictim(t, ctx, base, schema)
	workers[victim].Process.Kill()
	workers[victim].Wait()
	delete(workers, victim)
	t.Logf("killed %s (the assigner) while it held claimed documents", victim)

	settled := func() bool {
		c, err := s.StreamCounts(ctx, "scale")
		if err != nil {
			t.Fatalf("StreamCounts: %v", err)
		}
		return c.Open() == 0 && count(t, ctx, base, `SELECT count(*) FROM stream_analysis`) == 0
	}
	// The assigner regroups right after its last commit, and the stories
	// that regrouping changes are analysed again: the end state must hold
	// a while, not only once between the two.
	waitFor(t, ctx, "the queue to drain and every story to be analysed", func() bool {
		if !settled() {
			return false
		}
		time.Sleep(500 * time.Millisecond)
		return settled()
	})
	checkExactlyOnce(t, ctx, s, base, want, len(extra)-3, 3)
	if n := count(t, ctx, base, `SELECT count(*) FROM stream_items WHERE attempts > 1`); n == 0 {
		t.Errorf("no document was claimed twice: the killed worker's claims were not taken over")
	}
	if n := count(t, ctx, base, `SELECT count(DISTINCT worker) FROM stream_assignments`); n < 2 {
		t.Errorf("assignments by %d worker(s), want the role to have changed hands", n)
	}
	checkStories(t, ctx, s, gen)
}
