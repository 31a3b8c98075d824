package postgres

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// Regroup implements corroborate.Assigner, on the connection that holds
// the lock.
func (a *assigner) Regroup(ctx context.Context, moves []corroborate.StoryMove, closed []string, analyzeDelay time.Duration) error {
	if a.conn == nil {
		return errClosed
	}
	err := pgx.BeginFunc(ctx, a.conn, func(tx pgx.Tx) error {
		c := &commit{tx: tx, now: a.s.now()}
		if err := c.regroup(ctx, moves, closed, a.owner, analyzeDelay); err != nil {
			return err
		}
		// Where in the log it was made: the role's holder has seen the
		// log up to its head, and no one else writes the log meanwhile.
		if _, err := tx.Exec(ctx, `INSERT INTO stream_regroups (log_seq, worker, made_at)
			SELECT coalesce(max(log_seq), 0), $1, $2 FROM stream_assignments
			ON CONFLICT (log_seq) DO UPDATE SET times = stream_regroups.times + 1, worker = excluded.worker,
				made_at = excluded.made_at`, a.owner, c.now); err != nil {
			return fmt.Errorf("postgres: record regrouping: %w", err)
		}
		return nil
	})
	if err != nil {
		return a.lost(err)
	}
	return nil
}

// Regroups implements corroborate.Assigner.
func (a *assigner) Regroups(ctx context.Context, after, upTo int64) ([]int64, int64, error) {
	if a.conn == nil {
		return nil, 0, errClosed
	}
	var from int64
	if err := a.conn.QueryRow(ctx, `SELECT log_seq FROM stream_regroups_from WHERE id = 1`).Scan(&from); err != nil {
		return nil, 0, a.lost(fmt.Errorf("postgres: regroupings: %w", err))
	}
	rows, err := a.conn.Query(ctx, `SELECT log_seq, times FROM stream_regroups
		WHERE log_seq > $1 AND log_seq <= $2 ORDER BY log_seq`, after, upTo)
	if err != nil {
		return nil, 0, a.lost(fmt.Errorf("postgres: regroupings: %w", err))
	}
	defer rows.Close()
	at, err := sqlstore.ScanRegroups(rows)
	if err != nil {
		return nil, 0, a.lost(fmt.Errorf("postgres: regroupings: %w", err))
	}
	return at, from, nil
}

// regroup applies the moves one by one after locking every story they
// touch, in one order as Commit does.
func (c *commit) regroup(ctx context.Context, moves []corroborate.StoryMove, closed []string, worker string, delay time.Duration) error {
	tx := c.tx
	arts := make([]string, len(moves))
	for i, m := range moves {
		arts[i] = m.ArticleID
	}
	rows, err := tx.Query(ctx, `SELECT article_id, story_id FROM stream_assignments WHERE article_id = ANY($1)`, arts)
	if err != nil {
		return fmt.Errorf("postgres: regroup: %w", err)
	}
	current := map[string]string{}
	var art, story string
	if _, err := pgx.ForEachRow(rows, []any{&art, &story}, func() error {
		current[art] = story
		return nil
	}); err != nil {
		return fmt.Errorf("postgres: regroup: %w", err)
	}
	var ids, titles, firsts, lock []string
	for _, m := range moves {
		if m.New {
			ids, titles, firsts = append(ids, m.To), append(titles, m.Title), append(firsts, m.ArticleID)
		}
		lock = append(lock, m.To, current[m.ArticleID])
	}
	lock = append(lock, closed...)
	if _, err := tx.Exec(ctx, `INSERT INTO stories (id, title, created_at, updated_at)
		SELECT id, coalesce(nullif(title, ''), (SELECT a.title FROM articles a WHERE a.id = art), ''), $3, $3
		FROM unnest($1::text[], $2::text[], $4::text[]) AS u(id, title, art)
		ON CONFLICT (id) DO NOTHING`, ids, titles, c.now, firsts); err != nil {
		return fmt.Errorf("postgres: regroup: open stories: %w", err)
	}
	// A story closed before and opened again is no longer redirected.
	if _, err := tx.Exec(ctx, `DELETE FROM stream_merges WHERE from_id = ANY($1)`, ids); err != nil {
		return fmt.Errorf("postgres: regroup: %w", err)
	}
	if _, err := tx.Exec(ctx, `SELECT id FROM stories WHERE id = ANY($1) ORDER BY id FOR UPDATE`, lock); err != nil {
		return fmt.Errorf("postgres: regroup: lock stories: %w", err)
	}
	into := map[string]string{} // story left -> the story its last moved article went to
	for _, m := range moves {
		from, ok := current[m.ArticleID]
		if !ok || from == m.To {
			continue
		}
		if err := c.move(ctx, m, from, worker); err != nil {
			return err
		}
		current[m.ArticleID] = m.To
		into[from] = m.To
	}
	retitled := map[string]string{}
	for _, m := range moves {
		if m.ToTitle != "" {
			retitled[m.To] = m.ToTitle
		}
	}
	if err := c.retitle(ctx, retitled); err != nil {
		return err
	}
	for _, id := range slices.Concat(closed, c.changes.Stories(), ids) {
		if err := c.removeIfEmpty(ctx, id, into[id]); err != nil {
			return err
		}
	}
	return c.finish(ctx, delay)
}

// move relinks one article from story from to m.To and rewrites its log
// entry with why it moved.
func (c *commit) move(ctx context.Context, m corroborate.StoryMove, from, worker string) error {
	tx := c.tx
	fail := func(err error) error {
		return fmt.Errorf("postgres: move %s from %s to %s: %w", m.ArticleID, from, m.To, err)
	}
	tag, err := tx.Exec(ctx, `DELETE FROM story_articles WHERE story_id = $1 AND article_id = $2`, from, m.ArticleID)
	if err != nil {
		return fail(err)
	}
	c.changes.Moved(from, -int(tag.RowsAffected()))
	tag, err = tx.Exec(ctx, `INSERT INTO story_articles (story_id, article_id, position)
		VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM story_articles WHERE story_id = $1))
		ON CONFLICT DO NOTHING`, m.To, m.ArticleID)
	if err != nil {
		return fail(err)
	}
	c.changes.Moved(m.To, int(tag.RowsAffected()))
	if _, err := tx.Exec(ctx, `UPDATE stream_assignments SET story_id = $1, is_new = $2, score = $3,
		shares = '[]'::jsonb, explanation = $4, worker = $5, assigned_at = $6 WHERE article_id = $7`,
		m.To, m.New, m.Score, m.Explanation, worker, c.now, m.ArticleID); err != nil {
		return fail(err)
	}
	return nil
}

// removeIfEmpty removes story id when it holds no article any more, and
// redirects it to into (when not "") as a merge does.
func (c *commit) removeIfEmpty(ctx context.Context, id, into string) error {
	tx := c.tx
	tag, err := tx.Exec(ctx, `DELETE FROM stories WHERE id = $1
		AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = $1)`, id)
	if err != nil {
		return fmt.Errorf("postgres: remove story %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 || into == "" {
		return nil
	}
	if _, err := tx.Exec(ctx, `UPDATE stream_merges SET into_id = $1 WHERE into_id = $2`, into, id); err != nil {
		return fmt.Errorf("postgres: redirect story %s: %w", id, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO stream_merges (from_id, into_id, merged_at) VALUES ($1, $2, $3)
		ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at`, id, into, c.now); err != nil {
		return fmt.Errorf("postgres: redirect story %s: %w", id, err)
	}
	return nil
}
