package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/api"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// pageServer serves fictional news pages: /wire (HTML), /echo (text),
// /moved (a redirect to /wire), /third (HTML); anything else is 404.
func pageServer(t *testing.T) *httptest.Server {
	t.Helper()
	page := func(title, body string) string {
		return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title +
			"</h1><p>" + strings.ReplaceAll(body, "\n\n", "</p><p>") + "</p></article></body></html>"
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/wire", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("Otters return to Lake Mirren", wire))
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, copy1)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/wire", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/third", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page("Otter count confirmed", nameArticle(3)))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// urlFixture is the API over a new store, guarded by token, whose app
// fetches with fetcher (nil: the app's default, which refuses loopback).
func urlFixture(t *testing.T, token string, fetcher *safehttp.Fetcher) *fixture {
	t.Helper()
	store := openStore(t, t.TempDir())
	mux := http.NewServeMux()
	a := app.New(store, app.Options{Fetcher: fetcher})
	api.New(a, api.Options{Auth: httpx.Auth{Token: token}, MaxUpload: 64 << 10}).Register(mux)
	return &fixture{store: store, handler: mux}
}

func urlsBody(urls ...string) *bytes.Reader {
	b, _ := json.Marshal(map[string][]string{"urls": urls})
	return bytes.NewReader(b)
}

// TestAddByURL creates a story from URLs and extends it by URL through the
// API: the token is needed, the pages that answer are added, a redirect to
// a page already there is a duplicate, and each URL that fails is named
// with its reason while the others are added.
func TestAddByURL(t *testing.T) {
	srv := pageServer(t)
	local := safehttp.NewFetcher(safehttp.FetchOptions{Options: safehttp.Options{AllowPrivate: true}, Retries: -1})
	f := urlFixture(t, "tok", local)
	auth := map[string]string{"Authorization": "Bearer tok"}

	if rec, _ := f.do(t, "POST", "/api/v1/stories", "application/json", urlsBody(srv.URL+"/wire"), nil); rec.Code != http.StatusUnauthorized {
		t.Errorf("POST urls without the token = %d, want 401", rec.Code)
	}
	rec, v := f.do(t, "POST", "/api/v1/stories", "application/json",
		urlsBody(srv.URL+"/wire", srv.URL+"/gone", "ftp://files.example/x", srv.URL+"/echo", srv.URL+"/moved"), auth)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST urls = %d, want 201; body %s", rec.Code, rec.Body)
	}
	if n := len(v["added"].([]any)); n != 2 {
		t.Errorf("added %d articles, want 2 (wire, echo): %v", n, v)
	}
	reasons := map[string]string{}
	for _, s := range v["skipped"].([]any) {
		m := s.(map[string]any)
		reasons[m["input"].(string)] = m["reason"].(string)
	}
	if r := reasons[srv.URL+"/gone"]; !strings.Contains(r, "404") {
		t.Errorf("skipped %v: want %s/gone named with its 404", reasons, srv.URL)
	}
	if r := reasons["ftp://files.example/x"]; !strings.Contains(r, "not an http or https URL") {
		t.Errorf("skipped %v: want the ftp URL named as not http", reasons)
	}
	if len(reasons) != 2 {
		t.Errorf("skipped %v, want the 404 and the ftp URL only", reasons)
	}
	if d := v["duplicates"].([]any); len(d) != 1 || d[0] != srv.URL+"/moved" {
		t.Errorf("duplicates = %v, want the redirect to /wire", d)
	}
	id := v["story"].(map[string]any)["id"].(string)

	rec, v = f.do(t, "POST", "/api/v1/stories/"+id+"/articles", "application/json", urlsBody(srv.URL+"/third", srv.URL+"/wire"), auth)
	if rec.Code != http.StatusOK {
		t.Fatalf("POST urls to the story = %d, want 200; body %s", rec.Code, rec.Body)
	}
	if n := len(v["added"].([]any)); n != 1 || v["story"].(map[string]any)["articles"].(float64) != 3 {
		t.Errorf("extending by URL: added %d, story %v; want 1 added, 3 in all", n, v["story"])
	}
	rec, v = f.do(t, "GET", "/api/v1/stories/"+id, "", nil, nil)
	found := false
	for _, a := range v["articles"].([]any) {
		if strings.HasPrefix(a.(map[string]any)["source"].(string), srv.URL+"/third") {
			found = true
		}
	}
	if rec.Code != 200 || !found {
		t.Errorf("GET story = %d; no article from %s/third in %v", rec.Code, srv.URL, v["articles"])
	}

	// A form's urls field, one a line, is read the same way.
	ct, body := multipartBody(t, nil, map[string]string{"urls": "# pages\n" + srv.URL + "/third\n\n" + srv.URL + "/echo\n"})
	rec, v = f.do(t, "POST", "/api/v1/stories", ct, body, auth)
	if rec.Code != http.StatusCreated || len(v["added"].([]any)) != 2 {
		t.Errorf("POST a form with urls = %d %v, want 201 and 2 added", rec.Code, v)
	}

	many := make([]string, app.MaxURLs+1)
	for i := range many {
		many[i] = fmt.Sprintf("%s/p%d", srv.URL, i)
	}
	if rec, v := f.do(t, "POST", "/api/v1/stories", "application/json", urlsBody(many...), auth); rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("POST %d urls = %d %v, want 413", len(many), rec.Code, v)
	}
}

// TestAddByURLRefusesLoopback: without the local-use option, a URL on
// this machine is not fetched; the write names it and why.
func TestAddByURLRefusesLoopback(t *testing.T) {
	hits := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		fmt.Fprint(w, wire)
	}))
	defer srv.Close()
	f := urlFixture(t, "", nil)
	rec, v := f.do(t, "POST", "/api/v1/stories", "application/json", urlsBody(srv.URL+"/wire"), nil)
	if rec.Code != http.StatusBadRequest || errCode(v) != "invalid" {
		t.Fatalf("POST a loopback URL = %d %v, want 400 invalid", rec.Code, v)
	}
	msg := v["error"].(map[string]any)["message"].(string)
	if !strings.Contains(msg, srv.URL+"/wire") || !strings.Contains(msg, "loopback") {
		t.Errorf("message %q: want the URL named, refused as loopback", msg)
	}
	if hits != 0 {
		t.Errorf("the loopback server was asked %d times, want never", hits)
	}
}
