package ui

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// articleView is the data of an article's view: its text with reused
// passages highlighted by origin, credits and quotes marked.
type articleView struct {
	Source       source
	StoryID      string
	StoryTitle   string
	StoryLink    string
	Anchor       string // the element id of the article (standalone page)
	File         string
	Language     string
	Dateline     string
	Reuse        bool // whether the reuse stage ran
	Origins      []originLegend
	ReusedBy     []reuseItem
	Credits      []view.CreditLine
	Paragraphs   [][]segment
	Removed      []string
	RemovedLines int // lines removed, Removed listing a repeated one once
	Highlighted  bool
}

// originLegend is one origin of the article's reused passages: its color
// class and what kind of reuse it is.
type originLegend struct {
	Class  string
	Source sourceRef
	Kind   string
	Shared int
	// Credit says how the article stands to the origin's outlet
	// (originCredit); Charge marks a copy that credits no one for it.
	Credit string
	Charge bool
}

// segment is a run of text with the same marks.
type segment struct {
	Text  string
	Class string
	Title string
	ID    string
	// More are the ids of other passages that start here too (a claim's
	// sentence opening where a quotation does): each an empty anchor.
	More []string
}

// mark is a range of the text to render with a class.
type mark struct {
	start, end int
	class      string
	title      string
	id         string
}

// originClasses is how many colors origins cycle through.
const originClasses = 6

// articleViewOf builds the view of article i of d. hl, when valid, is a
// passage to highlight with the element id "hl". anchors lists passages
// that need an element id (the standalone page links to them).
func articleViewOf(d *corroborate.Dossier, i int, srcs []source, idx map[string]int, l links, hl *corroborate.Span, anchors []corroborate.Span, reuse []view.Reuse) articleView {
	a := d.Articles[i]
	v := articleView{Source: srcs[i], StoryID: l.story, StoryTitle: d.Story.Title, File: a.Source,
		Language: view.KnownLanguage(a.Language), Dateline: a.Dateline, Reuse: computed(d, "reuse"), Credits: view.CreditLines(a.Credits),
		Removed: view.RemovedLines(a.Removed), RemovedLines: len(a.Removed), Anchor: "art-" + a.ID}
	var marks []mark
	originClass := map[string]string{}
	for _, r := range d.Reuse {
		switch a.ID {
		case r.To:
			cls, ok := originClass[r.From]
			if !ok {
				cls = fmt.Sprintf("o%d", len(originClass)%originClasses)
				originClass[r.From] = cls
			}
			from := refOf(srcs, idx, r.From)
			credit, charge := originCredit(r, reuse)
			v.Origins = append(v.Origins, originLegend{Class: cls, Source: from, Kind: r.Kind,
				Shared: int(r.Shared*100 + 0.5), Credit: credit, Charge: charge})
			for _, p := range r.Passages {
				marks = append(marks, mark{start: p.To[0], end: p.To[1], class: "reuse " + cls,
					title: fmt.Sprintf("from [%d] %s (%s, %s)", from.N, from.Label, r.Kind, credit)})
			}
		case r.From:
			standing, _ := originCredit(r, reuse)
			v.ReusedBy = append(v.ReusedBy, reuseItem{From: srcs[i].ref(), To: refOf(srcs, idx, r.To),
				Kind: r.Kind, Shared: int(r.Shared*100 + 0.5), Credited: r.Credited, SameOutlet: r.SameOutlet, Standing: standing})
		}
	}
	for _, c := range a.Credits {
		marks = append(marks, mark{start: c.Start, end: c.End, class: "credit", title: "credit to " + c.Outlet})
	}
	speakers := view.Speakers(d)
	for _, q := range d.Quotes {
		for _, m := range q.Mentions {
			if m.Article == a.ID {
				marks = append(marks, mark{start: m.Start, end: m.End, class: "quote", title: quoteTitle(m, speakers)})
			}
		}
	}
	for _, s := range anchors {
		marks = append(marks, mark{start: s.Start, end: s.End, class: "ref", id: passageAnchor(a.ID, s.Start, s.End)})
	}
	if hl != nil {
		s, e := clampSpan(a.Text, hl.Start, hl.End)
		if s < e {
			marks = append(marks, mark{start: s, end: e, class: "hl", id: "hl"})
			v.Highlighted = true
		}
	}
	v.Paragraphs = segments(a.Text, marks)
	return v
}

func (s source) ref() sourceRef {
	return sourceRef{N: s.N, Label: s.Label, Link: s.Link, OffTopic: s.OffTopic}
}

// segments splits text into paragraphs (at line breaks) and each paragraph
// into runs with the same marks. Marks may overlap; offsets are clamped to
// the text and to rune boundaries. A mark's id goes on its first run.
func segments(text string, marks []mark) [][]segment {
	for i := range marks {
		marks[i].start, marks[i].end = clampSpan(text, marks[i].start, marks[i].end)
	}
	idDone := map[int]bool{}
	var paras [][]segment
	for pstart := 0; pstart < len(text); {
		pend := strings.IndexByte(text[pstart:], '\n')
		if pend < 0 {
			pend = len(text)
		} else {
			pend += pstart
		}
		if strings.TrimSpace(text[pstart:pend]) != "" {
			paras = append(paras, paragraph(text, pstart, pend, marks, idDone))
		}
		pstart = pend + 1
	}
	return paras
}

func paragraph(text string, ps, pe int, marks []mark, idDone map[int]bool) []segment {
	cuts := []int{ps, pe}
	for _, m := range marks {
		if m.start > ps && m.start < pe {
			cuts = append(cuts, m.start)
		}
		if m.end > ps && m.end < pe {
			cuts = append(cuts, m.end)
		}
	}
	sort.Ints(cuts)
	var segs []segment
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		seg := segment{Text: text[a:b]}
		var classes, titles []string
		for mi, m := range marks {
			if m.start > a || m.end < b || m.start == m.end {
				continue
			}
			for _, c := range strings.Fields(m.class) {
				if !slices.Contains(classes, c) {
					classes = append(classes, c)
				}
			}
			if m.title != "" && !slices.Contains(titles, m.title) {
				titles = append(titles, m.title)
			}
			if m.id != "" && !idDone[mi] {
				if seg.ID == "" {
					seg.ID = m.id
				} else if m.id != seg.ID && !slices.Contains(seg.More, m.id) {
					seg.More = append(seg.More, m.id)
				}
				idDone[mi] = true
			}
		}
		seg.Class, seg.Title = strings.Join(classes, " "), strings.Join(titles, "; ")
		segs = append(segs, seg)
	}
	return segs
}

// quoteTitle names a quotation's speaker as the quotes table does, with
// the words the article uses for them when those say something else
// ("quote: Nadia Petrov, nurse (“she”)"); quoted words inside the
// article's own sentence are a "partial quote".
func quoteTitle(m corroborate.QuoteMention, speakers map[string]corroborate.Speaker) string {
	what := "quote"
	if m.Partial {
		what = view.PartialNote
	}
	who := m.SpeakerText
	if s, ok := speakers[ptrValue(m.Speaker)]; ok && s.Name != "" {
		who = view.SpeakerLabel(s)
		if !wordsWithin(m.SpeakerText, who) {
			who += " (“" + m.SpeakerText + "”)"
		}
	}
	if who == "" {
		return what
	}
	return what + ": " + who
}

// wordsWithin reports whether every word of s is a word of label: "Mayor
// Delia Ferrante" says nothing "Delia Ferrante, Mayor" does not.
func wordsWithin(s, label string) bool {
	words := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return r == ' ' || r == ',' })
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if !slices.Contains(words, strings.Trim(w, ",")) {
			return false
		}
	}
	return true
}

func ptrValue(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// creditCue is the copy's words crediting the origin of r, when it does.
// originCredit says how a copy stands to its origin, in the words the
// story page uses for the pair (reuse is the story's reuse as the view
// reads it): credited, one outlet's own text, unsure which copied which,
// credits that cannot be checked, crediting another outlet for the text,
// or uncredited; the last two are charges (charge true). The story page's
// graph and every article's page say it in these words.
func originCredit(r corroborate.Reuse, reuse []view.Reuse) (words string, charge bool) {
	var vr view.Reuse
	for _, x := range reuse {
		if x.From.ID == r.From && x.To.ID == r.To {
			vr = x
			break
		}
	}
	switch {
	case r.Credited && r.Credit != nil && r.Credit.Cue != "":
		return "credited: ‘" + r.Credit.Cue + "’", false
	case r.Credited:
		return "credited", false
	case r.SameOutlet != "":
		return "both from " + r.SameOutlet + ", no credit owed", false
	case vr.Certainty == "unsure":
		return "which copied which is unsure", false
	case vr.Unverifiable: // the credit may name the origin: its outlet is not known
		return "its credits cannot be checked: the origin's outlet is not known", false
	case len(r.Miscredits) > 0:
		var outlets []string
		for _, c := range r.Miscredits {
			if !slices.Contains(outlets, c.Outlet) {
				outlets = append(outlets, c.Outlet)
			}
		}
		words = "credits " + strings.Join(outlets, ", ") + " for this text"
		if o := cmp.Or(vr.From.Outlet, r.OriginOutlet); o != "" {
			words += ", not " + o
		}
		return words, true
	}
	return "uncredited", true
}
