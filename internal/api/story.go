package api

import (
	"fmt"
	"net/http"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
)

// createStory makes a story of the uploads. With an Idempotency-Key header,
// a retry of a creation that succeeded gets the first answer (and the
// header Idempotent-Replayed: true) instead of a second story.
func (a *API) createStory(w http.ResponseWriter, r *http.Request) error {
	wr, err := a.writes.Read(w, r)
	if err != nil {
		return err
	}
	defer wr.Done()
	res, replayed, err := a.app.CreateStory(wr.Ctx, wr.Uploads, app.Create{Key: r.Header.Get("Idempotency-Key"), Client: wr.Client})
	if err != nil {
		return err
	}
	if replayed {
		w.Header().Set("Idempotent-Replayed", "true")
	}
	w.Header().Set("Location", "/api/v1/stories/"+res.Story.ID)
	httpx.WriteJSON(w, http.StatusCreated, res)
	return nil
}

func (a *API) addArticles(w http.ResponseWriter, r *http.Request) error {
	wr, err := a.writes.Read(w, r)
	if err != nil {
		return err
	}
	defer wr.Done()
	res, err := a.app.AddArticles(wr.Ctx, r.PathValue("id"), wr.Uploads)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, res)
	return nil
}

// storyList is a page of the stories listing. Next is the URL of the
// next page, null on the last one.
type storyList struct {
	Stories []corroborate.StoryInfo `json:"stories"`
	Next    *string                 `json:"next"`
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
	limit = max(limit, 1)
	// One more than asked tells whether more stories follow.
	list, err := a.app.Stories(r.Context(), corroborate.Page{Limit: limit + 1, Offset: offset})
	if err != nil {
		return err
	}
	page := storyList{Stories: list}
	if len(list) > limit {
		page.Stories = list[:limit]
		next := fmt.Sprintf("/api/v1/stories?limit=%d&offset=%d", limit, offset+limit)
		page.Next = &next
	}
	if page.Stories == nil {
		page.Stories = []corroborate.StoryInfo{}
	}
	httpx.WriteJSON(w, http.StatusOK, page)
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
	info, refs, err := a.app.StoryArticles(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, storyBody{Story: info, Articles: refs, Dossier: "/api/v1/stories/" + id + "/dossier"})
	return nil
}

func (a *API) getDossier(w http.ResponseWriter, r *http.Request) error {
	sd, err := a.app.Dossier(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	httpx.WriteRaw(w, http.StatusOK, sd.JSON)
	return nil
}

func (a *API) getArticle(w http.ResponseWriter, r *http.Request) error {
	art, stories, err := a.app.AnalysedArticle(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	titles, err := a.storyTitles(r.Context(), stories)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"article": art, "stories": stories, "story_titles": titles})
	return nil
}

func (a *API) search(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query().Get("q")
	limit, err := intParam(r, "limit", 20, 100)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 10000)
	if err != nil {
		return err
	}
	hits, err := a.app.Search(r.Context(), corroborate.SearchQuery{Text: q, Limit: max(limit, 1), Offset: offset})
	if err != nil {
		return err
	}
	ids := make([][]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Stories
	}
	titles, err := a.storyTitles(r.Context(), ids...)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"query": q, "hits": hits, "story_titles": titles})
	return nil
}
