package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
)

// commit is one Assigner.Commit in progress: the stories that gained
// articles are updated once each at the end.
type commit struct {
	tx      pgx.Tx
	now     time.Time
	added   map[string]int // story -> articles linked in this commit
	touched []string       // stories to analyse again, in order
}

func (c *commit) touch(story string) {
	if _, ok := c.added[story]; !ok {
		c.added[story] = 0
		c.touched = append(c.touched, story)
	}
}

const duplicateNote = "duplicate: the article is in the stream already"

// assign applies one assignment; it returns it with LogSeq set, or zero
// LogSeq when the item was no longer waiting or the article was assigned
// before (then marked Duplicate).
func (c *commit) assign(ctx context.Context, x corroborate.StoryAssignment, worker string) (corroborate.StoryAssignment, error) {
	tx := c.tx
	note := ""
	if x.Duplicate {
		note = duplicateNote
	}
	tag, err := tx.Exec(ctx, `UPDATE stream_items SET state = 'done', note = $1, owner = NULL, updated_at = now()
		WHERE seq = $2 AND state = 'extracted'`, note, x.Seq)
	if err != nil {
		return x, fmt.Errorf("postgres: close item %d: %w", x.Seq, err)
	}
	if tag.RowsAffected() == 0 || x.Duplicate {
		return corroborate.StoryAssignment{Seq: x.Seq, Duplicate: x.Duplicate}, nil
	}
	shares, err := json.Marshal(nonNil(x.Shares))
	if err != nil {
		return x, err
	}
	x.Worker = worker
	err = tx.QueryRow(ctx, `INSERT INTO stream_assignments (article_id, story_id, first_story, item_seq,
		is_new, score, shares, explanation, worker, assigned_at) VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (article_id) DO NOTHING RETURNING log_seq`,
		x.ArticleID, x.StoryID, x.Seq, x.New, x.Score, string(shares), x.Explanation, worker, c.now).Scan(&x.LogSeq)
	if errors.Is(err, pgx.ErrNoRows) {
		_, err := tx.Exec(ctx, `UPDATE stream_items SET note = $1 WHERE seq = $2`, duplicateNote, x.Seq)
		return corroborate.StoryAssignment{Seq: x.Seq, Duplicate: true}, err
	}
	if err != nil {
		return x, fmt.Errorf("postgres: log assignment of %s: %w", x.ArticleID, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO stories (id, title, created_at, updated_at) VALUES ($1, $2, $3, $3)
		ON CONFLICT (id) DO NOTHING`, x.StoryID, x.Title, c.now); err != nil {
		return x, fmt.Errorf("postgres: open story %s: %w", x.StoryID, err)
	}
	// Lock the story row as AddArticles does, so positions stay exact when
	// the API adds to the same story.
	if _, err := tx.Exec(ctx, `SELECT 1 FROM stories WHERE id = $1 FOR UPDATE`, x.StoryID); err != nil {
		return x, fmt.Errorf("postgres: lock story %s: %w", x.StoryID, err)
	}
	tag, err = tx.Exec(ctx, `INSERT INTO story_articles (story_id, article_id, position)
		VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM story_articles WHERE story_id = $1))
		ON CONFLICT DO NOTHING`, x.StoryID, x.ArticleID)
	if err != nil {
		return x, fmt.Errorf("postgres: link article %s: %w", x.ArticleID, err)
	}
	c.touch(x.StoryID)
	c.added[x.StoryID] += int(tag.RowsAffected())
	for _, m := range x.Merged {
		if err := c.merge(ctx, m, x.StoryID); err != nil {
			return x, err
		}
	}
	return x, nil
}

// merge folds story from into story into: its articles and log entries move
// over, a redirect is kept, and the story is removed.
func (c *commit) merge(ctx context.Context, from, into string) error {
	tx := c.tx
	if from == into {
		return nil
	}
	fail := func(err error) error { return fmt.Errorf("postgres: merge %s into %s: %w", from, into, err) }
	var base int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(position), 0) FROM story_articles WHERE story_id = $1`, into).Scan(&base); err != nil {
		return fail(err)
	}
	tag, err := tx.Exec(ctx, `INSERT INTO story_articles (story_id, article_id, position)
		SELECT $1, article_id, $2 + position FROM story_articles WHERE story_id = $3
		ON CONFLICT DO NOTHING`, into, base, from)
	if err != nil {
		return fail(err)
	}
	c.touch(into)
	c.added[into] += int(tag.RowsAffected())
	for _, q := range []string{
		`UPDATE stream_assignments SET story_id = $1 WHERE story_id = $2`,
		`UPDATE stream_merges SET into_id = $1 WHERE into_id = $2`,
	} {
		if _, err := tx.Exec(ctx, q, into, from); err != nil {
			return fail(err)
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO stream_merges (from_id, into_id, merged_at) VALUES ($1, $2, $3)
		ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at`, from, into, c.now); err != nil {
		return fail(err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM stories WHERE id = $1`, from); err != nil {
		return fail(err)
	}
	return nil
}

// finish updates the stories that gained articles and makes their analysis
// due after delay: sooner if it was due later, and as a new version if a
// worker is computing it now.
func (c *commit) finish(ctx context.Context, delay time.Duration) error {
	for _, id := range c.touched {
		if n := c.added[id]; n > 0 {
			if _, err := c.tx.Exec(ctx, `UPDATE stories SET articles = articles + $1, revision = revision + 1,
				updated_at = greatest(updated_at, $2) WHERE id = $3`, n, c.now, id); err != nil {
				return fmt.Errorf("postgres: update story %s: %w", id, err)
			}
		}
		if _, err := c.tx.Exec(ctx, `INSERT INTO stream_analysis (story_id, due_at)
			SELECT id, now() + $1 * interval '1 millisecond' FROM stories WHERE id = $2
			ON CONFLICT (story_id) DO UPDATE SET version = stream_analysis.version + 1, attempts = 0, error = '',
				due_at = least(stream_analysis.due_at, excluded.due_at)`, delay.Milliseconds(), id); err != nil {
			return fmt.Errorf("postgres: analysis of %s: %w", id, err)
		}
	}
	return nil
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
