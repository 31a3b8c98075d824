package stream

import (
	"cmp"
	"context"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
)

// replay adds the log's entries after s.last, up to head, to the
// clusterer in log order, moving s.last along, and hands each entry with
// its assignment to each.
func (w *Worker) replay(ctx context.Context, head int64, each func(e corroborate.ReplayEntry, a cluster.Assignment)) error {
	s := &w.as
	for s.last < head {
		es, err := s.role.Replay(ctx, s.last, 1000)
		if err != nil {
			return err
		}
		if len(es) == 0 {
			return nil
		}
		for i, d := range w.features(replayItems(es)) {
			each(es[i], s.c.AddDoc(d))
			s.last = es[i].LogSeq
		}
	}
	return nil
}

// rebuild replays the log from s.last to head into a new clusterer, and
// regroups it as the assigner did (every Options.RegroupEvery entries and
// at the end), so that its stories look like the stored ones, which
// regroupings changed without a trace in the log order. Each of the
// clusterer's stories then stands for the stored story most of its
// articles are in.
func (w *Worker) rebuild(ctx context.Context, head int64) error {
	s := &w.as
	stored := map[string]string{}         // article -> its story in the log
	where := map[string]cluster.StoryID{} // article -> the clusterer's story
	merges := cluster.Merges{}
	regroup := func() {
		if w.opt.RegroupEvery < 0 {
			return
		}
		for _, m := range s.c.Regroup().Moves {
			where[m.ID] = m.To
		}
	}
	since := 0
	err := w.replay(ctx, head, func(e corroborate.ReplayEntry, a cluster.Assignment) {
		merges.Record(a)
		where[e.ArticleID], stored[e.ArticleID] = a.Story, e.StoryID
		if since++; w.opt.RegroupEvery > 0 && since >= w.opt.RegroupEvery {
			regroup()
			since = 0
		}
	})
	if err != nil {
		return err
	}
	if since > 0 {
		regroup()
	}
	votes := map[cluster.StoryID]map[string]int{}
	for art, cs := range where {
		cs = merges.Final(cs)
		if votes[cs] == nil {
			votes[cs] = map[string]int{}
		}
		votes[cs][stored[art]]++
	}
	for cs, v := range votes {
		best, n := "", 0
		for id, k := range v {
			if k > n || (k == n && cmp.Less(id, best)) {
				best, n = id, k
			}
		}
		s.stories[cs] = best
	}
	return nil
}
