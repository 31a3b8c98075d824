package server_test

import (
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/app"
)

// TestLoadStoryPages stores 200 stories, then has 50 concurrent clients read
// story pages on loopback for a bounded time (2 s, or
// CORROBORATE_LOAD_DURATION such as 30s), and logs p50/p99 latency. It fails
// on any error or non-200 answer; the latencies are reported, not asserted.
func TestLoadStoryPages(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP (loud): -short; the load test did not run")
	}
	dur := 2 * time.Second
	if v := os.Getenv("CORROBORATE_LOAD_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("CORROBORATE_LOAD_DURATION=%q: %v", v, err)
		}
		dur = d
	}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			s := start(t, st.open(t), "")
			ids := storeStories(t, s, 200)
			r := load(s.URL, ids, 50, dur)
			t.Logf("%s: %d story pages in %v by 50 clients over %d stories: %.0f pages/s, p50 %v, p99 %v, max %v, errors %d",
				st.name, r.n, dur, len(ids), float64(r.n)/dur.Seconds(), r.p50, r.p99, r.max, r.errors)
			if r.errors > 0 {
				t.Errorf("%d of %d requests failed; first: %v", r.errors, r.n, r.firstErr)
			}
			if r.n == 0 {
				t.Errorf("no request completed")
			}
		})
	}
}

// storeStories creates n distinct stories from the fixture articles, each
// with its dossier computed and stored, and returns their ids.
func storeStories(t testing.TB, s *running, n int) []string {
	t.Helper()
	var bodies [][]byte
	for _, f := range storyFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, b)
	}
	svc := s.app
	ids := make([]string, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 4 {
				ups := make([]app.Upload, len(bodies))
				for j, b := range bodies {
					// A line of its own makes each story's articles distinct.
					body := append(slices.Clip(b), fmt.Sprintf("\n\nLoad test note %d for story %d.\n", j, i)...)
					ups[j] = app.Upload{Name: fmt.Sprintf("s%03d-%s", i, fmt.Sprint(j)+".txt"), Body: body}
				}
				res, _, err := svc.CreateStory(t.Context(), ups, app.Create{})
				if err != nil {
					errs <- err
					return
				}
				ids[i] = res.Story.ID
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	return ids
}

type loadResult struct {
	n, errors     int
	p50, p99, max time.Duration
	firstErr      error
}

// load has clients goroutines read random story pages until dur is over.
func load(base string, ids []string, clients int, dur time.Duration) loadResult {
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	defer client.CloseIdleConnections()
	var (
		mu  sync.Mutex
		res loadResult
		lat []time.Duration
		wg  sync.WaitGroup
	)
	deadline := time.Now().Add(dur)
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var bad int
			var first error
			for time.Now().Before(deadline) {
				url := base + "/stories/" + ids[rand.IntN(len(ids))]
				t0 := time.Now()
				resp, err := client.Get(url)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("GET %s: status %d", url, resp.StatusCode)
					}
				}
				mine = append(mine, time.Since(t0))
				if err != nil {
					bad++
					if first == nil {
						first = err
					}
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			res.errors += bad
			if res.firstErr == nil {
				res.firstErr = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(lat)
	res.n = len(lat)
	if res.n > 0 {
		res.p50, res.p99, res.max = lat[res.n/2], lat[min(res.n-1, res.n*99/100)], lat[res.n-1]
	}
	return res
}
