package storetest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

// streamWith queues, extracts and assigns arts through s's stream, the
// assignments given as the story of each article (a story is opened by its
// first article), and returns the role, still held.
func streamWith(t *testing.T, s corroborate.StreamStore, arts []corroborate.Article, stories []string) corroborate.Assigner {
	t.Helper()
	role, err := s.AcquireAssigner(ctx(t), "assigner")
	if err != nil {
		t.Fatalf("AcquireAssigner: %v", err)
	}
	t.Cleanup(func() { role.Close() })
	assignWith(t, s, role, arts, stories)
	return role
}

// assignWith queues, extracts and assigns arts as streamWith does, through
// role.
func assignWith(t *testing.T, s corroborate.StreamStore, role corroborate.Assigner, arts []corroborate.Article, stories []string) {
	t.Helper()
	docs := make([]corroborate.Document, len(arts))
	for i, a := range arts {
		docs[i] = corroborate.Document{Source: a.Source, Format: "text", ID: a.ID, Body: []byte(a.Text)}
	}
	if _, err := s.Enqueue(ctx(t), "b", docs); err != nil {
		t.Fatalf("Enqueue: %v", err)
	}
	items, err := s.Claim(ctx(t), "x", len(docs), time.Hour, 5)
	if err != nil || len(items) != len(docs) {
		t.Fatalf("Claim = %d items, %v; want %d", len(items), err, len(docs))
	}
	xs := make([]corroborate.Extraction, len(items))
	for i := range items {
		xs[i] = corroborate.Extraction{Seq: items[i].Seq, Article: &arts[i]}
	}
	if n, err := s.Extracted(ctx(t), "x", xs); err != nil || n != len(xs) {
		t.Fatalf("Extracted = %d, %v; want %d", n, err, len(xs))
	}
	as := make([]corroborate.StoryAssignment, len(arts))
	opened := map[string]bool{}
	for i, a := range arts {
		as[i] = corroborate.StoryAssignment{Seq: items[i].Seq, ArticleID: a.ID, StoryID: stories[i],
			Score: 0.5, Explanation: "shares: ferry"}
		if !opened[stories[i]] {
			opened[stories[i]] = true
			as[i].New, as[i].Title, as[i].Explanation = true, "Story "+stories[i], "new story"
		}
	}
	if done, err := role.Commit(ctx(t), as, 0); err != nil || len(done) != len(as) {
		t.Fatalf("Commit = %d assignments, %v; want %d", len(done), err, len(as))
	}
}

// testRegroup splits a story, moves an article into it from a stale
// From, joins a story into another, and checks the stories, the
// explanations, the replay log and the analyses due.
func testRegroup(t *testing.T, st corroborate.Store) {
	s, ok := st.(corroborate.StreamStore)
	if !ok {
		t.Skipf("SKIP (loud): %T is not a StreamStore", st)
	}
	var arts []corroborate.Article
	for n := 1; n <= 5; n++ {
		arts = append(arts, Article(n, "heron"))
	}
	// Online: art1-3 in stA, art4-5 in stB.
	role := streamWith(t, s, arts, []string{"stA", "stA", "stA", "stB", "stB"})
	before, err := role.Replay(ctx(t), 0, 10)
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	// Drain the analyses the commit made due, to see which the regrouping makes due.
	drained, err := s.ClaimAnalysis(ctx(t), "an", 10, time.Hour)
	if err != nil {
		t.Fatalf("ClaimAnalysis: %v", err)
	}
	for _, j := range drained {
		if err := s.AnalysisDone(ctx(t), "an", j, "", time.Minute); err != nil {
			t.Fatalf("AnalysisDone(%s): %v", j.StoryID, err)
		}
	}
	moves := []corroborate.StoryMove{
		{ArticleID: "art0002", From: "stA", To: "stC", New: true, Title: "Split off", Score: 0.7, Explanation: "regrouped: split from stA"},
		{ArticleID: "art0003", From: "stA", To: "stC", Score: 0.6, Explanation: "regrouped: split from stA too"},
		// A stale From: the store moves it from where it is (stB).
		{ArticleID: "art0004", From: "stZ", To: "stA", Score: 0.4, Explanation: "regrouped: fits stA"},
		{ArticleID: "art0005", From: "stB", To: "stA", Score: 0.3, Explanation: "regrouped: fits stA"},
	}
	if err := role.Regroup(ctx(t), moves, []string{"stB"}, 0); err != nil {
		t.Fatalf("Regroup: %v", err)
	}

	members := map[string][]string{}
	for _, id := range []string{"stA", "stC"} {
		got, err := s.StoryArticles(ctx(t), id)
		if err != nil {
			t.Fatalf("StoryArticles(%s): %v", id, err)
		}
		for _, a := range got {
			members[id] = append(members[id], a.ID)
		}
		info, err := s.Story(ctx(t), id)
		if err != nil || info.Articles != len(got) {
			t.Errorf("Story(%s) = %+v, %v; want %d articles", id, info, err, len(got))
		}
		if id == "stC" && info.Title != "Split off" {
			t.Errorf("Story(stC).Title = %q, want the split's title", info.Title)
		}
	}
	want := map[string][]string{"stA": {"art0001", "art0004", "art0005"}, "stC": {"art0002", "art0003"}}
	if diff := cmp.Diff(want, members); diff != "" {
		t.Errorf("stories after regrouping (-want +got):\n%s", diff)
	}
	_, err = s.Story(ctx(t), "stB")
	wantCode(t, "Story(stB) after it was closed", err, corroborate.ENotFound)

	as, err := s.StoryAssignments(ctx(t), "stC")
	if err != nil {
		t.Fatalf("StoryAssignments(stC): %v", err)
	}
	var why []string
	for _, a := range as {
		why = append(why, fmt.Sprintf("%s %s new=%v %.1f", a.ArticleID, a.Explanation, a.New, a.Score))
	}
	wantWhy := []string{"art0002 regrouped: split from stA new=true 0.7", "art0003 regrouped: split from stA too new=false 0.6"}
	if diff := cmp.Diff(wantWhy, why); diff != "" {
		t.Errorf("StoryAssignments(stC) (-want +got):\n%s", diff)
	}

	after, err := role.Replay(ctx(t), 0, 10)
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	var logged []string
	for i, e := range after {
		logged = append(logged, e.ArticleID+" "+e.StoryID)
		if i < len(before) && e.LogSeq != before[i].LogSeq {
			t.Errorf("entry %d LogSeq %d after regrouping, %d before: log positions must not change", i, e.LogSeq, before[i].LogSeq)
		}
	}
	wantLog := []string{"art0001 stA", "art0002 stC", "art0003 stC", "art0004 stA", "art0005 stA"}
	if diff := cmp.Diff(wantLog, logged); diff != "" {
		t.Errorf("Replay after regrouping: the story each belongs to now (-want +got):\n%s", diff)
	}

	sums, err := s.StorySummaries(ctx(t), time.Time{}, corroborate.Page{Limit: 10})
	if err != nil {
		t.Fatalf("StorySummaries: %v", err)
	}
	listed := sortedIDs(sums, func(sum corroborate.StorySummary) string { return sum.ID })
	if diff := cmp.Diff([]string{"stA", "stC"}, listed); diff != "" {
		t.Errorf("StorySummaries after stB was closed (-want +got):\n%s", diff)
	}
	jobs, err := s.ClaimAnalysis(ctx(t), "an", 10, time.Hour)
	if err != nil {
		t.Fatalf("ClaimAnalysis: %v", err)
	}
	due := sortedIDs(jobs, func(j corroborate.AnalysisJob) string { return j.StoryID })
	if diff := cmp.Diff([]string{"stA", "stC"}, due); diff != "" {
		t.Errorf("analyses due after regrouping (-want +got):\n%s", diff)
	}

	// A holder that gave the role up cannot regroup.
	role.Close()
	err = role.Regroup(ctx(t), []corroborate.StoryMove{{ArticleID: "art0001", From: "stA", To: "stC", Explanation: "regrouped"}}, nil, 0)
	wantCode(t, "Regroup after Close", err, corroborate.EConflict)
}

// sortedIDs is the story id of each of xs, sorted.
func sortedIDs[T any](xs []T, id func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, id(x))
	}
	slices.Sort(out)
	return out
}

// checkRegroups checks the places role's store lists after log entry
// after, up to upTo, and from which it records them.
func checkRegroups(t *testing.T, role corroborate.Assigner, after, upTo int64, want []int64, wantFrom int64) {
	t.Helper()
	at, from, err := role.Regroups(ctx(t), after, upTo)
	if err != nil {
		t.Fatalf("Regroups(%d, %d): %v", after, upTo, err)
	}
	if !slices.Equal(at, want) || from != wantFrom {
		t.Errorf("Regroups(%d, %d) = %v from %d, want %v from %d", after, upTo, at, from, want, wantFrom)
	}
}

// headOf is the newest log entry.
func headOf(t *testing.T, role corroborate.Assigner) int64 {
	t.Helper()
	head, err := role.Head(ctx(t))
	if err != nil {
		t.Fatalf("Head: %v", err)
	}
	return head
}

// testRegroupPlaces regroups after two commits, once with nothing to move
// and twice in one place, and checks the places the store lists.
func testRegroupPlaces(t *testing.T, st corroborate.Store) {
	s, ok := st.(corroborate.StreamStore)
	if !ok {
		t.Skipf("SKIP (loud): %T is not a StreamStore", st)
	}
	arts := []corroborate.Article{Article(1, "heron"), Article(2, "heron"), Article(3, "heron"), Article(4, "egret"), Article(5, "egret")}
	role := streamWith(t, s, arts[:3], []string{"stA", "stA", "stB"})
	checkRegroups(t, role, 0, 100, nil, 0)
	first := headOf(t, role)
	// Nothing moved, and yet the clusterer changed: recorded all the same.
	if err := role.Regroup(ctx(t), nil, nil, 0); err != nil {
		t.Fatalf("Regroup with no move: %v", err)
	}
	assignWith(t, s, role, arts[3:], []string{"stC", "stC"})
	second := headOf(t, role)
	for range 2 {
		err := role.Regroup(ctx(t), []corroborate.StoryMove{{ArticleID: "art0003", From: "stB", To: "stA", Score: 0.4,
			Explanation: "regrouped: fits stA"}}, nil, 0)
		if err != nil {
			t.Fatalf("Regroup: %v", err)
		}
	}
	checkRegroups(t, role, 0, second, []int64{first, second, second}, 0)
	checkRegroups(t, role, first, second, []int64{second, second}, 0)
	checkRegroups(t, role, 0, second-1, []int64{first}, 0)
}

// UpgradeRegroupLog checks that a store made before regrouping places were
// recorded upgrades: it streams articles and regroups through open's store,
// lets downgrade take the database back to before the record (its tables
// and its migration gone), opens the store again, and checks that the
// regroupings up to the log's head then are known not to be recorded, and
// the next one is. open returns a store over the same database each time.
func UpgradeRegroupLog(t *testing.T, open func(*testing.T) corroborate.StreamStore, downgrade func(*testing.T)) {
	s := open(t)
	arts := []corroborate.Article{Article(1, "heron"), Article(2, "heron"), Article(3, "egret")}
	role := streamWith(t, s, arts[:2], []string{"stA", "stA"})
	if err := role.Regroup(ctx(t), nil, nil, 0); err != nil {
		t.Fatalf("Regroup: %v", err)
	}
	old := headOf(t, role)
	if err := role.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("closing the store: %v", err)
	}
	downgrade(t)

	s = open(t) // migrates
	role, err := s.AcquireAssigner(ctx(t), "upgraded")
	if err != nil {
		t.Fatalf("AcquireAssigner after the upgrade: %v", err)
	}
	t.Cleanup(func() { role.Close() })
	checkRegroups(t, role, 0, old, nil, old)
	assignWith(t, s, role, arts[2:], []string{"stB"})
	if err := role.Regroup(ctx(t), nil, nil, 0); err != nil {
		t.Fatalf("Regroup after the upgrade: %v", err)
	}
	head := headOf(t, role)
	if head <= old {
		t.Fatalf("log head %d after a commit, %d before", head, old)
	}
	checkRegroups(t, role, 0, head, []int64{head}, old)
}

// testSummaryOutlets checks a listing's outlet counts: each article of no
// outlet counts as one more outlet, and only named ones as known.
func testSummaryOutlets(t *testing.T, st corroborate.Store) {
	s, ok := st.(corroborate.StreamStore)
	if !ok {
		t.Skipf("SKIP (loud): %T is not a StreamStore", st)
	}
	arts := []corroborate.Article{Article(1, "heron"), Article(2, "heron"), Article(3, "heron"), Article(4, "heron")}
	arts[1].Outlet = arts[0].Outlet
	arts[2].Outlet, arts[3].Outlet = nil, nil
	streamWith(t, s, arts, []string{"stA", "stA", "stA", "stA"})
	sums, err := s.StorySummaries(ctx(t), time.Time{}, corroborate.Page{Limit: 10})
	if err != nil {
		t.Fatalf("StorySummaries: %v", err)
	}
	if len(sums) != 1 || sums[0].Articles != 4 || sums[0].Outlets != 3 || sums[0].KnownOutlets != 1 {
		t.Errorf("StorySummaries = %+v, want one story of 4 articles, 3 outlets of which 1 known", sums)
	}
}
