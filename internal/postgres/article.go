package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

const articleColumns = `a.text, a.doc, a.published_at`

// putArticles stores each of arts once, with one round trip for all; an
// article with the same ID stored before is kept as it was.
func (s *Store) putArticles(ctx context.Context, tx pgx.Tx, arts []corroborate.Article) error {
	if len(arts) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	for _, a := range arts {
		text, doc, err := sqlstore.EncodeArticle(a)
		if err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		var published *time.Time
		if !a.Time.IsZero() {
			published = &a.Time
		}
		b.Queue(`INSERT INTO articles
			(id, source, outlet, title, published, published_at, text, doc, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
			a.ID, a.Source, a.Outlet, a.Title, a.Published, published, text, string(doc), s.now())
	}
	br := tx.SendBatch(ctx, b)
	for _, a := range arts {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("postgres: store article %s: %w", a.ID, err)
		}
	}
	if err := br.Close(); err != nil {
		return fmt.Errorf("postgres: store articles: %w", err)
	}
	return nil
}

func scanArticle(row pgx.Row) (corroborate.Article, error) {
	var (
		text      string
		doc       []byte
		published *time.Time
	)
	if err := row.Scan(&text, &doc, &published); err != nil {
		return corroborate.Article{}, err
	}
	a, err := sqlstore.DecodeArticle(text, doc, deref(published))
	if err != nil {
		return a, fmt.Errorf("decode article: %w", err)
	}
	return a, nil
}

// deref reads a nullable time column: zero when NULL.
func deref(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return *t
}

// Article implements corroborate.Store.
func (s *Store) Article(ctx context.Context, id string) (corroborate.Article, []string, error) {
	a, err := scanArticle(s.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return a, nil, corroborate.Errorf(corroborate.ENotFound, "article %q not found", id)
	}
	if err != nil {
		return a, nil, fmt.Errorf("postgres: article %s: %w", id, err)
	}
	rows, err := s.pool.Query(ctx, `SELECT sa.story_id FROM story_articles sa
		JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = $1 ORDER BY s.updated_at DESC, s.id`, id)
	if err != nil {
		return a, nil, fmt.Errorf("postgres: stories of article %s: %w", id, err)
	}
	stories, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return a, nil, fmt.Errorf("postgres: stories of article %s: %w", id, err)
	}
	if stories == nil {
		stories = []string{}
	}
	return a, stories, nil
}
