package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/corroborate/corroborate/internal/dossier"
	evalconflicts "github.com/corroborate/corroborate/internal/eval/conflicts"
)

func init() {
	evaluators["conflicts"] = command{
		summary: "conflicts found per story of an FNC-1 style JSONL file, scored against hand labels",
		run:     runEvalConflicts,
	}
}

// labelFiles is a repeatable --labels flag.
type labelFiles []string

func (l *labelFiles) String() string     { return strings.Join(*l, ",") }
func (l *labelFiles) Set(v string) error { *l = append(*l, v); return nil }

// runEvalConflicts runs the dossier on each story and scores its
// conflicts: `corroborate eval conflicts [-v] [--predictions FILE]
// [--labels FILE]... [--save-labels FILE] [--threshold X] FILE.jsonl`. The
// last line of output is the summary.
func runEvalConflicts(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval conflicts",
		"usage: corroborate eval conflicts [-v] [--predictions FILE] [--labels FILE]... [--save-labels FILE] FILE.jsonl",
		"  FILE.jsonl: lines {\"id\",\"story\",\"text\"}; one dossier per story.",
		"  To label: write --predictions, add \"label\" (true/false) and \"reason\" to each line, and",
		"  pass that file to --labels (after the regression set, so that its labels win);",
		"  --save-labels then writes all labels without article text, for the repository.")
	verbose := fs.Bool("v", false, "print every conflict with its label, and the labelled true conflicts no longer reported")
	preds := fs.String("predictions", "", "write every conflict, held back ones included, with spans and passages as JSON lines to `FILE`")
	var labels labelFiles
	fs.Var(&labels, "labels", "score against the labelled conflicts in `FILE` (repeatable)")
	save := fs.String("save-labels", "", "write the labels read, ids and offsets only, to `FILE`")
	threshold := fs.Float64("threshold", 0, fmt.Sprintf("confidence below which a conflict is held back (0: the dossier's default, %.1f; negative: none)", dossier.DefaultConflictThreshold))
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval conflicts: want one FILE.jsonl"}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r, err := evalconflicts.Run(evalconflicts.Config{
		File: fs.Arg(0), Labels: labels, Predictions: *preds, SaveLabels: *save,
		Dossier: dossier.Options{ConflictThreshold: *threshold}, Verbose: *verbose,
		Out: e.stdout, Problems: e.stderr,
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "conflicts: "+r.Score.Line(r.Labelled))
	return nil
}
