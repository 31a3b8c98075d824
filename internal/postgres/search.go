package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// searchSQL ranks with the title weighted A and the text D, then marks the
// matched words of at most two fragments of the best hits only (ts_headline
// reads the whole text, so it runs after the limit).
const searchSQL = `WITH q AS (SELECT plainto_tsquery('english', $1) AS query),
hits AS (
	SELECT a.id, a.source, a.outlet, a.title, a.published, a.text, ts_rank(a.tsv, q.query) AS rank
	FROM articles a, q WHERE a.tsv @@ q.query
	ORDER BY rank DESC, a.id LIMIT $2 OFFSET $3)
SELECT h.id, h.source, h.outlet, h.title, h.published,
	ts_headline('english', h.text, q.query, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) ||
		', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'),
	coalesce((SELECT array_agg(story_id ORDER BY story_id) FROM story_articles sa WHERE sa.article_id = h.id), '{}')
FROM hits h, q ORDER BY h.rank DESC, h.id`

// Search implements corroborate.Store with a tsvector: every word is
// required, matched after English stemming; title words rank higher.
func (s *Store) Search(ctx context.Context, q corroborate.SearchQuery) ([]corroborate.SearchHit, error) {
	terms := corroborate.SearchTerms(q.Text)
	if len(terms) == 0 {
		return []corroborate.SearchHit{}, nil
	}
	limit, offset := sqlstore.SearchBounds(q)
	rows, err := s.pool.Query(ctx, searchSQL, strings.Join(terms, " "), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	defer rows.Close()
	hits := []corroborate.SearchHit{}
	for rows.Next() {
		var (
			h       corroborate.SearchHit
			snippet string
		)
		if err := rows.Scan(&h.Article.ID, &h.Article.Source, &h.Article.Outlet, &h.Article.Title,
			&h.Article.Published, &snippet, &h.Stories); err != nil {
			return nil, fmt.Errorf("postgres: search: %w", err)
		}
		h.Snippet, h.Highlights = corroborate.SplitHighlights(snippet)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}
