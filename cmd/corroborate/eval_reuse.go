package main

import (
	"context"
	"fmt"

	"github.com/corroborate/corroborate/internal/eval"
	evalreuse "github.com/corroborate/corroborate/internal/eval/reuse"
)

func init() {
	evaluators["reuse"] = command{
		summary: "find copied passages, their direction and credits in copies generated from real articles",
		run:     runEvalReuse,
	}
}

func runEvalReuse(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval reuse",
		"usage: corroborate eval reuse [flags] [SHARED_BENCH_DIR]",
		"  SHARED_BENCH_DIR holds clustering/fnc1-stories/articles.jsonl and quotes/polnear (default ../shared/bench)")
	predictions := fs.String("predictions", "", "write the generated cases, the reuse predicted and each pair's score as JSON to `FILE`")
	verbose := fs.Bool("v", false, "print each pair's score")
	seed := fs.Uint64("seed", 1, "generator `SEED`")
	split := fs.String("split", evalreuse.SplitTest, "source articles to derive from: dev (for tuning), test (held out) or all")
	cases := fs.Int("cases", 300, "number of generated cases")
	unrelated := fs.Int("unrelated", 1000, "number of unrelated FNC-1 article pairs checked for false positives")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return usageError{"eval reuse: at most one SHARED_BENCH_DIR"}
	}
	if *split != evalreuse.SplitDev && *split != evalreuse.SplitTest && *split != evalreuse.SplitAll {
		return usageError{"eval reuse: --split must be dev, test or all"}
	}
	dir := "../shared/bench"
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	rep, err := evalreuse.Run(ctx, dir, evalreuse.Options{Cases: *cases, Unrelated: *unrelated, Seed: *seed, Split: *split})
	if err != nil {
		return err
	}
	if *verbose {
		for _, c := range rep.Cases {
			for _, p := range c.Pairs {
				fmt.Fprintf(e.stdout, "%s\t%-12s %s %s\tdirection=%s tp=%d fp=%d fn=%d\n", c.ID, c.Type, p.A, p.B, p.Direction, p.TP, p.FP, p.FN)
			}
		}
		for _, u := range rep.Unrelated {
			if u.Predicted > 0 {
				fmt.Fprintf(e.stdout, "unrelated\t%s %s\tpredicted=%d\n", u.A, u.B, u.Predicted)
			}
		}
		for _, u := range rep.SameStory {
			if u.Predicted > 0 {
				fmt.Fprintf(e.stdout, "same-story\t%s %s\tpredicted=%d\n", u.A, u.B, u.Predicted)
			}
		}
	}
	if *predictions != "" {
		if err := eval.WriteJSON(*predictions, rep); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "benchmark: copies generated from %d real articles under %s (split %s, seed %d, %d cases)\n",
		rep.Sources, dir, rep.Split, rep.Seed, len(rep.Cases))
	fmt.Fprintf(e.stdout, "%-13s %5s %5s %8s %6s %9s %6s %9s %7s\n", "type", "pairs", "neg", "spurious", "f1", "precision", "recall", "direction", "credit")
	for _, typ := range evalreuse.Types() {
		t := rep.ByType[typ]
		if t.Pairs == 0 {
			fmt.Fprintf(e.stdout, "%-13s %5d %5d %8d %6s %9s %6s %9s %7s  (false-positive word bytes: %.0f)\n", typ, t.Pairs, t.Negatives, t.Spurious, "-", "-", "-", "-", "-", t.FP)
			continue
		}
		fmt.Fprintf(e.stdout, "%-13s %5d %5d %8d %6.3f %9.3f %6.3f %9.3f %7.3f\n", typ, t.Pairs, t.Negatives, t.Spurious,
			t.F1(), t.Precision(), t.Recall(), t.DirectionAccuracy(), t.CreditAccuracy())
	}
	t := rep.Total
	fmt.Fprintf(e.stdout, "found %d of %d gold pairs; credited right in %d of %d correctly oriented\n", t.Found, t.Pairs, t.CreditOK, t.CreditChecks)
	fmt.Fprintf(e.stdout, "unrelated FNC-1 pairs (different stories): %d of %d with reuse predicted (%.1f%%)\n",
		rep.UnrelatedFP, len(rep.Unrelated), 100*rep.UnrelatedRate())
	fmt.Fprintf(e.stdout, "same-story FNC-1 pairs sharing no run of 8 words: %d of %d with reuse predicted (%.1f%%)\n",
		rep.SameStoryFP, len(rep.SameStory), 100*ratio(rep.SameStoryFP, len(rep.SameStory)))
	fmt.Fprintf(e.stdout, "all %d FNC-1 articles of the split as one story: %d reuse edges across stories (of %d cross-story pairs), %d within stories (real reuse in FNC-1, unscored)\n",
		rep.Pooled.Articles, rep.Pooled.CrossEdges, rep.Pooled.CrossPairs, rep.Pooled.WithinEdges)
	fmt.Fprintf(e.stdout, "reuse: f1=%.3f precision=%.3f recall=%.3f direction_accuracy=%.3f pairs=%d\n",
		t.F1(), t.Precision(), t.Recall(), t.DirectionAccuracy(), t.Pairs)
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
