package ui_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/ui"
)

// site is the UI over a SQLite store holding one story whose stored dossier
// is testdata/dossier.json.
type site struct {
	handler http.Handler
	story   string
}

// openStore opens a new SQLite store, closed when the test ends.
func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	store, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "ui.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func newSite(t *testing.T, token string) *site {
	t.Helper()
	store := openStore(t)
	svc := app.New(store, app.Options{})
	b, err := os.ReadFile("testdata/dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	var d corroborate.Dossier
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	info, err := store.CreateStory(t.Context(), "ferry", d.Articles)
	if err != nil {
		t.Fatal(err)
	}
	err = store.PutAnalysis(t.Context(), corroborate.Analysis{StoryID: "ferry", Revision: info.Revision,
		Stages: svc.PipelineKey(), Title: d.Story.Title, Dossier: b})
	if err != nil {
		t.Fatal(err)
	}
	return siteOverToken(t, svc, "ferry", token)
}

// siteOver is the UI over svc, open to all, showing story.
func siteOver(t *testing.T, svc *app.App, story string) *site {
	return siteOverToken(t, svc, story, "")
}

func siteOverToken(t *testing.T, svc *app.App, story, token string) *site {
	t.Helper()
	u, err := ui.New(svc, ui.Options{Auth: httpx.Auth{Token: token}})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	u.Register(mux)
	return &site{handler: mux, story: story}
}

func (s *site) get(t *testing.T, target, remote string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", target, nil)
	if remote != "" {
		req.RemoteAddr = remote
	}
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, req)
	return rec
}

func TestPages(t *testing.T) {
	s := newSite(t, "")
	tests := []struct {
		name, target string
		status       int
		want, not    []string
	}{
		{"stories", "/", 200, []string{`href="/stories/ferry"`, "Ferry runs aground off Glenhaven", "Updated (UTC)"}, nil},
		{"story", "/stories/ferry", 200,
			[]string{"Conflict: attributed to 2 different speakers", `class="cite"`, `<svg viewBox=`, `class="matrix"`,
				`href="/stories/ferry/articles/a1?hl=`, `<script src="/static/app.js?v=`},
			[]string{"<script>window", "not computed yet"}},
		{"article with a passage", "/stories/ferry/articles/a3?hl=0-20", 200,
			[]string{`id="hl" class="reuse o0 hl"`, "&lt;script&gt;window.__corroboratePwned", "which copied which is unsure"},
			[]string{"<script>window", "<img src=x"}},
		{"article, bad passage ignored", "/stories/ferry/articles/a1?hl=9-3", 200, nil, []string{`id="hl"`}},
		{"article of another story", "/stories/ferry/articles/nope", 404, []string{"has no article"}, nil},
		{"missing story", "/stories/nope", 404, []string{"not found"}, nil},
		// Item 8: a search result names its story by title, not by id.
		{"search", "/search?q=saltmarsh", 200, []string{"<mark>Saltmarsh</mark>", `href="/articles/a1"`,
			`<a href="/stories/ferry">Ferry runs aground off Glenhaven</a>`, "3 Apr 2026"}, []string{"story ferry"}},
		// Item 9: readable dates, stages in words, a favicon, a hint that
		// wide tables scroll.
		{"story in words", "/stories/ferry", 200,
			[]string{`<time datetime="2026-04-03">3 Apr 2026</time>`, "Analysed for: quotations and speakers", `rel="icon"`, `class="scroll-hint"`},
			[]string{"Stages run", ">2026-04-03<"}},
		{"favicon", "/static/favicon.svg", 200, []string{"<svg"}, nil},
		{"search, nothing", "/search?q=albatross", 200, []string{"No article has all of these words"}, nil},
		{"upload form, loopback", "/upload", 200, []string{`enctype="multipart/form-data"`}, nil},
		{"no such page", "/nothing/here", 404, []string{"no page at /nothing/here"}, nil},
		{"static", "/static/app.js", 200, []string{"a.cite"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := s.get(t, tt.target, "127.0.0.1:5000")
			body := rec.Body.String()
			if rec.Code != tt.status {
				t.Fatalf("GET %s = %d, want %d\n%s", tt.target, rec.Code, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s lacks %q", tt.target, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(body, n) {
					t.Errorf("GET %s holds %q", tt.target, n)
				}
			}
		})
	}
	rec := s.get(t, "/articles/a2", "")
	if rec.Code != 303 || rec.Header().Get("Location") != "/stories/ferry/articles/a2" {
		t.Errorf("GET /articles/a2 = %d to %q, want 303 to its story", rec.Code, rec.Header().Get("Location"))
	}
	for _, target := range []string{"/stories", "/stories/"} {
		if rec := s.get(t, target, ""); rec.Code != 301 || rec.Header().Get("Location") != "/" {
			t.Errorf("GET %s = %d to %q, want 301 to the list of stories at /", target, rec.Code, rec.Header().Get("Location"))
		}
	}
	rec = s.get(t, "/stories/ferry/dossier.html", "")
	if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") || !strings.Contains(rec.Body.String(), "<style>") {
		t.Errorf("GET dossier.html = %d %q, want the standalone file as an attachment", rec.Code, rec.Header().Get("Content-Disposition"))
	}
	rec = s.get(t, "/upload", "198.51.100.7:5000")
	if body := rec.Body.String(); strings.Contains(body, "multipart") || !strings.Contains(body, "from its own machine only") {
		t.Errorf("upload page for a remote client of a server without token should explain, not offer the form")
	}
}

func TestUploadNeedsToken(t *testing.T) {
	s := newSite(t, "tok")
	rec := s.get(t, "/upload", "127.0.0.1:5000")
	if body := rec.Body.String(); strings.Contains(body, "multipart") || !strings.Contains(body, `action="/session"`) {
		t.Errorf("upload page without a session should ask for the token")
	}
	req := httptest.NewRequest("POST", "/stories/ferry/articles", strings.NewReader("x"))
	req.Header.Set("Content-Type", "text/plain")
	w := httptest.NewRecorder()
	s.handler.ServeHTTP(w, req)
	if w.Code != 401 || !strings.Contains(w.Body.String(), `name="next" value="/upload?story=ferry"`) {
		t.Errorf("POST without session = %d, want 401 with a token form leading back to the upload form\n%s", w.Code, w.Body)
	}
}

func TestStaleDossierRecomputed(t *testing.T) {
	store := openStore(t)
	svc := app.New(store, app.Options{})
	text := "Ferry freed\n\nBy Ana Vell, Coastal Wire\n\nThe ferry was freed on Friday, officials said."
	res, _, err := svc.CreateStory(t.Context(), []app.Upload{{Name: "a.txt", Body: []byte(text)}}, app.Create{})
	if err != nil {
		t.Fatal(err)
	}
	id := res.Story.ID
	// A dossier from an older program: other stages, other content.
	err = store.PutAnalysis(t.Context(), corroborate.Analysis{StoryID: id, Revision: 1, Stages: "v1 old", Title: "Old", Dossier: []byte(`{"version":1}`)})
	if err != nil {
		t.Fatal(err)
	}
	sd, err := svc.Dossier(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	d, err := sd.Decode()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 1 || sd.Story.Title != "Ferry freed" {
		t.Errorf("dossier from an older pipeline was served (%d articles, title %q), want it computed again", len(d.Articles), sd.Story.Title)
	}
	an, err := store.Analysis(t.Context(), id)
	if err != nil || an.Stages != svc.PipelineKey() {
		t.Errorf("stored analysis has stages %q, %v; want the current pipeline's", an.Stages, err)
	}
}
