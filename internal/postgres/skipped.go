package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// AddSkipped implements corroborate.Store.
func (s *Store) AddSkipped(ctx context.Context, id string, skipped []corroborate.SkippedInput) error {
	return s.inTx(ctx, func(tx pgx.Tx) error {
		// Lock the story row: concurrent writes to one story take turns, so
		// positions stay in order.
		if _, err := story(ctx, tx, id, true); err != nil {
			return err
		}
		var last int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(position), 0) FROM story_skipped WHERE story_id = $1`, id).Scan(&last); err != nil {
			return fmt.Errorf("postgres: skipped inputs of %s: %w", id, err)
		}
		added, err := sqlstore.AddSkipped(last, skipped, func(pos int, sk corroborate.SkippedInput) (int64, error) {
			tag, err := tx.Exec(ctx, `INSERT INTO story_skipped (story_id, position, input, reason)
				VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, id, pos, sk.Input, sk.Reason)
			return tag.RowsAffected(), err
		})
		if err != nil {
			return fmt.Errorf("postgres: skipped input of %s: %w", id, err)
		}
		if added > 0 {
			if _, err := tx.Exec(ctx, `UPDATE stories SET revision = revision + 1 WHERE id = $1`, id); err != nil {
				return fmt.Errorf("postgres: skipped inputs of %s: %w", id, err)
			}
		}
		return nil
	})
}

// Skipped implements corroborate.Store.
func (s *Store) Skipped(ctx context.Context, id string) ([]corroborate.SkippedInput, error) {
	rows, err := s.pool.Query(ctx, `SELECT input, reason FROM story_skipped WHERE story_id = $1 ORDER BY position`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: skipped inputs of %s: %w", id, err)
	}
	defer rows.Close()
	out, err := sqlstore.ScanSkipped(rows)
	if err != nil {
		return nil, fmt.Errorf("postgres: skipped inputs of %s: %w", id, err)
	}
	return out, nil
}
