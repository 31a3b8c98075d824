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
// [--predictions FILE] DIR`. The last line of output is the summary.
func runEvalQuotes(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval quotes",
		"usage: corroborate eval quotes [-v] [--predictions FILE] DIR")
	verbose := fs.Bool("v", false, "print per-article misses, extra quotes and wrong speakers")
	preds := fs.String("predictions", "", "write predictions as JSON to `FILE` (code-point offsets)")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval quotes: want one folder"}
	}
	r, err := evalquotes.Run(evalquotes.Config{Dir: fs.Arg(0), Predictions: *preds, Verbose: *verbose, Out: e.stdout})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, r.Summary())
	return nil
}
