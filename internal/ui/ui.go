// Package ui is the web UI: server-rendered pages (html/template) with
// embedded static files and a little JavaScript. Pages: the stories list,
// a story's page (summary with citations, sources, provenance graph, quotes,
// claims, conflicts), an article with its reused passages, upload and
// search. RenderStandalone writes a story page as one self-contained file.
// All article text is escaped by html/template; pages load no inline script.
package ui

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options tunes the UI. The zero value is ready to use.
type Options struct {
	Auth httpx.Auth
	// MaxUpload bounds an upload's body; 0 means httpx.DefaultMaxUpload.
	MaxUpload int64
	// Log receives failed requests; nil discards them.
	Log *slog.Logger
}

// UI serves the web pages.
type UI struct {
	app      *app.App
	auth     httpx.Auth
	writes   httpx.Writes
	log      *slog.Logger
	pages    map[string]*template.Template
	assetTag string // content hash of the static files, for cache busting
}

// New returns the UI over a.
func New(a *app.App, opt Options) (*UI, error) {
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	u := &UI{app: a, auth: opt.Auth, writes: httpx.Writes{Auth: opt.Auth, App: a, MaxUpload: opt.MaxUpload},
		log: opt.Log, pages: pages, assetTag: assetTag()}
	if u.log == nil {
		u.log = slog.New(slog.DiscardHandler)
	}
	return u, nil
}

// toStories sends a request for /stories, the folder of the story pages,
// to the list of stories at /.
func toStories(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusMovedPermanently)
}

// Register adds the UI's routes to mux.
func (u *UI) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", u.adapt(u.stories))
	mux.HandleFunc("GET /stories/{id}", u.adapt(u.story))
	mux.HandleFunc("GET /stories/{$}", toStories) // the list is at /
	mux.HandleFunc("GET /stories", toStories)
	mux.HandleFunc("GET /stories/{id}/dossier.html", u.adapt(u.storyFile))
	mux.HandleFunc("GET /stories/{id}/articles/{aid}", u.adapt(u.article))
	mux.HandleFunc("GET /articles/{id}", u.adapt(u.articleAnywhere))
	mux.HandleFunc("GET /upload", u.adapt(u.uploadForm))
	mux.HandleFunc("POST /upload", u.adapt(u.upload))
	mux.HandleFunc("POST /stories/{id}/articles", u.adapt(u.upload))
	mux.HandleFunc("POST /session", u.adapt(u.login))
	mux.HandleFunc("GET /search", u.adapt(u.search))
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	static, _ := fs.Sub(staticFS, "static")
	files := http.FileServerFS(static)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})))
	mux.HandleFunc("/", u.adapt(func(w http.ResponseWriter, r *http.Request) error {
		return corroborate.Errorf(corroborate.ENotFound, "no page at %s", r.URL.Path)
	}))
}

// handler is a page handler that returns its error for adapt to render.
type handler func(w http.ResponseWriter, r *http.Request) error

// adapt renders a handler's error as an error page: the one place the UI
// writes errors.
func (u *UI) adapt(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		err, status := httpx.Prepare(w, r, err)
		if status >= 500 {
			u.log.ErrorContext(r.Context(), "page failed", "method", r.Method, "path", r.URL.Path, "err", err)
		}
		data := &errorPage{Status: status, StatusText: http.StatusText(status), Message: corroborate.ErrorMessage(err),
			NeedToken: status == http.StatusUnauthorized, Next: afterLogin(r)}
		data.Title = data.StatusText
		u.render(w, r, status, "error", data)
	}
}

// afterLogin is where to go once the user gives the token: back to the page
// for a GET, else to the upload form the failed POST came from.
func afterLogin(r *http.Request) string {
	if r.Method == http.MethodGet {
		return r.URL.RequestURI()
	}
	if id := r.PathValue("id"); id != "" {
		return "/upload?story=" + url.QueryEscape(id)
	}
	return "/upload"
}

// errorPage is the data of the error page.
type errorPage struct {
	page
	Status     int
	StatusText string
	Message    string
	NeedToken  bool
	Next       string
}

// page is what every page template reads: the head and navigation.
type page struct {
	Title    string
	AssetTag string
	CanWrite bool
	// TokenNeeded says that the server has a token; without one, writes come
	// from this machine only.
	TokenNeeded bool
	Query       string
}

func (p *page) base() *page { return p }

type pageData interface{ base() *page }

// render executes a page into a buffer first, so that a template error
// leaves no half-written page.
func (u *UI) render(w http.ResponseWriter, r *http.Request, status int, name string, data pageData) {
	p := data.base()
	p.AssetTag = u.assetTag
	p.CanWrite = u.auth.Authorize(r) == nil
	p.TokenNeeded = !u.auth.Open()
	var buf bytes.Buffer
	if err := u.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		u.log.ErrorContext(r.Context(), "template failed", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pageNames are the templates/<name>.html files that are whole pages.
var pageNames = []string{"stories", "story", "article", "upload", "result", "search", "error"}

// parsePages parses each page with the layout and the shared partials.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+n+".html")
		if err != nil {
			return nil, err
		}
		pages[n] = t
	}
	return pages, nil
}

// assetTag hashes the static files, so their URLs change with them.
func assetTag() string {
	h := sha256.New()
	fs.WalkDir(staticFS, "static", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := staticFS.ReadFile(path)
			h.Write([]byte(path))
			h.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:10]
}

// funcs are the helpers templates may call.
var funcs = template.FuncMap{
	"pct":     func(f float64) int { return int(f*100 + 0.5) },
	"join":    strings.Join,
	"inc":     func(i int) int { return i + 1 },
	"shorten": shorten,
	"deref": func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	},
}
