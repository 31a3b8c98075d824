package main

import (
	"context"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
	evalmeta "github.com/corroborate/corroborate/internal/eval/metadata"
	"github.com/corroborate/corroborate/internal/extract"
)

func init() {
	evaluators["metadata"] = command{
		summary: "title, byline, outlet, date, language and text of HTML pages (<page>/source.html + expected-metadata.json)",
		run:     runEvalMetadata,
	}
}

// runEvalMetadata scores page metadata: `corroborate eval metadata [-v]
// [--raw] [--predictions FILE] DIR`. The last line of output is the summary.
func runEvalMetadata(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval metadata",
		"usage: corroborate eval metadata [flags] DIR",
		"  DIR holds one folder per page: source.html, expected-metadata.json, expected.html.",
		"  Each field is scored on the pages whose expectation is not null; \"lorem ipsum\" fixtures are left out.")
	verbose := fs.Bool("v", false, "print each page's expectations and the fields read wrong")
	raw := fs.Bool("raw", false, "also score go-trafilatura called directly (default options), side by side")
	predictions := fs.String("predictions", "", "write what was read to `FILE` as {page: {title, byline, outlet, published, language, text}}")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval metadata: need exactly one DIR"}
	}
	pages, err := evalmeta.Load(fs.Arg(0))
	if err != nil {
		return err
	}
	ours, err := evalmeta.Run(ctx, "corroborate", pages, readPageMetadata)
	if err != nil {
		return err
	}
	runs := []evalmeta.Result{ours}
	if *raw {
		direct, err := evalmeta.Run(ctx, "go-trafilatura (direct)", pages, evalmeta.Trafilatura)
		if err != nil {
			return err
		}
		runs = append(runs, direct)
	}
	if *predictions != "" {
		if err := eval.WriteJSON(*predictions, ours.Predictions()); err != nil {
			return err
		}
	}
	return evalmeta.Write(e.stdout, runs, *verbose)
}

// readPageMetadata runs our extraction stage on one test page, without a URL.
func readPageMetadata(p evalmeta.Page) evalmeta.Prediction {
	a, err := extract.Extract(corroborate.Document{Source: p.ID + ".html", Format: "html", Body: p.HTML}, extract.Options{})
	pred := evalmeta.Prediction{Title: a.Title, Byline: a.Byline, Language: a.Language, Text: a.Text}
	if a.Outlet != nil {
		pred.Outlet = *a.Outlet
	}
	if a.Published != nil {
		pred.Published = *a.Published
	}
	if err != nil {
		pred.Err = err.Error()
	}
	return pred
}
