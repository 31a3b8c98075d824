package main

import (
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeRefusesPublicAddressWithoutToken(t *testing.T) {
	t.Setenv("CORROBORATE_TOKEN", "")
	db := filepath.Join(t.TempDir(), "x.db")
	var stderr strings.Builder
	err := Run(t.Context(), []string{"serve", "--addr", "0.0.0.0:0", "--db", db}, nil, io.Discard, &stderr)
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "without a token") {
		t.Fatalf("serve on 0.0.0.0 without token = %v, want a usage error about the token", err)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("the database was created before the address was refused")
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--nope"},
		{"serve", "--max-upload", "0"},
	} {
		err := Run(t.Context(), args, nil, io.Discard, io.Discard)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("Run(%q) = %v, want a usage error", args, err)
		}
	}
}

// TestServe runs `corroborate serve` in-process on a loopback port with a
// SQLite file, talks to it, sees the articles queued before it started
// grouped into one story by its background stream worker, and stops it by
// cancelling its context.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	example := filepath.Join("..", "..", "examples", "wexley-bridge")
	if err := Run(t.Context(), []string{"ingest", "--queue-only", "--db", db, example}, nil, io.Discard, io.Discard); err != nil {
		t.Fatalf("ingest --queue-only: %v", err)
	}
	base, stop := serveForTest(t, db, "--token", "tok")
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET / = %d, want 200", resp.StatusCode)
	}
	req, _ := http.NewRequest("POST", base+"/api/v1/stories?name=a.txt", strings.NewReader(
		"Ferry freed\n\nBy Ana Vell, Coastal Wire\n\nThe ferry was freed on Friday after four hours, officials said."))
	req.Header.Set("Authorization", "Bearer tok")
	req.Header.Set("Content-Type", "text/plain")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 201 {
		t.Errorf("POST story = %d, want 201", resp.StatusCode)
	}
	// The six queued example articles become one story in the background.
	var listing string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(base + "/api/v1/stories")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if listing = string(b); strings.Contains(listing, `"articles":6`) {
			break
		}
	}
	if !strings.Contains(listing, `"articles":6`) {
		t.Errorf("the queued example did not become a 6-article story within 30 s: %s", listing)
	}
	stop()
	if _, err := os.Stat(db); err != nil {
		t.Errorf("database file: %v", err)
	}
}
