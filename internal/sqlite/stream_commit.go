package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// commit is one Assigner.Commit or Regroup in progress: the stories that
// gained or lost articles are updated once each at the end.
type commit struct {
	tx      *sql.Tx
	now     int64
	changes sqlstore.Changes
}

// assign applies one assignment; it returns it with LogSeq set, or zero
// LogSeq when the item was no longer waiting or the article was assigned
// before (then marked Duplicate).
func (c *commit) assign(ctx context.Context, x corroborate.StoryAssignment, worker string) (corroborate.StoryAssignment, error) {
	tx := c.tx
	note := ""
	if x.Duplicate {
		note = sqlstore.DuplicateNote
	}
	res, err := tx.ExecContext(ctx, `UPDATE stream_items SET state = 'done', note = ?, owner = NULL, updated_at = ?
		WHERE seq = ? AND state = 'extracted'`, note, c.now, x.Seq)
	if err != nil {
		return x, fmt.Errorf("sqlite: close item %d: %w", x.Seq, err)
	}
	if n, _ := res.RowsAffected(); n == 0 || x.Duplicate {
		return corroborate.StoryAssignment{Seq: x.Seq, Duplicate: x.Duplicate}, nil
	}
	x.Worker = worker
	res, err = tx.ExecContext(ctx, `INSERT INTO stream_assignments (article_id, story_id, first_story, item_seq,
		is_new, score, shares, explanation, worker, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (article_id) DO NOTHING`,
		x.ArticleID, x.StoryID, x.StoryID, x.Seq, x.New, x.Score, sqlstore.EncodeShares(x.Shares), x.Explanation, worker, c.now)
	if err != nil {
		return x, fmt.Errorf("sqlite: log assignment of %s: %w", x.ArticleID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		_, err := tx.ExecContext(ctx, `UPDATE stream_items SET note = ? WHERE seq = ?`, sqlstore.DuplicateNote, x.Seq)
		return corroborate.StoryAssignment{Seq: x.Seq, Duplicate: true}, err
	}
	if x.LogSeq, err = res.LastInsertId(); err != nil {
		return x, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`, x.StoryID, x.Title, c.now, c.now); err != nil {
		return x, fmt.Errorf("sqlite: open story %s: %w", x.StoryID, err)
	}
	res, err = tx.ExecContext(ctx, `INSERT INTO story_articles (story_id, article_id, position)
		VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM story_articles WHERE story_id = ?))
		ON CONFLICT DO NOTHING`, x.StoryID, x.ArticleID, x.StoryID)
	if err != nil {
		return x, fmt.Errorf("sqlite: link article %s: %w", x.ArticleID, err)
	}
	n, _ := res.RowsAffected()
	c.changes.Linked(x.StoryID, int(n))
	if err := c.retitle(ctx, x.StoryID, x.StoryTitle); err != nil {
		return x, err
	}
	for _, m := range x.Merged {
		if err := c.merge(ctx, m, x.StoryID); err != nil {
			return x, err
		}
	}
	return x, nil
}

// retitle sets the title of story id to title, unless title is empty.
func (c *commit) retitle(ctx context.Context, id, title string) error {
	if title == "" {
		return nil
	}
	if _, err := c.tx.ExecContext(ctx, `UPDATE stories SET title = ? WHERE id = ? AND title <> ?`, title, id, title); err != nil {
		return fmt.Errorf("sqlite: retitle story %s: %w", id, err)
	}
	return nil
}

// merge folds story from into story into: its articles and log entries move
// over, a redirect is kept, and the story is removed.
func (c *commit) merge(ctx context.Context, from, into string) error {
	tx := c.tx
	if from == into {
		return nil
	}
	var base int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position), 0) FROM story_articles WHERE story_id = ?`, into).Scan(&base); err != nil {
		return fmt.Errorf("sqlite: merge %s into %s: %w", from, into, err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO story_articles (story_id, article_id, position)
		SELECT ?, article_id, ? + position FROM story_articles WHERE story_id = ? ORDER BY position
		ON CONFLICT DO NOTHING`, into, base, from)
	if err != nil {
		return fmt.Errorf("sqlite: merge %s into %s: %w", from, into, err)
	}
	n, _ := res.RowsAffected()
	c.changes.Linked(into, int(n))
	for _, q := range []string{
		`UPDATE stream_assignments SET story_id = ? WHERE story_id = ?`,
		`UPDATE stream_merges SET into_id = ? WHERE into_id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, into, from); err != nil {
			return fmt.Errorf("sqlite: merge %s into %s: %w", from, into, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO stream_merges (from_id, into_id, merged_at) VALUES (?, ?, ?)
		ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at`, from, into, c.now); err != nil {
		return fmt.Errorf("sqlite: merge %s into %s: %w", from, into, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, from); err != nil {
		return fmt.Errorf("sqlite: merge %s into %s: %w", from, into, err)
	}
	return nil
}

// finish updates the stories that gained or lost articles and makes their analysis
// due at due: sooner if it was due later, and as a new version if a worker
// is computing it now.
func (c *commit) finish(ctx context.Context, due int64) error {
	for _, id := range c.changes.Stories() {
		if n, ok := c.changes.Revised(id); ok {
			if _, err := c.tx.ExecContext(ctx, `UPDATE stories SET articles = articles + ?, revision = revision + 1,
				updated_at = max(updated_at, ?) WHERE id = ?`, n, c.now, id); err != nil {
				return fmt.Errorf("sqlite: update story %s: %w", id, err)
			}
		}
		if _, err := c.tx.ExecContext(ctx, `INSERT INTO stream_analysis (story_id, due_at) SELECT id, ? FROM stories WHERE id = ?
			ON CONFLICT (story_id) DO UPDATE SET version = stream_analysis.version + 1, attempts = 0, error = '',
				due_at = min(stream_analysis.due_at, excluded.due_at)`, due, id); err != nil {
			return fmt.Errorf("sqlite: analysis of %s: %w", id, err)
		}
	}
	return nil
}
