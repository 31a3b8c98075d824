package api

import (
	"net/http"

	"github.com/corroborate/corroborate/internal/httpx"
)

// Endpoint is one route of the API as GET /api/v1 lists it. Auth is true
// for the writes, which need the server's token (or, on a server without
// one, a client on the same machine). Query names the query parameters.
type Endpoint struct {
	Method  string            `json:"method"`
	Path    string            `json:"path"`
	Summary string            `json:"summary"`
	Auth    bool              `json:"auth"`
	Query   map[string]string `json:"query,omitempty"`
}

// Index is the answer of GET /api/v1.
type Index struct {
	API       string     `json:"api"`
	Version   string     `json:"version"`
	Docs      string     `json:"docs"`
	Errors    string     `json:"errors"`
	Endpoints []Endpoint `json:"endpoints"`
}

// endpoints lists every route Register serves but the catch-all, in the
// order docs/api.md documents them. A test checks that the two agree with
// the routes registered, so that none can be added without its entry here
// and its section in docs/api.md.
var endpoints = []Endpoint{
	{Method: "GET", Path: "/api/v1", Summary: "this index of the endpoints"},
	{Method: "GET", Path: "/api/v1/stories", Summary: "stories, the most recently updated first, a page at a time; next is the next page's URL, null on the last",
		Query: map[string]string{"limit": "stories per page, at most 500 (default 50)", "offset": "stories to skip (default 0)"}},
	{Method: "POST", Path: "/api/v1/stories", Auth: true, Summary: "create a story from uploaded articles (multipart files or JSON {\"articles\": [{\"name\", \"content\"}]}) and analyse it; Idempotency-Key makes a retry safe"},
	{Method: "GET", Path: "/api/v1/stories/{id}", Summary: "one story: its title and counts, its articles' metadata, the URL of its dossier"},
	{Method: "POST", Path: "/api/v1/stories/{id}/articles", Auth: true, Summary: "add uploaded articles to a story (same body as creating one) and analyse it again"},
	{Method: "GET", Path: "/api/v1/stories/{id}/dossier", Summary: "the story's dossier: the JSON contract (agreed claims, quotes, reuse, conflicts, summary)"},
	{Method: "GET", Path: "/api/v1/articles/{id}", Summary: "one stored article with its text, the ids of the stories holding it and their titles (story_titles)"},
	{Method: "GET", Path: "/api/v1/search", Summary: "articles matching all the words of q, best first, with a highlighted snippet; story_titles names their stories",
		Query: map[string]string{"q": "the words (at most 1000 bytes)", "limit": "hits, at most 100 (default 20)", "offset": "hits to skip, at most 10000"}},
}

// registerIndex serves the index at /api/v1 and /api/v1/.
func (a *API) registerIndex(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1", a.adapt(a.index))
	mux.HandleFunc("GET /api/v1/{$}", a.adapt(a.index))
}

func (a *API) index(w http.ResponseWriter, r *http.Request) error {
	httpx.WriteJSON(w, http.StatusOK, Index{
		API:       "corroborate",
		Version:   "v1",
		Docs:      "docs/api.md in the corroborate source",
		Errors:    `{"error": {"code", "message"}} with the status of the code; 503 carries Retry-After`,
		Endpoints: endpoints,
	})
	return nil
}
