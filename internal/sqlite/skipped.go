package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/corroborate/corroborate"
)

// AddSkipped implements corroborate.Store.
func (s *Store) AddSkipped(ctx context.Context, id string, skipped []corroborate.SkippedInput) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := story(ctx, tx, id); err != nil {
			return err
		}
		var pos int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position), 0) FROM story_skipped WHERE story_id = ?`, id).Scan(&pos); err != nil {
			return fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
		}
		added := int64(0)
		for _, sk := range skipped {
			pos++
			res, err := tx.ExecContext(ctx, `INSERT INTO story_skipped (story_id, position, input, reason)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, id, pos, sk.Input, sk.Reason)
			if err != nil {
				return fmt.Errorf("sqlite: skipped input of %s: %w", id, err)
			}
			n, _ := res.RowsAffected()
			added += n
		}
		return bumpForSkipped(ctx, tx, id, added)
	})
}

// Skipped implements corroborate.Store.
func (s *Store) Skipped(ctx context.Context, id string) ([]corroborate.SkippedInput, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT input, reason FROM story_skipped WHERE story_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
	}
	defer rows.Close()
	out := []corroborate.SkippedInput{}
	for rows.Next() {
		var sk corroborate.SkippedInput
		if err := rows.Scan(&sk.Input, &sk.Reason); err != nil {
			return nil, fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
		}
		out = append(out, sk)
	}
	return out, rows.Err()
}

// bumpForSkipped raises the story's revision when its inputs gained a
// skipped one: a dossier computed before names fewer, and is stale.
func bumpForSkipped(ctx context.Context, tx *sql.Tx, id string, added int64) error {
	if added == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stories SET revision = revision + 1 WHERE id = ?`, id); err != nil {
		return fmt.Errorf("sqlite: skipped inputs of %s: %w", id, err)
	}
	return nil
}
