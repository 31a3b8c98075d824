package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

const articleColumns = `a.text, a.doc, a.published_at`

// putArticle stores a once, with its full-text row; an article with the same
// ID stored before is kept as it was.
func (s *Store) putArticle(ctx context.Context, tx *sql.Tx, a corroborate.Article) error {
	text, doc, err := sqlstore.EncodeArticle(a)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	var published any
	if !a.Time.IsZero() {
		published = a.Time.UnixNano()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles
		(id, source, outlet, title, published, published_at, text, doc, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		a.ID, a.Source, a.Outlet, a.Title, a.Published, published, text, string(doc), millis(s.now()))
	if err != nil {
		return fmt.Errorf("sqlite: store article %s: %w", a.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("sqlite: store article %s: %w", a.ID, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, seq, a.Title, text); err != nil {
		return fmt.Errorf("sqlite: index article %s: %w", a.ID, err)
	}
	return nil
}

func scanArticle(sc interface{ Scan(...any) error }) (corroborate.Article, error) {
	var (
		text, doc string
		published sql.NullInt64
	)
	if err := sc.Scan(&text, &doc, &published); err != nil {
		return corroborate.Article{}, err
	}
	a, err := sqlstore.DecodeArticle(text, []byte(doc), nanos(published))
	if err != nil {
		return a, fmt.Errorf("decode article: %w", err)
	}
	return a, nil
}

// Article implements corroborate.Store.
func (s *Store) Article(ctx context.Context, id string) (corroborate.Article, []string, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, nil, corroborate.Errorf(corroborate.ENotFound, "article %q not found", id)
	}
	if err != nil {
		return a, nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT sa.story_id FROM story_articles sa
		JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = ? ORDER BY s.updated_at DESC, s.id`, id)
	if err != nil {
		return a, nil, fmt.Errorf("sqlite: stories of article %s: %w", id, err)
	}
	defer rows.Close()
	stories := []string{}
	for rows.Next() {
		var sid string
		if err := rows.Scan(&sid); err != nil {
			return a, nil, fmt.Errorf("sqlite: stories of article %s: %w", id, err)
		}
		stories = append(stories, sid)
	}
	return a, stories, rows.Err()
}
