package stream

import (
	"context"
	"log/slog"
	"strings"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
)

// assignState is the assignment role as one worker holds it: the lease on
// the role, the clusterer, which stored story each of the clusterer's
// stories is, and how far into the log the clusterer has seen. It is used
// by one goroutine at a time.
type assignState struct {
	role    corroborate.Assigner
	c       *cluster.Clusterer
	stories map[cluster.StoryID]string
	last    int64 // the log entry the clusterer has seen last
	since   int   // articles committed since the last regrouping
	made    int   // regroupings the clusterer made (or replayed) at last
	taken   bool  // the role was just taken: another holder may have had it
}

// release gives the role up; the clusterer is kept, so that taking the
// role back only needs the entries logged meanwhile.
func (s *assignState) release(log *slog.Logger) {
	if s.role != nil {
		if err := s.role.Close(); err != nil {
			log.Warn("giving up the assignment role", "err", err)
		}
		s.role = nil
	}
}

// reset forgets the clusterer: it saw articles whose assignment was not
// committed, so it must be rebuilt from the log.
func (s *assignState) reset() {
	s.c, s.stories, s.last, s.since, s.made = nil, nil, 0, 0, 0
}

// AssignStep takes the assignment role if no other worker holds it, brings
// the clusterer up to date with the log, and assigns up to
// Options.AssignBatch extracted articles to stories in one commit. It
// returns how many items it closed; 0 when another worker holds the role.
func (w *Worker) AssignStep(ctx context.Context) (int, error) {
	s := &w.as
	if s.role == nil {
		role, err := w.store.AcquireAssigner(ctx, w.opt.ID)
		if corroborate.ErrorCode(err) == corroborate.EConflict {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		s.role, s.taken = role, true
		w.log.Info("took the assignment role")
	}
	n, err := w.assign(ctx)
	if err != nil {
		// Whatever failed, the clusterer may have seen articles the log
		// does not hold: start again from the log.
		s.reset()
		s.release(w.log)
		if corroborate.ErrorCode(err) == corroborate.EConflict {
			w.log.Warn("lost the assignment role", "err", err)
			return 0, nil
		}
	}
	return n, err
}

func (w *Worker) assign(ctx context.Context) (int, error) {
	s := &w.as
	if err := w.catchUp(ctx); err != nil {
		return 0, err
	}
	pending, err := s.role.Pending(ctx, w.opt.AssignBatch)
	if err != nil || len(pending) == 0 {
		if err == nil && s.since > 0 && w.opt.RegroupEvery >= 0 {
			err = w.regroup(ctx) // idle: regroup what came since the last time
		}
		return 0, err
	}
	items := make([]cluster.Item, len(pending))
	for i, p := range pending {
		items[i] = cluster.ItemOf(p.Article)
	}
	docs := w.features(items)
	as := make([]corroborate.StoryAssignment, len(pending))
	seen := map[string]bool{}
	for i, p := range pending {
		as[i] = corroborate.StoryAssignment{Seq: p.Seq, ArticleID: p.Article.ID}
		if p.Assigned || seen[p.Article.ID] {
			as[i].Duplicate = true
			continue
		}
		seen[p.Article.ID] = true
		w.decide(&as[i], s.c.AddDoc(docs[i]), p.Article)
	}
	done, err := s.role.Commit(ctx, as, w.opt.AnalyzeDelay)
	if err != nil {
		return 0, err
	}
	if len(done) < len(as) {
		// Items closed by someone else: the clusterer saw them, the log
		// did not. Rare (a role taken over mid-batch); rebuild to stay exact.
		w.log.Warn("some assignments were not committed; rebuilding the clusterer", "missing", len(as)-len(done))
		s.reset()
	}
	committed := 0
	for _, a := range done {
		switch {
		case a.Duplicate:
			w.stats.duplicates.Add(1)
		default:
			committed++
			w.stats.assigned.Add(1)
			if a.New {
				w.stats.stories.Add(1)
			}
			w.stats.merges.Add(int64(len(a.Merged)))
			if a.LogSeq > s.last {
				s.last, s.made = a.LogSeq, 0
			}
		}
	}
	return len(done), w.maybeRegroup(ctx, committed)
}

// decide turns the clusterer's assignment into a stored story: a new story
// is named after its first article; merged stories are folded into the one
// that survives; the story's title follows its most central headline.
func (w *Worker) decide(x *corroborate.StoryAssignment, a cluster.Assignment, art corroborate.Article) {
	s := &w.as
	id, ok := s.stories[a.Story]
	if a.New || !ok {
		id = StoryID(art.ID)
		s.stories[a.Story] = id
		x.New, x.Title = true, art.Title
	}
	x.StoryID, x.Score, x.Shares, x.StoryTitle = id, a.Score, a.Shares, a.Title
	for _, m := range a.Merged {
		if mid, ok := s.stories[m]; ok && mid != id {
			x.Merged = append(x.Merged, mid)
		}
		delete(s.stories, m)
	}
	x.Explanation = Explain(a, x.Merged)
}

// StoryID is the id of a stream story: "st" and the id of the article that
// opened it, so that it is stable and never collides with the random ids of
// stories made through the API.
func StoryID(firstArticle string) string { return "st" + firstArticle }

// Explain is the sentence kept with an assignment: the clusterer's own
// ("new story" or "shares: Sessions, Public Safety Partnership, Aug. 18"),
// with the stored stories it merged.
func Explain(a cluster.Assignment, merged []string) string {
	a.Merged = nil
	e := a.Explanation()
	if len(merged) > 0 {
		e += "; merged " + strings.Join(merged, ", ")
	}
	return e
}

// catchUp makes the clusterer current with the log: from scratch, over the
// latest Options.Replay entries, when it has none or is too far behind;
// else with the entries after the last it saw. With regrouping on, entries
// it did not commit itself mean another holder assigned, and maybe
// regrouped, meanwhile: moves the log order does not show, so it rebuilds.
// So it does when it takes the role back and the log has not moved, but
// the store recorded regroupings at the log's head that it did not make:
// a holder meanwhile took over with articles not yet regrouped and
// regrouped them.
func (w *Worker) catchUp(ctx context.Context) error {
	s := &w.as
	taken := s.taken
	s.taken = false
	head, err := s.role.Head(ctx)
	if err != nil {
		return err
	}
	if s.c != nil && head == s.last {
		if !taken || w.opt.RegroupEvery < 0 {
			return nil
		}
		at, _, err := s.role.Regroups(ctx, s.last-1, s.last)
		if err != nil {
			return err
		}
		if len(at) == s.made {
			return nil
		}
	}
	if s.c == nil || head-s.last > int64(w.opt.Replay) || head < s.last || w.opt.RegroupEvery >= 0 {
		s.c = cluster.New(w.opt.Cluster)
		s.stories = map[cluster.StoryID]string{}
		s.last, s.since, s.made = max(0, head-int64(w.opt.Replay)), 0, 0
		w.log.Info("rebuilding the clusterer from the log", "from", s.last, "to", head)
		return w.rebuild(ctx, head)
	}
	return w.replay(ctx, head, func(e corroborate.ReplayEntry, a cluster.Assignment) {
		for _, m := range a.Merged {
			delete(s.stories, m)
		}
		// The log is the truth: where the clusterer now puts the
		// article, it finds the logged story.
		s.stories[a.Story] = e.StoryID
	})
}

func replayItems(es []corroborate.ReplayEntry) []cluster.Item {
	items := make([]cluster.Item, len(es))
	for i, e := range es {
		items[i] = cluster.ItemOf(corroborate.Article{ID: e.ArticleID, Title: e.Title, Text: e.Text, Time: e.Time,
			Outlet: corroborate.StrPtr(e.Outlet)})
	}
	return items
}

// features extracts the clusterer's terms of items in parallel; the
// clusterer then takes them in order.
func (w *Worker) features(items []cluster.Item) []cluster.Doc {
	docs := make([]cluster.Doc, len(items))
	opt := w.opt.Cluster
	var wg sync.WaitGroup
	chunk := (len(items) + w.opt.Parallel - 1) / w.opt.Parallel
	for lo := 0; lo < len(items); lo += chunk {
		hi := min(lo+chunk, len(items))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				docs[i] = cluster.Extract(items[i], opt)
			}
		}()
	}
	wg.Wait()
	return docs
}
