package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// storyPage lists every story of a test store.
var storyPage = corroborate.Page{Limit: 1000}

// checkSecurityHeaders checks the headers every response must carry: a
// Content-Security-Policy that allows no inline or foreign script and no
// framing, and the usual hardening headers.
func checkSecurityHeaders(t *testing.T, name string, h http.Header) {
	t.Helper()
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("%s: Content-Security-Policy %q lacks %q", name, csp, want)
		}
	}
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "*", "http:", "https:", "data: ", "'unsafe-hashes'"} {
		if strings.Contains(strings.ReplaceAll(csp, "img-src 'self' data:", ""), bad) {
			t.Errorf("%s: Content-Security-Policy %q allows %q", name, csp, bad)
		}
	}
	for k, want := range map[string]string{
		"X-Content-Type-Options":       "nosniff",
		"X-Frame-Options":              "DENY",
		"Referrer-Policy":              "same-origin",
		"Cross-Origin-Opener-Policy":   "same-origin",
		"Cross-Origin-Resource-Policy": "same-origin",
	} {
		if got := h.Get(k); got != want {
			t.Errorf("%s: %s = %q, want %q", name, k, got, want)
		}
	}
	if h.Get("Content-Type") == "" {
		t.Errorf("%s: no Content-Type (the browser would sniff)", name)
	}
}

// TestSecurityHeadersOnEveryResponse requests every GET route of the server
// (read from its source, as the write-route walk does) and the error
// answers around them, over a store holding the fixture story and a story
// of hostile articles, and checks that every response carries the security
// headers and that every HTML page is inert: no script but the server's
// own files, no inline handlers, no javascript: addresses, no frames.
func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	const token = "headers-token"
	s := start(t, openSQLite(t), token)
	story, article := createStory(t, s, token)
	hostileStory := postHostileStory(t, s.URL, token)
	hostileArts, err := s.store.StoryArticles(t.Context(), hostileStory)
	if err != nil {
		t.Fatal(err)
	}

	var targets []string
	for _, p := range registeredRoutes(t) {
		r := concrete(p, story, article)
		if r.method == http.MethodGet || r.method == "" {
			targets = append(targets, r.path)
		}
	}
	targets = append(targets,
		"/static/app.css", "/static/app.js", "/static/../go.mod", "/static/%2e%2e/ui.go",
		"/stories/"+hostileStory, "/stories/"+hostileStory+"/dossier.html",
		"/api/v1/stories/"+hostileStory+"/dossier", "/api/v1/stories/"+hostileStory,
		"/stories/"+story+"/articles/"+article+"?hl=0-40",
		"/stories/"+story+"/articles/"+article+"?hl=-5-99999999",
		"/stories/nope", "/stories/%3Cscript%3E", "/api/v1/stories/%3Cscript%3E",
		"/articles/nope", "/upload?story="+story, "/upload?story=%22%3E%3Cscript%3E",
		"/search?q="+url.QueryEscape(hostile[0]), "/search?q=onerror", "/search?q=Fenmoor+dam",
		"/api/v1/search?q="+url.QueryEscape(hostile[1]), "/api/v1/search?limit=-1",
		"/?page=2", "/?page=-1", "/nope/"+url.PathEscape(hostile[0]),
		"/api/v1/nope", "/api/v1/stories?limit=99999",
	)
	for _, a := range hostileArts {
		targets = append(targets, "/stories/"+hostileStory+"/articles/"+url.PathEscape(a.ID), "/api/v1/articles/"+url.PathEscape(a.ID))
	}

	client := noRedirects()
	pages := 0
	for _, target := range targets {
		resp, err := client.Get(s.URL + target)
		if err != nil {
			t.Fatalf("GET %s: %v", target, err)
		}
		body := readAll(t, resp)
		name := "GET " + target
		checkSecurityHeaders(t, name, resp.Header)
		if resp.StatusCode >= 500 {
			t.Errorf("%s = %d: %.200s", name, resp.StatusCode, body)
		}
		ct := resp.Header.Get("Content-Type")
		switch {
		case strings.HasPrefix(target, "/api/"):
			if !strings.HasPrefix(ct, "application/json") {
				t.Errorf("%s: Content-Type %q, want JSON", name, ct)
			}
		case strings.HasPrefix(ct, "text/html"):
			pages++
			if cd := resp.Header.Get("Content-Disposition"); strings.HasSuffix(target, "/dossier.html") && !strings.HasPrefix(cd, "attachment") {
				t.Errorf("%s: Content-Disposition %q, want an attachment", name, cd)
			}
			if !strings.HasSuffix(target, "/dossier.html") && resp.StatusCode == http.StatusOK && resp.Header.Get("Cache-Control") != "no-store" {
				t.Errorf("%s: Cache-Control %q, want no-store", name, resp.Header.Get("Cache-Control"))
			}
			checkInert(t, name, body)
			if target == "/stories/"+hostileStory && !strings.Contains(body, "window.__pwned") {
				t.Errorf("%s: the hostile story's payloads are not on its page; the check proves nothing", name)
			}
		}
	}
	if pages < 10 {
		t.Errorf("only %d HTML pages among %d responses; the walk missed the pages", pages, len(targets))
	}

	// The error answers of writes carry the headers too.
	for _, tc := range []struct{ method, path, token string }{
		{"POST", "/api/v1/stories", ""},
		{"POST", "/upload", ""},
		{"PUT", "/api/v1/stories", token},
		{"DELETE", "/stories/" + story, token},
		{"POST", "/api/v1/stories/nope/articles", token},
	} {
		req, _ := http.NewRequest(tc.method, s.URL+tc.path, strings.NewReader("x"))
		if tc.token != "" {
			req.Header.Set("Authorization", "Bearer "+tc.token)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp)
		name := tc.method + " " + tc.path
		checkSecurityHeaders(t, name, resp.Header)
		if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			checkInert(t, name, body)
		}
	}
}
