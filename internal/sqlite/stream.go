package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

var _ corroborate.StreamStore = (*Store)(nil)

// enqueueChunk bounds the documents written in one transaction, so that a
// large dump does not hold the write lock for long.
const enqueueChunk = 500

// Enqueue implements corroborate.StreamStore. A document that failed before
// is queued again under the new batch.
func (s *Store) Enqueue(ctx context.Context, batch string, docs []corroborate.Document) ([]corroborate.Enqueued, error) {
	out := make([]corroborate.Enqueued, 0, len(docs))
	for len(docs) > 0 {
		chunk := docs[:min(len(docs), enqueueChunk)]
		docs = docs[len(chunk):]
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			now := millis(s.now())
			for _, d := range chunk {
				meta, err := sqlstore.EncodeDocument(d)
				if err != nil {
					return fmt.Errorf("sqlite: encode document %s: %w", d.Source, err)
				}
				key := corroborate.DocumentKey(d)
				var e corroborate.Enqueued
				err = tx.QueryRowContext(ctx, `INSERT INTO stream_items
					(batch, doc_key, source, doc, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (doc_key) DO UPDATE SET state = 'queued', attempts = 0, note = '',
						owner = NULL, lease_until = NULL, batch = excluded.batch, updated_at = excluded.updated_at
					WHERE stream_items.state = 'failed'
					RETURNING seq`, batch, key, d.Source, string(meta), d.Body, now, now).Scan(&e.Seq)
				switch {
				case err == nil:
					e.New = true
				case errors.Is(err, sql.ErrNoRows):
					if err := tx.QueryRowContext(ctx, `SELECT seq FROM stream_items WHERE doc_key = ?`, key).Scan(&e.Seq); err != nil {
						return fmt.Errorf("sqlite: enqueue %s: %w", d.Source, err)
					}
				default:
					return fmt.Errorf("sqlite: enqueue %s: %w", d.Source, err)
				}
				out = append(out, e)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Claim implements corroborate.StreamStore.
func (s *Store) Claim(ctx context.Context, owner string, n int, lease time.Duration, maxAttempts int) ([]corroborate.StreamItem, error) {
	var items []corroborate.StreamItem
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		now := millis(s.now())
		if _, err := tx.ExecContext(ctx, `UPDATE stream_items SET state = 'failed', owner = NULL, lease_until = NULL,
			note = 'gave up after ' || attempts || ' attempts: the worker holding it stopped each time', updated_at = ?
			WHERE state = 'claimed' AND lease_until < ? AND attempts >= ?`, now, now, maxAttempts); err != nil {
			return fmt.Errorf("sqlite: claim: %w", err)
		}
		rows, err := tx.QueryContext(ctx, `UPDATE stream_items SET state = 'claimed', owner = ?, lease_until = ?,
			attempts = attempts + 1, updated_at = ?
			WHERE seq IN (SELECT seq FROM stream_items
				WHERE state = 'queued' OR (state = 'claimed' AND lease_until < ?) ORDER BY seq LIMIT ?)
			RETURNING seq, batch, doc, body, attempts`, owner, now+lease.Milliseconds(), now, now, n)
		if err != nil {
			return fmt.Errorf("sqlite: claim: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var (
				it   = corroborate.StreamItem{State: corroborate.ItemClaimed}
				meta string
				body []byte
			)
			if err := rows.Scan(&it.Seq, &it.Batch, &meta, &body, &it.Attempts); err != nil {
				return fmt.Errorf("sqlite: claim: %w", err)
			}
			if it.Doc, err = sqlstore.DecodeDocument([]byte(meta), body); err != nil {
				return fmt.Errorf("sqlite: item %d: %w", it.Seq, err)
			}
			items = append(items, it)
		}
		return rows.Err()
	})
	slices.SortFunc(items, func(a, b corroborate.StreamItem) int { return cmp.Compare(a.Seq, b.Seq) })
	return items, err
}

// Extracted implements corroborate.StreamStore.
func (s *Store) Extracted(ctx context.Context, owner string, xs []corroborate.Extraction) (int, error) {
	applied := 0
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		applied = 0
		now := millis(s.now())
		for _, x := range xs {
			state, id, note := corroborate.ItemFailed, any(nil), x.Reason
			if x.Article != nil {
				state, id, note = corroborate.ItemExtracted, x.Article.ID, ""
			}
			res, err := tx.ExecContext(ctx, `UPDATE stream_items SET state = ?, article_id = ?, note = ?,
				owner = NULL, lease_until = NULL, updated_at = ?
				WHERE seq = ? AND owner = ? AND state = 'claimed'`, state, id, note, now, x.Seq, owner)
			if err != nil {
				return fmt.Errorf("sqlite: item %d: %w", x.Seq, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				continue
			}
			applied++
			if x.Article != nil {
				if err := s.putArticle(ctx, tx, *x.Article); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return applied, err
}

// StreamCounts implements corroborate.StreamStore.
func (s *Store) StreamCounts(ctx context.Context, batch string) (corroborate.StreamCounts, error) {
	var c corroborate.StreamCounts
	rows, err := s.db.QueryContext(ctx, `SELECT state, count(*), sum(note LIKE 'duplicate%') FROM stream_items
		WHERE ? = '' OR batch = ? GROUP BY state`, batch, batch)
	if err != nil {
		return c, fmt.Errorf("sqlite: stream counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			state  string
			n, dup int
		)
		if err := rows.Scan(&state, &n, &dup); err != nil {
			return c, fmt.Errorf("sqlite: stream counts: %w", err)
		}
		c.Add(state, n, dup)
	}
	if err := rows.Err(); err != nil || batch == "" {
		return c, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT count(DISTINCT l.story_id), count(*) FILTER (WHERE l.is_new)
		FROM stream_items i JOIN stream_assignments l ON l.item_seq = i.seq WHERE i.batch = ?`, batch).Scan(&c.Stories, &c.NewStories)
	if err != nil {
		return c, fmt.Errorf("sqlite: stream counts: %w", err)
	}
	return c, nil
}

// StreamItems implements corroborate.StreamStore. Bodies are left out.
func (s *Store) StreamItems(ctx context.Context, batch, state string, limit int) ([]corroborate.StreamItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, batch, doc, state, attempts, coalesce(article_id, ''), note
		FROM stream_items WHERE (? = '' OR batch = ?) AND state = ? ORDER BY seq LIMIT ?`, batch, batch, state, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stream items: %w", err)
	}
	defer rows.Close()
	items := []corroborate.StreamItem{}
	for rows.Next() {
		var (
			it   corroborate.StreamItem
			meta string
		)
		if err := rows.Scan(&it.Seq, &it.Batch, &meta, &it.State, &it.Attempts, &it.ArticleID, &it.Note); err != nil {
			return nil, fmt.Errorf("sqlite: stream items: %w", err)
		}
		if it.Doc, err = sqlstore.DecodeDocument([]byte(meta), nil); err != nil {
			return nil, fmt.Errorf("sqlite: item %d: %w", it.Seq, err)
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// StoryAssignments implements corroborate.StreamStore.
func (s *Store) StoryAssignments(ctx context.Context, storyID string) ([]corroborate.StoryAssignment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT log_seq, item_seq, article_id, story_id, is_new, score, shares,
		explanation, worker, assigned_at FROM stream_assignments WHERE story_id = ? ORDER BY log_seq`, storyID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: assignments of %s: %w", storyID, err)
	}
	defer rows.Close()
	out := []corroborate.StoryAssignment{}
	for rows.Next() {
		var (
			a      corroborate.StoryAssignment
			shares string
			at     int64
		)
		if err := rows.Scan(&a.LogSeq, &a.Seq, &a.ArticleID, &a.StoryID, &a.New, &a.Score, &shares,
			&a.Explanation, &a.Worker, &at); err != nil {
			return nil, fmt.Errorf("sqlite: assignments of %s: %w", storyID, err)
		}
		if err := json.Unmarshal([]byte(shares), &a.Shares); err != nil {
			return nil, fmt.Errorf("sqlite: assignment %d: %w", a.LogSeq, err)
		}
		a.Assigned = fromMillis(at)
		out = append(out, a)
	}
	return out, rows.Err()
}

// StorySummaries implements corroborate.StreamStore. Origins come from the
// stored dossier when it is of the story's current revision.
func (s *Store) StorySummaries(ctx context.Context, since time.Time, p corroborate.Page) ([]corroborate.StorySummary, error) {
	limit, offset := sqlstore.PageBounds(p)
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixed("s.", storyColumns)+`,
		(SELECT count(DISTINCT coalesce(a.outlet, char(0) || a.id)) FROM story_articles sa
			JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id),
		(SELECT count(DISTINCT a.outlet) FROM story_articles sa
			JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id),
		coalesce((SELECT json_extract(an.dossier, '$.story.origins') FROM analyses an
			WHERE an.story_id = s.id AND an.revision = s.revision), -1)
		FROM stories s WHERE s.updated_at >= ? ORDER BY s.updated_at DESC, s.id LIMIT ? OFFSET ?`,
		millis(since), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("sqlite: story summaries: %w", err)
	}
	defer rows.Close()
	out := []corroborate.StorySummary{}
	for rows.Next() {
		var (
			sum              corroborate.StorySummary
			created, updated int64
		)
		if err := rows.Scan(&sum.ID, &sum.Title, &sum.Articles, &sum.Revision, &created, &updated,
			&sum.Outlets, &sum.KnownOutlets, &sum.Origins); err != nil {
			return nil, fmt.Errorf("sqlite: story summaries: %w", err)
		}
		sum.Created, sum.Updated = fromMillis(created), fromMillis(updated)
		out = append(out, sum)
	}
	return out, rows.Err()
}

// prefixed qualifies each column of a comma-separated list.
func prefixed(p, cols string) string {
	parts := strings.Split(cols, ",")
	for i, c := range parts {
		parts[i] = p + strings.TrimSpace(c)
	}
	return strings.Join(parts, ", ")
}
