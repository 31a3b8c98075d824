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
// regroups it where the holders did (regroupings move articles without a
// trace in the log order), so that within the replayed window it makes the
// regroupings they made: at the places the store recorded
// (Assigner.Regroups), and in the part of the log written before the store
// recorded them, as rebuild did then: every Options.RegroupEvery entries
// and at the place the record starts. The clusterer still differs from the
// holders' where they saw articles before the window. Each of its stories
// then stands for the stored story most of its articles are in.
func (w *Worker) rebuild(ctx context.Context, head int64) error {
	s := &w.as
	at, from, err := s.role.Regroups(ctx, s.last, head)
	if err != nil {
		return err
	}
	stored := map[string]string{}         // article -> its story in the log
	where := map[string]cluster.StoryID{} // article -> the clusterer's story
	merges := cluster.Merges{}
	since := 0 // entries added since the last regrouping
	regroup := func() {
		since = 0
		if w.opt.RegroupEvery < 0 {
			return
		}
		for _, m := range s.c.Regroup().Moves {
			where[m.ID] = m.To
		}
	}
	err = w.replay(ctx, head, func(e corroborate.ReplayEntry, a cluster.Assignment) {
		merges.Record(a)
		where[e.ArticleID], stored[e.ArticleID] = a.Story, e.StoryID
		since++
		s.made = 0
		if e.LogSeq <= from && ((w.opt.RegroupEvery > 0 && since >= w.opt.RegroupEvery) || e.LogSeq == from) {
			regroup() // before the record
		}
		for len(at) > 0 && at[0] <= e.LogSeq {
			regroup()
			s.made++
			at = at[1:]
		}
	})
	if err != nil {
		return err
	}
	s.since = since
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
