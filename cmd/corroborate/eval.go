package main

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// evaluators lists the `corroborate eval` benchmarks; each eval_*.go file
// adds its own in an init function.
var evaluators = map[string]command{}

func init() {
	commands["eval"] = command{
		summary: "measure a stage on a public benchmark (`corroborate eval` lists them)",
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
			fmt.Fprintf(e.stdout, "  %-9s %s\n", n, evaluators[n].summary)
		}
		if len(args) == 0 {
			return usageError{"eval: no benchmark named"}
		}
		return nil
	}
	name, rest := benchmarkFirst(args)
	ev, ok := evaluators[name]
	if !ok {
		return usageError{fmt.Sprintf("eval: unknown benchmark %q (have %v)", name, names)}
	}
	return ev.run(ctx, rest, e)
}

// benchmarkFirst takes the benchmark's name out of args: the first word,
// or, when flags come first (`eval -v extract DIR`), the first word that
// names a benchmark. It returns the name and the other words in order.
func benchmarkFirst(args []string) (string, []string) {
	if _, ok := evaluators[args[0]]; !ok && strings.HasPrefix(args[0], "-") {
		for i, a := range args {
			if a == "--" {
				break
			}
			if _, ok := evaluators[a]; ok {
				return a, append(slices.Clip(args[:i]), args[i+1:]...)
			}
		}
	}
	return args[0], args[1:]
}
