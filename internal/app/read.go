package app

import (
	"context"

	"github.com/corroborate/corroborate"
)

// MaxQuery bounds a search query, in bytes.
const MaxQuery = 1000

// Story returns one story; ENotFound when there is none.
func (a *App) Story(ctx context.Context, id string) (corroborate.StoryInfo, error) {
	return a.store.Story(ctx, id)
}

// StoryArticles returns one story with its articles' metadata, in the
// order they were added.
func (a *App) StoryArticles(ctx context.Context, id string) (corroborate.StoryInfo, []corroborate.ArticleRef, error) {
	info, err := a.store.Story(ctx, id)
	if err != nil {
		return info, nil, err
	}
	arts, err := a.store.StoryArticles(ctx, id)
	if err != nil {
		return info, nil, err
	}
	refs := make([]corroborate.ArticleRef, len(arts))
	for i, art := range arts {
		refs[i] = Ref(art)
	}
	return info, refs, nil
}

// Stories lists stories, the most recently updated first.
func (a *App) Stories(ctx context.Context, p corroborate.Page) ([]corroborate.StoryInfo, error) {
	return a.store.Stories(ctx, p)
}

// Article returns one stored article, as extracted, and the ids of the
// stories holding it, the latest first.
func (a *App) Article(ctx context.Context, id string) (corroborate.Article, []string, error) {
	return a.store.Article(ctx, id)
}

// AnalysedArticle is Article with what depends on the story (credits,
// originality, the off-topic flag) taken from the dossier of the latest
// story holding it, computed when it is not current; an article of no
// story has none.
func (a *App) AnalysedArticle(ctx context.Context, id string) (corroborate.Article, []string, error) {
	art, stories, err := a.store.Article(ctx, id)
	if err != nil || len(stories) == 0 {
		return art, stories, err
	}
	sd, err := a.Dossier(ctx, stories[0])
	if err != nil {
		return corroborate.Article{}, nil, err
	}
	d, err := sd.Decode()
	if err != nil {
		return corroborate.Article{}, nil, err
	}
	for _, da := range d.Articles {
		if da.ID == art.ID {
			art.Credits, art.Originality = da.Credits, da.Originality
			art.OffTopic, art.OffTopicReason = da.OffTopic, da.OffTopicReason
			break
		}
	}
	return art, stories, nil
}

// Search finds articles by their words, best first. A query over MaxQuery
// bytes is refused with EInvalid.
func (a *App) Search(ctx context.Context, q corroborate.SearchQuery) ([]corroborate.SearchHit, error) {
	if len(q.Text) > MaxQuery {
		return nil, corroborate.Errorf(corroborate.EInvalid, "the query is over %d bytes", MaxQuery)
	}
	return a.store.Search(ctx, q)
}

// Ref returns an article's metadata.
func Ref(a corroborate.Article) corroborate.ArticleRef {
	return corroborate.ArticleRef{ID: a.ID, Source: a.Source, Outlet: a.Outlet, Title: a.Title, Published: a.Published}
}
