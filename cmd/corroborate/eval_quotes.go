package main

import (
	"context"
	"fmt"

	evalquotes "github.com/corroborate/corroborate/internal/eval/quotes"
)

func init() {
	evaluators["quotes"] = command{
		summary: "direct quotes and speakers on a PolNeAR-style folder (text/ + attributions/)",
		run:     runEvalQuotes,
	}
}

// runEvalQuotes scores quote extraction: `corroborate eval quotes [-v]
// [--all] [--apostrophe-pairs] [--predictions FILE] DIR`. Without --all it scores whole
// quotations; with it, every quotation, partial quotes inside paraphrase
// included. The last line of output is the summary.
func runEvalQuotes(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval quotes",
		"usage: corroborate eval quotes [-v] [--all] [--apostrophe-pairs] [--unit quotation|part] [--predictions FILE] DIR")
	verbose := fs.Bool("v", false, "print per-article misses, extra quotes and wrong speakers")
	all := fs.Bool("all", false, "score every quotation (partial quotes inside paraphrase too), not only whole ones")
	pairs := fs.Bool("apostrophe-pairs", false, "also read a pair of apostrophes ('') as a quotation mark, in the gold and the predictions (the agreed rule reads double marks only)")
	preds := fs.String("predictions", "", "write predictions as JSON to `FILE` (code-point offsets)")
	unit := fs.String("unit", "quotation", "what one prediction is: `quotation` (the parts an attribution or a paragraph break splits are one, as PolNeAR annotates them) or part (each quoted segment its own, as corpora that annotate every pair of marks do)")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval quotes: want one folder"}
	}
	mode := evalquotes.Whole
	if *all {
		mode = evalquotes.All
	}
	marks := evalquotes.DoubleMarks
	if *pairs {
		marks = evalquotes.ApostrophePairs
	}
	var u evalquotes.Unit
	switch *unit {
	case "quotation":
	case "part":
		u = evalquotes.Parts
	default:
		return usageError{fmt.Sprintf("eval quotes: --unit is quotation or part, not %q", *unit)}
	}
	r, err := evalquotes.Run(evalquotes.Config{Dir: fs.Arg(0), Predictions: *preds, Verbose: *verbose, Mode: mode, Marks: marks, Unit: u, Out: e.stdout, Errs: e.stderr})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, r.Summary())
	if r.Failed > 0 {
		return fmt.Errorf("eval quotes: the quotes stage failed on %d article(s), each named above and scored with no predictions", r.Failed)
	}
	return nil
}
