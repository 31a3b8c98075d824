package server_test

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/server"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storetest"
)

// storyFiles are the fixture story: three fictional reports of one event.
func storyFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("testdata/story/*")
	if err != nil || len(files) != 3 {
		tb.Fatalf("testdata/story: %v files, %v", files, err)
	}
	return files
}

// opener opens a fresh, empty store for one test.
type opener struct {
	name string
	open func(t *testing.T) corroborate.Store
}

// stores lists SQLite and PostgreSQL; a test's postgres subtest skips
// loudly when CORROBORATE_TEST_POSTGRES is not set (see openPostgres).
var stores = []opener{{"sqlite", openSQLite}, {"postgres", openPostgres}}

func openSQLite(t *testing.T) corroborate.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "server.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openPostgres opens the store in a new schema of the test database,
// dropped when the test ends. It skips loudly when the database is not
// configured; a set but unreachable database fails.
func openPostgres(t *testing.T) corroborate.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), storetest.PostgresURL(t), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// running is a whole server listening on a loopback port.
type running struct {
	URL   string
	srv   *server.Server
	app   *app.App
	store corroborate.Store
}

// start runs the server over store on 127.0.0.1:0 until the test ends.
func start(t testing.TB, store corroborate.Store, token string) *running {
	t.Helper()
	return startConfig(t, store, server.Config{Token: token, MaxUpload: 4 << 20})
}

// startConfig runs a server over store with cfg (Addr is set here; App too,
// when nil, with the app's default limits) on a loopback port until the
// test ends.
func startConfig(t testing.TB, store corroborate.Store, cfg server.Config) *running {
	t.Helper()
	if cfg.App == nil {
		cfg.App = app.New(store, app.Options{MaxBatchBytes: cfg.MaxUpload, Log: cfg.Log})
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Addr = ln.Addr().String()
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return &running{URL: "http://" + ln.Addr().String(), srv: srv, app: cfg.App, store: store}
}

// upload posts files as multipart to target.
func upload(t testing.TB, target, token string, files []string) *http.Response {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := mw.CreateFormFile("file", filepath.Base(f))
		w.Write(b)
	}
	mw.Close()
	req, _ := http.NewRequest("POST", target, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func readAll(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
