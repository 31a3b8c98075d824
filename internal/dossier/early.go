package dossier

import (
	"runtime"
	"sync"
)

// early is work a stage starts before the stages ahead of it have run,
// alongside them: the part that reads nothing they write. A panic in it
// is kept and raised again by wait, in the stage that waits, so that
// runStage turns it into that stage's failure.
type early[T any] struct {
	done     chan struct{}
	v        T
	panicked bool
	p        any
}

// startEarly runs f on a goroutine of its own.
func startEarly[T any](f func() T) *early[T] {
	e := &early[T]{done: make(chan struct{})}
	go func() {
		defer close(e.done)
		defer func() {
			if r := recover(); r != nil {
				e.panicked, e.p = true, r
			}
		}()
		e.v = f()
	}()
	return e
}

// wait is f's result once it has returned; it panics as f did.
func (e *early[T]) wait() T {
	<-e.done
	if e.panicked {
		panic(e.p)
	}
	return e.v
}

// each calls f(i) for every i in [0, n) on GOMAXPROCS goroutines. A panic
// is raised again on the caller once every call has ended (that of the
// lowest i, when several panic), so that runStage sees it.
func each(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var (
		mu     sync.Mutex
		next   int
		failed = -1
		p      any
		wg     sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				func() {
					defer func() {
						if r := recover(); r != nil {
							mu.Lock()
							if failed < 0 || i < failed {
								failed, p = i, r
							}
							mu.Unlock()
						}
					}()
					f(i)
				}()
			}
		}()
	}
	wg.Wait()
	if failed >= 0 {
		panic(p)
	}
}
