// Package postgres is the server store: PostgreSQL through pgx, selected by a
// postgres:// URL. Full-text search uses a tsvector column. It implements
// corroborate.Store, and several processes may share one database.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/corroborate/corroborate"
)

// Options tunes a store. The zero value is ready to use.
type Options struct {
	// Now is the clock for creation and update times; nil means time.Now.
	Now func() time.Time
}

// Store is a corroborate.Store in a PostgreSQL database. Safe for
// concurrent use.
type Store struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ corroborate.Store = (*Store)(nil)

// Open connects to the database at url (postgres://user:pw@host/db?...),
// checks that it answers, and applies the pending migrations. Parameters
// the driver does not know, such as search_path, are sent to the server.
func Open(ctx context.Context, url string, opt Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, corroborate.Errorf(corroborate.EInvalid, "postgres: bad connection URL: %v", redact(err))
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, &corroborate.Error{Code: corroborate.EUnavailable,
			Message: fmt.Sprintf("postgres: cannot reach %s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database), Err: err}
	}
	s := &Store{pool: pool, now: opt.Now}
	if s.now == nil {
		s.now = time.Now
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

// redact keeps a URL parse error from echoing a password.
func redact(err error) error {
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		return errors.New("cannot parse the connection string")
	}
	return err
}

// Close closes every connection.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// inTx runs fn in one transaction, committed when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, s.pool, fn)
}

func isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}
