package main

import (
	"context"
	"fmt"

	evalsentences "github.com/corroborate/corroborate/internal/eval/sentences"
)

func init() {
	evaluators["sentences"] = command{
		summary: "sentence boundaries of {\"text\", \"language\", \"sentences\"} cases (JSONL)",
		run:     runEvalSentences,
	}
}

// runEvalSentences scores the sentence splitter: `corroborate eval
// sentences [-v] [--predictions FILE] FILE.jsonl`. The last line of output
// is the summary over all cases.
func runEvalSentences(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval sentences",
		"usage: corroborate eval sentences [-v] [--predictions FILE] FILE.jsonl\n"+
			"  FILE.jsonl holds one case a line: {\"text\", \"language\", \"sentences\": [...]}")
	verbose := fs.Bool("v", false, "print every case split wrongly, got against want")
	preds := fs.String("predictions", "", "write each case's index and predicted sentences as JSON Lines to `FILE`")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval sentences: want one cases file (JSON Lines)"}
	}
	res, err := evalsentences.Run(evalsentences.Config{File: fs.Arg(0), Predictions: *preds, Verbose: *verbose, Out: e.stdout})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "sentences: %s\n", res.All.Line())
	return nil
}
