package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// CreateStory implements corroborate.Store.
func (s *Store) CreateStory(ctx context.Context, id string, arts []corroborate.Article) (corroborate.StoryInfo, error) {
	if id == "" {
		return corroborate.StoryInfo{}, corroborate.Errorf(corroborate.EInvalid, "a story needs an id")
	}
	var info corroborate.StoryInfo
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		now := millis(s.now())
		_, err := tx.ExecContext(ctx, `INSERT INTO stories (id, created_at, updated_at) VALUES (?, ?, ?)`, id, now, now)
		if err != nil {
			if isUniqueViolation(err) {
				return corroborate.Errorf(corroborate.EConflict, "story %q exists already", id)
			}
			return fmt.Errorf("sqlite: create story %s: %w", id, err)
		}
		if _, err := s.link(ctx, tx, id, arts); err != nil {
			return err
		}
		info, err = story(ctx, tx, id)
		return err
	})
	return info, err
}

// AddArticles implements corroborate.Store.
func (s *Store) AddArticles(ctx context.Context, id string, arts []corroborate.Article) (corroborate.StoryInfo, []string, error) {
	var (
		info  corroborate.StoryInfo
		added []string
	)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := story(ctx, tx, id); err != nil {
			return err
		}
		var err error
		if added, err = s.link(ctx, tx, id, arts); err != nil {
			return err
		}
		info, err = story(ctx, tx, id)
		return err
	})
	if err != nil {
		return corroborate.StoryInfo{}, nil, err
	}
	return info, added, nil
}

// link stores the new articles among arts and links them all to the story,
// returning the IDs the story did not hold. The story's revision grows by
// one when any were added.
func (s *Store) link(ctx context.Context, tx *sql.Tx, id string, arts []corroborate.Article) ([]string, error) {
	var pos int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position), 0) FROM story_articles WHERE story_id = ?`, id).Scan(&pos); err != nil {
		return nil, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	added := []string{}
	for _, a := range arts {
		if err := s.putArticle(ctx, tx, a); err != nil {
			return nil, err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO story_articles (story_id, article_id, position)
			VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, id, a.ID, pos+1)
		if err != nil {
			return nil, fmt.Errorf("sqlite: link article %s: %w", a.ID, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			pos++
			added = append(added, a.ID)
		}
	}
	if len(added) > 0 {
		_, err := tx.ExecContext(ctx, `UPDATE stories SET articles = articles + ?, revision = revision + 1,
			updated_at = max(updated_at, ?) WHERE id = ?`, len(added), millis(s.now()), id)
		if err != nil {
			return nil, fmt.Errorf("sqlite: update story %s: %w", id, err)
		}
	}
	return added, nil
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const storyColumns = `id, title, articles, revision, created_at, updated_at`

const storyQuery = `SELECT ` + storyColumns + ` FROM stories WHERE id = ?`

func scanStory(sc interface{ Scan(...any) error }) (corroborate.StoryInfo, error) {
	var (
		st               corroborate.StoryInfo
		created, updated int64
	)
	err := sc.Scan(&st.ID, &st.Title, &st.Articles, &st.Revision, &created, &updated)
	st.Created, st.Updated = fromMillis(created), fromMillis(updated)
	return st, err
}

func story(ctx context.Context, q queryer, id string) (corroborate.StoryInfo, error) {
	return storyRow(q.QueryRowContext(ctx, storyQuery, id), id)
}

func storyRow(row *sql.Row, id string) (corroborate.StoryInfo, error) {
	st, err := scanStory(row)
	if errors.Is(err, sql.ErrNoRows) {
		return st, corroborate.Errorf(corroborate.ENotFound, "story %q not found", id)
	}
	if err != nil {
		return st, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	return st, nil
}

// Story implements corroborate.Store.
func (s *Store) Story(ctx context.Context, id string) (corroborate.StoryInfo, error) {
	return storyRow(s.storyStmt.QueryRowContext(ctx, id), id)
}

// Stories implements corroborate.Store.
func (s *Store) Stories(ctx context.Context, p corroborate.Page) ([]corroborate.StoryInfo, error) {
	limit, offset := sqlstore.PageBounds(p)
	rows, err := s.db.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories
		ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories: %w", err)
	}
	defer rows.Close()
	out := []corroborate.StoryInfo{}
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: stories: %w", err)
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// StoryArticles implements corroborate.Store.
func (s *Store) StoryArticles(ctx context.Context, id string) ([]corroborate.Article, error) {
	if _, err := s.Story(ctx, id); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM story_articles sa
		JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY sa.position`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles of %s: %w", id, err)
	}
	defer rows.Close()
	arts := []corroborate.Article{}
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: articles of %s: %w", id, err)
		}
		arts = append(arts, a)
	}
	return arts, rows.Err()
}

func isUniqueViolation(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}
