package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/server"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// apiServer is a whole server (middleware included) with the default
// limits over a fresh SQLite store, answering in-process.
func apiServer(t *testing.T) http.Handler {
	t.Helper()
	store, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "api.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	srv, err := server.New(server.Config{Addr: "127.0.0.1:0", App: app.New(store, app.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler()
}

// apiResult is the JSON answer of an upload, success or error.
type apiResult struct {
	Added      []string
	Duplicates []string
	Skipped    []struct{ Input, Reason string }
	Error      struct{ Code, Message string }
}

// uploadThroughAPI posts the good article and the bad input in one
// multipart request to POST /api/v1/stories of a server with the default
// limits, checks the answer is JSON with no 5xx and that the good article
// is added whenever the request is taken, and returns the table cell
// saying what the client sees.
func uploadThroughAPI(t *testing.T, h http.Handler, goodName string, good []byte, badName string, bad []byte) string {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range []struct {
		name string
		body []byte
	}{{goodName, good}, {badName, bad}} {
		w, _ := mw.CreateFormFile("file", f.name)
		w.Write(f.body)
	}
	mw.Close()
	req := httptest.NewRequest("POST", "/api/v1/stories", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.RemoteAddr = "127.0.0.1:50000"
	req.Host = "localhost"
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var res apiResult
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("API answer %d %q is not JSON: %v %.300s", rec.Code, rec.Header().Get("Content-Type"), err, rec.Body)
	}
	switch {
	case rec.Code >= 500:
		t.Errorf("API: %d %s: %s", rec.Code, res.Error.Code, res.Error.Message)
	case rec.Code == http.StatusCreated:
		if len(res.Added) == 0 {
			t.Errorf("API: 201 with no article added")
		}
	case rec.Code == http.StatusRequestEntityTooLarge:
		// The request is refused whole: the client is told the limit.
	default:
		t.Errorf("API: %d %s: %s; want 201, or 413 for a request over the limit", rec.Code, res.Error.Code, res.Error.Message)
	}
	var cell string
	switch {
	case rec.Code != http.StatusCreated:
		cell = fmt.Sprintf("%d %s: %s", rec.Code, res.Error.Code, res.Error.Message)
	case len(res.Skipped) > 0:
		cell = fmt.Sprintf("201, %d added; skipped %s: %s", len(res.Added), res.Skipped[0].Input, res.Skipped[0].Reason)
	case len(res.Duplicates) > 0:
		cell = fmt.Sprintf("201, %d added; duplicate: %s", len(res.Added), strings.Join(res.Duplicates, ", "))
	default:
		cell = fmt.Sprintf("201, %d added", len(res.Added))
	}
	if len(cell) > 140 {
		cell = strings.ToValidUTF8(cell[:140], "") + "…"
	}
	return "`" + strings.ReplaceAll(cell, "|", `\|`) + "`"
}
