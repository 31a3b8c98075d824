package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// Regroup implements corroborate.Assigner.
func (a *assigner) Regroup(ctx context.Context, moves []corroborate.StoryMove, closed []string, analyzeDelay time.Duration) error {
	return a.s.inTx(ctx, func(tx *sql.Tx) error {
		if err := a.hold(ctx, tx); err != nil {
			return err
		}
		now := a.s.now()
		c := &commit{tx: tx, now: millis(now)}
		into := map[string]string{} // story left -> the story its last moved article went to
		for _, m := range moves {
			from, err := c.move(ctx, m, a.owner)
			if err != nil {
				return err
			}
			if from != "" {
				into[from] = m.To
			}
		}
		for _, id := range slices.Concat(closed, c.changes.Stories()) {
			if err := c.removeIfEmpty(ctx, id, into[id]); err != nil {
				return err
			}
		}
		if err := c.finish(ctx, millis(now.Add(analyzeDelay))); err != nil {
			return err
		}
		// Where in the log it was made: the role's holder has seen the
		// log up to its head, and no one else writes the log meanwhile.
		if _, err := tx.ExecContext(ctx, `INSERT INTO stream_regroups (log_seq, worker, made_at)
			SELECT coalesce(max(log_seq), 0), ?, ? FROM stream_assignments WHERE true
			ON CONFLICT (log_seq) DO UPDATE SET times = times + 1, worker = excluded.worker,
				made_at = excluded.made_at`, a.owner, c.now); err != nil {
			return fmt.Errorf("sqlite: record regrouping: %w", err)
		}
		return nil
	})
}

// Regroups implements corroborate.Assigner.
func (a *assigner) Regroups(ctx context.Context, after, upTo int64) ([]int64, int64, error) {
	var from int64
	if err := a.s.db.QueryRowContext(ctx, `SELECT log_seq FROM stream_regroups_from WHERE id = 1`).Scan(&from); err != nil {
		return nil, 0, fmt.Errorf("sqlite: regroupings: %w", err)
	}
	rows, err := a.s.db.QueryContext(ctx, `SELECT log_seq, times FROM stream_regroups
		WHERE log_seq > ? AND log_seq <= ? ORDER BY log_seq`, after, upTo)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: regroupings: %w", err)
	}
	defer rows.Close()
	at, err := sqlstore.ScanRegroups(rows)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: regroupings: %w", err)
	}
	return at, from, nil
}

// move relinks one article to m.To from the story its log entry holds it
// in, which it returns; "" when the article is not in the stream or is in
// m.To already.
func (c *commit) move(ctx context.Context, m corroborate.StoryMove, worker string) (string, error) {
	tx := c.tx
	var from string
	err := tx.QueryRowContext(ctx, `SELECT story_id FROM stream_assignments WHERE article_id = ?`, m.ArticleID).Scan(&from)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && from == m.To) {
		return "", nil
	}
	fail := func(err error) (string, error) {
		return "", fmt.Errorf("sqlite: move %s from %s to %s: %w", m.ArticleID, from, m.To, err)
	}
	if err != nil {
		return fail(err)
	}
	if m.New {
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, created_at, updated_at)
			SELECT ?, coalesce(nullif(?, ''), (SELECT title FROM articles WHERE id = ?), ''), ?, ? WHERE true
			ON CONFLICT (id) DO NOTHING`, m.To, m.Title, m.ArticleID, c.now, c.now); err != nil {
			return fail(err)
		}
		// A story closed before and opened again is no longer redirected.
		if _, err := tx.ExecContext(ctx, `DELETE FROM stream_merges WHERE from_id = ?`, m.To); err != nil {
			return fail(err)
		}
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM story_articles WHERE story_id = ? AND article_id = ?`, from, m.ArticleID)
	if err != nil {
		return fail(err)
	}
	n, _ := res.RowsAffected()
	c.changes.Moved(from, -int(n))
	res, err = tx.ExecContext(ctx, `INSERT INTO story_articles (story_id, article_id, position)
		VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM story_articles WHERE story_id = ?))
		ON CONFLICT DO NOTHING`, m.To, m.ArticleID, m.To)
	if err != nil {
		return fail(err)
	}
	n, _ = res.RowsAffected()
	c.changes.Moved(m.To, int(n))
	if _, err := tx.ExecContext(ctx, `UPDATE stream_assignments SET story_id = ?, is_new = ?, score = ?, shares = '[]',
		explanation = ?, worker = ?, assigned_at = ? WHERE article_id = ?`,
		m.To, m.New, m.Score, m.Explanation, worker, c.now, m.ArticleID); err != nil {
		return fail(err)
	}
	if err := c.retitle(ctx, m.To, m.ToTitle); err != nil {
		return "", err
	}
	return from, nil
}

// removeIfEmpty removes story id when it holds no article any more, and
// redirects it to into (when not "") as a merge does.
func (c *commit) removeIfEmpty(ctx context.Context, id, into string) error {
	tx := c.tx
	res, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?
		AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)`, id, id)
	if err != nil {
		return fmt.Errorf("sqlite: remove story %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 || into == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stream_merges SET into_id = ? WHERE into_id = ?`, into, id); err != nil {
		return fmt.Errorf("sqlite: redirect story %s: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO stream_merges (from_id, into_id, merged_at) VALUES (?, ?, ?)
		ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at`, id, into, c.now); err != nil {
		return fmt.Errorf("sqlite: redirect story %s: %w", id, err)
	}
	return nil
}
