package api

import (
	"context"

	"github.com/corroborate/corroborate"
)

// storyTitles returns the titles of the stories ids names, by id, for
// answers that name stories by id (search hits, an article's stories), so
// that a client can show a story's title rather than its id. A title is ""
// while a story has none; a story removed meanwhile (merged into another)
// is left out.
func (a *API) storyTitles(ctx context.Context, ids ...[]string) (map[string]string, error) {
	titles := map[string]string{}
	for _, list := range ids {
		for _, id := range list {
			if _, ok := titles[id]; ok {
				continue
			}
			info, err := a.app.Story(ctx, id)
			switch {
			case corroborate.ErrorCode(err) == corroborate.ENotFound:
				continue
			case err != nil:
				return nil, err
			}
			titles[id] = info.Title
		}
	}
	return titles, nil
}
