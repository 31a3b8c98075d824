// Package report renders a Dossier for people, as terminal text or Markdown.
// Each section of the report lives in its own file and produces blocks; the
// two renderers turn blocks into text.
package report

import (
	"io"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// block is one unit of a report: a heading, a paragraph, a bulleted list or
// a table. Exactly one of its fields is set.
type block struct {
	heading string     // a section title
	title   string     // the story's title: printed as written, never upper-cased
	para    string     // a paragraph of prose
	list    []string   // bullet items
	subs    [][]string // with list: each item's own items, indented under it (may be nil)
	table   [][]string // first row is the header
}

// section renders one part of the dossier.
type section func(d *corroborate.Dossier, v *view.Story) []block

// sections in reading order.
var sections = []section{
	headerSection,
	legendSection,
	summarySection,
	conflictsSection,
	sourcesSection,
	quotesSection,
	reuseSection,
	claimsSection,
}

// computed reports whether stage ran for d.
func computed(d *corroborate.Dossier, stage string) bool {
	return slices.Contains(d.Computed, stage)
}

func notComputed(title string) []block {
	return []block{{heading: title}, {para: "not computed yet"}}
}

// Text writes the dossier as a report for a terminal.
func Text(w io.Writer, d *corroborate.Dossier) error {
	return render(w, d, &textRenderer{})
}

// Markdown writes the dossier as a Markdown document.
func Markdown(w io.Writer, d *corroborate.Dossier) error {
	return render(w, d, markdownRenderer{})
}

type renderer interface {
	write(w *errWriter, b block, first bool)
}

func render(w io.Writer, d *corroborate.Dossier, r renderer) error {
	ew := &errWriter{w: w}
	v := view.New(d)
	first := true
	for _, s := range sections {
		for _, b := range s(d, v) {
			r.write(ew, inertBlock(b), first)
			first = false
		}
	}
	return ew.err
}

// errWriter keeps the first write error so renderers need not check each one.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) str(s string) {
	if e.err != nil {
		return
	}
	_, e.err = io.WriteString(e.w, s)
}
