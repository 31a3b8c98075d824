package main

import (
	"context"
	"fmt"
	"sort"
)

// evaluators lists the `corroborate eval` benchmarks; each eval_*.go file
// adds its own in an init function.
var evaluators = map[string]command{}

func init() {
	commands["eval"] = command{
		summary: "measure a stage on a public benchmark (extract, metadata, dates, quotes, reuse, stance, cluster)",
		run:     runEval,
	}
}

func runEval(ctx context.Context, args []string, e *env) error {
	names := make([]string, 0, len(evaluators))
	for n := range evaluators {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stdout, "usage: corroborate eval <benchmark> [flags] PATH")
		for _, n := range names {
			fmt.Fprintf(e.stdout, "  %-8s %s\n", n, evaluators[n].summary)
		}
		if len(args) == 0 {
			return usageError{"eval: no benchmark named"}
		}
		return nil
	}
	ev, ok := evaluators[args[0]]
	if !ok {
		return usageError{fmt.Sprintf("eval: unknown benchmark %q (have %v)", args[0], names)}
	}
	return ev.run(ctx, args[1:], e)
}
