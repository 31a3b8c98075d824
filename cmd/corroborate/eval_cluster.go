package main

import (
	"context"
	"fmt"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/eval"
	evalcluster "github.com/corroborate/corroborate/internal/eval/cluster"
)

func init() {
	evaluators["cluster"] = command{
		summary: "group a stream of articles into stories (B-cubed vs a TF-IDF baseline)",
		run:     runEvalCluster,
	}
}

func runEvalCluster(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval cluster",
		"usage: corroborate eval cluster [flags] FILE.jsonl|DIR",
		"  FILE.jsonl: lines {\"id\",\"story\",\"text\"} with \"title\", \"published\" and \"outlet\" when known,",
		"    read as ingest reads them; DIR: .txt files named by topic (\"topic (N).txt\", \"topic.N.txt\")")
	predictions := fs.String("predictions", "", "write {\"id\",\"story\"} JSON lines with the predicted story of each article to `FILE`")
	verbose := fs.Bool("v", false, "print each article's gold story, predicted story and explanation")
	shuffle := fs.Uint64("shuffle", 0, "stream the articles in a random order fixed by `SEED` (0: input order)")
	half := fs.Int("half", 0, "keep only half `N` (1 or 2) of the stories, split by a hash of the story label")
	threshold := fs.Float64("threshold", 0, "join threshold (0: the clusterer's default)")
	merge := fs.Float64("merge-threshold", 0, "merge threshold (0: the clusterer's default)")
	split := fs.Float64("split-threshold", 0, "regrouping: average cosine below which a story is split (0: the clusterer's default)")
	contrast := fs.Float64("split-contrast", 0, "regrouping: how much less alike two parts must be across a cut than within for a split (0: the clusterer's default)")
	join := fs.Float64("join-threshold", 0, "regrouping: average cosine at which two stories are joined (0: the clusterer's default)")
	noTime := fs.Bool("no-time", false, "drop the publication times: articles are placed in stream order (what time adds)")
	spread := fs.Duration("spread", 0, "move each story's articles apart over up to `SPAN` (e.g. 96h) and stream them in time order again")
	every := fs.Int("regroup-every", evalcluster.DefaultRegroupEvery, "regroup the recent articles every `N` articles and at the end of the stream (0: only at the end; -1: never)")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval cluster: need exactly one FILE.jsonl or DIR"}
	}
	if *half < 0 || *half > 2 {
		return usageError{"eval cluster: --half must be 1 or 2"}
	}
	path := fs.Arg(0)
	articles, err := evalcluster.Load(path)
	if err != nil {
		return err
	}
	if *half > 0 {
		articles = evalcluster.Half(articles, *half)
	}
	order := "input order"
	if *spread > 0 {
		articles = evalcluster.Spread(articles, *spread, 1)
		order = fmt.Sprintf("each story spread over up to %s, time order", *spread)
	}
	if *noTime {
		articles = evalcluster.WithoutTime(articles)
		order += ", no times"
	}
	if *shuffle != 0 {
		articles = evalcluster.Shuffle(articles, *shuffle)
		order = fmt.Sprintf("shuffled (seed %d)", *shuffle)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	opt := cluster.Options{Threshold: *threshold, MergeThreshold: *merge, SplitThreshold: *split, SplitContrast: *contrast, JoinThreshold: *join}
	res := evalcluster.Evaluate(articles, opt, *every)
	if *verbose {
		for i, as := range res.Assignments {
			fmt.Fprintf(e.stdout, "%s\tgold=%s\tstory=%s\tfinal=%s\tscore=%.3f\t%s\n", as.ID, articles[i].Story,
				as.Story, res.Predictions[i].Story, as.Score, as.Explanation())
		}
	}
	if *predictions != "" {
		if err := eval.WriteJSONLines(*predictions, res.Predictions); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "benchmark: %s (%d articles, %d gold stories, %s", path, res.Articles, res.GoldStories, order)
	if *half > 0 {
		fmt.Fprintf(e.stdout, ", half %d", *half)
	}
	fmt.Fprintln(e.stdout, ")")
	for _, row := range []struct {
		name string
		s    evalcluster.Score
	}{{"clusterer", res.Ours}, {"  online only (no regrouping)", res.Online}, {fmt.Sprintf("baseline (TF-IDF cosine %.1f)", evalcluster.BaselineThreshold), res.Baseline}} {
		fmt.Fprintf(e.stdout, "%-28s f1=%.3f precision=%.3f recall=%.3f stories=%d\n", row.name, row.s.F1, row.s.Precision, row.s.Recall, row.s.Stories)
	}
	if res.Regroupings > 0 {
		fmt.Fprintf(e.stdout, "regrouped %d times (every %d articles and at the end), %d articles moved\n", res.Regroupings, *every, res.Moves)
	}
	fmt.Fprintf(e.stdout, "cluster: f1=%.3f precision=%.3f recall=%.3f stories=%d baseline_f1=%.3f\n",
		res.Ours.F1, res.Ours.Precision, res.Ours.Recall, res.Ours.Stories, res.Baseline.F1)
	return nil
}
