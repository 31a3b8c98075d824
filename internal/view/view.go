// Package view turns a dossier into what people read: one story view,
// computed once, that every surface (the terminal report, Markdown, the web
// page and the standalone HTML export) renders. Labels, figures, findings
// and their sides, evidence for and against each reuse direction: a surface
// takes them from here and adds only its own markup, so two surfaces never
// disagree about what the analysis found.
package view

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// Story is the view of one dossier.
type Story struct {
	Title string
	// Figures is the headline in words: "5 articles; the outlet is known
	// for 1 (Associated Press)."
	Figures string
	// OriginsLine says how many independent origins there are, with its
	// definition, or nothing for a single article.
	OriginsLine string
	// Single is true for a one-article dossier: nothing about agreement
	// can be said.
	Single   bool
	Sources  []Source
	Stages   []string // labels of the stages that ran
	Computed map[corroborate.Stage]bool
	// Failures says, one line each, which stages stopped on an internal
	// error and what of their sections is missing.
	Failures []string

	Conflicts      []Conflict // most confident first
	HeldBack       int
	Miscredits     []Miscredit
	Uncredited     []Copy
	Reuse          []Reuse
	Claims         []Claim
	Contradictions []Contradiction // every contradicting cell of the claims matrix

	index map[string]int
}

// New computes the view of d.
func New(d *corroborate.Dossier) *Story {
	v := &Story{Title: d.Story.Title, Single: len(d.Articles) == 1, HeldBack: d.Story.ConflictsHeldBack,
		Computed: map[corroborate.Stage]bool{}, index: map[string]int{}}
	if v.Title == "" {
		v.Title = "Untitled story"
	}
	for _, s := range d.Computed {
		v.Computed[corroborate.Stage(s)] = true
		v.Stages = append(v.Stages, corroborate.Stage(s).Label())
	}
	for i, a := range d.Articles {
		v.index[a.ID] = i
		v.Sources = append(v.Sources, newSource(i, a))
	}
	titleNames(v.Sources)
	for _, f := range d.Failed {
		v.Failures = append(v.Failures, v.failureLine(d, f))
	}
	v.figures(d)
	v.conflicts(d)
	v.reuse(d)
	if !v.Single { // one article states nothing "with others"
		v.claims(d)
	}
	return v
}

// Source returns the source of article id; an unknown id gets N 0 and the id as its name.
func (v *Story) Source(id string) Source {
	if i, ok := v.index[id]; ok {
		return v.Sources[i]
	}
	return Source{ID: id, Name: "unknown article " + id}
}

// OffTopic returns the sources flagged as off topic, in order.
func (v *Story) OffTopic() []Source {
	var out []Source
	for _, s := range v.Sources {
		if s.OffTopic {
			out = append(out, s)
		}
	}
	return out
}

// OffTopicHead introduces the n articles off topic and what their flag
// means for the findings: they are analysed with the others, and marked
// where they count.
func OffTopicHead(n int) string {
	verb := "shares"
	if n > 1 {
		verb = "share"
	}
	return fmt.Sprintf("Off topic: %s %s little with the rest of the story. Still analysed with the others: "+
		"where one counts in the summary or a conflict, it is marked (%s).", Plural(n, "article"), verb, OffTopicTag)
}

// Names replaces article ids in the stages' prose with the sources' labels.
func (v *Story) Names(s string) string {
	for _, src := range v.Sources {
		s = strings.ReplaceAll(s, src.ID, src.Ref())
	}
	return s
}

func (v *Story) figures(d *corroborate.Dossier) {
	n := len(d.Articles)
	var known []string
	for _, s := range v.Sources {
		if s.Outlet != "" && !slices.Contains(known, s.Outlet) {
			known = append(known, s.Outlet)
		}
	}
	switch {
	case n == 0:
		v.Figures = "No articles."
		return
	case n == 1 && len(known) == 1:
		v.Figures = "1 article, from " + known[0] + "."
	case n == 1:
		v.Figures = "1 article; its outlet is not known."
	case len(known) == 0:
		v.Figures = fmt.Sprintf("%d articles; no outlet is known.", n)
	default:
		k := countKnown(v.Sources)
		// "1 from Reuters and 2 from Associated Press": each outlet with
		// its count, so that no count reads as the outlets'
		each := make([]string, len(known))
		for i, o := range known {
			c := 0
			for _, s := range v.Sources {
				if s.Outlet == o {
					c++
				}
			}
			each[i] = fmt.Sprintf("%d from %s", c, o)
		}
		from := strings.Join(each, ", ")
		if len(each) > 1 {
			from = strings.Join(each[:len(each)-1], ", ") + " and " + each[len(each)-1]
		}
		switch {
		case len(known) > 3 && k == n:
			v.Figures = fmt.Sprintf("%d articles from %s.", n, Plural(len(known), "known outlet"))
		case len(known) > 3:
			v.Figures = fmt.Sprintf("%d articles: %d from %s and %d whose outlet is not known.", n, k, Plural(len(known), "known outlet"), n-k)
		case k == n && len(known) == 1:
			v.Figures = fmt.Sprintf("%d articles from %s.", n, known[0])
		case k == n:
			v.Figures = fmt.Sprintf("%d articles: %s.", n, from)
		default:
			v.Figures = fmt.Sprintf("%d articles: %s; %d whose outlet is not known.", n, from, n-k)
		}
	}
	if v.Single {
		v.Figures += " One article cannot show agreement: this is what it says, whom it quotes and whom it credits."
		return
	}
	if v.Computed[corroborate.StageReuse] {
		o := max(d.Story.Origins, 1)
		v.OriginsLine = fmt.Sprintf("%s: an article that takes more than a third of its text from another counts with its origin.", Plural(o, "independent origin"))
		if off := len(v.OffTopic()); off > 0 {
			// reuse counts no off-topic article among the origins
			v.OriginsLine = strings.TrimSuffix(v.OriginsLine, ".") + fmt.Sprintf("; %s off topic %s not counted.", Plural(off, "article"), map[bool]string{true: "is", false: "are"}[off == 1])
		}
	}
}

// Languages reports whether the story's articles are in more than one
// known language, so that the reports name each article's. An article
// whose language could not be read ("und", or none) counts in none.
func (v *Story) Languages() bool {
	first := ""
	for _, s := range v.Sources {
		switch l := KnownLanguage(s.Language); {
		case l == "":
		case first == "":
			first = l
		case l != first:
			return true
		}
	}
	return false
}

// KnownLanguage is code unless it says the language is not known ("und",
// the code for an undetermined one), then "".
func KnownLanguage(code string) string {
	if code == "und" {
		return ""
	}
	return code
}

// failureLine says what a stage's failure leaves out: its whole section,
// or one article's part of it.
func (v *Story) failureLine(d *corroborate.Dossier, f corroborate.StageFailure) string {
	if f.Article == "" {
		return fmt.Sprintf("Failed: the %s stage stopped on an %s; its section is empty and the other stages ran without it.", f.Stage, f.Error)
	}
	which := "an article not in the story (" + f.Article + ")"
	for i, a := range d.Articles {
		if corroborate.ArticleName(a, i) == f.Article {
			which = fmt.Sprintf("article [%d] %s", v.Sources[i].N, v.Sources[i].Name)
			break
		}
	}
	return fmt.Sprintf("Failed: the %s stage failed on %s (%s); the %s section shows the other articles only.", f.Stage, which, f.Error, f.Stage)
}
