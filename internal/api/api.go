// Package api is the JSON API under /api/v1: create a story from uploaded
// articles, add articles, list and read stories, read a story's dossier (the
// contract of the root package), search. Errors are {"error": {"code",
// "message"}}; writes need a bearer token (see httpx.Auth) and are admitted
// under the app's limits (503 with Retry-After when the server is busy).
// It serves the use cases of internal/app and shares nothing with the web
// UI but internal/httpx.
package api

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
)

// Options tunes the API. The zero value is ready to use.
type Options struct {
	Auth httpx.Auth
	// MaxUpload bounds a write request's body; 0 means httpx.DefaultMaxUpload.
	MaxUpload int64
	// Log receives failed requests; nil discards them.
	Log *slog.Logger
}

// API serves /api/v1.
type API struct {
	app    *app.App
	writes httpx.Writes
	log    *slog.Logger
}

// New returns the API over a.
func New(a *app.App, opt Options) *API {
	api := &API{app: a, writes: httpx.Writes{Auth: opt.Auth, App: a, MaxUpload: opt.MaxUpload}, log: opt.Log}
	if api.log == nil {
		api.log = slog.New(slog.DiscardHandler)
	}
	return api
}

// Register adds the API's routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	a.registerIndex(mux)
	mux.HandleFunc("GET /api/v1/stories", a.adapt(a.listStories))
	mux.HandleFunc("POST /api/v1/stories", a.adapt(a.createStory))
	mux.HandleFunc("GET /api/v1/stories/{id}", a.adapt(a.getStory))
	mux.HandleFunc("POST /api/v1/stories/{id}/articles", a.adapt(a.addArticles))
	mux.HandleFunc("GET /api/v1/stories/{id}/dossier", a.adapt(a.getDossier))
	mux.HandleFunc("GET /api/v1/articles/{id}", a.adapt(a.getArticle))
	mux.HandleFunc("GET /api/v1/search", a.adapt(a.search))
	mux.HandleFunc("/api/", a.adapt(a.noRoute(mux)))
}

// handler is an HTTP handler that returns its error instead of writing it.
type handler func(w http.ResponseWriter, r *http.Request) error

// adapt turns a handler into an http.HandlerFunc: the one place API errors
// are written.
func (a *API) adapt(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			httpx.WriteError(w, r, a.log, err)
		}
	}
}

// noRoute answers paths under /api/ that no route serves: 405 when the path
// exists for another method, else 404, as JSON like every API error.
func (a *API) noRoute(mux *http.ServeMux) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); pattern != "" && pattern != "/api/" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			return corroborate.Errorf(corroborate.EMethod, "%s is not allowed on %s", r.Method, r.URL.Path)
		}
		return corroborate.Errorf(corroborate.ENotFound, "no such endpoint: %s", r.URL.Path)
	}
}

// intParam reads a non-negative integer query parameter, def when absent,
// at most max.
func intParam(r *http.Request, name string, def, max int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > max {
		return 0, corroborate.Errorf(corroborate.EInvalid, "%s must be a whole number from 0 to %d", name, max)
	}
	return n, nil
}
