package reuse

import (
	"context"
	"math/rand/v2"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/reuse"
)

// Options sets up a run of the benchmark.
type Options struct {
	Cases     int    // generated cases; 0 means 300
	Unrelated int    // unrelated FNC-1 pairs checked for false positives; 0 means 1000
	Seed      uint64 // the generator's seed; 0 means 1
	Split     string // dev, test or all; "" means test
	Reuse     reuse.Options
}

func (o Options) withDefaults() Options {
	if o.Cases <= 0 {
		o.Cases = 300
	}
	if o.Unrelated <= 0 {
		o.Unrelated = 1000
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Split == "" {
		o.Split = SplitTest
	}
	return o
}

// CaseResult is one generated case with what was predicted and its score.
type CaseResult struct {
	Case
	Predicted []corroborate.Reuse `json:"predicted"`
	Pairs     []PairScore         `json:"pairs"`
	tally     Tally
}

// UnrelatedPair is two articles of different FNC-1 stories and how many
// reuse edges were predicted between them (any is a false positive).
type UnrelatedPair struct {
	A         string `json:"a"`
	B         string `json:"b"`
	Predicted int    `json:"predicted"`
}

// Report is the outcome of a run.
type Report struct {
	Seed      uint64           `json:"seed"`
	Split     string           `json:"split"`
	Sources   int              `json:"sources"`
	Cases     []CaseResult     `json:"cases"`
	Unrelated []UnrelatedPair  `json:"unrelated"`
	ByType    map[string]Tally `json:"-"`
	Total     Tally            `json:"-"`
	// UnrelatedFP counts unrelated pairs with any reuse predicted.
	UnrelatedFP int `json:"unrelated_false_positives"`
	// SameStory: pairs of articles of one FNC-1 story that share no run of
	// eight words (independent reports of one event, as far as a plain
	// test can tell), analysed as two-article stories; reuse found between
	// them is most likely false.
	SameStory []UnrelatedPair `json:"same_story"`
	// SameStoryFP counts SameStory pairs with any reuse predicted.
	SameStoryFP int `json:"same_story_false_positives"`
	// Pooled: all FNC-1 articles of the split analysed as one story. Edges
	// between articles of different stories are false; edges within a
	// story are real reuse in FNC-1, unscored.
	Pooled struct {
		Articles    int `json:"articles"`
		CrossPairs  int `json:"cross_story_pairs"`
		CrossEdges  int `json:"cross_story_edges"`
		WithinEdges int `json:"within_story_edges"`
	} `json:"pooled"`
}

// Run generates the cases from the real articles under dir, analyses each as
// a story of its own, and scores the result. It also analyses pairs of
// articles from different FNC-1 stories, where any reuse found is false.
func Run(ctx context.Context, dir string, opt Options) (*Report, error) {
	opt = opt.withDefaults()
	pool, err := LoadSources(dir, opt.Split)
	if err != nil {
		return nil, err
	}
	rep := &Report{Seed: opt.Seed, Split: opt.Split, Sources: len(pool), ByType: map[string]Tally{}}
	for _, c := range Generate(pool, opt.Cases, opt.Seed) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res := reuse.Analyze(c.Articles, nil, opt.Reuse)
		pairs, t := scoreCase(c, res.Reuse)
		rep.Cases = append(rep.Cases, CaseResult{Case: c, Predicted: res.Reuse, Pairs: pairs, tally: t})
		bt := rep.ByType[c.Type]
		bt.Add(t)
		rep.ByType[c.Type] = bt
		rep.Total.Add(t)
	}
	var fnc []Source
	for _, s := range pool {
		if s.Group != "polnear" {
			fnc = append(fnc, s)
		}
	}
	r := rand.New(rand.NewPCG(opt.Seed, 1<<40))
	for len(rep.Unrelated) < opt.Unrelated && len(fnc) > 1 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, b := fnc[r.IntN(len(fnc))], fnc[r.IntN(len(fnc))]
		if a.Group == b.Group {
			continue
		}
		p := analyzePair(a, b, opt.Reuse)
		rep.Unrelated = append(rep.Unrelated, p)
		if p.Predicted > 0 {
			rep.UnrelatedFP++
		}
	}
	for i := range fnc {
		for j := i + 1; j < len(fnc); j++ {
			a, b := fnc[i], fnc[j]
			if a.Group != b.Group || sharesRun(a.Raw, b.Raw) {
				continue
			}
			p := analyzePair(a, b, opt.Reuse)
			rep.SameStory = append(rep.SameStory, p)
			if p.Predicted > 0 {
				rep.SameStoryFP++
			}
		}
	}
	pooled := make([]corroborate.Article, len(fnc))
	story := map[string]string{}
	perStory := map[string]int{}
	for i, s := range fnc {
		pooled[i] = *article(s.ID, s.Raw)
		story[s.ID] = s.Group
		perStory[s.Group]++
	}
	rep.Pooled.Articles = len(fnc)
	rep.Pooled.CrossPairs = len(fnc) * (len(fnc) - 1) / 2
	for _, n := range perStory {
		rep.Pooled.CrossPairs -= n * (n - 1) / 2
	}
	for _, e := range reuse.Analyze(pooled, nil, opt.Reuse).Reuse {
		if story[e.From] == story[e.To] {
			rep.Pooled.WithinEdges++
		} else {
			rep.Pooled.CrossEdges++
		}
	}
	return rep, nil
}

// analyzePair runs reuse on the two articles a and b alone and counts the
// edges it predicts between them.
func analyzePair(a, b Source, opt reuse.Options) UnrelatedPair {
	res := reuse.Analyze([]corroborate.Article{*article(a.ID, a.Raw), *article(b.ID, b.Raw)}, nil, opt)
	return UnrelatedPair{A: a.ID, B: b.ID, Predicted: len(res.Reuse)}
}

// UnrelatedRate is the share of unrelated pairs with reuse predicted.
func (r *Report) UnrelatedRate() float64 { return ratio(r.UnrelatedFP, len(r.Unrelated)) }

// Types lists the case types in a fixed order.
func Types() []string {
	out := make([]string, len(caseTypes))
	for i, t := range caseTypes {
		out[i] = t.name
	}
	return out
}
