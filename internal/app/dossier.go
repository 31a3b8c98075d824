package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
)

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
// (for the story's revision then, or a later one). Computing one is
// admitted like a write (see Limits): when the app is busy, the error has
// code EUnavailable and IsBusy holds.
func (a *App) Dossier(ctx context.Context, id string) (StoryDossier, error) {
	info, err := a.store.Story(ctx, id)
	if err != nil {
		return StoryDossier{}, err
	}
	an, err := a.store.Analysis(ctx, id)
	if err == nil && an.Revision == info.Revision && an.Stages == a.stages {
		info.Title = an.Title
		return StoryDossier{Story: info, JSON: an.Dossier}, nil
	}
	if err != nil && !errors.Is(err, corroborate.ErrNotFound) {
		return StoryDossier{}, err
	}
	return a.refresh(ctx, id, info.Revision)
}

// refresh computes and stores story id's dossier, for revision rev or a
// later one, and returns it with the story as of that revision. Callers
// asking for the same revision at the same time share one computation (and
// its JSON, which they must not modify); a caller that has just added
// articles asks for a later revision, so it never settles for a computation
// that started before its articles were stored. The computation outlives a
// caller that gives up, so the work is not wasted.
func (a *App) refresh(ctx context.Context, id string, rev int) (StoryDossier, error) {
	ch := a.flight.DoChan(fmt.Sprintf("%s@%d", id, rev), func() (any, error) {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute)
		defer cancel()
		return a.compute(ctx, id)
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
// titled as the dossier titles it. Unless ctx carries an admitted write
// (see Admit), it waits for room to run first.
func (a *App) compute(ctx context.Context, id string) (StoryDossier, error) {
	info, err := a.store.Story(ctx, id) // before the articles: the revision is never ahead of them
	if err != nil {
		return StoryDossier{}, err
	}
	arts, err := a.store.StoryArticles(ctx, id)
	if err != nil {
		return StoryDossier{}, err
	}
	release, err := a.admit.analysis(ctx, textBytes(arts))
	if err != nil {
		return StoryDossier{}, err
	}
	defer release()
	start := time.Now()
	skipped, err := a.store.Skipped(ctx, id)
	if err != nil {
		return StoryDossier{}, err
	}
	d := dossier.Build(arts, a.opt.Dossier)
	if len(skipped) > 0 {
		d.Skipped = skipped
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return StoryDossier{}, fmt.Errorf("encode dossier of %s: %w", id, err)
	}
	a.log.InfoContext(ctx, "dossier computed", "story", id, "revision", info.Revision,
		"articles", len(arts), "ms", time.Since(start).Milliseconds())
	info.Title = d.Story.Title
	sd := StoryDossier{Story: info, JSON: bytes.TrimSpace(buf.Bytes())}
	err = a.store.PutAnalysis(ctx, corroborate.Analysis{StoryID: id, Revision: info.Revision,
		Stages: a.stages, Title: info.Title, Dossier: sd.JSON})
	return sd, err
}

// textBytes is the size of the articles' text.
func textBytes(arts []corroborate.Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return n
}
