package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/report"
)

// formats renders a dossier; "html" is added by the web UI's file.
var formats = map[string]func(w io.Writer, d *corroborate.Dossier) error{
	"text":     report.Text,
	"markdown": report.Markdown,
	"json":     func(w io.Writer, d *corroborate.Dossier) error { return writeJSON(w, d) },
}

func init() {
	commands["dossier"] = command{
		summary: "analyse the coverage of one story: files, folders, JSONL, feeds, or - for stdin",
		run:     runDossier,
	}
}

func runDossier(ctx context.Context, args []string, e *env) error {
	fs := e.flags("dossier",
		"usage: corroborate dossier [flags] PATH...",
		"",
		"Reads articles from files, folders (recursive), .gz files, JSON/JSONL dumps, RSS/Atom",
		"files, or - for standard input, and reports what the coverage says.",
		"Inputs that cannot be read are named on stderr with the reason; the rest are analysed,",
		"and the exit status is then 3.",
		"",
		"flags:")
	format := fs.String("format", "text", "output format: text, json, markdown or html")
	sentences := fs.Int("summary-sentences", 5, "sentences in the summary")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "largest input accepted, in bytes after decompression")
	quiet := fs.Bool("quiet", false, "do not list skipped inputs on stderr")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	render, ok := formats[*format]
	if !ok {
		return usageError{fmt.Sprintf("dossier: unknown format %q (text, json, markdown, html)", *format)}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"dossier: no inputs named"}
	}
	arts, skipped := loadArticles(ctx, fs.Args(), e, ingest.Options{MaxBytes: *maxBytes}, *quiet)
	if len(arts) == 0 {
		return fmt.Errorf("dossier: no article could be read from %d input(s)", fs.NArg())
	}
	d := dossier.Build(arts, dossier.Options{SummarySentences: *sentences})
	if err := render(e.stdout, d); err != nil {
		return fmt.Errorf("dossier: writing output: %w", err)
	}
	if skipped > 0 {
		return fmt.Errorf("dossier: %d input(s) skipped: %w", skipped, errPartial)
	}
	return nil
}

// loadArticles ingests and extracts every input, reporting each problem on
// stderr by name. Duplicate articles (same id) are kept once.
func loadArticles(ctx context.Context, paths []string, e *env, opt ingest.Options, quiet bool) ([]corroborate.Article, int) {
	docs, problems := ingest.Read(ctx, paths, e.stdin, opt)
	skipped := len(problems)
	if !quiet {
		for _, p := range problems {
			fmt.Fprintf(e.stderr, "skipped %v\n", p)
		}
	}
	seen := map[string]string{}
	var arts []corroborate.Article
	xo := extract.Options{Now: time.Now()}
	bar := newProgress(e.stderr, len(docs), "extracting")
	defer bar.done()
	for _, doc := range docs {
		bar.add()
		a, err := extract.Extract(doc, xo)
		if err != nil {
			skipped++
			if !quiet {
				fmt.Fprintf(e.stderr, "skipped %s: %v\n", doc.Source, err)
			}
			continue
		}
		if prev, dup := seen[a.ID]; dup {
			if !quiet {
				fmt.Fprintf(e.stderr, "note: %s is the same article as %s; analysed once\n", doc.Source, prev)
			}
			continue
		}
		seen[a.ID] = doc.Source
		arts = append(arts, a)
	}
	return arts, skipped
}

// writeJSON writes v as indented JSON with <, > and & as they are: the
// json format of every command.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
