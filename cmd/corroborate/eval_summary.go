package main

import (
	"context"
	"fmt"
	"time"

	evalsummary "github.com/corroborate/corroborate/internal/eval/summary"
)

func init() {
	evaluators["summary"] = command{
		summary: "ROUGE of the summary on folders of clusters (NN.txt articles, reference*.txt), with lead and centroid baselines",
		run:     runEvalSummary,
	}
}

// runEvalSummary scores the summary: `corroborate eval summary [-v]
// [--words N | --bytes N] [--predictions FILE] DIR|ARTICLES.jsonl`. The last line of
// output is corroborate's figures.
func runEvalSummary(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval summary",
		"usage: corroborate eval summary [-v] [--words N | --bytes N] [--summary-words N] [--predictions FILE] DIR|ARTICLES.jsonl\n"+
			"  DIR holds cluster folders (or is one): NN.txt articles and reference*.txt summaries;\n"+
			"  ARTICLES.jsonl (FNC-1 stories, stances.jsonl beside it): each story of 10+ articles against its claim headlines;\n"+
			"  ROUGE-1/2/L F1 and recall, Porter-stemmed tokens [a-z0-9]+, every summary cut to the budget")
	verbose := fs.Bool("v", false, "print each cluster's figures for every system")
	words := fs.Int("words", 0, "cut summaries to `N` words (default: the set's budget.json, else 300)")
	bytes := fs.Int("bytes", 0, "cut summaries to `N` bytes instead (665 for 10-article wire clusters)")
	ask := fs.Int("summary-words", 0, "the length corroborate is asked for, in words (default: the word budget, 100 under --bytes)")
	preds := fs.String("predictions", "", "write each cluster's summaries and figures as JSON Lines to `FILE`")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval summary: want one folder of clusters"}
	}
	res, err := evalsummary.Run(evalsummary.Config{Dir: fs.Arg(0), Words: *words, Bytes: *bytes, SummaryWords: *ask,
		Predictions: *preds, Verbose: *verbose, Out: e.stdout, Now: time.Now()})
	if err != nil {
		return fmt.Errorf("eval summary: %w", err)
	}
	fmt.Fprintf(e.stdout, "summary: %s\n", res["corroborate"].Line())
	return nil
}
