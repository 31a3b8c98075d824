package api_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// routePattern is a method-bound pattern under /api/ as written in Go
// source for the mux.
var routePattern = regexp.MustCompile(`"((?:GET|HEAD|POST|PUT|PATCH|DELETE) /api/[^"]*)"`)

// registeredRoutes reads the routes the package registers from its
// source, so that a route added anywhere in the package is seen: "METHOD
// PATH", the index's "/{$}" twin folded into its route.
func registeredRoutes(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var routes []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range routePattern.FindAllStringSubmatch(string(b), -1) {
			r := strings.TrimSuffix(m[1], "/{$}")
			if !slices.Contains(routes, r) {
				routes = append(routes, r)
			}
		}
	}
	slices.Sort(routes)
	if len(routes) < 8 {
		t.Fatalf("found %d routes in the package's source, want the API's 8 or more: %q", len(routes), routes)
	}
	return routes
}

// TestIndexAndDocsListEveryRoute keeps GET /api/v1 and docs/api.md in step
// with the routes: each route registered is in the index and has its
// section in the docs, and each entry of either is a route served.
func TestIndexAndDocsListEveryRoute(t *testing.T) {
	routes := registeredRoutes(t)
	f := newFixture(t, "")
	for _, target := range []string{"/api/v1", "/api/v1/"} {
		rec, v := f.do(t, "GET", target, "", nil, nil)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s = %d; body %s", target, rec.Code, rec.Body)
		}
		var index []string
		eps, _ := v["endpoints"].([]any)
		for _, e := range eps {
			e := e.(map[string]any)
			index = append(index, e["method"].(string)+" "+e["path"].(string))
			if s, _ := e["summary"].(string); s == "" {
				t.Errorf("GET %s: %s %s has no summary", target, e["method"], e["path"])
			}
		}
		slices.Sort(index)
		if !slices.Equal(index, routes) {
			t.Errorf("GET %s lists %q,\nthe package registers %q", target, index, routes)
		}
	}

	mux := f.handler.(*http.ServeMux)
	for _, r := range routes {
		method, path, _ := strings.Cut(r, " ")
		req := httptest.NewRequest(method, strings.ReplaceAll(path, "{id}", "x1"), nil)
		if _, pattern := mux.Handler(req); pattern != r && pattern != r+"/{$}" {
			t.Errorf("%s is answered by pattern %q: it is not served", r, pattern)
		}
	}

	b, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatalf("the API's documentation: %v", err)
	}
	var documented []string
	for _, m := range regexp.MustCompile("(?m)^### `((?:GET|HEAD|POST|PUT|PATCH|DELETE) /api/[^`]*)`$").FindAllStringSubmatch(string(b), -1) {
		documented = append(documented, m[1])
	}
	slices.Sort(documented)
	if !slices.Equal(documented, routes) {
		t.Errorf("docs/api.md documents (### `METHOD PATH`) %q,\nthe package registers %q", documented, routes)
	}
}
