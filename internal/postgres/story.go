package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// CreateStory implements corroborate.Store.
func (s *Store) CreateStory(ctx context.Context, id string, arts []corroborate.Article) (corroborate.StoryInfo, error) {
	if id == "" {
		return corroborate.StoryInfo{}, corroborate.Errorf(corroborate.EInvalid, "a story needs an id")
	}
	var info corroborate.StoryInfo
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		now := s.now()
		_, err := tx.Exec(ctx, `INSERT INTO stories (id, created_at, updated_at) VALUES ($1, $2, $2)`, id, now)
		if err != nil {
			if isUniqueViolation(err) {
				return corroborate.Errorf(corroborate.EConflict, "story %q exists already", id)
			}
			return fmt.Errorf("postgres: create story %s: %w", id, err)
		}
		if _, err := s.link(ctx, tx, id, arts); err != nil {
			return err
		}
		info, err = story(ctx, tx, id, false)
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
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		// Lock the story row: concurrent adds to one story take turns, so
		// positions and the revision count stay exact.
		if _, err := story(ctx, tx, id, true); err != nil {
			return err
		}
		var err error
		if added, err = s.link(ctx, tx, id, arts); err != nil {
			return err
		}
		info, err = story(ctx, tx, id, false)
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
func (s *Store) link(ctx context.Context, tx pgx.Tx, id string, arts []corroborate.Article) ([]string, error) {
	var pos int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(position), 0) FROM story_articles WHERE story_id = $1`, id).Scan(&pos); err != nil {
		return nil, fmt.Errorf("postgres: story %s: %w", id, err)
	}
	if err := s.putArticles(ctx, tx, arts); err != nil {
		return nil, err
	}
	added := []string{}
	for _, a := range arts {
		tag, err := tx.Exec(ctx, `INSERT INTO story_articles (story_id, article_id, position)
			VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, id, a.ID, pos+1)
		if err != nil {
			return nil, fmt.Errorf("postgres: link article %s: %w", a.ID, err)
		}
		if tag.RowsAffected() > 0 {
			pos++
			added = append(added, a.ID)
		}
	}
	if len(added) > 0 {
		_, err := tx.Exec(ctx, `UPDATE stories SET articles = articles + $1, revision = revision + 1,
			updated_at = greatest(updated_at, $2) WHERE id = $3`, len(added), s.now(), id)
		if err != nil {
			return nil, fmt.Errorf("postgres: update story %s: %w", id, err)
		}
	}
	return added, nil
}

const storyColumns = `id, title, articles, revision, created_at, updated_at`

func scanStory(row pgx.Row) (corroborate.StoryInfo, error) {
	var st corroborate.StoryInfo
	err := row.Scan(&st.ID, &st.Title, &st.Articles, &st.Revision, &st.Created, &st.Updated)
	st.Created, st.Updated = st.Created.UTC(), st.Updated.UTC()
	return st, err
}

type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func story(ctx context.Context, q querier, id string, lock bool) (corroborate.StoryInfo, error) {
	query := `SELECT ` + storyColumns + ` FROM stories WHERE id = $1`
	if lock {
		query += ` FOR UPDATE`
	}
	st, err := scanStory(q.QueryRow(ctx, query, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return st, corroborate.Errorf(corroborate.ENotFound, "story %q not found", id)
	}
	if err != nil {
		return st, fmt.Errorf("postgres: story %s: %w", id, err)
	}
	return st, nil
}

// Story implements corroborate.Store.
func (s *Store) Story(ctx context.Context, id string) (corroborate.StoryInfo, error) {
	return story(ctx, s.pool, id, false)
}

// Stories implements corroborate.Store.
func (s *Store) Stories(ctx context.Context, p corroborate.Page) ([]corroborate.StoryInfo, error) {
	limit, offset := sqlstore.PageBounds(p)
	rows, err := s.pool.Query(ctx, `SELECT `+storyColumns+` FROM stories
		ORDER BY updated_at DESC, id LIMIT $1 OFFSET $2`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("postgres: stories: %w", err)
	}
	defer rows.Close()
	out := []corroborate.StoryInfo{}
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: stories: %w", err)
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
	rows, err := s.pool.Query(ctx, `SELECT `+articleColumns+` FROM story_articles sa
		JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = $1 ORDER BY sa.position`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: articles of %s: %w", id, err)
	}
	defer rows.Close()
	arts := []corroborate.Article{}
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: articles of %s: %w", id, err)
		}
		arts = append(arts, a)
	}
	return arts, rows.Err()
}
