package main

import (
	"context"
	"fmt"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
	evalextract "github.com/corroborate/corroborate/internal/eval/extract"
	"github.com/corroborate/corroborate/internal/extract"
)

func init() {
	evaluators["extract"] = command{
		summary: "main text of HTML pages (ScrapingHub layout: html/<id>.html.gz + ground-truth.json)",
		run:     runEvalExtract,
	}
}

func runEvalExtract(ctx context.Context, args []string, e *env) error {
	fs := e.flags("eval extract",
		"usage: corroborate eval extract [flags] DIR",
		"  DIR holds html/<id>.html.gz and ground-truth.json ({id: {\"url\", \"articleBody\"}}).",
		"  Metric: 4-token shingles of \\w+ tokens, per-page precision/recall averaged, F1 of the means.")
	verbose := fs.Bool("v", false, "print one line per page: f1, precision, recall, url, error")
	predictions := fs.String("predictions", "", "write what was extracted to `FILE` as {id: {\"articleBody\": str}}")
	raw := fs.Bool("raw", false, "score go-trafilatura called directly (default options, ContentText) instead of our extraction")
	workers := fs.Int("workers", 0, "pages extracted at once (0: one per CPU)")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"eval extract: need exactly one DIR"}
	}
	pages, err := evalextract.Load(fs.Arg(0))
	if err != nil {
		return err
	}
	ex, name := extractArticleText, "corroborate"
	if *raw {
		ex, name = evalextract.Trafilatura, "go-trafilatura (direct, default options)"
	}
	bar := newProgress(e.stderr, len(pages), "extract")
	start := time.Now()
	res, err := evalextract.Run(ctx, pages, ex, evalextract.Options{
		Workers:  *workers,
		Progress: func(int, int) { bar.add() },
	})
	bar.done()
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	if *predictions != "" {
		if err := eval.WriteJSON(*predictions, evalextract.Predictions(res)); err != nil {
			return err
		}
	}
	failed := 0
	for _, p := range res.Pages {
		if p.Err != nil {
			failed++
		}
	}
	fmt.Fprintf(e.stderr, "extract: %s, %d pages in %.1fs (%.0f pages/s), %d without text\n",
		name, len(pages), elapsed.Seconds(), float64(len(pages))/elapsed.Seconds(), failed)
	return evalextract.Write(e.stdout, res, *verbose)
}

// extractArticleText runs our whole extraction stage on one benchmark page.
func extractArticleText(p evalextract.Page) (string, error) {
	a, err := extract.Extract(corroborate.Document{
		Source: p.ID + ".html",
		Format: "html",
		Body:   p.HTML,
		URL:    p.URL,
	}, extract.Options{})
	return a.Text, err
}
