package safehttp

import (
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// localFetcher is a Fetcher allowed to reach the tests' loopback servers,
// with retries quick enough for a test.
func localFetcher(opt FetchOptions) *Fetcher {
	opt.AllowPrivate = true
	if opt.Backoff == 0 {
		opt.Backoff = time.Millisecond
	}
	return NewFetcher(opt)
}

func TestFetchFollowsAndRecordsRedirects(t *testing.T) {
	var ua, enc atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/short":
			http.Redirect(w, r, "/moved", http.StatusMovedPermanently)
		case "/moved":
			http.Redirect(w, r, "/story?id=7", http.StatusFound)
		case "/story":
			ua.Store(r.Header.Get("User-Agent"))
			enc.Store(r.Header.Get("Accept-Encoding"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte("<p>Ferry resumes in Wexley.</p>"))
			zw.Close()
		}
	}))
	defer srv.Close()
	now := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	f := localFetcher(FetchOptions{Now: func() time.Time { return now }})
	p, err := f.Fetch(context.Background(), srv.URL+"/short")
	if err != nil {
		t.Fatal(err)
	}
	want := &Page{
		URL:      srv.URL + "/short",
		FinalURL: srv.URL + "/story?id=7",
		Redirects: []Hop{
			{URL: srv.URL + "/short", Status: 301},
			{URL: srv.URL + "/moved", Status: 302},
		},
		Status:      200,
		ContentType: "text/html; charset=utf-8",
		Body:        []byte("<p>Ferry resumes in Wexley.</p>"),
		FetchedAt:   now,
		Attempts:    1,
	}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("Fetch (-want +got):\n%s", diff)
	}
	if got := ua.Load().(string); !strings.HasPrefix(got, "corroborate/") {
		t.Errorf("User-Agent = %q, want corroborate/VERSION", got)
	}
	if got := enc.Load().(string); !strings.Contains(got, "gzip") {
		t.Errorf("Accept-Encoding = %q, want gzip offered", got)
	}
}

// TestFetchRefusesRedirectToPrivate has a public page redirect to a
// loopback server: refused without AllowPrivate, the private server never
// reached; fetched with it.
func TestFetchRefusesRedirectToPrivate(t *testing.T) {
	var hits atomic.Int32
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("internal page"))
	}))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, private.URL+"/admin", http.StatusFound)
	}))
	defer public.Close()

	f := NewFetcher(FetchOptions{})
	f.client = clientWithPublicHost(public.Listener.Addr().String())
	_, err := f.Fetch(context.Background(), "http://news.example/story")
	if !errors.Is(err, ErrForbiddenAddress) || !strings.Contains(err.Error(), "redirected to "+private.URL+"/admin") {
		t.Fatalf("Fetch = %v, want ErrForbiddenAddress naming the redirect target", err)
	}
	if hits.Load() != 0 {
		t.Fatal("the private server was reached")
	}
	p, err := localFetcher(FetchOptions{}).Fetch(context.Background(), public.URL+"/story")
	if err != nil || string(p.Body) != "internal page" || len(p.Redirects) != 1 {
		t.Fatalf("Fetch with AllowPrivate = %+v, %v", p, err)
	}
}

func TestFetchBounds(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			select {
			case <-release:
			case <-r.Context().Done():
			}
		case "/huge":
			w.Header().Set("Content-Length", "4096")
			w.Write([]byte(strings.Repeat("a", 4096)))
		case "/huge-chunked":
			for range 8 {
				w.Write([]byte(strings.Repeat("a", 1024)))
				w.(http.Flusher).Flush()
			}
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		}
	}))
	defer srv.Close()
	defer close(release)
	f := localFetcher(FetchOptions{Options: Options{AllowPrivate: true, Timeout: 100 * time.Millisecond}, MaxBytes: 2048})
	tests := []struct {
		path, want string
		is         error
	}{
		{"/slow", "no answer within 100ms", context.DeadlineExceeded},
		{"/huge", "the server announces 4,096 bytes, over the limit of 2,048 bytes", ErrTooLarge},
		{"/huge-chunked", "over the limit of 2,048 bytes", ErrTooLarge},
		{"/loop", "stopped after 5 redirects", nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), srv.URL+tt.path)
			if err == nil || !strings.Contains(err.Error(), tt.want) || (tt.is != nil && !errors.Is(err, tt.is)) {
				t.Fatalf("Fetch(%s) = %v, want %q", tt.path, err, tt.want)
			}
		})
	}
}

func TestFetchRetries(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		n := hits[r.URL.Path]
		mu.Unlock()
		switch {
		case r.URL.Path == "/busy" && n == 1:
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
		case r.URL.Path == "/busy":
			w.Write([]byte("at last"))
		case r.URL.Path == "/broken":
			w.WriteHeader(http.StatusInternalServerError)
		case r.URL.Path == "/later":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f := localFetcher(FetchOptions{Retries: 2})
	ctx := context.Background()

	p, err := f.Fetch(ctx, srv.URL+"/busy")
	if err != nil || string(p.Body) != "at last" || p.Attempts != 2 {
		t.Errorf("429 then 200: %+v, %v; want the page on the second attempt", p, err)
	}
	_, err = f.Fetch(ctx, srv.URL+"/broken")
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 500 || err.Error() != "HTTP 500 Internal Server Error" {
		t.Errorf("500 every time: err = %v, want HTTP 500", err)
	}
	_, err = f.Fetch(ctx, srv.URL+"/later")
	if err == nil || !strings.Contains(err.Error(), "HTTP 503 Service Unavailable; the server asks to wait 1h0m0s") {
		t.Errorf("503 asking for an hour: err = %v", err)
	}
	_, err = f.Fetch(ctx, srv.URL+"/missing")
	if !errors.As(err, &se) || se.Status != 404 {
		t.Errorf("404: err = %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if want := map[string]int{"/busy": 2, "/broken": 3, "/later": 1, "/missing": 1}; !cmp.Equal(hits, want) {
		t.Errorf("requests per path = %v, want %v (retries only on 429/5xx, bounded, none past MaxWait)", hits, want)
	}
}

// TestFetchPerHostLimit fetches many pages of one host at once and checks
// the server never saw more requests in flight than PerHost.
func TestFetchPerHostLimit(t *testing.T) {
	var inFlight, most atomic.Int32
	gate := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		<-gate
		inFlight.Add(-1)
		w.Write([]byte("page"))
	}))
	defer srv.Close()
	f := localFetcher(FetchOptions{PerHost: 2})
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			_, err := f.Fetch(context.Background(), srv.URL+"/p"+string(rune('a'+i)))
			errs <- err
		})
	}
	// Each request is let go only once as many as the limit allows are in
	// flight, so that a third one would be seen if the limit leaked.
	for left := 8; left > 0; left-- {
		for deadline := time.Now().Add(5 * time.Second); inFlight.Load() < int32(min(2, left)) && time.Now().Before(deadline); {
			time.Sleep(time.Millisecond)
		}
		gate <- struct{}{}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if m := most.Load(); m != 2 {
		t.Errorf("most requests in flight to one host = %d, want 2", m)
	}
	if len(f.hosts) != 0 {
		t.Errorf("%d host entries left after the fetches", len(f.hosts))
	}
}
