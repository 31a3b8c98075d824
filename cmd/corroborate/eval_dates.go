package main

import (
	"context"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
	evaldates "github.com/corroborate/corroborate/internal/eval/dates"
	"github.com/corroborate/corroborate/internal/extract"
)

func init() {
	evaluators["dates"] = command{
		summary: "publication day of HTML pages, from the page alone (truth.json + pages/KEY.html.gz)",
		run:     runEvalDates,
	}
}

// runEvalDates scores publication dates: `corroborate eval dates [-v]
// [--raw] [--predictions FILE] DIR`. The last line of output is the summary.
func runEvalDates(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval dates",
		"usage: corroborate eval dates [flags] DIR",
		"  DIR holds truth.json ({\"pages\": {KEY: {\"url\", \"date\"}}}) and pages/KEY.html.gz.",
		"  Pages are read without their URL; the same calendar day is right, another date wrong, none missed.")
	verbose := fs.Bool("v", false, "print each page read wrong or missed, with the truth")
	raw := fs.Bool("raw", false, "also score go-trafilatura called directly (extensive date search), side by side")
	predictions := fs.String("predictions", "", "write each page's predicted day to `FILE` as {key: {truth, predicted, verdict}}")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval dates: need exactly one DIR"}
	}
	pages, err := evaldates.Load(fs.Arg(0))
	if err != nil {
		return err
	}
	ours, err := evaldates.Run(ctx, "corroborate", pages, pageDay)
	if err != nil {
		return err
	}
	runs := []evaldates.Result{ours}
	if *raw {
		direct, err := evaldates.Run(ctx, "go-trafilatura (direct, extensive)", pages, evaldates.Trafilatura)
		if err != nil {
			return err
		}
		runs = append(runs, direct)
	}
	if *predictions != "" {
		out := map[string]map[string]string{}
		for _, p := range ours.Pages {
			out[p.Key] = map[string]string{"truth": p.Truth, "predicted": p.Pred, "verdict": p.Verdict}
		}
		if err := eval.WriteJSON(*predictions, out); err != nil {
			return err
		}
	}
	return evaldates.Write(e.stdout, runs, *verbose)
}

// pageDay runs our extraction stage on a page without its URL and returns
// the day of its publication date. A page without text still gives the
// date its metadata holds.
func pageDay(html []byte) string {
	a, _ := extract.Extract(corroborate.Document{Source: "page.html", Format: "html", Body: html}, extract.Options{})
	if a.Published == nil || len(*a.Published) < 10 {
		return ""
	}
	return (*a.Published)[:10]
}
