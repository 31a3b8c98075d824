package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
)

// PutAnalysis implements corroborate.Store.
func (s *Store) PutAnalysis(ctx context.Context, a corroborate.Analysis) error {
	return s.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := story(ctx, tx, a.StoryID, false); err != nil {
			return err
		}
		computed := a.Computed
		if computed.IsZero() {
			computed = s.now()
		}
		tag, err := tx.Exec(ctx, `INSERT INTO analyses (story_id, revision, stages, dossier, computed_at)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (story_id) DO UPDATE SET revision = excluded.revision, stages = excluded.stages,
				dossier = excluded.dossier, computed_at = excluded.computed_at
			WHERE analyses.revision <= excluded.revision`,
			a.StoryID, a.Revision, a.Stages, string(a.Dossier), computed)
		if err != nil {
			return fmt.Errorf("postgres: store analysis of %s: %w", a.StoryID, err)
		}
		if tag.RowsAffected() == 0 {
			return nil // a later revision is stored
		}
		if _, err := tx.Exec(ctx, `UPDATE stories SET title = $1 WHERE id = $2`, a.Title, a.StoryID); err != nil {
			return fmt.Errorf("postgres: story title of %s: %w", a.StoryID, err)
		}
		return nil
	})
}

// Analysis implements corroborate.Store.
func (s *Store) Analysis(ctx context.Context, storyID string) (corroborate.Analysis, error) {
	a := corroborate.Analysis{StoryID: storyID}
	var dossier string
	err := s.pool.QueryRow(ctx, `SELECT an.revision, an.stages, an.dossier::text, an.computed_at, s.title
		FROM analyses an JOIN stories s ON s.id = an.story_id WHERE an.story_id = $1`, storyID).
		Scan(&a.Revision, &a.Stages, &dossier, &a.Computed, &a.Title)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, corroborate.Errorf(corroborate.ENotFound, "no dossier stored for story %q", storyID)
	}
	if err != nil {
		return a, fmt.Errorf("postgres: analysis of %s: %w", storyID, err)
	}
	a.Dossier = []byte(dossier)
	a.Computed = a.Computed.UTC()
	return a, nil
}
