package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// storyPage is the data of a story's page.
type storyPage struct {
	page
	ID         string
	Standalone bool
	Story      corroborate.Story
	View       *view.Story
	Computed   []string
	Skipped    []corroborate.SkippedInput // inputs that gave no article
	// OffTopic are the articles that share little of the story's
	// vocabulary, introduced by OffTopicHead.
	OffTopic     []source
	OffTopicHead string
	Summary      summaryView
	Conflicts    conflictsView
	Sources      []source
	Reuse        reuseView
	Quotes       quotesView
	Claims       claimsView
	Articles     []articleView  // the standalone page only
	index        map[string]int // article id -> position in Sources
}

// source is one article as the story page lists it; N numbers it in the
// sources table, the claims matrix and the citation markers.
type source struct {
	N           int
	ID          string
	Label       string // the outlet, else the title, else the file name
	Outlet      string
	Title       string
	Link        string
	Published   string
	Date, Zone  string // Published for people, and its zone
	Modified    string // when the page says it was last changed, as given
	Updated     string // Modified for people: "updated 13 Mar 2026"
	Fetched     string // how it was fetched from the web, for people
	Snippet     string // the opening words, for an article without a title
	Byline      string
	Dateline    string // where the article says it was filed ("KIEV")
	Originality int    // percent
	Role        string
	Credits     []string
	URL         string // the article's http(s) address, when its input gave one
	InputID     string // the id its input gave it
	// OffTopic marks an article that shares little of the story's
	// vocabulary; OffTopicReason says how little.
	OffTopic       bool
	OffTopicReason string
	view           view.Source // the view's source, which names it (Ref)
}

// storyView turns a dossier into the story page's data.
func storyView(d *corroborate.Dossier, l links) *storyPage {
	v := view.New(d)
	p := &storyPage{ID: l.story, Standalone: l.standalone, Story: d.Story, View: v, Computed: d.Computed, Skipped: d.Skipped}
	p.Title = v.Title
	srcs, idx := sourcesOf(d, l)
	p.Sources, p.index = srcs, idx
	for _, s := range srcs {
		if s.OffTopic {
			p.OffTopic = append(p.OffTopic, s)
		}
	}
	if len(p.OffTopic) > 0 {
		p.OffTopicHead = view.OffTopicHead(len(p.OffTopic))
	}
	p.Summary = summarySection(d, v, p.Sources, idx, l)
	p.Conflicts = conflictsSection(d, v, l)
	p.Reuse = reuseSection(d, v, p.Sources, idx, l)
	for i := range p.Sources {
		p.Sources[i].Role = p.Reuse.role(p.Sources[i].ID)
	}
	p.Quotes = quotesSection(d, v, p.Sources, idx, l)
	p.Claims = claimsSection(d, v, p.Sources, l)
	return p
}

// sourcesOf lists d's articles as sources, in order, with an index from
// article id to position: what every section and article view refers to.
func sourcesOf(d *corroborate.Dossier, l links) ([]source, map[string]int) {
	var srcs []source
	idx := make(map[string]int, len(d.Articles))
	v := view.New(&corroborate.Dossier{Articles: d.Articles})
	for i, a := range d.Articles {
		idx[a.ID] = i
		srcs = append(srcs, newSource(v.Sources[i], a, l))
	}
	return srcs, idx
}

func computed(d *corroborate.Dossier, stage string) bool { return slices.Contains(d.Computed, stage) }

// newSource is the page's form of the view's source vs.
func newSource(vs view.Source, a corroborate.Article, l links) source {
	return source{N: vs.N, ID: a.ID, Label: vs.Name, Outlet: vs.Outlet, Title: a.Title, Link: l.Article(a.ID),
		Published: vs.Published, Date: vs.Date, Zone: vs.Zone, Modified: vs.Modified, Updated: vs.Updated, Fetched: vs.Fetched, Byline: vs.Byline, Dateline: vs.Dateline, Originality: vs.Originality,
		Credits: vs.Credits, Snippet: snippet(a), URL: vs.URL, InputID: vs.InputID, OffTopic: vs.OffTopic, OffTopicReason: vs.OffTopicReason,
		view: vs}
}

// snippet is the opening of an untitled article's text, so that its row
// says something; empty when the article has a title.
func snippet(a corroborate.Article) string {
	if a.Title != "" {
		return ""
	}
	return shorten(strings.Join(strings.Fields(a.Text), " "), 120)
}

// shorten cuts s to at most n runes, at a space when it can.
func shorten(s string, n int) string { return view.Shorten(s, n) }

// excerpt returns text[start:end], the offsets clamped to the text and moved
// to rune boundaries; false when nothing is left.
func excerpt(text string, start, end int) (string, bool) {
	start, end = clampSpan(text, start, end)
	if start >= end {
		return "", false
	}
	return text[start:end], true
}

// clampSpan keeps [start, end) inside text and on rune boundaries.
func clampSpan(text string, start, end int) (int, int) { return view.ClampSpan(text, start, end) }

// sourceRef is a short link to a source.
type sourceRef struct {
	N     int
	Label string
	Link  string
	// OffTopic marks an article off topic, so that every link to it says so.
	OffTopic bool
}

func refOf(srcs []source, idx map[string]int, id string) sourceRef {
	i, ok := idx[id]
	if !ok {
		return sourceRef{Label: "unknown article " + id}
	}
	return srcs[i].ref()
}

// conflictsView is the conflicts section.
type conflictsView struct {
	Computed bool
	None     string // what is shown when there are none
	Items    []conflictItem
	// HeldBack says how many conflicts were held back as unsure, beside
	// the conflicts shown or the sentence that there are none ("" when none
	// was).
	HeldBack string
}

type conflictItem struct {
	ID    string // the element id a disputed summary sentence links to
	Label string
	Sure  string // how sure: "confidence 0.86"
	About string
	Note  string
	Sides []conflictSide
}

type conflictSide struct {
	Value   string
	Sources []sourceRef
	Spans   []passageRef
	// Repeats is set when the one passage's text is the value: the page
	// then links to it instead of quoting the same words twice.
	Repeats bool
}

// passageRef is a cited passage, linked to where it stands in its article.
type passageRef struct {
	Source sourceRef
	Text   string
	Link   string
}

func passageOf(p view.Passage, l links) passageRef {
	return passageRef{Source: refOfView(p.Source, l),
		Text: p.Text, Link: l.Passage(p.Source.ID, p.Start, p.End)}
}

func refOfView(s view.Source, l links) sourceRef {
	return sourceRef{N: s.N, Label: s.Name, Link: l.Article(s.ID), OffTopic: s.OffTopic}
}

// conflictsSection lists the conflicts, each side linked to its passages;
// the section counts as computed once the claims or the quotes stage has
// run, the two that find conflicts.
func conflictsSection(d *corroborate.Dossier, v *view.Story, l links) conflictsView {
	cv := conflictsView{Computed: computed(d, "claims") || computed(d, "quotes"), HeldBack: view.HeldBack(v.HeldBack, len(v.Conflicts) > 0),
		None: view.NoConflicts(computed(d, "claims"), computed(d, "quotes"))}
	for _, c := range v.Conflicts {
		it := conflictItem{Label: c.Label, Sure: c.Sureness(), About: c.About, Note: c.Note, ID: conflictID(c)}
		if c.Speaker != "" && it.About == "" {
			it.About = "said by " + c.Speaker
		}
		for _, s := range c.Sides {
			side := conflictSide{Value: s.Value, Repeats: s.Repeats()}
			for _, src := range s.Sources {
				side.Sources = append(side.Sources, refOfView(src, l))
			}
			for _, p := range s.Spans {
				side.Spans = append(side.Spans, passageOf(p, l))
			}
			it.Sides = append(it.Sides, side)
		}
		cv.Items = append(cv.Items, it)
	}
	return cv
}

// conflictID is the element id of conflict c on the page.
func conflictID(c view.Conflict) string { return fmt.Sprintf("conflict-%d", c.Index) }
