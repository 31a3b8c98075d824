package api

import (
	"net/http"

	"github.com/corroborate/corroborate"
)

func (a *API) createStory(w http.ResponseWriter, r *http.Request) error {
	ups, err := ReadUploads(w, r, a.auth, a.maxUpload)
	if err != nil {
		return err
	}
	res, err := a.svc.CreateStory(r.Context(), ups)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/stories/"+res.Story.ID)
	writeJSON(w, http.StatusCreated, res)
	return nil
}

func (a *API) addArticles(w http.ResponseWriter, r *http.Request) error {
	ups, err := ReadUploads(w, r, a.auth, a.maxUpload)
	if err != nil {
		return err
	}
	res, err := a.svc.AddArticles(r.Context(), r.PathValue("id"), ups)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

func (a *API) listStories(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r, "limit", 50, 500)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 1<<30)
	if err != nil {
		return err
	}
	list, err := a.svc.Store().Stories(r.Context(), corroborate.Page{Limit: max(limit, 1), Offset: offset})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": list})
	return nil
}

// storyBody is a story with its articles' metadata.
type storyBody struct {
	Story    corroborate.StoryInfo    `json:"story"`
	Articles []corroborate.ArticleRef `json:"articles"`
	Dossier  string                   `json:"dossier"`
}

func (a *API) getStory(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	info, err := a.svc.Store().Story(r.Context(), id)
	if err != nil {
		return err
	}
	arts, err := a.svc.Store().StoryArticles(r.Context(), id)
	if err != nil {
		return err
	}
	body := storyBody{Story: info, Articles: []corroborate.ArticleRef{}, Dossier: "/api/v1/stories/" + id + "/dossier"}
	for _, art := range arts {
		body.Articles = append(body.Articles, Ref(art))
	}
	writeJSON(w, http.StatusOK, body)
	return nil
}

// Ref returns an article's metadata.
func Ref(a corroborate.Article) corroborate.ArticleRef {
	return corroborate.ArticleRef{ID: a.ID, Source: a.Source, Outlet: a.Outlet, Title: a.Title, Published: a.Published}
}

func (a *API) getDossier(w http.ResponseWriter, r *http.Request) error {
	sd, err := a.svc.Dossier(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeRaw(w, http.StatusOK, sd.JSON)
	return nil
}

func (a *API) getArticle(w http.ResponseWriter, r *http.Request) error {
	art, stories, err := a.svc.Store().Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"article": art, "stories": stories})
	return nil
}

func (a *API) search(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query().Get("q")
	if len(q) > 1000 {
		return corroborate.Errorf(corroborate.EInvalid, "the query is over 1000 bytes")
	}
	limit, err := intParam(r, "limit", 20, 100)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 10000)
	if err != nil {
		return err
	}
	hits, err := a.svc.Store().Search(r.Context(), corroborate.SearchQuery{Text: q, Limit: max(limit, 1), Offset: offset})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "hits": hits})
	return nil
}
