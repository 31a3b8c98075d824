package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/report"
	"github.com/corroborate/corroborate/internal/safehttp"
)

// formats renders a dossier; "html" is added by the web UI's file.
var formats = map[string]func(w io.Writer, d *corroborate.Dossier) error{
	"text":     report.Text,
	"markdown": report.Markdown,
	"md":       report.Markdown,
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
		"usage: corroborate dossier [flags] INPUT...",
		"",
		"Reads articles from files, folders (recursive), .gz files, JSON/JSONL dumps, RSS/Atom",
		"files, - for standard input, http(s) URLs and files of URLs (*.urls, or a .txt that is",
		"mostly URLs: one a line, # for comments), and reports what the coverage says.",
		"URLs are fetched a few at a time per host, many hosts at once, while the pages already",
		"fetched are read; loopback and private addresses are refused unless --allow-private.",
		"Inputs that cannot be read are named on stderr with the reason (a URL with its HTTP",
		"status); the rest are analysed, and the exit status is then 3.",
		"",
		"flags:")
	format := fs.String("format", "text", "output format: text, json, markdown (or md) or html")
	sentences := fs.Int("summary-sentences", 0, "sentences in the summary (default 5, or as many as fit --summary-words)")
	summaryWords := fs.Int("summary-words", 0, "a length budget for the summary in `N` words: the weakest sentences are left out; one more, marked beyond_budget, fills the room left")
	unsure := fs.Bool("unsure-conflicts", false, fmt.Sprintf("also report the conflicts held back as unsure (confidence below %.1f), each labelled unsure", dossier.DefaultConflictThreshold))
	quiet := fs.Bool("quiet", false, "do not list skipped inputs on stderr")
	maxArticles := fs.Int("max-articles", defaultMaxArticles, "most documents one dossier compares, 0 for no bound; a larger batch is refused before it is analysed (the time grows with the square of the count); 'corroborate ingest' groups one into stories")
	fetch := addFetchFlags(fs)
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	render, ok := formats[*format]
	if !ok {
		return usageError{fmt.Sprintf("dossier: unknown format %q (text, json, markdown or md, html)", *format)}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"dossier: no inputs named"}
	}
	l := &loader{e: e, quiet: *quiet, max: *maxArticles}
	arts, err := l.load(ctx, fs.Args(), fetch)
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("dossier: stopped while the inputs were read: %w", ctx.Err())
	}
	if err != nil {
		return fmt.Errorf("dossier: %w", err)
	}
	if len(arts) == 0 {
		return fmt.Errorf("dossier: no article could be read from %d input(s)", fs.NArg())
	}
	opt := dossier.Options{SummarySentences: *sentences, SummaryWords: *summaryWords}
	if *unsure {
		opt.ConflictThreshold = -1
	}
	d, err := buildUnlessStopped(ctx, arts, opt)
	if err != nil {
		return fmt.Errorf("dossier: stopped before the analysis of %d articles ended: %w", len(arts), err)
	}
	d.Skipped = l.skips
	if err := render(e.stdout, d); err != nil {
		return fmt.Errorf("dossier: writing output: %w", err)
	}
	for _, f := range d.Failed {
		if f.Article != "" {
			fmt.Fprintf(e.stderr, "dossier: the %s stage failed on article %s: %s\n", f.Stage, report.Inert(f.Article), report.Inert(f.Error))
			continue
		}
		fmt.Fprintf(e.stderr, "dossier: the %s stage failed: %s\n", f.Stage, report.Inert(f.Error))
	}
	switch {
	case len(d.Failed) > 0:
		return fmt.Errorf("dossier: %d stage failure(s), %d input(s) skipped: %w", len(d.Failed), len(l.skips), errPartial)
	case len(l.skips) > 0:
		return fmt.Errorf("dossier: %d input(s) skipped: %w", len(l.skips), errPartial)
	}
	return nil
}

// buildUnlessStopped builds the dossier of arts, or returns ctx's error as
// soon as ctx ends (Ctrl-C, SIGTERM): the stages take no context, so the
// build is left to run out in the background of a command that is exiting.
func buildUnlessStopped(ctx context.Context, arts []corroborate.Article, opt dossier.Options) (*corroborate.Dossier, error) {
	built := make(chan *corroborate.Dossier, 1)
	go func() { built <- dossier.Build(arts, opt) }()
	select {
	case d := <-built:
		return d, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// loader reads, fetches and extracts the inputs of one dossier with
// app.Load, naming each problem on stderr. The same article given twice is
// kept once.
type loader struct {
	e     *env
	quiet bool
	max   int                        // most documents, 0 for no bound
	skips []corroborate.SkippedInput // the skipped inputs, for the dossier
}

// load returns the articles of every input: the files' in the order read,
// then the URLs' in the order given. URLs are fetched in the background
// while the files are extracted, and each page is extracted as it comes.
func (l *loader) load(ctx context.Context, args []string, fetch *fetchFlags) ([]corroborate.Article, error) {
	paths, urls, problems := ingest.SplitInputs(args)
	if err := l.bound(len(urls), len(args)); err != nil {
		return nil, err
	}
	fetched := make(chan ingest.Fetched, len(urls))
	if len(urls) > 0 {
		f := fetch.fetcher()
		go func() {
			ingest.FetchURLs(ctx, f, urls, fetch.ingestOptions().MaxTextBytes, func(r ingest.Fetched) { fetched <- r })
			close(fetched)
		}()
	} else {
		close(fetched)
	}
	l.problems(problems)
	var docs []corroborate.Document
	if len(paths) > 0 {
		var errs []error
		docs, errs = ingest.Read(ctx, paths, l.e.stdin, fetch.ingestOptions())
		l.problems(errs)
	}
	if err := l.bound(len(docs)+len(urls), len(args)); err != nil {
		return nil, err
	}
	// Each file's document is an input, then each URL's page, extracted as
	// it arrives and kept in the URLs' order, so that the output does not
	// depend on which host answered first.
	inputs := func(yield func(int, app.Input) bool) {
		for i, d := range docs {
			if !yield(i, app.Input{Name: d.Source, Docs: []corroborate.Document{d}}) {
				return
			}
		}
		for r := range fetched {
			if !yield(len(docs)+r.Index, app.Input{Name: r.URL, Docs: r.Docs, Problems: r.Problems}) {
				return
			}
		}
	}
	bar := newProgress(l.e.stderr, len(docs)+len(urls), "reading")
	defer bar.done()
	got, err := app.LoadSeq(ctx, len(docs)+len(urls), inputs, app.LoadOptions{Parallel: runtime.GOMAXPROCS(0),
		Ingest: fetch.ingestOptions(), Progress: bar.add})
	if err != nil {
		return nil, err
	}
	if len(urls) > 0 {
		// a URL's page may be a feed of many items, known only now
		if err := l.bound(len(got.Articles), len(args)); err != nil {
			return nil, err
		}
	}
	firstOf := map[int]string{} // article index -> the document that gave it
	for _, d := range got.Docs {
		switch {
		case d.Article < 0:
			l.problems([]error{&ingest.InputError{Input: d.Source, Err: errors.New(d.Problem)}})
		case d.Duplicate:
			if !l.quiet {
				fmt.Fprintf(l.e.stderr, "note: %s is the same article as %s; analysed once\n", d.Source, firstOf[d.Article])
			}
		default:
			firstOf[d.Article] = d.Source
		}
	}
	return got.Articles, nil
}

// defaultMaxArticles bounds the documents of one dossier: 2,000. Its
// stages compare every article with every other, so its time grows with
// the square of the count: 2,000 feed items took 8 s, 10,000 took 3 min 39 s,
// 100,000 did not end in 7 min.
const defaultMaxArticles = 2000

// bound refuses a batch of n documents over the loader's bound: files'
// documents before any is extracted, a URL's feed items once they are
// fetched and extracted (the stages, whose time grows with the square of
// the count, are what it spares).
func (l *loader) bound(n, inputs int) error {
	if l.max <= 0 || n <= l.max {
		return nil
	}
	return fmt.Errorf("%d documents from %d input(s) are more than one dossier compares (--max-articles %d): a dossier is the coverage of one story; 'corroborate ingest' groups a larger batch into stories", n, inputs, l.max)
}

// problems counts and names skipped inputs.
func (l *loader) problems(errs []error) {
	for _, err := range errs {
		l.skips = append(l.skips, app.ProblemOf("", err))
	}
	if l.quiet {
		return
	}
	for _, err := range errs {
		fmt.Fprintf(l.e.stderr, "skipped %s\n", report.Inert(problemText(err))) // names and reasons quote the inputs
	}
}

// writeJSON writes v as indented JSON with <, > and & as they are: the
// json format of every command.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// problemText is a skipped input's problem for the terminal: an address
// refused as loopback or private says which flag lets a local run fetch
// it (the server's answers never suggest flags: its users cannot set them).
// The loading stage keeps a document's problem as words, so the refusal is
// known by them too.
func problemText(err error) string {
	if errors.Is(err, safehttp.ErrForbiddenAddress) || strings.Contains(err.Error(), safehttp.ErrForbiddenAddress.Error()+": ") {
		return err.Error() + " (--allow-private fetches it, for local use)"
	}
	return err.Error()
}
