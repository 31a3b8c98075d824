package cluster

import (
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/eval"
)

// Prediction is one line of the --predictions file.
type Prediction struct {
	ID    string `json:"id"`
	Story string `json:"story"`
}

// Score is B-cubed quality of one clustering.
type Score struct {
	Precision, Recall, F1 float64
	Stories               int // distinct predicted stories
}

// Result is one run of the benchmark: the clusterer and the baseline on the
// same articles in the same order.
type Result struct {
	Articles    int
	GoldStories int
	Ours        Score
	// Online is the clusterer's score with no regrouping: each article
	// where it was put on arrival, merges followed.
	Online   Score
	Baseline Score
	// Regroupings counts the Regroup calls, and Moves the articles they
	// moved.
	Regroupings, Moves int
	// Predictions are the final stories (after merges), in input order.
	Predictions []Prediction
	// Assignments are what the clusterer said as each article arrived.
	Assignments []cluster.Assignment
}

// DefaultRegroupEvery is how many articles pass between two regroupings in
// Evaluate, as a stream worker would regroup after each batch.
const DefaultRegroupEvery = 2000

// Evaluate streams the articles, in order, through a Clusterer with opt and
// through the baseline, and scores both against the gold stories. Both read
// the same input: the baseline the title and text of each item (it has no
// use for time or outlet), the clusterer the whole item. The
// clusterer regroups its recent articles every regroupEvery articles and
// once at the end of the stream (never when regroupEvery < 0), as a
// consumer of the stream sees it: each article's story is where the last
// move put it, merges followed.
func Evaluate(articles []Article, opt cluster.Options, regroupEvery int) Result {
	c := cluster.New(opt)
	res := Result{Articles: len(articles)}
	texts := make([]string, len(articles))
	gold := make([]string, len(articles))
	merges := cluster.Merges{}
	current := make([]cluster.StoryID, len(articles)) // each article's story now
	at := make(map[string]int, len(articles))
	regroup := func() {
		res.Regroupings++
		rg := c.Regroup()
		for _, m := range rg.Moves {
			current[at[m.ID]] = m.To
			res.Moves++
		}
	}
	for i, a := range articles {
		as := c.Add(a.Item)
		merges.Record(as)
		res.Assignments = append(res.Assignments, as)
		texts[i], gold[i] = a.Item.Title+"\n\n"+a.Item.Text, a.Story
		current[i] = as.Story
		at[a.ID] = i
		if regroupEvery > 0 && (i+1)%regroupEvery == 0 {
			regroup()
		}
	}
	if regroupEvery >= 0 && (regroupEvery == 0 || len(articles)%regroupEvery != 0) {
		regroup()
	}
	pred := make([]string, len(articles))
	online := make([]string, len(articles))
	for i, as := range res.Assignments {
		pred[i] = merges.Final(current[i]).String()
		online[i] = merges.Final(as.Story).String()
		res.Predictions = append(res.Predictions, Prediction{ID: articles[i].ID, Story: pred[i]})
	}
	res.GoldStories = distinct(gold)
	res.Ours = score(gold, pred)
	res.Online = score(gold, online)
	res.Baseline = score(gold, Baseline(texts, BaselineThreshold))
	return res
}

func score(gold, pred []string) Score {
	p, r := BCubed(gold, pred)
	return Score{Precision: p, Recall: r, F1: eval.F1(p, r), Stories: distinct(pred)}
}

func distinct(labels []string) int {
	m := map[string]bool{}
	for _, l := range labels {
		m[l] = true
	}
	return len(m)
}

// Shuffle returns the articles in a random order fixed by seed, for
// streams where stories interleave instead of arriving one after another.
func Shuffle(articles []Article, seed uint64) []Article {
	out := append([]Article(nil), articles...)
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// WithoutTime returns the articles with their publication times removed,
// so that the clusterer places them in stream order: what time adds.
func WithoutTime(articles []Article) []Article {
	out := slices.Clone(articles)
	for i := range out {
		out[i].Item.Time = time.Time{}
	}
	return out
}

// Spread moves the articles of each story apart in time: each article after
// a story's first is placed at the story's first time plus a span drawn
// (seeded) up to span, keeping the story's order, and the stream is sorted
// by time again. A clusterer that only works because the stories of a
// benchmark are short scores lower on the spread stream. Articles without
// a time stay without one and come first; equal times keep their order.
func Spread(articles []Article, span time.Duration, seed uint64) []Article {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	first := map[string]time.Time{}
	offsets := map[string][]time.Duration{}
	count := map[string]int{}
	for _, a := range articles {
		if t := a.Item.Time; !t.IsZero() && (first[a.Story].IsZero() || t.Before(first[a.Story])) {
			first[a.Story] = t
		}
		count[a.Story]++
	}
	out := slices.Clone(articles)
	seen := map[string]int{}
	for i := range out {
		a := &out[i]
		if a.Item.Time.IsZero() {
			continue
		}
		st := a.Story
		if offsets[st] == nil {
			offs := make([]time.Duration, count[st])
			for k := 1; k < len(offs); k++ {
				offs[k] = time.Duration(r.Int64N(int64(span)))
			}
			slices.Sort(offs)
			offsets[st] = offs
		}
		a.Item.Time = first[st].Add(offsets[st][seen[st]])
		seen[st]++
	}
	slices.SortStableFunc(out, func(a, b Article) int { return a.Item.Time.Compare(b.Item.Time) })
	return out
}

// Half keeps the articles of half of the stories: half 1 those whose story
// label has an even FNV-1a hash, half 2 the others. It splits by story, so
// that tuning on one half and checking on the other tells something.
func Half(articles []Article, half int) []Article {
	var out []Article
	for _, a := range articles {
		h := fnv.New32a()
		h.Write([]byte(a.Story))
		if int(h.Sum32()%2) == half-1 {
			out = append(out, a)
		}
	}
	return out
}
