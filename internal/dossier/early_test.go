package dossier

import (
	"sync/atomic"
	"testing"
)

// A panic in work started early is raised in the stage that waits for it,
// and one in a call of each on the caller, after every call has ended, so
// that runStage turns it into that stage's failure rather than a crash.
func TestEarlyWorkPanicsInItsStage(t *testing.T) {
	panicked := func(f func()) (r any) {
		defer func() { r = recover() }()
		f()
		return nil
	}
	e := startEarly(func() int { panic("no alignment") })
	if r := panicked(func() { e.wait() }); r != "no alignment" {
		t.Errorf("wait recovered %v, want the early work's panic", r)
	}
	if v := startEarly(func() int { return 7 }).wait(); v != 7 {
		t.Errorf("wait = %d, want 7", v)
	}
	var calls atomic.Int32
	r := panicked(func() {
		each(40, func(i int) {
			calls.Add(1)
			if i == 3 || i == 30 {
				panic(i)
			}
		})
	})
	if r != 3 || calls.Load() != 40 {
		t.Errorf("each recovered %v after %d calls, want 3 after 40", r, calls.Load())
	}
}
