package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// AddSkipped implements corroborate.Store.
func (s *Store) AddSkipped(ctx context.Context, id string, skipped []corroborate.SkippedInput) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := story(ctx, tx, id); err != nil {
			return err
		}
		var last int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position), 0) FROM story_skipped WHERE story_id = ?`, id).Scan(&last); err != nil {
			return fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
		}
		added, err := sqlstore.AddSkipped(last, skipped, func(pos int, sk corroborate.SkippedInput) (int64, error) {
			res, err := tx.ExecContext(ctx, `INSERT INTO story_skipped (story_id, position, input, reason)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, id, pos, sk.Input, sk.Reason)
			if err != nil {
				return 0, err
			}
			return res.RowsAffected()
		})
		if err != nil {
			return fmt.Errorf("sqlite: skipped input of %s: %w", id, err)
		}
		if added > 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET revision = revision + 1 WHERE id = ?`, id); err != nil {
				return fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
			}
		}
		return nil
	})
}

// Skipped implements corroborate.Store.
func (s *Store) Skipped(ctx context.Context, id string) ([]corroborate.SkippedInput, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT input, reason FROM story_skipped WHERE story_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
	}
	defer rows.Close()
	out, err := sqlstore.ScanSkipped(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
	}
	return out, nil
}
