// Package app holds corroborate's use cases over a store: load documents
// into articles (Load), create a story or add articles to one, compute or
// fetch a story's dossier, list stories, read an article, search. The JSON
// API, the web UI, the workers and the CLI all call it; it knows nothing of
// HTTP. It also admits work (see Limits), so that a burst of large uploads
// or analyses waits or is refused rather than exhausting memory.
package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/safehttp"
	"github.com/corroborate/corroborate/internal/text"
)

// DefaultMaxBatchBytes bounds the text of one write after decompression:
// 32 MiB, the default bound of a write request's body.
const DefaultMaxBatchBytes = 32 << 20

// MaxFiles bounds the inputs of one write.
const MaxFiles = 1000

// Options tunes an App. The zero value is ready to use.
type Options struct {
	Ingest  ingest.Options
	Dossier dossier.Options
	// Now anchors year-less dates in extraction; nil means time.Now.
	Now func() time.Time
	// Log receives the app's warnings; nil discards them.
	Log *slog.Logger
	// MaxBatchBytes bounds the text of one write after decompression;
	// 0 means DefaultMaxBatchBytes. Inputs past it are skipped.
	MaxBatchBytes int64
	// Limits bounds the work in flight; the zero value means the defaults.
	Limits Limits
	// Fetcher fetches the pages of URL uploads; one is shared by every
	// write, so that its per-host and overall limits hold for all. nil
	// means one that refuses loopback, private and link-local addresses,
	// each page bounded by MaxBatchBytes.
	Fetcher *safehttp.Fetcher
}

// App is corroborate over a store: it turns uploads into stored articles
// and stories, and serves each story's dossier, computing it again when the
// story has gained articles or the analysis stages have changed. Safe for
// concurrent use; the API, the web UI and the workers of one process share
// one, so that its limits hold for all of them.
type App struct {
	store   corroborate.Store
	opt     Options
	log     *slog.Logger
	stages  string // what the current pipeline is: see pipelineKey
	flight  singleflight.Group
	admit   *admission
	replays *replays
}

// New returns an App over store.
func New(store corroborate.Store, opt Options) *App {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.MaxBatchBytes <= 0 {
		opt.MaxBatchBytes = DefaultMaxBatchBytes
	}
	if opt.Fetcher == nil {
		opt.Fetcher = safehttp.NewFetcher(safehttp.FetchOptions{MaxBytes: opt.MaxBatchBytes})
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &App{store: store, opt: opt, log: log, stages: pipelineKey(opt.Dossier),
		admit: newAdmission(opt.Limits.withDefaults()), replays: newReplays(maxReplays, replayTTL)}
}

// Limits returns the limits in force, defaults filled in.
func (a *App) Limits() Limits { return a.admit.limits }

// PipelineKey names the analysis this program computes; a stored dossier
// with another key is computed again when read.
func (a *App) PipelineKey() string { return a.stages }

// pipelineKey names the analysis the running program computes: the contract
// version, the stages that run and the options. It is found by analysing a
// fixed two-article probe story, so that it changes when a stage lands and
// not with the data. A stored dossier with another key is computed again.
func pipelineKey(opt dossier.Options) string {
	probe := []string{
		"PORT ELLIS — The harbour ferry stopped on Monday after a fault, officials said. \"We will run again on Friday,\" said Mara Quint, the ferry director. About 4,000 people ride it each day.",
		"The Port Ellis ferry stopped on Monday after a fault, according to the Ellis Courier. \"We will run again on Friday,\" Mayor Ned Oyelaran said. About 3,500 people ride it each day.",
	}
	arts := make([]corroborate.Article, len(probe))
	for i, t := range probe {
		arts[i] = corroborate.Article{ID: fmt.Sprintf("probe%d", i), Title: "Ferry stops", Text: t,
			Language: "en", Sentences: text.Sentences(t), Outlet: corroborate.StrPtr(fmt.Sprintf("Probe %d", i))}
	}
	d := dossier.Build(arts, opt)
	return fmt.Sprintf("v%d %s %+v", corroborate.DossierVersion, strings.Join(d.Computed, ","), opt)
}

// Upload is one named input as received: a file, a pasted text, a JSONL
// dump, or a web page to fetch.
type Upload struct {
	Name string
	Body []byte
	// URL, when set, names a page to fetch with the App's Fetcher in place
	// of Name and Body: its articles are added as an upload's are, and a
	// failure is named by the URL among the write's skipped inputs.
	URL string
}

// IngestResult says what became of a write.
type IngestResult struct {
	Story corroborate.StoryInfo `json:"story"`
	// Added lists the articles the story did not hold before.
	Added []string `json:"added"`
	// Duplicates lists inputs whose article was already in the batch or story.
	Duplicates []string  `json:"duplicates"`
	Skipped    []Problem `json:"skipped"`
}

// load reads a write's uploads with LoadSeq, bounded by MaxBatchBytes;
// the pages of URL uploads are fetched while the others are extracted, and
// each is extracted as it arrives. A write that fetches holds room for its
// pages' bound (see PageAllowance), taken within the room the write was
// admitted with as its analysis is: when there is none, it is refused as
// busy.
func (a *App) load(ctx context.Context, ups []Upload) ([]corroborate.Article, IngestResult, error) {
	budget := a.pageBudget(ups)
	if budget > 0 {
		release, err := a.admit.analysis(ctx, budget)
		if err != nil {
			return nil, IngestResult{}, err
		}
		defer release()
	}
	l, err := LoadSeq(ctx, len(ups), a.inputs(ctx, ups, budget), LoadOptions{Ingest: a.opt.Ingest, MaxBytes: a.opt.MaxBatchBytes,
		Now: a.opt.Now(), Parallel: runtime.GOMAXPROCS(0)})
	res := IngestResult{Added: []string{}, Duplicates: l.Duplicates(), Skipped: l.Skipped()}
	return l.Articles, res, err
}

// noArticles is the error for a batch where nothing could be used.
func noArticles(res IngestResult) error {
	if len(res.Skipped) == 0 {
		return corroborate.Errorf(corroborate.EInvalid, "no articles given")
	}
	var b strings.Builder
	for i, p := range res.Skipped {
		if i == 5 {
			fmt.Fprintf(&b, "; and %d more", len(res.Skipped)-i)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %s", p.Input, p.Reason)
	}
	return corroborate.Errorf(corroborate.EInvalid, "no article could be read: %s", b.String())
}

// Create says how to create a story.
type Create struct {
	// Key, when set, makes the creation idempotent: a later Create with the
	// same Client and Key returns the first result instead of making another
	// story (see CreateStory).
	Key string
	// Client names who asks (a digest of the credential), so that one
	// client's keys never answer another's.
	Client string
}

// CreateStory makes a new story of the articles in ups and computes its
// dossier. Inputs that cannot be read are listed in the result; when none
// can, the error has code EInvalid and names them.
//
// With c.Key set the creation is idempotent. The story's id is derived from
// the client, the key and the uploads, so a retry that reaches another
// process over the same store, or this one after a restart, finds the story
// made by the first request and answers with it (replayed true) instead of
// making another. Within one process a creation that succeeded is also
// remembered (in memory, for a day, the latest 10,000): the same key with
// other uploads, or while the first is still running, is an error of code
// EConflict.
func (a *App) CreateStory(ctx context.Context, ups []Upload, c Create) (res IngestResult, replayed bool, err error) {
	if c.Key == "" {
		res, err = a.createStory(ctx, ups, newID())
		return res, false, err
	}
	var found bool
	res, replayed, err = a.replays.do(c.Client, c.Key, ups, func(sum [32]byte) (IngestResult, error) {
		var r IngestResult
		var err error
		r, found, err = a.createKeyed(ctx, ups, keyedID(c.Client, c.Key, sum))
		return r, err
	})
	return res, replayed || found, err
}

// createKeyed makes the story id of ups unless the store holds it already,
// made by an earlier request with the same key and uploads; then it answers
// with that story, as stored now, and found true.
func (a *App) createKeyed(ctx context.Context, ups []Upload, id string) (IngestResult, bool, error) {
	if res, err := a.storedCreation(ctx, id); err == nil {
		return res, true, nil
	} else if corroborate.ErrorCode(err) != corroborate.ENotFound {
		return IngestResult{}, false, err
	}
	res, err := a.createStory(ctx, ups, id)
	if corroborate.ErrorCode(err) == corroborate.EConflict {
		// Another process made it between the lookup and the insert.
		res, err = a.storedCreation(ctx, id)
		return res, err == nil, err
	}
	return res, false, err
}

// storedCreation answers a replayed creation from the store: the story and
// its articles as added. Inputs the first request skipped or found twice
// are not known any more and are not repeated.
func (a *App) storedCreation(ctx context.Context, id string) (IngestResult, error) {
	info, err := a.store.Story(ctx, id)
	if err != nil {
		return IngestResult{}, err
	}
	arts, err := a.store.StoryArticles(ctx, id)
	if err != nil {
		return IngestResult{}, err
	}
	res := IngestResult{Story: info}
	for _, art := range arts {
		res.Added = append(res.Added, art.ID)
	}
	return res, nil
}

func (a *App) createStory(ctx context.Context, ups []Upload, id string) (IngestResult, error) {
	arts, res, err := a.load(ctx, ups)
	if err != nil {
		return res, err
	}
	if len(arts) == 0 {
		return res, noArticles(res)
	}
	info, err := a.store.CreateStory(ctx, id, arts)
	if err != nil {
		return res, err
	}
	for _, art := range arts {
		res.Added = append(res.Added, art.ID)
	}
	res.Story = info
	a.recordSkipped(ctx, &res)
	a.refreshAfterWrite(ctx, &res)
	return res, nil
}

// AddArticles adds the articles in ups to story id and, when it gained
// any, computes its dossier again.
func (a *App) AddArticles(ctx context.Context, id string, ups []Upload) (IngestResult, error) {
	if _, err := a.store.Story(ctx, id); err != nil {
		return IngestResult{}, err
	}
	arts, res, err := a.load(ctx, ups)
	if err != nil {
		return res, err
	}
	if len(arts) == 0 {
		return res, noArticles(res)
	}
	info, added, err := a.store.AddArticles(ctx, id, arts)
	if err != nil {
		return res, err
	}
	res.Story, res.Added = info, added
	isNew := map[string]bool{}
	for _, id := range added {
		isNew[id] = true
	}
	for _, art := range arts {
		if !isNew[art.ID] {
			res.Duplicates = append(res.Duplicates, art.Source)
		}
	}
	if len(added) > 0 {
		a.recordSkipped(ctx, &res)
		a.refreshAfterWrite(ctx, &res)
	}
	return res, nil
}

// recordSkipped keeps the inputs of a write that gave no article with its
// story, so that the story's dossier names them as the CLI's does. Only a
// write that added articles records them: its dossier is computed again
// (the write's result names them either way). The write stands when they
// cannot be recorded; the failure is logged.
func (a *App) recordSkipped(ctx context.Context, res *IngestResult) {
	if len(res.Skipped) == 0 {
		return
	}
	if err := a.store.AddSkipped(ctx, res.Story.ID, res.Skipped); err != nil {
		a.log.WarnContext(ctx, "skipped inputs not recorded", "story", res.Story.ID, "err", err)
	}
}

// writeAnalysisWait is how long a write waits for the dossier of its story
// before it answers without it; the analysis goes on in the background,
// within the write's room.
const writeAnalysisWait = 30 * time.Second

// refreshAfterWrite computes the dossier of the story a write has just
// stored and titles the result with it. The write stands whatever becomes
// of its analysis: when the analysis is not admitted (the server is busy),
// takes longer than writeAnalysisWait or the caller's time, or fails, the result is answered without the title
// and the dossier is computed when it is first read (or by then, in the
// background), so a client never hears of a failure for a story that
// exists and never sends it again.
func (a *App) refreshAfterWrite(ctx context.Context, res *IngestResult) {
	ctx, cancel := context.WithTimeout(ctx, writeAnalysisWait)
	defer cancel()
	sd, err := a.refresh(ctx, res.Story.ID, res.Story.Revision)
	if err != nil {
		a.log.WarnContext(ctx, "analysis deferred", "story", res.Story.ID, "err", err)
		return
	}
	res.Story.Title = sd.Story.Title
}

// newID returns a random story id: 16 hex digits.
func newID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}
