package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// Search implements corroborate.Store with FTS5: every word is required,
// matched after Porter stemming and without diacritics; titles weigh five
// times as much as text in the ranking.
func (s *Store) Search(ctx context.Context, q corroborate.SearchQuery) ([]corroborate.SearchHit, error) {
	terms := corroborate.SearchTerms(q.Text)
	if len(terms) == 0 {
		return []corroborate.SearchHit{}, nil
	}
	limit, offset := sqlstore.SearchBounds(q)
	match := `"` + strings.Join(terms, `" "`) + `"`
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.source, a.outlet, a.title, a.published,
			snippet(articles_fts, 1, char(1), char(2), '…', 32),
			(SELECT json_group_array(story_id) FROM story_articles sa WHERE sa.article_id = a.id)
		FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
		WHERE articles_fts MATCH ?
		ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT ? OFFSET ?`, match, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	hits := []corroborate.SearchHit{}
	for rows.Next() {
		var (
			h                  corroborate.SearchHit
			outlet, published  sql.NullString
			snippet, storyJSON string
		)
		if err := rows.Scan(&h.Article.ID, &h.Article.Source, &outlet, &h.Article.Title, &published, &snippet, &storyJSON); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		h.Article.Outlet = nullable(outlet)
		h.Article.Published = nullable(published)
		h.Snippet, h.Highlights = corroborate.SplitHighlights(snippet)
		if err := json.Unmarshal([]byte(storyJSON), &h.Stories); err != nil {
			return nil, fmt.Errorf("sqlite: search: stories: %w", err)
		}
		sort.Strings(h.Stories)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

func nullable(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	return &s.String
}
