package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
	"github.com/corroborate/corroborate/internal/text"
)

// ServiceOptions tunes a Service. The zero value is ready to use.
type ServiceOptions struct {
	Ingest  ingest.Options
	Dossier dossier.Options
	// Now anchors year-less dates in extraction; nil means time.Now.
	Now func() time.Time
	// Log receives the service's warnings; nil discards them.
	Log *slog.Logger
	// MaxBatchBytes bounds the text of one batch of uploads after
	// decompression, so that a request of small gzip files cannot unpack to
	// gigabytes; 0 means DefaultMaxUpload (compressed or not, a request then
	// carries as much text as an uncompressed one may). Uploads past it are
	// skipped.
	MaxBatchBytes int64
}

// Service is corroborate over a store: it turns uploads into stored
// articles and stories, and serves each story's dossier, computing it again
// when the story has gained articles or the analysis stages have changed.
// The API and the web UI share one. Safe for concurrent use.
type Service struct {
	store  corroborate.Store
	opt    ServiceOptions
	log    *slog.Logger
	stages string // what the current pipeline is: see pipelineKey
	flight singleflight.Group
}

// NewService returns a Service over store.
func NewService(store corroborate.Store, opt ServiceOptions) *Service {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{store: store, opt: opt, log: log, stages: pipelineKey(opt.Dossier)}
}

// PipelineKey names the analysis this program computes; a stored dossier
// with another key is computed again when read.
func (s *Service) PipelineKey() string { return s.stages }

// Store returns the service's store.
func (s *Service) Store() corroborate.Store { return s.store }

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

// Upload is one named input as received: a file, a pasted text, a JSONL dump.
type Upload struct {
	Name string
	Body []byte
}

// Problem is an input, or a record of one, that could not be used.
type Problem struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// IngestResult says what became of a batch of uploads.
type IngestResult struct {
	Story corroborate.StoryInfo `json:"story"`
	// Added lists the articles the story did not hold before.
	Added []string `json:"added"`
	// Duplicates lists inputs whose article was already in the batch or story.
	Duplicates []string  `json:"duplicates"`
	Skipped    []Problem `json:"skipped"`
}

// articles parses and extracts uploads; an upload or record that fails is a
// Problem, and the same article twice in the batch is kept once.
func (s *Service) articles(ups []Upload) ([]corroborate.Article, IngestResult) {
	res := IngestResult{Added: []string{}, Duplicates: []string{}, Skipped: []Problem{}}
	var arts []corroborate.Article
	seen := map[string]bool{}
	xo := extract.Options{Now: s.opt.Now()}
	left := s.opt.MaxBatchBytes
	if left <= 0 {
		left = DefaultMaxUpload
	}
	overBatch := fmt.Sprintf("the request's inputs are over %d MiB after decompression", left>>20)
	for _, up := range ups {
		if left <= 0 {
			res.Skipped = append(res.Skipped, Problem{Input: up.Name, Reason: overBatch})
			continue
		}
		opt := s.opt.Ingest
		per := opt.MaxBytes
		if per <= 0 {
			per = ingest.DefaultMaxBytes
		}
		opt.MaxBytes = min(per, left)
		docs, errs := ingest.Parse(up.Name, up.Body, opt)
		for _, err := range errs {
			p := problem(up.Name, err)
			if errors.Is(err, ingest.ErrTooLarge) && opt.MaxBytes < per {
				p.Reason = overBatch
			}
			res.Skipped = append(res.Skipped, p)
		}
		for _, doc := range docs {
			left -= int64(len(doc.Body))
			a, err := extract.Extract(doc, xo)
			if err != nil {
				res.Skipped = append(res.Skipped, Problem{Input: doc.Source, Reason: err.Error()})
				continue
			}
			if seen[a.ID] {
				res.Duplicates = append(res.Duplicates, doc.Source)
				continue
			}
			seen[a.ID] = true
			arts = append(arts, a)
		}
	}
	return arts, res
}

func problem(name string, err error) Problem {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return Problem{Input: ie.Input, Reason: ie.Err.Error()}
	}
	return Problem{Input: name, Reason: err.Error()}
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

// CreateStory makes a new story of the articles in ups and computes its
// dossier. Inputs that cannot be read are listed in the result; when none
// can, the error has code EInvalid and names them.
func (s *Service) CreateStory(ctx context.Context, ups []Upload) (IngestResult, error) {
	arts, res := s.articles(ups)
	if len(arts) == 0 {
		return res, noArticles(res)
	}
	info, err := s.store.CreateStory(ctx, newID(), arts)
	if err != nil {
		return res, err
	}
	for _, a := range arts {
		res.Added = append(res.Added, a.ID)
	}
	res.Story = info
	sd, err := s.refresh(ctx, info.ID, info.Revision)
	res.Story.Title = sd.Story.Title
	return res, err
}

// AddArticles adds the articles in ups to story id and, when it gained
// any, computes its dossier again.
func (s *Service) AddArticles(ctx context.Context, id string, ups []Upload) (IngestResult, error) {
	if _, err := s.store.Story(ctx, id); err != nil {
		return IngestResult{}, err
	}
	arts, res := s.articles(ups)
	if len(arts) == 0 {
		return res, noArticles(res)
	}
	info, added, err := s.store.AddArticles(ctx, id, arts)
	if err != nil {
		return res, err
	}
	res.Story, res.Added = info, added
	isNew := map[string]bool{}
	for _, a := range added {
		isNew[a] = true
	}
	for _, a := range arts {
		if !isNew[a.ID] {
			res.Duplicates = append(res.Duplicates, a.Source)
		}
	}
	if len(added) > 0 {
		var sd StoryDossier
		sd, err = s.refresh(ctx, id, info.Revision)
		res.Story.Title = sd.Story.Title
	}
	return res, err
}

// StoryDossier is a story with its current dossier as JSON.
type StoryDossier struct {
	Story corroborate.StoryInfo
	JSON  []byte
}

// Decode parses the dossier.
func (sd StoryDossier) Decode() (*corroborate.Dossier, error) {
	var d corroborate.Dossier
	if err := json.Unmarshal(sd.JSON, &d); err != nil {
		return nil, fmt.Errorf("stored dossier of %s: %w", sd.Story.ID, err)
	}
	return &d, nil
}

// Dossier returns story id's dossier: the stored one when it is current,
// else a new one, computed once however many requests ask at the same time
// (for the story's revision then, or a later one).
func (s *Service) Dossier(ctx context.Context, id string) (StoryDossier, error) {
	info, err := s.store.Story(ctx, id)
	if err != nil {
		return StoryDossier{}, err
	}
	an, err := s.store.Analysis(ctx, id)
	if err == nil && an.Revision == info.Revision && an.Stages == s.stages {
		info.Title = an.Title
		return StoryDossier{Story: info, JSON: an.Dossier}, nil
	}
	if err != nil && !errors.Is(err, corroborate.ErrNotFound) {
		return StoryDossier{}, err
	}
	return s.refresh(ctx, id, info.Revision)
}

// refresh computes and stores story id's dossier, for revision rev or a
// later one, and returns it with the story as of that revision. Callers
// asking for the same revision at the same time share one computation (and
// its JSON, which they must not modify); a caller that has just added
// articles asks for a later revision, so it never settles for a computation
// that started before its articles were stored. The computation outlives a
// caller that gives up, so the work is not wasted.
func (s *Service) refresh(ctx context.Context, id string, rev int) (StoryDossier, error) {
	ch := s.flight.DoChan(fmt.Sprintf("%s@%d", id, rev), func() (any, error) {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute)
		defer cancel()
		return s.compute(ctx, id)
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return StoryDossier{}, r.Err
		}
		return r.Val.(StoryDossier), nil
	case <-ctx.Done():
		return StoryDossier{}, ctx.Err()
	}
}

// compute builds story id's dossier from its stored articles and stores
// it; it returns the dossier with the story as of the revision it is for,
// titled as the dossier titles it.
func (s *Service) compute(ctx context.Context, id string) (StoryDossier, error) {
	info, err := s.store.Story(ctx, id) // before the articles: the revision is never ahead of them
	if err != nil {
		return StoryDossier{}, err
	}
	arts, err := s.store.StoryArticles(ctx, id)
	if err != nil {
		return StoryDossier{}, err
	}
	start := time.Now()
	d := dossier.Build(arts, s.opt.Dossier)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return StoryDossier{}, fmt.Errorf("encode dossier of %s: %w", id, err)
	}
	s.log.InfoContext(ctx, "dossier computed", "story", id, "revision", info.Revision,
		"articles", len(arts), "ms", time.Since(start).Milliseconds())
	info.Title = d.Story.Title
	sd := StoryDossier{Story: info, JSON: bytes.TrimSpace(buf.Bytes())}
	err = s.store.PutAnalysis(ctx, corroborate.Analysis{StoryID: id, Revision: info.Revision,
		Stages: s.stages, Title: info.Title, Dossier: sd.JSON})
	return sd, err
}

// newID returns a random story id: 16 hex digits.
func newID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}
