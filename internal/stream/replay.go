package stream

import (
	"cmp"
	"context"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
)

// replay adds the log's entries after s.last, up to head, to the
// clusterer in log order, moving s.last along, and hands each entry with
// its assignment to each. before, when not nil, is called with each
// entry's position before the entry is added.
func (w *Worker) replay(ctx context.Context, head int64, before func(logSeq int64), each func(e corroborate.ReplayEntry, a cluster.Assignment)) error {
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
			if before != nil {
				before(es[i].LogSeq)
			}
			each(es[i], s.c.AddDoc(d))
			s.last = es[i].LogSeq
		}
	}
	return nil
}

// rebuild replays the log from s.last to head into a new clusterer, and
// regroups it where the assigners did, so that its stories are the stored
// ones, which regroupings changed without a trace in the log order: at the
// places the store recorded (RegroupLog), and where it recorded none (a
// store without the record, or the part of the log written before it had
// one) every Options.RegroupEvery entries and at the end of that part.
// Each of the clusterer's stories then stands for the stored story most of
// its articles are in.
func (w *Worker) rebuild(ctx context.Context, head int64) error {
	s := &w.as
	at, from := []int64(nil), head
	if rl, ok := s.role.(RegroupLog); ok {
		var err error
		if at, from, err = rl.Regroups(ctx, s.last, head); err != nil {
			return err
		}
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
	// regroupTo makes the recorded regroupings up to log entry seq.
	regroupTo := func(seq int64) {
		for len(at) > 0 && at[0] <= seq {
			regroup()
			at = at[1:]
		}
	}
	err := w.replay(ctx, head, func(seq int64) { regroupTo(seq - 1) }, func(e corroborate.ReplayEntry, a cluster.Assignment) {
		merges.Record(a)
		where[e.ArticleID], stored[e.ArticleID] = a.Story, e.StoryID
		since++
		if e.LogSeq > from {
			regroupTo(e.LogSeq)
			return
		}
		// Not recorded: as an assigner regroups without waiting.
		if (w.opt.RegroupEvery > 0 && since >= w.opt.RegroupEvery) || (e.LogSeq == from && !slices.Contains(at, from)) {
			regroup()
		}
		regroupTo(e.LogSeq)
	})
	if err != nil {
		return err
	}
	regroupTo(head)
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
