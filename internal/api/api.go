// Package api is the JSON API under /api/v1: create a story from uploaded
// articles, add articles, list and read stories, read a story's dossier (the
// contract of the root package), search. Errors are {"error": {"code",
// "message"}}; writes need a bearer token (see Auth). It also holds the
// Service the web UI shares.
package api

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
)

// DefaultMaxUpload bounds a write request's body: 32 MiB.
const DefaultMaxUpload = 32 << 20

// Options tunes the API. The zero value is ready to use.
type Options struct {
	Auth Auth
	// MaxUpload bounds a write request's body; 0 means DefaultMaxUpload.
	MaxUpload int64
	// Log receives failed requests; nil discards them.
	Log *slog.Logger
}

// API serves /api/v1.
type API struct {
	svc       *Service
	auth      Auth
	maxUpload int64
	log       *slog.Logger
}

// New returns the API over svc.
func New(svc *Service, opt Options) *API {
	a := &API{svc: svc, auth: opt.Auth, maxUpload: opt.MaxUpload, log: opt.Log}
	if a.maxUpload <= 0 {
		a.maxUpload = DefaultMaxUpload
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	return a
}

// Register adds the API's routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/stories", a.adapt(a.listStories))
	mux.HandleFunc("POST /api/v1/stories", a.adapt(a.createStory))
	mux.HandleFunc("GET /api/v1/stories/{id}", a.adapt(a.getStory))
	mux.HandleFunc("POST /api/v1/stories/{id}/articles", a.adapt(a.addArticles))
	mux.HandleFunc("GET /api/v1/stories/{id}/dossier", a.adapt(a.getDossier))
	mux.HandleFunc("GET /api/v1/articles/{id}", a.adapt(a.getArticle))
	mux.HandleFunc("GET /api/v1/search", a.adapt(a.search))
	mux.HandleFunc("/api/", a.adapt(a.noRoute(mux)))
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
