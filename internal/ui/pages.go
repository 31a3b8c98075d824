package ui

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/view"
)

// storiesPerPage is the length of one page of the stories list.
const storiesPerPage = 50

type storiesPage struct {
	page
	Stories []corroborate.StoryInfo
	Page    int
	Prev    string
	Next    string
}

func (u *UI) stories(w http.ResponseWriter, r *http.Request) error {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 1 {
		n = 1
	}
	list, err := u.app.Stories(r.Context(), corroborate.Page{Limit: storiesPerPage + 1, Offset: (n - 1) * storiesPerPage})
	if err != nil {
		return err
	}
	p := &storiesPage{Stories: list, Page: n}
	p.Title = "Stories"
	if len(list) > storiesPerPage {
		p.Stories = list[:storiesPerPage]
		p.Next = "/?page=" + strconv.Itoa(n+1)
	}
	if n > 1 {
		p.Prev = "/?page=" + strconv.Itoa(n-1)
	}
	u.render(w, r, http.StatusOK, "stories", p)
	return nil
}

// loadDossier returns story id's dossier, decoded. A dossier without a
// title takes the story's stored one (stream stories keep theirs).
func (u *UI) loadDossier(ctx context.Context, id string) (*corroborate.Dossier, error) {
	sd, err := u.app.Dossier(ctx, id)
	if err != nil {
		return nil, err
	}
	d, err := sd.Decode()
	if err != nil || d.Story.Title != "" {
		return d, err
	}
	if info, err := u.app.Story(ctx, id); err == nil {
		d.Story.Title = info.Title
	}
	return d, nil
}

func (u *UI) story(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	d, err := u.loadDossier(r.Context(), id)
	if err != nil {
		return err
	}
	u.render(w, r, http.StatusOK, "story", storyView(d, links{story: id}))
	return nil
}

// storyFile sends the standalone page of a story as a download.
func (u *UI) storyFile(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	d, err := u.loadDossier(r.Context(), id)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := RenderStandalone(&buf, d); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="story-`+id+`.html"`)
	w.Write(buf.Bytes())
	return nil
}

type articlePage struct {
	page
	articleView
}

func (u *UI) article(w http.ResponseWriter, r *http.Request) error {
	id, aid := r.PathValue("id"), r.PathValue("aid")
	d, err := u.loadDossier(r.Context(), id)
	if err != nil {
		return err
	}
	// The article's view needs the sources, not the story page's sections.
	l := links{story: id}
	srcs, idx := sourcesOf(d, l)
	i, ok := idx[aid]
	if !ok {
		return corroborate.Errorf(corroborate.ENotFound, "story %q has no article %q", id, aid)
	}
	var hl *corroborate.Span
	if s, e, ok := parseSpan(r.URL.Query().Get("hl")); ok {
		hl = &corroborate.Span{Start: s, End: e}
	}
	p := &articlePage{articleView: articleViewOf(d, i, srcs, idx, l, hl, nil, view.New(&corroborate.Dossier{Articles: d.Articles, Reuse: d.Reuse}).Reuse)}
	p.StoryLink = "/stories/" + url.PathEscape(id)
	p.Title = cmp.Or(d.Articles[i].Title, p.Source.Label)
	u.render(w, r, http.StatusOK, "article", p)
	return nil
}

// parseSpan reads "start-end".
func parseSpan(s string) (int, int, bool) {
	a, b, ok := strings.Cut(s, "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	return start, end, ok && err1 == nil && err2 == nil && start >= 0 && end > start
}

// articleAnywhere shows a stored article in the latest story holding it.
func (u *UI) articleAnywhere(w http.ResponseWriter, r *http.Request) error {
	aid := r.PathValue("id")
	_, stories, err := u.app.Article(r.Context(), aid)
	if err != nil {
		return err
	}
	if len(stories) == 0 {
		return corroborate.Errorf(corroborate.ENotFound, "article %q is in no story", aid)
	}
	target := "/stories/" + url.PathEscape(stories[0]) + "/articles/" + url.PathEscape(aid)
	if q := r.URL.RawQuery; q != "" {
		target += "?" + q
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
	return nil
}

type searchPage struct {
	page
	Hits     []searchHit
	Searched bool
	Next     string
}

type searchHit struct {
	corroborate.SearchHit
	Link    string
	Snippet []segment
	Stories []storyLink
	Date    string // the article's date for people
}

// storyLink names a story by its title.
type storyLink struct{ ID, Title string }

func (u *UI) search(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	p := &searchPage{}
	p.Title, p.Query = "Search", q
	if q != "" {
		p.Title = "Search: " + q
		n, err := strconv.Atoi(r.URL.Query().Get("offset"))
		if err != nil || n < 0 || n > 10000 {
			n = 0
		}
		hits, err := u.app.Search(r.Context(), corroborate.SearchQuery{Text: q, Limit: 21, Offset: n})
		if err != nil {
			return err
		}
		p.Searched = true
		if len(hits) > 20 {
			hits = hits[:20]
			p.Next = "/search?q=" + url.QueryEscape(q) + "&offset=" + strconv.Itoa(n+20)
		}
		titles := map[string]string{}
		for _, h := range hits {
			sh := searchHit{SearchHit: h, Link: "/articles/" + url.PathEscape(h.Article.ID)}
			if h.Article.Published != nil {
				sh.Date, _ = view.ReadableDate(*h.Article.Published)
			}
			for _, id := range h.Stories {
				t, ok := titles[id]
				if !ok {
					if info, err := u.app.Story(r.Context(), id); err == nil {
						t = info.Title
					}
					titles[id] = t
				}
				sh.Stories = append(sh.Stories, storyLink{ID: id, Title: t})
			}
			marks := make([]mark, len(h.Highlights))
			for i, s := range h.Highlights {
				marks[i] = mark{start: s.Start, end: s.End, class: "match"}
			}
			for _, para := range segments(strings.ReplaceAll(h.Snippet, "\n", " "), marks) {
				sh.Snippet = append(sh.Snippet, para...)
			}
			p.Hits = append(p.Hits, sh)
		}
	}
	u.render(w, r, http.StatusOK, "search", p)
	return nil
}

type uploadPage struct {
	page
	Story  *corroborate.StoryInfo
	Action string
	// Key is the form's idempotency key: sending the form twice (a double
	// click, a reload) makes one story.
	Key      string
	Max      int64
	MaxFiles int
	MaxURLs  int
}

func (u *UI) uploadForm(w http.ResponseWriter, r *http.Request) error {
	p := &uploadPage{Action: "/upload", Max: u.writes.Limit() >> 20, MaxFiles: app.MaxFiles, MaxURLs: app.MaxURLs}
	p.Title = "Add a story"
	p.Key = rand.Text()
	if id := r.URL.Query().Get("story"); id != "" {
		info, err := u.app.Story(r.Context(), id)
		if err != nil {
			return err
		}
		p.Story, p.Action, p.Key = &info, "/stories/"+url.PathEscape(id)+"/articles", ""
		p.Title = "Add articles"
	}
	u.render(w, r, http.StatusOK, "upload", p)
	return nil
}

type resultPage struct {
	page
	Result    app.IngestResult
	StoryLink string
}

// upload creates a story (POST /upload) or adds to one (POST
// /stories/{id}/articles) from the upload form, then shows the story, or
// what was skipped when something was.
func (u *UI) upload(w http.ResponseWriter, r *http.Request) error {
	wr, err := u.writes.Read(w, r)
	if err != nil {
		return err
	}
	defer wr.Done()
	var res app.IngestResult
	if id := r.PathValue("id"); id != "" {
		res, err = u.app.AddArticles(wr.Ctx, id, wr.Uploads)
	} else {
		res, _, err = u.app.CreateStory(wr.Ctx, wr.Uploads, app.Create{Key: wr.Values.Get("idempotency_key"), Client: wr.Client})
	}
	if err != nil {
		return err
	}
	link := "/stories/" + url.PathEscape(res.Story.ID)
	if len(res.Skipped) == 0 && len(res.Duplicates) == 0 {
		http.Redirect(w, r, link, http.StatusSeeOther)
		return nil
	}
	p := &resultPage{Result: res, StoryLink: link}
	p.Title = "Upload result"
	u.render(w, r, http.StatusOK, "result", p)
	return nil
}

// login checks the token typed into the web form and, when it is right,
// sets the session cookie and goes back to where the user was.
func (u *UI) login(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		return corroborate.Errorf(corroborate.EInvalid, "bad form")
	}
	if !u.auth.Check(r.PostForm.Get("token")) {
		return corroborate.Errorf(corroborate.EUnauthorized, "that token is not the server's")
	}
	http.SetCookie(w, &http.Cookie{Name: httpx.SessionCookie, Value: u.auth.Session(), Path: "/",
		MaxAge: 30 * 24 * 3600, HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode})
	next := r.PostForm.Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		next = "/upload"
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}
