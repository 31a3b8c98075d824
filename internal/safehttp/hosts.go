package safehttp

import "context"

// hostSlots is one host's semaphore and how many fetches hold or wait for
// it, so that an idle host's entry can be dropped.
type hostSlots struct {
	sem   chan struct{}
	users int
}

// acquire waits for a slot of host and one of the Fetcher's, in that order,
// so that fetches waiting for a busy host hold no slot another host could
// use.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	h := f.hosts[host]
	if h == nil {
		h = &hostSlots{sem: make(chan struct{}, f.opt.PerHost)}
		f.hosts[host] = h
	}
	h.users++
	f.mu.Unlock()
	leave := func() {
		f.mu.Lock()
		if h.users--; h.users == 0 {
			delete(f.hosts, host)
		}
		f.mu.Unlock()
	}
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		leave()
		return nil, ctx.Err()
	}
	select {
	case f.all <- struct{}{}:
	case <-ctx.Done():
		<-h.sem
		leave()
		return nil, ctx.Err()
	}
	return func() { <-f.all; <-h.sem; leave() }, nil
}
