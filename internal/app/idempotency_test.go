package app

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

// TestReplaysBounded checks that the remembered keys stay within their
// bound (the oldest go first), that an expired key runs again, that a
// failed creation is forgotten so its retry runs, and that keys of one
// client never answer another.
func TestReplaysBounded(t *testing.T) {
	r := newReplays(3, time.Hour)
	runs := 0
	create := func([32]byte) (IngestResult, error) {
		runs++
		return IngestResult{Story: corroborate.StoryInfo{ID: fmt.Sprint(runs)}}, nil
	}
	ups := []Upload{{Name: "a.txt", Body: []byte("x")}}
	for i := range 5 {
		if _, _, err := r.do("c", fmt.Sprint("k", i), ups, create); err != nil {
			t.Fatal(err)
		}
	}
	if len(r.m) != 3 {
		t.Errorf("%d keys remembered, want the bound 3", len(r.m))
	}
	if _, replayed, _ := r.do("c", "k4", ups, create); !replayed {
		t.Errorf("the latest key was not replayed")
	}
	if _, replayed, _ := r.do("c", "k0", ups, create); replayed {
		t.Errorf("the oldest key was replayed past the bound")
	}
	if _, replayed, _ := r.do("other", "k4", ups, create); replayed {
		t.Errorf("another client's key answered")
	}
	fail := func([32]byte) (IngestResult, error) { return IngestResult{}, errors.New("store down") }
	if _, _, err := r.do("c", "f", ups, fail); err == nil {
		t.Fatal("a failing creation reported no error")
	}
	if res, replayed, err := r.do("c", "f", ups, create); err != nil || replayed || res.Story.ID == "" {
		t.Errorf("retry after a failure = %+v, %v, %v; want a new run", res, replayed, err)
	}
	old := newReplays(10, time.Nanosecond)
	old.do("c", "k", ups, create)
	time.Sleep(time.Millisecond)
	if _, replayed, _ := old.do("c", "k", ups, create); replayed {
		t.Errorf("an expired key was replayed")
	}
}
