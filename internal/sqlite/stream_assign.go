package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// assignerLease is how long the assignment role stays with a holder that
// stops renewing it. SQLite serves one machine, so a lease row (checked in
// every commit's transaction) is the lock.
const assignerLease = 30 * time.Second

// assigner is the assignment role held through the stream_assigner row.
type assigner struct {
	s       *Store
	owner   string
	renewed time.Time // when Pending last renewed the lease
}

// AcquireAssigner implements corroborate.StreamStore.
func (s *Store) AcquireAssigner(ctx context.Context, owner string) (corroborate.Assigner, error) {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		now := millis(s.now())
		var (
			holder string
			until  int64
		)
		err := tx.QueryRowContext(ctx, `SELECT owner, until FROM stream_assigner WHERE id = 1`).Scan(&holder, &until)
		if err == nil && holder != owner && until >= now {
			return corroborate.Errorf(corroborate.EConflict, "the assignment role is held by %s", holder)
		}
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("sqlite: assigner: %w", err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO stream_assigner (id, owner, until) VALUES (1, ?, ?)
			ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, until = excluded.until`,
			owner, now+assignerLease.Milliseconds())
		return err
	})
	if err != nil {
		return nil, err
	}
	return &assigner{s: s, owner: owner}, nil
}

// hold checks, inside tx, that the role is still ours and renews it.
func (a *assigner) hold(ctx context.Context, tx *sql.Tx) error {
	res, err := tx.ExecContext(ctx, `UPDATE stream_assigner SET until = ? WHERE id = 1 AND owner = ?`,
		millis(a.s.now())+assignerLease.Milliseconds(), a.owner)
	if err != nil {
		return fmt.Errorf("sqlite: assigner: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return corroborate.Errorf(corroborate.EConflict, "the assignment role was lost")
	}
	return nil
}

// Close implements corroborate.Assigner.
func (a *assigner) Close() error {
	_, err := a.s.db.Exec(`DELETE FROM stream_assigner WHERE id = 1 AND owner = ?`, a.owner)
	return err
}

// Head implements corroborate.Assigner.
func (a *assigner) Head(ctx context.Context) (int64, error) {
	var n int64
	err := a.s.db.QueryRowContext(ctx, `SELECT coalesce(max(log_seq), 0) FROM stream_assignments`).Scan(&n)
	return n, err
}

// Replay implements corroborate.Assigner.
func (a *assigner) Replay(ctx context.Context, after int64, limit int) ([]corroborate.ReplayEntry, error) {
	rows, err := a.s.db.QueryContext(ctx, `SELECT l.log_seq, l.article_id, l.story_id, a.title, a.text, a.published_at, coalesce(a.outlet, '')
		FROM stream_assignments l JOIN articles a ON a.id = l.article_id
		WHERE l.log_seq > ? ORDER BY l.log_seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: replay: %w", err)
	}
	defer rows.Close()
	var out []corroborate.ReplayEntry
	for rows.Next() {
		var (
			e         corroborate.ReplayEntry
			published sql.NullInt64
		)
		if err := rows.Scan(&e.LogSeq, &e.ArticleID, &e.StoryID, &e.Title, &e.Text, &published, &e.Outlet); err != nil {
			return nil, fmt.Errorf("sqlite: replay: %w", err)
		}
		e.Time = nanos(published)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Pending implements corroborate.Assigner. It renews the role when a
// third of the lease has passed (every Commit renews it too), so that an
// idle holder keeps it without a write on each look.
func (a *assigner) Pending(ctx context.Context, n int) ([]corroborate.PendingArticle, error) {
	if now := a.s.now(); now.Sub(a.renewed) > assignerLease/3 {
		if err := a.s.inTx(ctx, func(tx *sql.Tx) error { return a.hold(ctx, tx) }); err != nil {
			return nil, err
		}
		a.renewed = now
	}
	rows, err := a.s.db.QueryContext(ctx, `SELECT i.seq, `+articleColumns+`,
		EXISTS (SELECT 1 FROM stream_assignments x WHERE x.article_id = i.article_id)
		FROM stream_items i JOIN articles a ON a.id = i.article_id
		WHERE i.state = 'extracted' ORDER BY i.seq LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("sqlite: pending: %w", err)
	}
	defer rows.Close()
	var out []corroborate.PendingArticle
	for rows.Next() {
		var (
			p         corroborate.PendingArticle
			text, doc string
			published sql.NullInt64
		)
		if err := rows.Scan(&p.Seq, &text, &doc, &published, &p.Assigned); err != nil {
			return nil, fmt.Errorf("sqlite: pending: %w", err)
		}
		if p.Article, err = sqlstore.DecodeArticle(text, []byte(doc), nanos(published)); err != nil {
			return nil, fmt.Errorf("sqlite: pending %d: %w", p.Seq, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Commit implements corroborate.Assigner.
func (a *assigner) Commit(ctx context.Context, as []corroborate.StoryAssignment, analyzeDelay time.Duration) ([]corroborate.StoryAssignment, error) {
	var out []corroborate.StoryAssignment
	err := a.s.inTx(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		if err := a.hold(ctx, tx); err != nil {
			return err
		}
		now := a.s.now()
		c := &commit{tx: tx, now: millis(now)}
		for _, x := range as {
			done, err := c.assign(ctx, x, a.owner)
			if err != nil {
				return err
			}
			if done.LogSeq > 0 || done.Duplicate {
				done.Assigned = now
				out = append(out, done)
			}
		}
		return c.finish(ctx, millis(now.Add(analyzeDelay)))
	})
	return out, err
}
