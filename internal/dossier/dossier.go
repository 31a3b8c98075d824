// Package dossier runs the analysis stages over the articles of one story, in
// order, and assembles the Dossier. It is the only package that knows the
// order of the stages.
package dossier

import (
	"fmt"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims"
)

// Options tunes a dossier build. The zero value is ready to use.
type Options struct {
	// SummarySentences is the length of the summary; 0 means the default, 5
	// (no bound of its own when SummaryWords is set).
	SummarySentences int
	// SummaryWords, when above 0, is a length budget for the summary in
	// words: sentences are chosen to fill it (the weakest left out, not
	// the last), and SummarySentences then only bounds their number when
	// it is set.
	SummaryWords int
	// ConflictThreshold is the confidence a conflict needs to be reported;
	// conflicts below it are held back as unsure: left out of Conflicts and
	// counted in Story.ConflictsHeldBack. 0 means the default,
	// DefaultConflictThreshold (0.5); a negative value reports every
	// conflict. A false conflict costs a reader's trust more than a missed
	// one, hence a threshold above what merely leans towards a conflict.
	ConflictThreshold float64
}

// stage is one analysis step. run fills its part of d and reports whether it
// ran; stages that have not been built yet report false, so the dossier says
// "not computed" rather than "none found".
type stage struct {
	name string
	// start, when set, begins the part of the stage that reads nothing but
	// the articles' text and sentences, before any stage runs: it runs
	// alongside the stages ahead of its own, and run waits for it. arts is
	// a copy of the dossier's articles that no stage writes to.
	start func(arts []corroborate.Article, opt Options)
	run   func(d *corroborate.Dossier, opt Options) bool
}

// stages are the stages of one build in the order they run: later stages
// read what earlier ones wrote. The claims stage hands the summary the
// claims too weakly supported for the dossier.
func stages() []stage {
	var weak []corroborate.Claim
	var aligned *early[*claims.Alignment]
	return []stage{
		{name: "quotes", run: runQuotes},
		{name: "reuse", run: runReuse},
		{name: "claims", start: func(arts []corroborate.Article, opt Options) {
			aligned = startEarly(func() *claims.Alignment { return claims.Align(arts, claimsOptions()) })
		}, run: func(d *corroborate.Dossier, opt Options) bool {
			weak = runClaims(d, aligned, opt)
			return true
		}},
		{name: "summary", run: func(d *corroborate.Dossier, opt Options) bool { return runSummary(d, weak, opt) }},
	}
}

// stageList is stages, or in a test a list with a stage that fails.
var stageList = stages

// runStage runs one stage. A panic in it (a defect, never an input's
// fault alone) is turned into an error and the dossier is put back as it
// was before the stage, so that the other stages still run and every
// surface says which stage failed instead of the whole dossier being lost.
func runStage(st stage, d *corroborate.Dossier, opt Options) (ok bool, err error) {
	saved := *d
	arts := append([]corroborate.Article(nil), d.Articles...)
	defer func() {
		if r := recover(); r != nil {
			saved.Articles = arts
			*d = saved
			ok, err = false, fmt.Errorf("internal error: %v", r)
		}
	}()
	return st.run(d, opt), nil
}

// Build analyses the articles of one story. Articles keep their order;
// Build fills their analysis fields (credits, originality) in place of copies.
func Build(articles []corroborate.Article, opt Options) *corroborate.Dossier {
	d := &corroborate.Dossier{
		Version:   corroborate.DossierVersion,
		Articles:  append([]corroborate.Article(nil), articles...),
		Speakers:  []corroborate.Speaker{},
		Quotes:    []corroborate.Quote{},
		Reuse:     []corroborate.Reuse{},
		Claims:    []corroborate.Claim{},
		Conflicts: []corroborate.Conflict{},
		Summary:   []corroborate.SummarySentence{},
		Computed:  []string{},
	}
	for i := range d.Articles {
		normalizeArticle(&d.Articles[i])
	}
	markOffTopic(d.Articles)
	d.Story = storyHeader(d.Articles)
	list := stageList()
	arts := slices.Clone(d.Articles)
	for _, st := range list {
		if st.start != nil {
			st.start(arts, opt)
		}
	}
	for _, st := range list {
		if ok, err := runStage(st, d, opt); err != nil {
			d.Failed = append(d.Failed, corroborate.StageFailure{Stage: st.name, Error: err.Error()})
		} else if ok {
			d.Computed = append(d.Computed, st.name)
		}
	}
	if d.Story.Origins == 0 {
		d.Story.Origins = len(d.Articles)
	}
	d.Story.Title = storyTitle(d)
	return d
}

// normalizeArticle makes every slice non-nil so JSON shows [] not null.
func normalizeArticle(a *corroborate.Article) {
	if a.Byline == nil {
		a.Byline = []string{}
	}
	if a.Removed == nil {
		a.Removed = []string{}
	}
	if a.Sentences == nil {
		a.Sentences = []corroborate.Span{}
	}
	if a.Credits == nil {
		a.Credits = []corroborate.Credit{}
	}
	if a.Language == "" {
		a.Language = "und"
	}
}

// storyHeader counts the story's articles and outlets; its title is
// chosen once the stages have run (storyTitle).
func storyHeader(arts []corroborate.Article) corroborate.Story {
	s := corroborate.Story{Articles: len(arts)}
	outlets := map[string]bool{}
	for _, a := range arts {
		if a.Outlet != nil {
			if !outlets[*a.Outlet] {
				s.KnownOutlets++
			}
			outlets[*a.Outlet] = true
		} else {
			outlets["\x00"+a.ID] = true // an unknown outlet counts once per article
		}
	}
	s.Outlets = len(outlets)
	return s
}
