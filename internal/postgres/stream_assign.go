package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// assignLockClass is the first key of the advisory lock that makes one
// worker the assigner; the second is the hash of the schema, so that
// databases shared by several schemas (tests) hold one role per schema.
const assignLockClass = 0x636f7273 // "cors"

// assigner holds the assignment role: a session advisory lock on one
// connection, kept out of the pool while the role lasts. Everything the
// role does runs on that connection, so when the connection dies (the
// process was killed, the network failed) the lock is gone and so is any
// transaction that would have written without it.
type assigner struct {
	s     *Store
	conn  *pgxpool.Conn
	owner string
}

// AcquireAssigner implements corroborate.StreamStore.
func (s *Store) AcquireAssigner(ctx context.Context, owner string) (corroborate.Assigner, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: assigner: %w", err)
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, hashtext(current_schema()))`, assignLockClass).Scan(&ok); err != nil {
		conn.Release()
		return nil, fmt.Errorf("postgres: assigner: %w", err)
	}
	if !ok {
		conn.Release()
		return nil, corroborate.Errorf(corroborate.EConflict, "the assignment role is held by another worker")
	}
	return &assigner{s: s, conn: conn, owner: owner}, nil
}

// Close implements corroborate.Assigner: the lock is released, or the
// connection closed when that fails, so that the lock never outlives the
// role inside the pool.
func (a *assigner) Close() error {
	if a.conn == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := a.conn.Exec(ctx, `SELECT pg_advisory_unlock($1, hashtext(current_schema()))`, assignLockClass)
	if err != nil {
		a.conn.Hijack().Close(ctx)
	} else {
		a.conn.Release()
	}
	a.conn = nil
	return err
}

func (a *assigner) lost(err error) error {
	if a.conn == nil || a.conn.Conn().IsClosed() {
		return &corroborate.Error{Code: corroborate.EConflict, Message: "the assignment role was lost", Err: err}
	}
	return err
}

// errClosed is the error of an assigner used after Close.
var errClosed = corroborate.Errorf(corroborate.EConflict, "the assignment role was given up")

// Head implements corroborate.Assigner.
func (a *assigner) Head(ctx context.Context) (int64, error) {
	if a.conn == nil {
		return 0, errClosed
	}
	var n int64
	err := a.conn.QueryRow(ctx, `SELECT coalesce(max(log_seq), 0) FROM stream_assignments`).Scan(&n)
	if err != nil {
		return 0, a.lost(fmt.Errorf("postgres: log head: %w", err))
	}
	return n, nil
}

// Replay implements corroborate.Assigner.
func (a *assigner) Replay(ctx context.Context, after int64, limit int) ([]corroborate.ReplayEntry, error) {
	if a.conn == nil {
		return nil, errClosed
	}
	rows, err := a.conn.Query(ctx, `SELECT l.log_seq, l.article_id, l.story_id, a.title, a.text, a.published_at, coalesce(a.outlet, '')
		FROM stream_assignments l JOIN articles a ON a.id = l.article_id
		WHERE l.log_seq > $1 ORDER BY l.log_seq LIMIT $2`, after, limit)
	if err != nil {
		return nil, a.lost(fmt.Errorf("postgres: replay: %w", err))
	}
	defer rows.Close()
	var out []corroborate.ReplayEntry
	for rows.Next() {
		var (
			e         corroborate.ReplayEntry
			published *time.Time
		)
		if err := rows.Scan(&e.LogSeq, &e.ArticleID, &e.StoryID, &e.Title, &e.Text, &published, &e.Outlet); err != nil {
			return nil, a.lost(fmt.Errorf("postgres: replay: %w", err))
		}
		e.Time = deref(published).UTC()
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, a.lost(fmt.Errorf("postgres: replay: %w", err))
	}
	return out, nil
}

// Pending implements corroborate.Assigner.
func (a *assigner) Pending(ctx context.Context, n int) ([]corroborate.PendingArticle, error) {
	if a.conn == nil {
		return nil, errClosed
	}
	rows, err := a.conn.Query(ctx, `SELECT i.seq, `+articleColumns+`,
		EXISTS (SELECT 1 FROM stream_assignments x WHERE x.article_id = i.article_id)
		FROM stream_items i JOIN articles a ON a.id = i.article_id
		WHERE i.state = 'extracted' ORDER BY i.seq LIMIT $1`, n)
	if err != nil {
		return nil, a.lost(fmt.Errorf("postgres: pending: %w", err))
	}
	defer rows.Close()
	var out []corroborate.PendingArticle
	for rows.Next() {
		var (
			p         corroborate.PendingArticle
			text      string
			doc       []byte
			published *time.Time
		)
		if err := rows.Scan(&p.Seq, &text, &doc, &published, &p.Assigned); err != nil {
			return nil, a.lost(fmt.Errorf("postgres: pending: %w", err))
		}
		if p.Article, err = sqlstore.DecodeArticle(text, doc, deref(published)); err != nil {
			return nil, fmt.Errorf("postgres: pending %d: %w", p.Seq, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, a.lost(fmt.Errorf("postgres: pending: %w", err))
	}
	return out, nil
}

// Commit implements corroborate.Assigner, on the connection that holds
// the lock.
func (a *assigner) Commit(ctx context.Context, as []corroborate.StoryAssignment, analyzeDelay time.Duration) ([]corroborate.StoryAssignment, error) {
	if a.conn == nil {
		return nil, errClosed
	}
	var out []corroborate.StoryAssignment
	err := pgx.BeginFunc(ctx, a.conn, func(tx pgx.Tx) error {
		c := &commit{tx: tx, now: a.s.now()}
		var err error
		if out, err = c.run(ctx, as, a.owner); err != nil {
			return err
		}
		for i := range out {
			out[i].Assigned = c.now
		}
		return c.finish(ctx, analyzeDelay)
	})
	if err != nil {
		return nil, a.lost(err)
	}
	return out, nil
}
