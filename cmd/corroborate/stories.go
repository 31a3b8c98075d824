package main

import (
	"cmp"
	"context"
	"fmt"
	"github.com/corroborate/corroborate/internal/report"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
)

func init() {
	commands["stories"] = command{
		summary: "list stored stories with article, outlet and origin counts; one story with why each article joined",
		run:     runStories,
	}
}

func runStories(ctx context.Context, args []string, e *env) error {
	fs := e.flags("stories",
		"usage: corroborate stories [flags] [STORY-ID]",
		"",
		"Lists stories, most recently updated first, with their counts of articles, outlets (the",
		"known ones, then how many articles give none: '1 (4 unknown)') and origins (articles",
		"not derived from another; '-' until the story has been analysed).",
		"At most --limit stories are listed; a last line says when more follow and how to list",
		"them (--offset). With a story id, lists its articles and why each joined the story.",
		"",
		"flags:")
	db := fs.String("db", "corroborate.db", "database: a SQLite file or a postgres:// URL")
	since := fs.Duration("since", 0, "only stories updated within this long (e.g. 24h); 0 means all")
	limit := fs.Int("limit", 50, "most stories listed; a line says when more follow")
	offset := fs.Int("offset", 0, "skip this many stories (the next page: the offset the last page named)")
	format := fs.String("format", "text", "output format: text or json")
	showFeeds := fs.Bool("feeds", false, "list the polled feeds and how their last polls went instead")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageError{fmt.Sprintf("stories: unknown format %q (text, json)", *format)}
	}
	if fs.NArg() > 1 || *limit <= 0 || *offset < 0 || *since < 0 {
		return usageError{"stories: at most one story id; --limit must be positive, --offset and --since not negative"}
	}
	if !strings.Contains(*db, "://") {
		// a listing reads: a mistyped path would open a new, empty file
		if _, err := os.Stat(*db); err != nil {
			return fmt.Errorf("stories: no database at %s (ingest or serve --db %s makes one)", *db, *db)
		}
	}
	store, _, err := openStreamStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	defer store.Close()
	switch {
	case *showFeeds:
		sts, err := store.FeedStates(ctx)
		if err != nil {
			return fmt.Errorf("stories: %w", err)
		}
		return printOut(e.stdout, *format, sts, func(w io.Writer) { printFeeds(w, sts) })
	case fs.NArg() == 1:
		return showStory(ctx, store, fs.Arg(0), *format, e.stdout)
	}
	from := time.Time{}
	if *since > 0 {
		from = time.Now().Add(-*since)
	}
	// One more than asked tells whether more stories follow.
	sums, err := store.StorySummaries(ctx, from, corroborate.Page{Limit: *limit + 1, Offset: *offset})
	if err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	list := storyList{Stories: sums}
	if len(sums) > *limit {
		list.Stories = sums[:*limit]
		next := *offset + *limit
		list.NextOffset = &next
	}
	return printOut(e.stdout, *format, list, func(w io.Writer) { printStories(w, list, args) })
}

// storyList is a page of the stories listing. NextOffset is the --offset
// of the next page, nil on the last one.
type storyList struct {
	Stories    []corroborate.StorySummary `json:"stories"`
	NextOffset *int                       `json:"next_offset"`
}

// noTitle stands for a story or article title that is empty.
const noTitle = "(no title)"

// printStories writes a page of the listing as a table, then how to get
// the next page when there is one: the command line again (args are the
// stories command's arguments) with --offset set to the next page's.
func printStories(w io.Writer, list storyList, args []string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "UPDATED (UTC)\tARTICLES\tOUTLETS\tORIGINS\tSTORY\tTITLE")
	for _, s := range list.Stories {
		origins := "-"
		if s.Origins >= 0 {
			origins = strconv.Itoa(s.Origins)
		}
		outlets := strconv.Itoa(s.KnownOutlets)
		if n := s.Outlets - s.KnownOutlets; n > 0 {
			outlets += fmt.Sprintf(" (%d unknown)", n)
		}
		fmt.Fprintf(tw, "%s\t%8d\t%s\t%7s\t%s\t%s\n", s.Updated.UTC().Format("2006-01-02 15:04"),
			s.Articles, outlets, origins, s.ID, clip(cmp.Or(s.Title, noTitle), 70))
	}
	tw.Flush()
	switch {
	case len(list.Stories) == 0:
		fmt.Fprintln(w, "no stories")
	case list.NextOffset != nil:
		fmt.Fprintf(w, "more stories follow: corroborate stories %s\n", withOffset(args, *list.NextOffset))
	}
}

// withOffset is the command line args with --offset set to n, the flags
// as typed otherwise.
func withOffset(args []string, n int) string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "="); {
		case a == "--":
		case !strings.HasPrefix(a, "-") || name != "offset":
			out = append(out, a)
		case !hasValue:
			i++ // its value is the next word
		}
	}
	return strings.Join(append(out, "--offset", strconv.Itoa(n)), " ")
}

// storyArticle is one article of a story with why it joined.
type storyArticle struct {
	corroborate.ArticleRef
	Why   string  `json:"why"`
	Score float64 `json:"score"`
}

func showStory(ctx context.Context, store corroborate.StreamStore, id, format string, w io.Writer) error {
	info, refs, err := app.New(store, app.Options{}).StoryArticles(ctx, id)
	if err != nil {
		return fmt.Errorf("stories: %s", corroborate.ErrorMessage(err))
	}
	as, err := store.StoryAssignments(ctx, id)
	if err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	why := map[string]corroborate.StoryAssignment{}
	for _, a := range as {
		why[a.ArticleID] = a
	}
	out := struct {
		Story    corroborate.StoryInfo `json:"story"`
		Articles []storyArticle        `json:"articles"`
	}{Story: info, Articles: []storyArticle{}}
	for _, ref := range refs {
		sa := storyArticle{ArticleRef: ref, Why: "added by hand (API or upload)"}
		if x, ok := why[ref.ID]; ok {
			sa.Why, sa.Score = x.Explanation, x.Score
		}
		out.Articles = append(out.Articles, sa)
	}
	return printOut(w, format, out, func(w io.Writer) {
		fmt.Fprintf(w, "story %s: %s\n%d article(s), revision %d, updated %s\n\n", info.ID, report.Inert(cmp.Or(info.Title, noTitle)),
			info.Articles, info.Revision, info.Updated.UTC().Format("2006-01-02 15:04 UTC"))
		for _, a := range out.Articles {
			fmt.Fprintf(w, "%s  %s  %s  %s\n      %s\n", a.ID, report.Inert(deref(a.Outlet, "(outlet unknown)")),
				report.Inert(deref(a.Published, "(undated)")), clip(cmp.Or(a.Title, noTitle), 60), report.Inert(a.Why))
		}
	})
}

func printFeeds(w io.Writer, sts []corroborate.FeedState) {
	if len(sts) == 0 {
		fmt.Fprintln(w, "no feeds")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tSTATUS\tLAST POLL (UTC)\tNEXT POLL (UTC)\tITEMS\tFAILURES\tLAST ERROR")
	at := func(t time.Time) string {
		if t.IsZero() || t.Year() < 1 {
			return "-"
		}
		return t.UTC().Format("2006-01-02 15:04")
	}
	for _, st := range sts {
		status := "-"
		if st.LastStatus > 0 {
			status = strconv.Itoa(st.LastStatus)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\n", report.Inert(st.URL), status, at(st.LastPoll), at(st.NextPoll),
			st.Items, st.Failures, clip(st.LastError, 60))
	}
	tw.Flush()
}

// printOut writes v as JSON, or calls text.
func printOut(w io.Writer, format string, v any, text func(io.Writer)) error {
	if format == "json" {
		return writeJSON(w, v)
	}
	text(w)
	return nil
}

// clip readies untrusted text (a title, a remote error) for one terminal
// cell: control characters made inert, white space folded, cut to n runes.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(report.Inert(s)), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func deref(p *string, none string) string {
	if p == nil {
		return none
	}
	return *p
}
