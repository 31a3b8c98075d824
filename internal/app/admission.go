package app

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/corroborate/corroborate"
)

// CostPerByte is the memory a write or an analysis is reckoned to need per
// byte of its upload or of its story's text: reading, extracting, storing
// and analysing a 31 MiB upload peaks at about 1.4 GiB of heap, 47 bytes a
// byte (BenchmarkBatchAtBound).
const CostPerByte = 48

// DefaultWait is how long a request waits for room before it is refused.
const DefaultWait = 5 * time.Second

// maxDefaultMemory caps the default Limits.Memory: on a large machine the
// server still shares it with others unless told it may use more.
const maxDefaultMemory = 2 << 30

// Limits bounds the work in flight: writes (an upload read, extracted,
// stored and analysed) and analyses (a story's dossier computed when read).
// A request that finds no room waits up to Wait, then is refused with an
// error of code EUnavailable for which IsBusy holds (HTTP 503 with
// Retry-After). Zero fields take their defaults.
type Limits struct {
	// Memory is the memory, in bytes, that the writes and analyses in
	// flight may need together, each reckoned at CostPerByte times its size
	// (a write's declared body size, an analysis's story text); one larger
	// than Memory runs alone. Default: a quarter of the machine's memory (its
	// cgroup limit or GOMEMLIMIT when lower), at most 2 GiB — one write at
	// the default 32 MiB bound (1.5 GiB) and small ones beside it.
	Memory int64
	// Work is how many writes and analyses run at once. Default: the number
	// of CPUs Go uses (GOMAXPROCS).
	Work int
	// Wait is how long a request waits for room. Default: DefaultWait.
	Wait time.Duration
}

func (l Limits) withDefaults() Limits {
	if l.Memory <= 0 {
		l.Memory = min(machineMemory()/4, maxDefaultMemory)
	}
	if l.Work <= 0 {
		l.Work = runtime.GOMAXPROCS(0)
	}
	if l.Wait <= 0 {
		l.Wait = DefaultWait
	}
	return l
}

// DefaultLimits returns the limits an App uses when given none, on this
// machine.
func DefaultLimits() Limits { return Limits{}.withDefaults() }

// admission holds the two semaphores of Limits.
type admission struct {
	limits Limits
	work   *semaphore.Weighted
	mem    *semaphore.Weighted
}

func newAdmission(l Limits) *admission {
	return &admission{limits: l, work: semaphore.NewWeighted(int64(l.Work)), mem: semaphore.NewWeighted(l.Memory)}
}

// admittedKey marks a context whose write holds room: its value is the
// write's *ticket.
type admittedKey struct{}

// ticket is the room a write holds. The write and the analysis it starts
// each hold a reference, so that the room is given back when both are
// over: an analysis the write stopped waiting for (see writeAnalysisWait)
// still runs within it.
type ticket struct {
	weight  int64
	mu      sync.Mutex
	refs    int
	release func()
}

// hold takes a reference; false when the room was given back already.
func (t *ticket) hold() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.refs == 0 {
		return false
	}
	t.refs++
	return true
}

// drop gives a reference back, and the room with the last one.
func (t *ticket) drop() {
	t.mu.Lock()
	t.refs--
	last := t.refs == 0
	t.mu.Unlock()
	if last {
		t.release()
	}
}

// Admit waits up to Limits.Wait for room for a write whose body is size
// bytes (its declared length, or its bound when it declares none), before
// the body is read. It returns a context to run the write with, so that
// its analysis runs in the room the write holds, and the function that
// gives the write's hold on the room back (once). When there is no room in
// time, the error has code EUnavailable and IsBusy holds.
func (a *App) Admit(ctx context.Context, size int64) (context.Context, func(), error) {
	w := a.admit.weight(size)
	release, err := a.admit.acquire(ctx, w)
	if err != nil {
		return ctx, nil, err
	}
	t := &ticket{weight: w, refs: 1, release: release}
	var once sync.Once
	return context.WithValue(ctx, admittedKey{}, t), func() { once.Do(t.drop) }, nil
}

// analysis admits the analysis of a story of text bytes. Within an admitted
// write it runs in the write's room, taking only the memory the write does
// not hold already and without waiting (a write never waits holding room);
// elsewhere it waits as a write does.
func (ad *admission) analysis(ctx context.Context, text int64) (func(), error) {
	need := ad.weight(text)
	t, ok := ctx.Value(admittedKey{}).(*ticket)
	if !ok || !t.hold() {
		return ad.acquire(ctx, need)
	}
	if need <= t.weight {
		return t.drop, nil
	}
	if !ad.mem.TryAcquire(need - t.weight) {
		t.drop()
		return nil, ad.busy()
	}
	return func() {
		ad.mem.Release(need - t.weight)
		t.drop()
	}, nil
}

// weight is the memory reckoned for size bytes, at most the whole budget.
func (ad *admission) weight(size int64) int64 {
	if size <= 0 {
		size = 1
	}
	if size > math.MaxInt64/CostPerByte {
		return ad.limits.Memory
	}
	return min(size*CostPerByte, ad.limits.Memory)
}

// acquire takes a work slot and w bytes of memory, waiting up to Wait.
func (ad *admission) acquire(ctx context.Context, w int64) (func(), error) {
	wctx, cancel := context.WithTimeout(ctx, ad.limits.Wait)
	defer cancel()
	if err := ad.work.Acquire(wctx, 1); err != nil {
		return nil, ad.refusal(ctx)
	}
	if err := ad.mem.Acquire(wctx, w); err != nil {
		ad.work.Release(1)
		return nil, ad.refusal(ctx)
	}
	return func() {
		ad.mem.Release(w)
		ad.work.Release(1)
	}, nil
}

// refusal is the error for a wait that ended: the caller's own end, or busy.
func (ad *admission) refusal(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return ad.busy()
}

func (ad *admission) busy() error {
	retry := time.Duration(math.Ceil(ad.limits.Wait.Seconds())) * time.Second
	return &corroborate.Error{Code: corroborate.EUnavailable,
		Message: fmt.Sprintf("the server is busy; try again in %d seconds", int(retry.Seconds())),
		Err:     busyError{retry: retry}}
}

// busyError is the cause of a refusal for want of room.
type busyError struct{ retry time.Duration }

func (e busyError) Error() string { return "no room for the request within the wait" }

// RetryAfter is how long the client should wait before trying again.
func (e busyError) RetryAfter() time.Duration { return e.retry }

// IsBusy reports whether err refuses a request for want of room (see
// Limits); the request did nothing and may be sent again.
func IsBusy(err error) bool {
	var b busyError
	return errors.As(err, &b)
}
