package server_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/api"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/ui"
)

// routeDirs are the packages whose code builds the server's one mux:
// server.New registers the API's and the UI's routes and nothing else.
var routeDirs = []string{".", "../api", "../ui"}

// registeredRoutes returns every pattern the server's mux is given, read
// from the source of the packages that register them: each call of
// Handle or HandleFunc outside tests. A pattern that is not a string
// literal fails the test, so that no route can escape the walk; the
// patterns are then checked against a mux built as server.New builds it.
func registeredRoutes(t *testing.T) []string {
	t.Helper()
	var patterns []string
	fset := token.NewFileSet()
	for _, dir := range routeDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no Go files in %s: %v", dir, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatalf("parse %s: %v", f, err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || (sel.Sel.Name != "Handle" && sel.Sel.Name != "HandleFunc") || len(call.Args) != 2 {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Fatalf("%s: a route whose pattern is not a string literal; the route walk cannot see it", fset.Position(call.Pos()))
				}
				p, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatalf("%s: %v", fset.Position(lit.Pos()), err)
				}
				patterns = append(patterns, p)
				return true
			})
		}
	}
	sort.Strings(patterns)
	if len(patterns) < 10 {
		t.Fatalf("found only %d routes: %q; the source scan is broken", len(patterns), patterns)
	}
	return patterns
}

// route is one registered pattern made concrete.
type route struct {
	pattern string
	method  string // "" for a pattern that takes every method
	path    string
}

// concrete turns a pattern into a request path: wildcards become the ids
// of a stored story and article, a subtree pattern gets a name below it.
func concrete(pattern, story, article string) route {
	r := route{pattern: pattern, path: pattern}
	if m, p, ok := strings.Cut(pattern, " "); ok {
		r.method, r.path = m, p
	}
	r.path = strings.NewReplacer("{id}", story, "{aid}", article, "{$}", "").Replace(r.path)
	if strings.HasSuffix(r.path, "/") && !strings.HasSuffix(pattern, "{$}") {
		r.path += "x-probe"
	}
	if strings.Contains(r.path, "{") {
		panic("pattern with an unknown wildcard: " + pattern)
	}
	return r
}

// checkRoutesRegistered checks that each pattern read from the source is
// the one a mux built like the server's picks for its concrete request.
func checkRoutesRegistered(t *testing.T, routes []route) {
	t.Helper()
	svc := app.New(openSQLite(t), app.Options{})
	mux := http.NewServeMux()
	api.New(svc, api.Options{}).Register(mux)
	pages, err := ui.New(svc, ui.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages.Register(mux)
	for _, r := range routes {
		method := r.method
		if method == "" {
			method = http.MethodPost
		}
		_, got := mux.Handler(httptest.NewRequest(method, r.path, nil))
		if got != r.pattern {
			t.Errorf("%s %s is served by pattern %q, want %q: the route walk is out of step with the mux", method, r.path, got, r.pattern)
		}
	}
}

// writeMethods are the methods a route may be asked to write with.
var writeMethods = []string{http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete}

// TestEveryWriteRouteNeedsToken walks every route of the server with every
// write method and checks that none accepts a write without the token: no
// credentials, a wrong bearer token, a token in the query string, a forged
// session cookie. The routes registered for writing must say 401 (JSON under
// /api/, a page elsewhere); the others refuse with 404 or 405. The store is
// unchanged after the walk, and the right token does get through, so that
// the refusals are the token's doing.
func TestEveryWriteRouteNeedsToken(t *testing.T) {
	const token = "route-walk-token"
	s := start(t, openSQLite(t), token)
	story, article := createStory(t, s, token)
	store := s.store
	before, err := store.Stories(t.Context(), storyPage)
	if err != nil {
		t.Fatal(err)
	}

	var routes []route
	for _, p := range registeredRoutes(t) {
		routes = append(routes, concrete(p, story, article))
	}
	checkRoutesRegistered(t, routes)

	creds := []struct {
		name string
		set  func(*http.Request)
	}{
		{"no credentials", func(*http.Request) {}},
		{"wrong bearer token", func(r *http.Request) { r.Header.Set("Authorization", "Bearer not-"+token) }},
		{"token as basic auth", func(r *http.Request) { r.SetBasicAuth("corroborate", token) }},
		{"token in the query", func(r *http.Request) {
			q := r.URL.Query()
			q.Set("token", token)
			r.URL.RawQuery = q.Encode()
		}},
		{"forged session cookie", func(r *http.Request) {
			r.AddCookie(&http.Cookie{Name: httpx.SessionCookie, Value: token})
		}},
	}
	client := noRedirects()
	writes := 0
	for _, r := range routes {
		methods := writeMethods
		if r.method != "" && r.method != http.MethodGet {
			methods = []string{r.method}
		}
		for _, m := range methods {
			isWriteRoute := r.method == m
			for _, c := range creds {
				name := m + " " + r.path + " " + c.name
				req, _ := http.NewRequest(m, s.URL+r.path, strings.NewReader(writeBody))
				req.Header.Set("Content-Type", "text/plain")
				c.set(req)
				resp, err := client.Do(req)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				body := readAll(t, resp)
				writes++
				switch {
				case isWriteRoute && resp.StatusCode != http.StatusUnauthorized:
					t.Errorf("%s = %d, want 401; %.200s", name, resp.StatusCode, body)
				case resp.StatusCode < 400:
					t.Errorf("%s = %d, want a refusal; %.200s", name, resp.StatusCode, body)
				}
				checkErrorShape(t, name, r.path, resp, body)
			}
		}
	}

	after, err := store.Stories(t.Context(), storyPage)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) || after[0].Revision != before[0].Revision {
		t.Fatalf("the store changed during the walk: %d stories (revision %d), had %d (revision %d)",
			len(after), after[0].Revision, len(before), before[0].Revision)
	}
	t.Logf("%d routes, %d refused write attempts", len(routes), writes)

	// The control: the right token gets through each write route.
	for _, r := range routes {
		if r.method != http.MethodPost {
			continue
		}
		req, _ := http.NewRequest(r.method, s.URL+r.path, strings.NewReader(writeBody))
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("Authorization", "Bearer "+token)
		if r.path == "/session" {
			req, _ = http.NewRequest(r.method, s.URL+r.path, strings.NewReader("token="+token))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp)
		if resp.StatusCode >= 400 {
			t.Errorf("%s %s with the token = %d, want success; %.200s", r.method, r.path, resp.StatusCode, body)
		}
	}
}

// TestOpenServerWritesFromLoopbackOnly walks the write routes of a server
// without a token and checks that a client beyond loopback cannot write,
// even with a loopback Host header.
func TestOpenServerWritesFromLoopbackOnly(t *testing.T) {
	s := start(t, openSQLite(t), "")
	story, article := createStory(t, s, "")
	h := s.srv.Handler()
	for _, p := range registeredRoutes(t) {
		r := concrete(p, story, article)
		if r.method != http.MethodPost {
			continue
		}
		req := httptest.NewRequest(r.method, r.path, strings.NewReader(writeBody))
		req.Host = "localhost"
		req.RemoteAddr = "203.0.113.7:41000"
		req.Header.Set("Content-Type", "text/plain")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusForbidden && rec.Code != http.StatusUnauthorized {
			t.Errorf("%s %s from 203.0.113.7 to a server without a token = %d, want 403; %.200s", r.method, r.path, rec.Code, rec.Body)
		}
	}
	list, err := s.store.Stories(t.Context(), storyPage)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Revision != 1 {
		t.Errorf("store after remote writes: %+v, want the one story at revision 1", list)
	}
}

// writeBody is a readable article, so that a write let through would add it.
const writeBody = "Lighthouse relit\n\nBy Oren Vale, Brackwater Post\n\n" +
	"The Brackwater lighthouse was relit on Sunday after a year of repairs, the harbour trust said."

// checkErrorShape checks that a refusal is JSON with an error code under
// /api/ and a page elsewhere, and carries the security headers.
func checkErrorShape(t *testing.T, name, path string, resp *http.Response, body string) {
	t.Helper()
	ct := resp.Header.Get("Content-Type")
	if strings.HasPrefix(path, "/api/") {
		if !strings.HasPrefix(ct, "application/json") || !strings.Contains(body, `"error":{"code":"`) {
			t.Errorf("%s: %q %.200s, want a JSON error", name, ct, body)
		}
	} else if !strings.HasPrefix(ct, "text/html") && !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("%s: Content-Type %q, want a page", name, ct)
	}
	checkSecurityHeaders(t, name, resp.Header)
}

func noRedirects() *http.Client {
	return &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// createStory stores the fixture story through the API and returns its id
// and the id of its first article.
func createStory(t *testing.T, s *running, token string) (story, article string) {
	t.Helper()
	resp := upload(t, s.URL+"/api/v1/stories", token, storyFiles(t))
	body := readAll(t, resp)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create story = %d %s", resp.StatusCode, body)
	}
	list, err := s.store.Stories(t.Context(), storyPage)
	if err != nil || len(list) != 1 {
		t.Fatalf("stories after create: %v, %v", list, err)
	}
	arts, err := s.store.StoryArticles(t.Context(), list[0].ID)
	if err != nil || len(arts) == 0 {
		t.Fatalf("articles of %s: %d, %v", list[0].ID, len(arts), err)
	}
	return list[0].ID, arts[0].ID
}
