package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/corroborate/corroborate"
)

// ClaimAnalysis implements corroborate.StreamStore.
func (s *Store) ClaimAnalysis(ctx context.Context, owner string, n int, lease time.Duration) ([]corroborate.AnalysisJob, error) {
	var jobs []corroborate.AnalysisJob
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		jobs = jobs[:0]
		now := millis(s.now())
		rows, err := tx.QueryContext(ctx, `UPDATE stream_analysis SET owner = ?, lease_until = ?, attempts = attempts + 1
			WHERE story_id IN (SELECT story_id FROM stream_analysis
				WHERE due_at <= ? AND (owner IS NULL OR lease_until < ?) ORDER BY due_at LIMIT ?)
			RETURNING story_id, version`, owner, now+lease.Milliseconds(), now, now, n)
		if err != nil {
			return fmt.Errorf("sqlite: claim analysis: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var j corroborate.AnalysisJob
			if err := rows.Scan(&j.StoryID, &j.Version); err != nil {
				return fmt.Errorf("sqlite: claim analysis: %w", err)
			}
			jobs = append(jobs, j)
		}
		return rows.Err()
	})
	return jobs, err
}

// AnalysisDone implements corroborate.StreamStore.
func (s *Store) AnalysisDone(ctx context.Context, owner string, job corroborate.AnalysisJob, failure string, retry time.Duration) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		now := millis(s.now())
		var err error
		if failure == "" {
			_, err = tx.ExecContext(ctx, `DELETE FROM stream_analysis WHERE story_id = ? AND version = ?`, job.StoryID, job.Version)
		} else {
			_, err = tx.ExecContext(ctx, `DELETE FROM stream_analysis WHERE story_id = ? AND owner = ? AND attempts >= ?`,
				job.StoryID, owner, corroborate.MaxAnalysisAttempts)
			if err == nil {
				_, err = tx.ExecContext(ctx, `UPDATE stream_analysis SET due_at = ?, error = ? WHERE story_id = ? AND owner = ?`,
					now+retry.Milliseconds(), failure, job.StoryID, owner)
			}
		}
		if err == nil {
			_, err = tx.ExecContext(ctx, `UPDATE stream_analysis SET owner = NULL, lease_until = NULL
				WHERE story_id = ? AND owner = ?`, job.StoryID, owner)
		}
		if err != nil {
			return fmt.Errorf("sqlite: analysis of %s: %w", job.StoryID, err)
		}
		return nil
	})
}

// AddFeeds implements corroborate.FeedStore.
func (s *Store) AddFeeds(ctx context.Context, urls []string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for _, u := range urls {
			st, _ := json.Marshal(corroborate.FeedState{URL: u})
			if _, err := tx.ExecContext(ctx, `INSERT INTO stream_feeds (url, state, next_poll) VALUES (?, ?, 0)
				ON CONFLICT (url) DO NOTHING`, u, string(st)); err != nil {
				return fmt.Errorf("sqlite: add feed %s: %w", u, err)
			}
		}
		return nil
	})
}

// ClaimFeeds implements corroborate.FeedStore.
func (s *Store) ClaimFeeds(ctx context.Context, owner string, n int, lease time.Duration) ([]corroborate.FeedState, error) {
	var out []corroborate.FeedState
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		now := millis(s.now())
		rows, err := tx.QueryContext(ctx, `UPDATE stream_feeds SET owner = ?, lease_until = ?
			WHERE url IN (SELECT url FROM stream_feeds
				WHERE next_poll <= ? AND (owner IS NULL OR lease_until < ?) ORDER BY next_poll LIMIT ?)
			RETURNING state`, owner, now+lease.Milliseconds(), now, now, n)
		if err != nil {
			return fmt.Errorf("sqlite: claim feeds: %w", err)
		}
		defer rows.Close()
		return scanFeeds(rows, &out)
	})
	return out, err
}

func scanFeeds(rows *sql.Rows, out *[]corroborate.FeedState) error {
	for rows.Next() {
		var (
			raw string
			st  corroborate.FeedState
		)
		if err := rows.Scan(&raw); err != nil {
			return fmt.Errorf("sqlite: feeds: %w", err)
		}
		if err := json.Unmarshal([]byte(raw), &st); err != nil {
			return fmt.Errorf("sqlite: feed state: %w", err)
		}
		*out = append(*out, st)
	}
	return rows.Err()
}

// PutFeedState implements corroborate.FeedStore.
func (s *Store) PutFeedState(ctx context.Context, owner string, st corroborate.FeedState) error {
	raw, err := json.Marshal(st)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO stream_feeds (url, state, next_poll) VALUES (?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET state = excluded.state, next_poll = excluded.next_poll,
			owner = NULL, lease_until = NULL
		WHERE stream_feeds.owner IS NULL OR stream_feeds.owner = ?`, st.URL, string(raw), millis(st.NextPoll), owner)
	if err != nil {
		return fmt.Errorf("sqlite: feed %s: %w", st.URL, err)
	}
	return nil
}

// FeedStates implements corroborate.FeedStore.
func (s *Store) FeedStates(ctx context.Context) ([]corroborate.FeedState, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT state FROM stream_feeds ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	defer rows.Close()
	out := []corroborate.FeedState{}
	err = scanFeeds(rows, &out)
	return out, err
}
