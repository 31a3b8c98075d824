// Package sqlite is the embedded store: one SQLite database file, created on
// first use, through the pure-Go modernc.org/sqlite driver. Full-text search
// uses FTS5. It implements corroborate.Store.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/corroborate/corroborate"
)

// Options tunes a store. The zero value is ready to use.
type Options struct {
	// Now is the clock for creation and update times; nil means time.Now.
	Now func() time.Time
}

// Store is a corroborate.Store in one SQLite file. Safe for concurrent use:
// readers run in parallel (WAL mode) and writers take the database lock when
// their transaction begins.
type Store struct {
	db  *sql.DB
	now func() time.Time
	// Statements of the reads every page view makes, prepared once.
	storyStmt, analysisStmt *sql.Stmt
}

var _ corroborate.Store = (*Store)(nil)

// Open opens or creates the database file at path and applies the pending
// migrations. The path ":memory:" is refused: each connection of the pool
// would see its own empty database.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	if path == "" || path == ":memory:" || strings.ContainsAny(path, "?#") {
		return nil, corroborate.Errorf(corroborate.EInvalid, "sqlite: unusable database path %q", path)
	}
	dsn := path + "?_txlock=immediate" +
		"&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// Keep the connections: opening one runs the pragmas and prepares the
	// statements again. The default pool keeps two idle, so a busy server
	// would open and close connections all the time.
	conns := max(4, 2*runtime.GOMAXPROCS(0))
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: db, now: opt.Now}
	if s.now == nil {
		s.now = time.Now
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	if s.storyStmt, err = db.PrepareContext(ctx, storyQuery); err == nil {
		s.analysisStmt, err = db.PrepareContext(ctx, analysisQuery)
	}
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	for _, st := range []*sql.Stmt{s.storyStmt, s.analysisStmt} {
		if st != nil {
			st.Close()
		}
	}
	return s.db.Close()
}

// inTx runs fn in one write transaction, committed when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	return nil
}

func millis(t time.Time) int64 { return t.UnixMilli() }

func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }

// nanos reads an article's published time, kept in unix nanoseconds; zero
// when NULL.
func nanos(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}
