package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlstore"
)

// ClaimAnalysis implements corroborate.StreamStore.
func (s *Store) ClaimAnalysis(ctx context.Context, owner string, n int, lease time.Duration) ([]corroborate.AnalysisJob, error) {
	rows, err := s.pool.Query(ctx, `UPDATE stream_analysis j SET owner = $1,
		lease_until = now() + $2 * interval '1 millisecond', attempts = j.attempts + 1
		FROM (SELECT story_id FROM stream_analysis
			WHERE due_at <= now() AND (owner IS NULL OR lease_until < now())
			ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED) c
		WHERE j.story_id = c.story_id
		RETURNING j.story_id, j.version`, owner, lease.Milliseconds(), n)
	if err != nil {
		return nil, fmt.Errorf("postgres: claim analysis: %w", err)
	}
	jobs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (corroborate.AnalysisJob, error) {
		var j corroborate.AnalysisJob
		err := r.Scan(&j.StoryID, &j.Version)
		return j, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: claim analysis: %w", err)
	}
	return jobs, nil
}

// AnalysisDone implements corroborate.StreamStore.
func (s *Store) AnalysisDone(ctx context.Context, owner string, job corroborate.AnalysisJob, failure string, retry time.Duration) error {
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		if failure == "" {
			_, err = tx.Exec(ctx, `DELETE FROM stream_analysis WHERE story_id = $1 AND version = $2`, job.StoryID, job.Version)
		} else {
			_, err = tx.Exec(ctx, `DELETE FROM stream_analysis WHERE story_id = $1 AND owner = $2 AND attempts >= $3`,
				job.StoryID, owner, corroborate.MaxAnalysisAttempts)
			if err == nil {
				_, err = tx.Exec(ctx, `UPDATE stream_analysis SET due_at = now() + $1 * interval '1 millisecond', error = $2
					WHERE story_id = $3 AND owner = $4`, retry.Milliseconds(), failure, job.StoryID, owner)
			}
		}
		if err == nil {
			_, err = tx.Exec(ctx, `UPDATE stream_analysis SET owner = NULL, lease_until = NULL
				WHERE story_id = $1 AND owner = $2`, job.StoryID, owner)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: analysis of %s: %w", job.StoryID, err)
	}
	return nil
}

// StoryAssignments implements corroborate.StreamStore.
func (s *Store) StoryAssignments(ctx context.Context, storyID string) ([]corroborate.StoryAssignment, error) {
	rows, err := s.pool.Query(ctx, `SELECT log_seq, item_seq, article_id, story_id, is_new, score, shares,
		explanation, worker, assigned_at FROM stream_assignments WHERE story_id = $1 ORDER BY log_seq`, storyID)
	if err != nil {
		return nil, fmt.Errorf("postgres: assignments of %s: %w", storyID, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (corroborate.StoryAssignment, error) {
		var (
			a      corroborate.StoryAssignment
			shares []byte
		)
		if err := r.Scan(&a.LogSeq, &a.Seq, &a.ArticleID, &a.StoryID, &a.New, &a.Score, &shares,
			&a.Explanation, &a.Worker, &a.Assigned); err != nil {
			return a, err
		}
		a.Assigned = a.Assigned.UTC()
		return a, json.Unmarshal(shares, &a.Shares)
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: assignments of %s: %w", storyID, err)
	}
	if out == nil {
		out = []corroborate.StoryAssignment{}
	}
	return out, nil
}

// StorySummaries implements corroborate.StreamStore. Origins come from the
// stored dossier when it is of the story's current revision.
func (s *Store) StorySummaries(ctx context.Context, since time.Time, p corroborate.Page) ([]corroborate.StorySummary, error) {
	limit, offset := sqlstore.PageBounds(p)
	rows, err := s.pool.Query(ctx, `SELECT s.id, s.title, s.articles, s.revision, s.created_at, s.updated_at,
		(SELECT count(DISTINCT coalesce(a.outlet, chr(1) || a.id)) FROM story_articles sa
			JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id),
		(SELECT count(DISTINCT a.outlet) FROM story_articles sa
			JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id),
		coalesce((SELECT (an.dossier::jsonb #>> '{story,origins}')::int FROM analyses an
			WHERE an.story_id = s.id AND an.revision = s.revision), -1)
		FROM stories s WHERE s.updated_at >= $1 ORDER BY s.updated_at DESC, s.id LIMIT $2 OFFSET $3`,
		since, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("postgres: story summaries: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (corroborate.StorySummary, error) {
		var sum corroborate.StorySummary
		err := r.Scan(&sum.ID, &sum.Title, &sum.Articles, &sum.Revision, &sum.Created, &sum.Updated,
			&sum.Outlets, &sum.KnownOutlets, &sum.Origins)
		sum.Created, sum.Updated = sum.Created.UTC(), sum.Updated.UTC()
		return sum, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: story summaries: %w", err)
	}
	if out == nil {
		out = []corroborate.StorySummary{}
	}
	return out, nil
}

// AddFeeds implements corroborate.FeedStore.
func (s *Store) AddFeeds(ctx context.Context, urls []string) error {
	return s.inTx(ctx, func(tx pgx.Tx) error {
		for _, u := range urls {
			st, _ := json.Marshal(corroborate.FeedState{URL: u})
			if _, err := tx.Exec(ctx, `INSERT INTO stream_feeds (url, state, next_poll) VALUES ($1, $2, '-infinity')
				ON CONFLICT (url) DO NOTHING`, u, string(st)); err != nil {
				return fmt.Errorf("postgres: add feed %s: %w", u, err)
			}
		}
		return nil
	})
}

// ClaimFeeds implements corroborate.FeedStore.
func (s *Store) ClaimFeeds(ctx context.Context, owner string, n int, lease time.Duration) ([]corroborate.FeedState, error) {
	rows, err := s.pool.Query(ctx, `UPDATE stream_feeds f SET owner = $1, lease_until = now() + $2 * interval '1 millisecond'
		FROM (SELECT url FROM stream_feeds WHERE next_poll <= now() AND (owner IS NULL OR lease_until < now())
			ORDER BY next_poll LIMIT $3 FOR UPDATE SKIP LOCKED) c
		WHERE f.url = c.url RETURNING f.state`, owner, lease.Milliseconds(), n)
	if err != nil {
		return nil, fmt.Errorf("postgres: claim feeds: %w", err)
	}
	return collectFeeds(rows)
}

func collectFeeds(rows pgx.Rows) ([]corroborate.FeedState, error) {
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (corroborate.FeedState, error) {
		var (
			raw []byte
			st  corroborate.FeedState
		)
		if err := r.Scan(&raw); err != nil {
			return st, err
		}
		return st, json.Unmarshal(raw, &st)
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: feeds: %w", err)
	}
	if out == nil {
		out = []corroborate.FeedState{}
	}
	return out, nil
}

// PutFeedState implements corroborate.FeedStore.
func (s *Store) PutFeedState(ctx context.Context, owner string, st corroborate.FeedState) error {
	raw, err := json.Marshal(st)
	if err != nil {
		return err
	}
	_, err = s.pool.Exec(ctx, `INSERT INTO stream_feeds (url, state, next_poll) VALUES ($1, $2, $3)
		ON CONFLICT (url) DO UPDATE SET state = excluded.state, next_poll = excluded.next_poll,
			owner = NULL, lease_until = NULL
		WHERE stream_feeds.owner IS NULL OR stream_feeds.owner = $4`, st.URL, string(raw), st.NextPoll, owner)
	if err != nil {
		return fmt.Errorf("postgres: feed %s: %w", st.URL, err)
	}
	return nil
}

// FeedStates implements corroborate.FeedStore.
func (s *Store) FeedStates(ctx context.Context) ([]corroborate.FeedState, error) {
	rows, err := s.pool.Query(ctx, `SELECT state FROM stream_feeds ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("postgres: feeds: %w", err)
	}
	return collectFeeds(rows)
}
