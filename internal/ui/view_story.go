package ui

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// storyPage is the data of a story's page.
type storyPage struct {
	page
	ID         string
	Standalone bool
	Story      corroborate.Story
	Computed   []string
	Summary    summaryView
	Conflicts  conflictsView
	Sources    []source
	Reuse      reuseView
	Quotes     quotesView
	Claims     claimsView
	Articles   []articleView  // the standalone page only
	index      map[string]int // article id -> position in Sources
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
	Byline      string
	Originality int // percent
	Role        string
	Credits     []string
}

// storyView turns a dossier into the story page's data.
func storyView(d *corroborate.Dossier, l links) *storyPage {
	p := &storyPage{ID: l.story, Standalone: l.standalone, Story: d.Story, Computed: d.Computed}
	p.Title = d.Story.Title
	if p.Title == "" {
		p.Title = "Untitled story"
	}
	srcs, idx := sourcesOf(d, l)
	p.Sources, p.index = srcs, idx
	names := idNames(p.Sources)
	p.Summary = summarySection(d, p.Sources, idx, l)
	p.Conflicts = conflictsSection(d, p.Sources, idx, names)
	p.Reuse = reuseSection(d, p.Sources, idx, l, names)
	for i := range p.Sources {
		p.Sources[i].Role = p.Reuse.role(p.Sources[i].ID)
	}
	p.Quotes = quotesSection(d, p.Sources, idx, l)
	p.Claims = claimsSection(d, p.Sources, idx, l)
	return p
}

// sourcesOf lists d's articles as sources, in order, with an index from
// article id to position: what every section and article view refers to.
func sourcesOf(d *corroborate.Dossier, l links) ([]source, map[string]int) {
	var srcs []source
	idx := make(map[string]int, len(d.Articles))
	for i, a := range d.Articles {
		idx[a.ID] = i
		srcs = append(srcs, newSource(i, a, l))
	}
	return srcs, idx
}

func computed(d *corroborate.Dossier, stage string) bool { return slices.Contains(d.Computed, stage) }

func newSource(i int, a corroborate.Article, l links) source {
	s := source{N: i + 1, ID: a.ID, Title: a.Title, Link: l.Article(a.ID),
		Byline: strings.Join(a.Byline, ", "), Originality: int(a.Originality*100 + 0.5)}
	if a.Outlet != nil {
		s.Outlet = *a.Outlet
	}
	if a.Published != nil {
		s.Published = *a.Published
	}
	s.Label = s.Outlet
	if s.Label == "" {
		s.Label = shorten(a.Title, 40)
	}
	if s.Label == "" {
		s.Label = path.Base(a.Source)
	}
	for _, c := range a.Credits {
		if !slices.Contains(s.Credits, c.Outlet) {
			s.Credits = append(s.Credits, c.Outlet)
		}
	}
	return s
}

// shorten cuts s to at most n runes, at a space when it can.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndex(cut, " "); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

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
func clampSpan(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}

// idNames replaces article ids in the stages' prose (conflict notes, reuse
// evidence) with the sources' numbers and labels, as the page shows them.
func idNames(srcs []source) *strings.Replacer {
	var pairs []string
	for _, s := range srcs {
		if s.ID != "" {
			pairs = append(pairs, s.ID, fmt.Sprintf("[%d] %s", s.N, s.Label))
		}
	}
	return strings.NewReplacer(pairs...)
}

// sourceRef is a short link to a source.
type sourceRef struct {
	N     int
	Label string
	Link  string
}

func refOf(srcs []source, idx map[string]int, id string) sourceRef {
	i, ok := idx[id]
	if !ok {
		return sourceRef{Label: "unknown article " + id}
	}
	return sourceRef{N: srcs[i].N, Label: srcs[i].Label, Link: srcs[i].Link}
}

// conflictsView is the conflicts section.
type conflictsView struct {
	Computed bool
	Items    []conflictItem
}

type conflictItem struct {
	Kind  string
	About string
	Note  string
	Sides []conflictSide
}

type conflictSide struct {
	Value   string
	Sources []sourceRef
}

// conflictsSection lists the conflicts; the section counts as computed once
// the claims or the quotes stage has run, the two that find conflicts.
func conflictsSection(d *corroborate.Dossier, srcs []source, idx map[string]int, names *strings.Replacer) conflictsView {
	v := conflictsView{Computed: computed(d, "claims") || computed(d, "quotes")}
	for _, c := range d.Conflicts {
		it := conflictItem{Kind: string(c.Kind), About: c.About, Note: names.Replace(c.Note)}
		for _, s := range c.Sides {
			side := conflictSide{Value: s.Value}
			for _, a := range s.Articles {
				side.Sources = append(side.Sources, refOf(srcs, idx, a))
			}
			it.Sides = append(it.Sides, side)
		}
		v.Items = append(v.Items, it)
	}
	return v
}

// kindLabel is a conflict kind as people say it.
func kindLabel(kind string) string {
	switch kind {
	case "quote-speaker":
		return "who said it"
	case "quote-wording":
		return "quote wording"
	case "":
		return "conflict"
	}
	return kind
}

// describe writes a count with its noun: "1 article", "3 articles".
func describe(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
