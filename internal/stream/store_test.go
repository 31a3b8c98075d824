package stream_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/stream/streamtest"
)

// expire waits out leases of a millisecond.
func expire() { time.Sleep(20 * time.Millisecond) }

func seqs(items []corroborate.StreamItem) []int64 {
	out := []int64{}
	for _, it := range items {
		out = append(out, it.Seq)
	}
	return out
}

func TestClaimLeases(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			docs := streamtest.Documents(streamtest.Stories(2, 3, 1))
			enq, err := s.Enqueue(ctx, "b", docs)
			if err != nil {
				t.Fatalf("Enqueue: %v", err)
			}
			a, err := s.Claim(ctx, "A", 2, time.Millisecond, 5)
			if err != nil {
				t.Fatalf("Claim A: %v", err)
			}
			if diff := cmp.Diff([]int64{enq[0].Seq, enq[1].Seq}, seqs(a)); diff != "" {
				t.Fatalf("A claimed (-want +got):\n%s", diff)
			}
			if string(a[0].Doc.Body) != string(docs[0].Body) || a[0].Doc.Source != docs[0].Source {
				t.Errorf("claimed document = %q from %q, want the queued one", a[0].Doc.Body, a[0].Doc.Source)
			}
			expire()
			bs, err := s.Claim(ctx, "B", 10, time.Minute, 5)
			if err != nil {
				t.Fatalf("Claim B: %v", err)
			}
			if diff := cmp.Diff([]int64{enq[0].Seq, enq[1].Seq, enq[2].Seq}, seqs(bs)); diff != "" {
				t.Fatalf("B claimed, after A's lease expired (-want +got):\n%s", diff)
			}
			if bs[0].Attempts != 2 || bs[2].Attempts != 1 {
				t.Errorf("attempts = %d and %d, want 2 (claimed again) and 1", bs[0].Attempts, bs[2].Attempts)
			}
			art, err := extract.Extract(bs[0].Doc, extract.Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			late := []corroborate.Extraction{{Seq: a[0].Seq, Article: &art}}
			if n, err := s.Extracted(ctx, "A", late); err != nil || n != 0 {
				t.Errorf("Extracted by A after losing the lease = %d, %v; want 0, nil", n, err)
			}
			xs := []corroborate.Extraction{{Seq: bs[0].Seq, Article: &art}, {Seq: bs[1].Seq, Reason: "no text"}}
			if n, err := s.Extracted(ctx, "B", xs); err != nil || n != 2 {
				t.Errorf("Extracted by B = %d, %v; want 2, nil", n, err)
			}
			if _, _, err := s.Article(ctx, art.ID); err != nil {
				t.Errorf("Article(%s) after extraction: %v", art.ID, err)
			}
			c, err := s.StreamCounts(ctx, "b")
			if err != nil {
				t.Fatalf("StreamCounts: %v", err)
			}
			if diff := cmp.Diff(corroborate.StreamCounts{Claimed: 1, Extracted: 1, Failed: 1}, c); diff != "" {
				t.Errorf("StreamCounts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClaimGivesUp(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			docs := streamtest.Documents(streamtest.Stories(3, 1, 1))
			if _, err := s.Enqueue(ctx, "b", docs); err != nil {
				t.Fatalf("Enqueue: %v", err)
			}
			for i := range 2 { // a worker that dies holding it, twice
				if got, err := s.Claim(ctx, "A", 1, time.Millisecond, 2); err != nil || len(got) != 1 {
					t.Fatalf("claim %d = %d items, %v; want 1", i+1, len(got), err)
				}
				expire()
			}
			if got, err := s.Claim(ctx, "A", 1, time.Minute, 2); err != nil || len(got) != 0 {
				t.Fatalf("third claim = %d items, %v; want none", len(got), err)
			}
			failed, err := s.StreamItems(ctx, "b", corroborate.ItemFailed, 10)
			if err != nil || len(failed) != 1 {
				t.Fatalf("failed items = %v, %v; want one", failed, err)
			}
			if !strings.HasPrefix(failed[0].Note, "gave up after 2 attempts") {
				t.Errorf("note = %q, want gave up after 2 attempts", failed[0].Note)
			}
			// A failed document queued again is retried.
			enq, err := s.Enqueue(ctx, "b2", docs)
			if err != nil || len(enq) != 1 || !enq[0].New {
				t.Errorf("Enqueue of a failed document = %+v, %v; want it queued again", enq, err)
			}
		})
	}
}

// extractAll claims and extracts every queued document as owner.
func extractAll(t *testing.T, ctx context.Context, s corroborate.StreamStore) []corroborate.Article {
	t.Helper()
	items, err := s.Claim(ctx, "x", 100, time.Minute, 5)
	if err != nil {
		t.Fatalf("Claim: %v", err)
	}
	var arts []corroborate.Article
	var xs []corroborate.Extraction
	for _, it := range items {
		a, err := extract.Extract(it.Doc, extract.Options{})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		arts = append(arts, a)
		xs = append(xs, corroborate.Extraction{Seq: it.Seq, Article: &arts[len(arts)-1]})
	}
	if _, err := s.Extracted(ctx, "x", xs); err != nil {
		t.Fatalf("Extracted: %v", err)
	}
	return arts
}

func TestAssignerRoleAndMerge(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			if _, err := s.Enqueue(ctx, "b", streamtest.Documents(streamtest.Stories(4, 3, 1))); err != nil {
				t.Fatalf("Enqueue: %v", err)
			}
			arts := extractAll(t, ctx, s)
			role, err := s.AcquireAssigner(ctx, "A")
			if err != nil {
				t.Fatalf("AcquireAssigner A: %v", err)
			}
			if _, err := s.AcquireAssigner(ctx, "B"); corroborate.ErrorCode(err) != corroborate.EConflict {
				t.Fatalf("AcquireAssigner B while A holds the role: %v, want a conflict", err)
			}
			pend, err := role.Pending(ctx, 10)
			if err != nil || len(pend) != 3 {
				t.Fatalf("Pending = %d, %v; want 3", len(pend), err)
			}
			s1, s2 := "st"+arts[0].ID, "st"+arts[1].ID
			as := []corroborate.StoryAssignment{
				{Seq: pend[0].Seq, ArticleID: arts[0].ID, StoryID: s1, New: true, Explanation: "new story"},
				{Seq: pend[1].Seq, ArticleID: arts[1].ID, StoryID: s2, New: true, Explanation: "new story"},
			}
			if _, err := role.Commit(ctx, as, 0); err != nil {
				t.Fatalf("Commit: %v", err)
			}
			jobs, err := s.ClaimAnalysis(ctx, "A", 10, time.Minute)
			if err != nil || len(jobs) != 2 {
				t.Fatalf("ClaimAnalysis = %v, %v; want both stories", jobs, err)
			}
			join := []corroborate.StoryAssignment{{Seq: pend[2].Seq, ArticleID: arts[2].ID, StoryID: s1,
				Shares: []string{"Quillhaven"}, Explanation: "shares: Quillhaven; merged " + s2, Merged: []string{s2}}}
			done, err := role.Commit(ctx, join, 0)
			if err != nil || len(done) != 1 || done[0].LogSeq == 0 {
				t.Fatalf("Commit of a merge = %+v, %v", done, err)
			}
			if _, err := s.Story(ctx, s2); !errors.Is(err, corroborate.ErrNotFound) {
				t.Errorf("Story(%s) after the merge: %v, want not found", s2, err)
			}
			info, err := s.Story(ctx, s1)
			if err != nil || info.Articles != 3 {
				t.Errorf("Story(%s) = %+v, %v; want 3 articles", s1, info, err)
			}
			got, err := s.StoryAssignments(ctx, s1)
			if err != nil {
				t.Fatalf("StoryAssignments: %v", err)
			}
			var why []string
			for _, a := range got {
				why = append(why, a.ArticleID+" "+a.Explanation)
			}
			want := []string{arts[0].ID + " new story", arts[1].ID + " new story", arts[2].ID + " shares: Quillhaven; merged " + s2}
			if diff := cmp.Diff(want, why); diff != "" {
				t.Errorf("StoryAssignments (-want +got):\n%s", diff)
			}
			// s1 changed while its analysis was out: finishing the old
			// version leaves it due.
			for _, j := range jobs {
				if err := s.AnalysisDone(ctx, "A", j, "", time.Minute); err != nil {
					t.Fatalf("AnalysisDone: %v", err)
				}
			}
			again, err := s.ClaimAnalysis(ctx, "A", 10, time.Minute)
			if err != nil || len(again) != 1 || again[0].StoryID != s1 {
				t.Fatalf("ClaimAnalysis after the story changed = %v, %v; want %s", again, err, s1)
			}
			if err := role.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			if _, err := role.Commit(ctx, nil, 0); corroborate.ErrorCode(err) != corroborate.EConflict {
				t.Errorf("Commit after Close: %v, want a conflict", err)
			}
			other, err := s.AcquireAssigner(ctx, "B")
			if err != nil {
				t.Fatalf("AcquireAssigner B after A gave up: %v", err)
			}
			defer other.Close()
			if head, err := other.Head(ctx); err != nil || head != done[0].LogSeq {
				t.Errorf("Head = %d, %v; want %d", head, err, done[0].LogSeq)
			}
			es, err := other.Replay(ctx, 0, 10)
			if err != nil || len(es) != 3 || es[1].StoryID != s1 || es[2].Text != arts[2].Text {
				t.Errorf("Replay = %+v, %v; want 3 entries, all in %s", es, err, s1)
			}
		})
	}
}

func TestFeedStore(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			s := b.open(t)
			urls := []string{"https://news.example/a.xml", "https://news.example/b.xml"}
			if err := s.AddFeeds(ctx, urls); err != nil {
				t.Fatalf("AddFeeds: %v", err)
			}
			due, err := s.ClaimFeeds(ctx, "A", 1, time.Minute)
			if err != nil || len(due) != 1 {
				t.Fatalf("ClaimFeeds A = %v, %v; want one", due, err)
			}
			rest, err := s.ClaimFeeds(ctx, "B", 5, time.Minute)
			if err != nil || len(rest) != 1 || rest[0].URL == due[0].URL {
				t.Fatalf("ClaimFeeds B = %v, %v; want the other feed", rest, err)
			}
			st := due[0]
			st.ETag, st.Failures, st.NextPoll = `"v2"`, 1, time.Now().Add(time.Hour).UTC().Truncate(time.Millisecond)
			if err := s.PutFeedState(ctx, "A", st); err != nil {
				t.Fatalf("PutFeedState: %v", err)
			}
			if err := s.AddFeeds(ctx, urls); err != nil { // known feeds keep their state
				t.Fatalf("AddFeeds again: %v", err)
			}
			all, err := s.FeedStates(ctx)
			if err != nil || len(all) != 2 {
				t.Fatalf("FeedStates = %v, %v", all, err)
			}
			for _, got := range all {
				if got.URL == st.URL {
					if diff := cmp.Diff(st, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
						t.Errorf("saved state (-want +got):\n%s", diff)
					}
				}
			}
			if again, err := s.ClaimFeeds(ctx, "C", 5, time.Minute); err != nil || len(again) != 0 {
				t.Errorf("ClaimFeeds with nothing due = %v, %v; want none", again, err)
			}
		})
	}
}
