package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// commit is one Assigner.Commit or Regroup in progress: the stories that
// gained or lost articles are updated once each at the end.
type commit struct {
	tx      pgx.Tx
	now     time.Time
	changes sqlstore.Changes
}

// run applies the assignments in a few round trips: the items are closed
// and the log written with one statement each, the stories opened, locked
// and linked in one pipelined batch, the merges (rare) one by one. It
// returns the assignments applied, with LogSeq set, and the items found to
// be duplicates.
func (c *commit) run(ctx context.Context, as []corroborate.StoryAssignment, worker string) ([]corroborate.StoryAssignment, error) {
	tx := c.tx
	seqs, dups := make([]int64, 0, len(as)), []int64{}
	for _, x := range as {
		seqs = append(seqs, x.Seq)
		if x.Duplicate {
			dups = append(dups, x.Seq)
		}
	}
	rows, err := tx.Query(ctx, `UPDATE stream_items SET state = 'done', owner = NULL, updated_at = now(),
		note = CASE WHEN seq = ANY($2) THEN $3 ELSE '' END
		WHERE seq = ANY($1) AND state = 'extracted' RETURNING seq`, seqs, dups, sqlstore.DuplicateNote)
	if err != nil {
		return nil, fmt.Errorf("postgres: close items: %w", err)
	}
	closed, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("postgres: close items: %w", err)
	}
	live := map[int64]bool{}
	for _, q := range closed {
		live[q] = true
	}
	var out, logs []corroborate.StoryAssignment
	for _, x := range as {
		switch {
		case !live[x.Seq]:
		case x.Duplicate:
			out = append(out, corroborate.StoryAssignment{Seq: x.Seq, Duplicate: true})
		default:
			x.Worker = worker
			logs = append(logs, x)
		}
	}
	if len(logs) == 0 {
		return out, nil
	}
	logged, err := c.log(ctx, logs)
	if err != nil {
		return nil, err
	}
	b := &pgx.Batch{}
	var kept []corroborate.StoryAssignment
	var ids, opening []string
	opened := map[string]bool{}
	for _, x := range logs {
		seq, ok := logged[x.ArticleID]
		if !ok {
			b.Queue(`UPDATE stream_items SET note = $1 WHERE seq = $2`, sqlstore.DuplicateNote, x.Seq)
			out = append(out, corroborate.StoryAssignment{Seq: x.Seq, Duplicate: true})
			continue
		}
		x.LogSeq = seq
		kept = append(kept, x)
		if !opened[x.StoryID] {
			opened[x.StoryID] = true
			ids, opening = append(ids, x.StoryID), append(opening, x.Title)
		}
	}
	b.Queue(`INSERT INTO stories (id, title, created_at, updated_at)
		SELECT id, title, $3, $3 FROM unnest($1::text[], $2::text[]) AS u(id, title)
		ON CONFLICT (id) DO NOTHING`, ids, opening, c.now)
	// Lock the stories as AddArticles does, in one order so that no two
	// writers deadlock, and positions stay exact when the API adds to them.
	b.Queue(`SELECT id FROM stories WHERE id = ANY($1) ORDER BY id FOR UPDATE`, ids)
	for _, x := range kept {
		b.Queue(`INSERT INTO story_articles (story_id, article_id, position)
			VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM story_articles WHERE story_id = $1))
			ON CONFLICT DO NOTHING`, x.StoryID, x.ArticleID)
	}
	br := tx.SendBatch(ctx, b)
	for range b.Len() - len(kept) {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return nil, fmt.Errorf("postgres: open stories: %w", err)
		}
	}
	for _, x := range kept {
		tag, err := br.Exec()
		if err != nil {
			br.Close()
			return nil, fmt.Errorf("postgres: link article %s: %w", x.ArticleID, err)
		}
		c.changes.Linked(x.StoryID, int(tag.RowsAffected()))
	}
	if err := br.Close(); err != nil {
		return nil, fmt.Errorf("postgres: link articles: %w", err)
	}
	titles := map[string]string{}
	for _, x := range kept {
		if x.StoryTitle != "" {
			titles[x.StoryID] = x.StoryTitle // the latest holds
		}
	}
	if err := c.retitle(ctx, titles); err != nil {
		return nil, err
	}
	for _, x := range kept {
		for _, m := range x.Merged {
			if err := c.merge(ctx, m, x.StoryID); err != nil {
				return nil, err
			}
		}
	}
	return append(out, kept...), nil
}

// retitle sets the titles of stories, by id.
func (c *commit) retitle(ctx context.Context, titles map[string]string) error {
	if len(titles) == 0 {
		return nil
	}
	ids, ts := make([]string, 0, len(titles)), make([]string, 0, len(titles))
	for id, t := range titles {
		ids, ts = append(ids, id), append(ts, t)
	}
	if _, err := c.tx.Exec(ctx, `UPDATE stories s SET title = u.title FROM unnest($1::text[], $2::text[]) AS u(id, title)
		WHERE s.id = u.id AND s.title <> u.title`, ids, ts); err != nil {
		return fmt.Errorf("postgres: retitle stories: %w", err)
	}
	return nil
}

// log writes the log entries of xs, in order, and returns the log position
// of each article logged; an article logged before is left out.
func (c *commit) log(ctx context.Context, xs []corroborate.StoryAssignment) (map[string]int64, error) {
	n := len(xs)
	var (
		arts, stories, shares, expl = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		items                       = make([]int64, n)
		isNew                       = make([]bool, n)
		scores                      = make([]float64, n)
	)
	for i, x := range xs {
		arts[i], stories[i], shares[i], expl[i] = x.ArticleID, x.StoryID, sqlstore.EncodeShares(x.Shares), x.Explanation
		items[i], isNew[i], scores[i] = x.Seq, x.New, x.Score
	}
	rows, err := c.tx.Query(ctx, `INSERT INTO stream_assignments (article_id, story_id, first_story, item_seq,
			is_new, score, shares, explanation, worker, assigned_at)
		SELECT a, s, s, q, n, sc, sh::jsonb, e, $8, $9
		FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bool[], $5::float8[], $6::text[], $7::text[])
			WITH ORDINALITY AS u(a, s, q, n, sc, sh, e, ord)
		ORDER BY ord
		ON CONFLICT (article_id) DO NOTHING
		RETURNING article_id, log_seq`, arts, stories, items, isNew, scores, shares, expl, xs[0].Worker, c.now)
	if err != nil {
		return nil, fmt.Errorf("postgres: log assignments: %w", err)
	}
	logged := map[string]int64{}
	var (
		id  string
		seq int64
	)
	_, err = pgx.ForEachRow(rows, []any{&id, &seq}, func() error {
		logged[id] = seq
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: log assignments: %w", err)
	}
	return logged, nil
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
	c.changes.Linked(into, int(tag.RowsAffected()))
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

// finish updates the stories that gained or lost articles and makes their analysis
// due after delay: sooner if it was due later, and as a new version if a
// worker is computing it now.
func (c *commit) finish(ctx context.Context, delay time.Duration) error {
	touched := c.changes.Stories()
	if len(touched) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	for _, id := range touched {
		if n, ok := c.changes.Revised(id); ok {
			b.Queue(`UPDATE stories SET articles = articles + $1, revision = revision + 1,
				updated_at = greatest(updated_at, $2) WHERE id = $3`, n, c.now, id)
		}
	}
	b.Queue(`INSERT INTO stream_analysis (story_id, due_at)
		SELECT id, now() + $1 * interval '1 millisecond' FROM stories WHERE id = ANY($2)
		ON CONFLICT (story_id) DO UPDATE SET version = stream_analysis.version + 1, attempts = 0, error = '',
			due_at = least(stream_analysis.due_at, excluded.due_at)`, delay.Milliseconds(), touched)
	if err := c.tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("postgres: update stories: %w", err)
	}
	return nil
}
