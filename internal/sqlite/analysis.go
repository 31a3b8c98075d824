package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/corroborate/corroborate"
)

const analysisQuery = `SELECT an.revision, an.stages, an.dossier, an.computed_at, s.title
	FROM analyses an JOIN stories s ON s.id = an.story_id WHERE an.story_id = ?`

// PutAnalysis implements corroborate.Store.
func (s *Store) PutAnalysis(ctx context.Context, a corroborate.Analysis) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := story(ctx, tx, a.StoryID); err != nil {
			return err
		}
		computed := a.Computed
		if computed.IsZero() {
			computed = s.now()
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO analyses (story_id, revision, stages, dossier, computed_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (story_id) DO UPDATE SET revision = excluded.revision, stages = excluded.stages,
				dossier = excluded.dossier, computed_at = excluded.computed_at
			WHERE analyses.revision <= excluded.revision`,
			a.StoryID, a.Revision, a.Stages, string(a.Dossier), millis(computed))
		if err != nil {
			return fmt.Errorf("sqlite: store analysis of %s: %w", a.StoryID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil // a later revision is stored
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET title = ? WHERE id = ?`, a.Title, a.StoryID); err != nil {
			return fmt.Errorf("sqlite: story title of %s: %w", a.StoryID, err)
		}
		return nil
	})
}

// Analysis implements corroborate.Store.
func (s *Store) Analysis(ctx context.Context, storyID string) (corroborate.Analysis, error) {
	a := corroborate.Analysis{StoryID: storyID}
	var (
		dossier  string
		computed int64
	)
	err := s.analysisStmt.QueryRowContext(ctx, storyID).Scan(&a.Revision, &a.Stages, &dossier, &computed, &a.Title)
	if errors.Is(err, sql.ErrNoRows) {
		return a, corroborate.Errorf(corroborate.ENotFound, "no dossier stored for story %q", storyID)
	}
	if err != nil {
		return a, fmt.Errorf("sqlite: analysis of %s: %w", storyID, err)
	}
	a.Dossier = []byte(dossier)
	a.Computed = fromMillis(computed)
	return a, nil
}
