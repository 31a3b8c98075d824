package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

var _ corroborate.StreamStore = (*Store)(nil)

// enqueueChunk bounds the documents written in one transaction.
const enqueueChunk = 500

// Enqueue implements corroborate.StreamStore. A document that failed before
// is queued again under the new batch.
func (s *Store) Enqueue(ctx context.Context, batch string, docs []corroborate.Document) ([]corroborate.Enqueued, error) {
	out := make([]corroborate.Enqueued, 0, len(docs))
	for len(docs) > 0 {
		chunk := docs[:min(len(docs), enqueueChunk)]
		docs = docs[len(chunk):]
		err := s.inTx(ctx, func(tx pgx.Tx) error {
			keys := make([]string, len(chunk))
			b := &pgx.Batch{}
			for i, d := range chunk {
				meta, err := sqlstore.EncodeDocument(d)
				if err != nil {
					return fmt.Errorf("postgres: encode document %s: %w", d.Source, err)
				}
				keys[i] = corroborate.DocumentKey(d)
				b.Queue(`INSERT INTO stream_items (batch, doc_key, source, doc, body) VALUES ($1, $2, $3, $4, $5)
					ON CONFLICT (doc_key) DO UPDATE SET state = 'queued', attempts = 0, note = '', owner = NULL,
						lease_until = NULL, batch = excluded.batch, updated_at = now()
					WHERE stream_items.state = 'failed'
					RETURNING seq`, batch, keys[i], strings.ReplaceAll(d.Source, "\x00", ""), string(meta), d.Body)
			}
			res := make([]corroborate.Enqueued, len(chunk))
			br := tx.SendBatch(ctx, b)
			for i := range chunk {
				err := br.QueryRow().Scan(&res[i].Seq)
				switch {
				case err == nil:
					res[i].New = true
				case !errors.Is(err, pgx.ErrNoRows):
					br.Close()
					return fmt.Errorf("postgres: enqueue %s: %w", chunk[i].Source, err)
				}
			}
			if err := br.Close(); err != nil {
				return fmt.Errorf("postgres: enqueue: %w", err)
			}
			if err := queuedBefore(ctx, tx, keys, res); err != nil {
				return fmt.Errorf("postgres: enqueue: %w", err)
			}
			out = append(out, res...)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// queuedBefore sets the Seq of each result that is not New, the document
// of keys[i] being queued already, with one query for the whole chunk.
func queuedBefore(ctx context.Context, tx pgx.Tx, keys []string, res []corroborate.Enqueued) error {
	var old []string
	for i := range res {
		if !res[i].New {
			old = append(old, keys[i])
		}
	}
	if len(old) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT doc_key, seq FROM stream_items WHERE doc_key = ANY($1)`, old)
	if err != nil {
		return err
	}
	seqs := make(map[string]int64, len(old))
	var (
		key string
		seq int64
	)
	if _, err := pgx.ForEachRow(rows, []any{&key, &seq}, func() error {
		seqs[key] = seq
		return nil
	}); err != nil {
		return err
	}
	for i := range res {
		if res[i].New {
			continue
		}
		seq, ok := seqs[keys[i]]
		if !ok {
			return fmt.Errorf("no queue item for document key %s", keys[i])
		}
		res[i].Seq = seq
	}
	return nil
}

// Claim implements corroborate.StreamStore: rows are taken with FOR UPDATE
// SKIP LOCKED, so concurrent workers never wait for each other nor take the
// same item.
func (s *Store) Claim(ctx context.Context, owner string, n int, lease time.Duration, maxAttempts int) ([]corroborate.StreamItem, error) {
	var items []corroborate.StreamItem
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		items = items[:0]
		if _, err := tx.Exec(ctx, `UPDATE stream_items SET state = 'failed', owner = NULL, lease_until = NULL,
			note = 'gave up after ' || attempts || ' attempts: the worker holding it stopped each time', updated_at = now()
			WHERE seq IN (SELECT seq FROM stream_items WHERE state = 'claimed' AND lease_until < now() AND attempts >= $1
				FOR UPDATE SKIP LOCKED)`, maxAttempts); err != nil {
			return fmt.Errorf("postgres: claim: %w", err)
		}
		rows, err := tx.Query(ctx, `UPDATE stream_items i SET state = 'claimed', owner = $1,
			lease_until = now() + $2 * interval '1 millisecond', attempts = i.attempts + 1, updated_at = now()
			FROM (SELECT seq FROM stream_items
				WHERE state IN ('queued', 'claimed') AND (state = 'queued' OR lease_until < now())
				ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED) c
			WHERE i.seq = c.seq
			RETURNING i.seq, i.batch, i.doc, i.body, i.attempts`, owner, lease.Milliseconds(), n)
		if err != nil {
			return fmt.Errorf("postgres: claim: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var (
				it         = corroborate.StreamItem{State: corroborate.ItemClaimed}
				meta, body []byte
			)
			if err := rows.Scan(&it.Seq, &it.Batch, &meta, &body, &it.Attempts); err != nil {
				return fmt.Errorf("postgres: claim: %w", err)
			}
			if it.Doc, err = sqlstore.DecodeDocument(meta, body); err != nil {
				return fmt.Errorf("postgres: item %d: %w", it.Seq, err)
			}
			items = append(items, it)
		}
		return rows.Err()
	})
	slices.SortFunc(items, func(a, b corroborate.StreamItem) int { return cmp.Compare(a.Seq, b.Seq) })
	return items, err
}

// Extracted implements corroborate.StreamStore: the items are closed with
// one statement, then the articles of those still held are stored with one
// batch.
func (s *Store) Extracted(ctx context.Context, owner string, xs []corroborate.Extraction) (int, error) {
	seqs, ids, notes := make([]int64, len(xs)), make([]string, len(xs)), make([]string, len(xs))
	arts := map[int64]*corroborate.Article{}
	for i, x := range xs {
		seqs[i], notes[i] = x.Seq, x.Reason
		if x.Article != nil {
			ids[i], notes[i] = x.Article.ID, ""
			arts[x.Seq] = x.Article
		}
	}
	applied := 0
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `UPDATE stream_items i
			SET state = CASE WHEN v.aid = '' THEN 'failed' ELSE 'extracted' END, article_id = nullif(v.aid, ''),
				note = v.note, owner = NULL, lease_until = NULL, updated_at = now()
			FROM unnest($1::bigint[], $2::text[], $3::text[]) AS v(seq, aid, note)
			WHERE i.seq = v.seq AND i.owner = $4 AND i.state = 'claimed'
			RETURNING i.seq`, seqs, ids, notes, owner)
		if err != nil {
			return fmt.Errorf("postgres: close items: %w", err)
		}
		held, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return fmt.Errorf("postgres: close items: %w", err)
		}
		applied = len(held)
		slices.Sort(held)
		var store []corroborate.Article
		for _, q := range held {
			if a := arts[q]; a != nil {
				store = append(store, *a)
			}
		}
		return s.putArticles(ctx, tx, store)
	})
	return applied, err
}

// StreamCounts implements corroborate.StreamStore.
func (s *Store) StreamCounts(ctx context.Context, batch string) (corroborate.StreamCounts, error) {
	var c corroborate.StreamCounts
	rows, err := s.pool.Query(ctx, `SELECT state, count(*), count(*) FILTER (WHERE note LIKE 'duplicate%')
		FROM stream_items WHERE $1 = '' OR batch = $1 GROUP BY state`, batch)
	if err != nil {
		return c, fmt.Errorf("postgres: stream counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			state  string
			n, dup int
		)
		if err := rows.Scan(&state, &n, &dup); err != nil {
			return c, fmt.Errorf("postgres: stream counts: %w", err)
		}
		c.Add(state, n, dup)
	}
	if err := rows.Err(); err != nil || batch == "" {
		return c, err
	}
	err = s.pool.QueryRow(ctx, `SELECT count(DISTINCT l.story_id), count(*) FILTER (WHERE l.is_new)
		FROM stream_items i JOIN stream_assignments l ON l.item_seq = i.seq WHERE i.batch = $1`, batch).Scan(&c.Stories, &c.NewStories)
	if err != nil {
		return c, fmt.Errorf("postgres: stream counts: %w", err)
	}
	return c, nil
}

// StreamItems implements corroborate.StreamStore. Bodies are left out.
func (s *Store) StreamItems(ctx context.Context, batch, state string, limit int) ([]corroborate.StreamItem, error) {
	rows, err := s.pool.Query(ctx, `SELECT seq, batch, doc, state, attempts, coalesce(article_id, ''), note
		FROM stream_items WHERE ($1 = '' OR batch = $1) AND state = $2 ORDER BY seq LIMIT $3`, batch, state, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: stream items: %w", err)
	}
	defer rows.Close()
	items := []corroborate.StreamItem{}
	for rows.Next() {
		var (
			it   corroborate.StreamItem
			meta []byte
		)
		if err := rows.Scan(&it.Seq, &it.Batch, &meta, &it.State, &it.Attempts, &it.ArticleID, &it.Note); err != nil {
			return nil, fmt.Errorf("postgres: stream items: %w", err)
		}
		if it.Doc, err = sqlstore.DecodeDocument(meta, nil); err != nil {
			return nil, fmt.Errorf("postgres: item %d: %w", it.Seq, err)
		}
		items = append(items, it)
	}
	return items, rows.Err()
}
