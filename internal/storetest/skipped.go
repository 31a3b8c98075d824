package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

// testSkipped: the inputs that gave no article are kept per story, in the
// order recorded, each input and reason once.
func testSkipped(t *testing.T, s corroborate.Store) {
	c := ctx(t)
	mustCreate(t, s, "s1", Article(1, "heron"))
	mustCreate(t, s, "s2", Article(2, "egret"))
	got, err := s.Skipped(c, "s1")
	if err != nil || got == nil || len(got) != 0 {
		t.Fatalf("Skipped(new story) = %v, %v; want an empty list", got, err)
	}
	first := []corroborate.SkippedInput{{Input: "scan.pdf", Reason: "not UTF-8 text"}, {Input: "dump.jsonl:3", Reason: "invalid JSON"}}
	second := []corroborate.SkippedInput{{Input: "scan.pdf", Reason: "not UTF-8 text"}, {Input: "", Reason: "an empty paste"}}
	revision := func() int {
		info, err := s.Story(c, "s1")
		if err != nil {
			t.Fatalf("Story(s1): %v", err)
		}
		return info.Revision
	}
	// A dossier computed before names fewer inputs: the revision grows when
	// a batch keeps a new one, and only then (the third batch repeats the
	// second).
	for i, b := range [][]corroborate.SkippedInput{first, second, second} {
		before := revision()
		if err := s.AddSkipped(c, "s1", b); err != nil {
			t.Fatalf("AddSkipped: %v", err)
		}
		if grew, want := revision() > before, i < 2; grew != want {
			t.Errorf("AddSkipped batch %d: revision grew %v, want %v", i+1, grew, want)
		}
	}
	want := append(first, second[1])
	if got, err := s.Skipped(c, "s1"); err != nil || !cmp.Equal(got, want) {
		t.Errorf("Skipped(s1) = %v, %v; diff (-want +got):\n%s", got, err, cmp.Diff(want, got))
	}
	if got, err := s.Skipped(c, "s2"); err != nil || len(got) != 0 {
		t.Errorf("Skipped(s2) = %v, %v; want none: another story's inputs", got, err)
	}
	wantCode(t, "AddSkipped(missing story)", s.AddSkipped(c, "nope", first), corroborate.ENotFound)
}
