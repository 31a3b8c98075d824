package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
)

// AddSkipped implements corroborate.Store.
func (s *Store) AddSkipped(ctx context.Context, id string, skipped []corroborate.SkippedInput) error {
	return s.inTx(ctx, func(tx pgx.Tx) error {
		// Lock the story row: concurrent writes to one story take turns, so
		// positions stay in order.
		if _, err := story(ctx, tx, id, true); err != nil {
			return err
		}
		var pos int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(position), 0) FROM story_skipped WHERE story_id = $1`, id).Scan(&pos); err != nil {
			return fmt.Errorf("postgres: skipped inputs of %s: %w", id, err)
		}
		added := int64(0)
		for _, sk := range skipped {
			pos++
			tag, err := tx.Exec(ctx, `INSERT INTO story_skipped (story_id, position, input, reason)
				VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, id, pos, sk.Input, sk.Reason)
			if err != nil {
				return fmt.Errorf("postgres: skipped input of %s: %w", id, err)
			}
			added += tag.RowsAffected()
		}
		// A dossier computed before names fewer skipped inputs: the
		// story's revision grows so that it is stale.
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
	out := []corroborate.SkippedInput{}
	for rows.Next() {
		var sk corroborate.SkippedInput
		if err := rows.Scan(&sk.Input, &sk.Reason); err != nil {
			return nil, fmt.Errorf("postgres: skipped inputs of %s: %w", id, err)
		}
		out = append(out, sk)
	}
	return out, rows.Err()
}
