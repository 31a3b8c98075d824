package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/postgres"
	"github.com/corroborate/corroborate/internal/safehttp"
	"github.com/corroborate/corroborate/internal/server"
	"github.com/corroborate/corroborate/internal/sqlite"
)

func init() {
	commands["serve"] = command{
		summary: "run the web UI and the JSON API over a store (SQLite file or PostgreSQL)",
		run:     runServe,
	}
}

func runServe(ctx context.Context, args []string, e *env) error {
	fs := e.flags("serve",
		"usage: corroborate serve [flags]",
		"",
		"Serves the web UI at / and the JSON API at /api/v1 over one store.",
		"Writes need the token, as 'Authorization: Bearer TOKEN' or through the web form.",
		"",
		"flags:")
	addr := fs.String("addr", "localhost:8080", "address to listen on; beyond loopback it needs a token")
	db := fs.String("db", "corroborate.db", "database: a SQLite file (created on first use) or a postgres:// URL")
	token := fs.String("token", "", "token that guards writes (default $CORROBORATE_TOKEN); without one, writes from this machine only")
	maxUpload := fs.Int64("max-upload", httpx.DefaultMaxUpload>>20, "largest upload request, in MiB")
	def := app.DefaultLimits()
	memory := fs.Int64("memory", def.Memory>>20, "memory, in MiB, that the uploads and analyses in flight may need together, each reckoned at 48 bytes per byte of upload or story text; by default a quarter of this machine's memory, at most 2048")
	work := fs.Int("concurrency", def.Work, "uploads and analyses run at once, by default one per CPU")
	wait := fs.Duration("wait", def.Wait, "how long a request waits for room before it is refused with 503 and Retry-After")
	timeout := fs.Duration("timeout", server.DefaultRequestTimeout, "longest time one request may take")
	allowPrivate := fs.Bool("allow-private", false, "let the pages added by URL be fetched from loopback, private and link-local addresses (for local use)")
	streaming := fs.Bool("stream", true, "in the background, group queued articles and polled feeds into stories (a stream worker, see docs/streams.md)")
	if ok, err := parseFlags(fs, args); !ok {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("serve: unexpected argument %q", fs.Arg(0))}
	}
	if *token == "" {
		*token = os.Getenv("CORROBORATE_TOKEN")
	}
	if *maxUpload <= 0 || *memory <= 0 || *work <= 0 || *wait <= 0 {
		return usageError{"serve: --max-upload, --memory, --concurrency and --wait must be positive"}
	}
	if err := server.CheckAddr(*addr, *token); err != nil {
		return usageError{"serve: " + corroborate.ErrorMessage(err)}
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	store, where, err := openStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer store.Close()
	// One Fetcher for every page added by URL, so that its per-host and
	// overall limits hold across requests.
	fetcher := safehttp.NewFetcher(safehttp.FetchOptions{Options: safehttp.Options{AllowPrivate: *allowPrivate},
		MaxBytes: *maxUpload << 20})
	a := app.New(store, app.Options{Log: log, MaxBatchBytes: *maxUpload << 20,
		Limits: app.Limits{Memory: *memory << 20, Work: *work, Wait: *wait}, Fetcher: fetcher})
	srv, err := server.New(server.Config{Addr: *addr, App: a, Token: *token,
		MaxUpload: *maxUpload << 20, RequestTimeout: *timeout, Log: log})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if *streaming && startStream(ctx, store, a, log) {
		fmt.Fprintln(e.stderr, "corroborate: grouping queued articles and polled feeds into stories in the background")
	}
	fmt.Fprintf(e.stderr, "corroborate: serving http://%s/ (database %s)\n", ln.Addr(), where)
	return srv.Serve(ctx, ln)
}

// openStore opens the store named by db: PostgreSQL for a postgres:// or
// postgresql:// URL, else a SQLite file. It returns the store and a name for
// it that holds no password.
func openStore(ctx context.Context, db string) (corroborate.Store, string, error) {
	octx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		s, err := postgres.Open(octx, db, postgres.Options{})
		if err != nil {
			return nil, "", errors.New(corroborate.ErrorMessage(err) + detail(err))
		}
		return s, "PostgreSQL", nil
	}
	s, err := sqlite.Open(octx, db, sqlite.Options{})
	if err != nil {
		return nil, "", err
	}
	return s, db, nil
}

// detail is the cause of a store error for the terminal, after its message.
func detail(err error) string {
	var e *corroborate.Error
	if errors.As(err, &e) && e.Err != nil {
		return ": " + e.Err.Error()
	}
	return ""
}
