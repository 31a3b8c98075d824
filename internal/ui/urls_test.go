package ui_test

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/safehttp"
	"github.com/corroborate/corroborate/internal/ui"
)

// TestUploadByURL sends the upload form with addresses: the form offers
// the field, the pages that answer make the story, and the result page
// names the one that did not.
func TestUploadByURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/ferry", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Ferry halted at Port Ellis\n\nBy Mara Quint, Ellis Courier\n\n"+
			"The harbour ferry at Port Ellis stopped on Monday after an engine fault, the operator said.")
	})
	pages := httptest.NewServer(mux)
	defer pages.Close()

	local := safehttp.NewFetcher(safehttp.FetchOptions{Options: safehttp.Options{AllowPrivate: true}, Retries: -1})
	u, err := ui.New(app.New(openStore(t), app.Options{Fetcher: local}), ui.Options{Auth: httpx.Auth{}})
	if err != nil {
		t.Fatal(err)
	}
	site := http.NewServeMux()
	u.Register(site)

	req := httptest.NewRequest("GET", "/upload", nil)
	req.RemoteAddr = "127.0.0.1:5000"
	rec := httptest.NewRecorder()
	site.ServeHTTP(rec, req)
	if !strings.Contains(rec.Body.String(), `name="urls"`) {
		t.Errorf("the upload form has no urls field:\n%s", rec.Body)
	}

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("urls", pages.URL+"/ferry\n"+pages.URL+"/nowhere\n")
	mw.Close()
	req = httptest.NewRequest("POST", "/upload", &body)
	req.RemoteAddr = "127.0.0.1:5000"
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec = httptest.NewRecorder()
	site.ServeHTTP(rec, req)
	page := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(page, "1 new article(s) added") {
		t.Fatalf("POST /upload with urls = %d, want the result page with 1 article added:\n%s", rec.Code, page)
	}
	if !strings.Contains(page, pages.URL+"/nowhere</strong>: HTTP 404") {
		t.Errorf("the result page does not name the URL that failed with its status:\n%s", page)
	}
}
