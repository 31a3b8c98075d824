package app_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// TestCreateStoryByURLBounded: the pages of one write are bounded
// together; the page that would pass the bound is skipped with a reason
// saying so, the others are stored.
func TestCreateStoryByURLBounded(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := strings.TrimPrefix(r.URL.Path, "/p")
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "Canal lock %s repaired\n\nBy Wen Aldous, Marsh Courier\n\n", i)
		for range 300 { // about 30 KiB
			fmt.Fprintf(w, "Lock number %s on the Marsh canal reopened on Tuesday after a long repair, the trust said. ", i)
		}
	}))
	defer srv.Close()
	local := safehttp.NewFetcher(safehttp.FetchOptions{Options: safehttp.Options{AllowPrivate: true}, Retries: -1, PerHost: 1})
	a := app.New(openStore(t, t.TempDir()), app.Options{MaxBatchBytes: 64 << 10, Fetcher: local})
	ups := []app.Upload{{URL: srv.URL + "/p1"}, {URL: srv.URL + "/p2"}, {URL: srv.URL + "/p3"}}
	res, _, err := a.CreateStory(t.Context(), ups, app.Create{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Added) != 2 || len(res.Skipped) != 1 {
		t.Fatalf("added %d, skipped %+v; want 2 added and 1 skipped", len(res.Added), res.Skipped)
	}
	if p := res.Skipped[0]; p.Input != srv.URL+"/p3" || !strings.Contains(p.Reason, "over 0.1 MiB") {
		t.Errorf("skipped %+v, want the third page skipped for the bound of the request's pages", p)
	}
}
