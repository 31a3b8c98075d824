package storetest

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

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
