package main

import (
	"context"
	"fmt"

	evalstance "github.com/corroborate/corroborate/internal/eval/stance"
)

func init() {
	evaluators["stance"] = command{
		summary: "agree / disagree / discuss for (claim, article) pairs of FNC-1 stories (stances.jsonl)",
		run:     runEvalStance,
	}
}

// runEvalStance scores stance detection: `corroborate eval stance [-v]
// [--predictions FILE] [--fit] [--folds K] stances.jsonl`. It prints the
// development half, a cross-validation by story on it (what to expect on
// stories never seen), the other half, a cross-validation by story over
// all stories (the figure to choose settings by); the last line of output
// is the summary over all pairs.
func runEvalStance(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval stance",
		"usage: corroborate eval stance [-v] [--predictions FILE] [--fit] [--folds K] stances.jsonl")
	verbose := fs.Bool("v", false, "print every pair predicted wrongly")
	preds := fs.String("predictions", "", "write the input lines with a \"predicted\" field added to `FILE`")
	folds := fs.Int("folds", 5, "cross-validate by story with `K` folds, on the development half and over all stories (1 skips it)")
	fit := fs.Bool("fit", false, "fit the model's weights on the development half and print them as Go")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval stance: want one stances.jsonl file (articles.jsonl beside it)"}
	}
	s, err := evalstance.Run(evalstance.Config{File: fs.Arg(0), Predictions: *preds, Fit: *fit, Folds: *folds, Verbose: *verbose, Out: e.stdout})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "stance: "+s.Line())
	return nil
}
