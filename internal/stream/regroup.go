package stream

import (
	"context"
	"fmt"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
)

// regroupTimeout bounds the regrouping Flush makes, which runs even when
// the worker is stopping, so that the last batch of an ingest is regrouped.
const regroupTimeout = time.Minute

// maybeRegroup counts committed articles and regroups once
// Options.RegroupEvery of them have passed since the last regrouping.
func (w *Worker) maybeRegroup(ctx context.Context, committed int) error {
	s := &w.as
	s.since += committed
	if w.opt.RegroupEvery < 0 || s.c == nil || s.since < w.opt.RegroupEvery {
		return nil
	}
	return w.regroup(ctx)
}

// Flush regroups the articles committed since the last regrouping, if this
// worker holds the assignment role: Run does it when the queue is idle and
// when it stops, so that an ingest ends regrouped; callers that drive the
// steps themselves call it when they are done. It runs even when ctx is
// cancelled, within regroupTimeout.
func (w *Worker) Flush(ctx context.Context) error {
	s := &w.as
	if w.opt.RegroupEvery < 0 || s.c == nil || s.role == nil || s.since == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), regroupTimeout)
	defer cancel()
	if err := w.regroup(ctx); err != nil {
		s.reset()
		s.release(w.log)
		return err
	}
	return nil
}

// regroup runs the clusterer's regrouping and commits it through the role.
// On error the clusterer no longer matches the store: the caller resets it.
func (w *Worker) regroup(ctx context.Context) error {
	s := &w.as
	s.since = 0
	rg := s.c.Regroup()
	// Committed even when nothing moved: the store records where in the
	// log the clusterer changed, for a worker that rebuilds it.
	moves, closed := w.translate(rg)
	if err := s.role.Regroup(ctx, moves, closed, w.opt.AnalyzeDelay); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	s.made++
	w.stats.moved.Add(int64(len(moves)))
	w.log.Debug("regrouped", "moved", len(moves), "opened", len(rg.Opened), "closed", len(closed))
	return nil
}

// translate turns the clusterer's regrouping into stored stories: a story
// opened by a split is named after its first moved article (with a suffix
// in the rare case that id is taken), closed stories leave the map.
func (w *Worker) translate(rg cluster.Regrouping) ([]corroborate.StoryMove, []string) {
	s := &w.as
	opened := map[cluster.StoryID]bool{}
	for _, id := range rg.Opened {
		opened[id] = true
	}
	taken := make(map[string]bool, len(s.stories))
	for _, id := range s.stories {
		taken[id] = true
	}
	var moves []corroborate.StoryMove
	for _, m := range rg.Moves {
		from, ok := s.stories[m.From]
		if !ok {
			from = "?"
		}
		mv := corroborate.StoryMove{ArticleID: m.ID, From: from, Score: m.Score, ToTitle: rg.Titles[m.To]}
		to, known := s.stories[m.To]
		if opened[m.To] && !known {
			to = freeID(StoryID(m.ID), taken)
			taken[to] = true
			s.stories[m.To] = to
			mv.New, mv.Title = true, rg.Titles[m.To]
		} else if !known {
			// A story the clusterer holds without a stored one: cannot be.
			w.log.Warn("regrouping moved an article to an unknown story; move skipped", "article", m.ID, "story", m.To)
			continue
		}
		if mv.To = to; mv.To == from {
			continue // the clusterer's picture was rebuilt from the log and is off: nothing to do
		}
		mv.Explanation = RegroupExplanation(mv, opened[m.To])
		moves = append(moves, mv)
	}
	var closed []string
	for _, id := range rg.Closed {
		if sid, ok := s.stories[id]; ok {
			closed = append(closed, sid)
		}
		delete(s.stories, id)
	}
	return moves, closed
}

// freeID is id, or id with the first suffix "-2", "-3", ... not taken.
func freeID(id string, taken map[string]bool) string {
	if !taken[id] {
		return id
	}
	for n := 2; ; n++ {
		if c := fmt.Sprintf("%s-%d", id, n); !taken[c] {
			return c
		}
	}
}

// RegroupExplanation is the sentence kept with a move: why the article is
// in m.To now; split says m.To was opened by this regrouping.
func RegroupExplanation(m corroborate.StoryMove, split bool) string {
	if split {
		return fmt.Sprintf("regrouped: split from %s, which held another story (similarity %.2f)", m.From, m.Score)
	}
	return fmt.Sprintf("regrouped: moved from %s, it fits this story better (similarity %.2f)", m.From, m.Score)
}
