package stream_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/stream"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// grouping is the stored stories as sets of article sources, sorted: what
// two runs must agree on, whatever the stories' ids.
func grouping(t *testing.T, ctx context.Context, s corroborate.StreamStore, docs []corroborate.Document) []string {
	t.Helper()
	self := map[string]string{}
	for _, d := range docs {
		self[d.Source] = d.Source
	}
	var out []string
	for _, srcs := range storiesOf(t, ctx, s, self) {
		slices.Sort(srcs)
		out = append(out, strings.Join(srcs, " "))
	}
	slices.Sort(out)
	return out
}

// handover is where, in a run of assignRun, the role changes hands: at the
// start of step Step, or mid-step (after the step's batch is committed and
// before the idle regrouping that follows). Back gives the role, mid-step,
// to a second worker for one step and then back to the first, which kept
// its clusterer.
type handover struct {
	Step      int // never when < 0
	Mid, Back bool
}

// run is what a run of assignRun leaves: the stored grouping and the
// places the store recorded for the regroupings.
type run struct {
	grouping []string
	places   []int64
}

// assignRun runs an assigner over docs as a busy stream goes: each step
// extracts a batch, assigns it, and finds nothing more to assign, so the
// assigner regroups. At h the assigner dies (no Flush: its clusterer dies
// with it), and a second worker takes the role over and goes on, or h.Back
// hands the role to the second and back.
func assignRun(t *testing.T, open func(*testing.T) corroborate.StreamStore, docs []corroborate.Document, h handover) run {
	t.Helper()
	ctx := t.Context()
	s := open(t)
	if _, err := s.Enqueue(ctx, "b", docs); err != nil {
		t.Fatalf("Enqueue: %v", err)
	}
	opt := stream.Options{ID: "first", Batch: 4, AssignBatch: 8, Parallel: 1}
	w := stream.NewWorker(s, opt)
	opt.ID = "second"
	second := stream.NewWorker(s, opt)
	for step := 0; ; step++ {
		if step == h.Step && !h.Mid && !h.Back {
			w.Close() // no Flush: a killed worker regroups nothing more
			w = second
		}
		if n, err := w.ExtractStep(ctx); err != nil || n == 0 {
			if err != nil {
				t.Fatalf("ExtractStep: %v", err)
			}
			break
		}
		for j := range 2 { // the second finds nothing to assign: it regroups
			if step == h.Step && j == 1 && h.Back {
				w.Close()
				if _, err := second.AssignStep(ctx); err != nil {
					t.Fatalf("second AssignStep: %v", err)
				}
				second.Close()
				continue // the first takes the role back with the next batch
			}
			if step == h.Step && j == 1 && h.Mid {
				w.Close()
				w = second
			}
			if _, err := w.AssignStep(ctx); err != nil {
				t.Fatalf("step %d AssignStep: %v", step, err)
			}
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	w.Close()
	if c, err := s.StreamCounts(ctx, "b"); err != nil || c.Open() != 0 {
		t.Fatalf("StreamCounts = %+v, %v; want every item closed", c, err)
	}
	role, err := s.AcquireAssigner(ctx, "reader")
	if err != nil {
		t.Fatalf("AcquireAssigner: %v", err)
	}
	defer role.Close()
	places, _, err := role.Regroups(ctx, 0, 1<<40)
	if err != nil {
		t.Fatalf("Regroups: %v", err)
	}
	return run{grouping(t, ctx, s, docs), places}
}

// TestTakeoverRegroupsWhereTheAssignerDid changes the role's holder at
// several places: the worker taking over rebuilds its clusterer from the
// log, and must regroup where the dead one did, so that the stories end as
// they end without the handover, and the store records the regroupings at
// the same places. Without a handover the record holds a place per step
// (24 articles in steps of 4), even for regroupings that moved nothing.
func TestTakeoverRegroupsWhereTheAssignerDid(t *testing.T) {
	docs := streamtest.Documents(streamtest.Stories(7, 24, 1))
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			want := assignRun(t, b.open, docs, handover{Step: -1})
			if len(slices.Compact(slices.Clone(want.places))) != 6 || len(want.places) != 6 {
				t.Fatalf("without a handover: places %v, want one per step", want.places)
			}
			for _, h := range []handover{
				{Step: 2}, {Step: 3}, {Step: 4}, {Step: 5},
				{Step: 1, Mid: true}, {Step: 2, Mid: true}, {Step: 4, Mid: true},
				{Step: 0, Back: true}, {Step: 1, Back: true}, {Step: 4, Back: true},
			} {
				name := fmt.Sprintf("step%d", h.Step)
				if h.Mid {
					name += "-mid"
				}
				if h.Back {
					name += "-back"
				}
				t.Run(name, func(t *testing.T) {
					got := assignRun(t, b.open, docs, h)
					if diff := cmp.Diff(want.grouping, got.grouping); diff != "" {
						t.Errorf("stories differ from the run without a handover (-want +got):\n%s", diff)
					}
					if !slices.Equal(got.places, want.places) {
						t.Errorf("regroupings recorded at %v, at %v without a handover", got.places, want.places)
					}
				})
			}
		})
	}
}
