package ui

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
)

// summaryView is the summary section: each sentence with markers for the
// articles it cites; a marker reveals the supporting passage.
type summaryView struct {
	Computed  bool
	Sentences []summarySentence
	passages  []citedPassage // the supporting passages found, in order
}

// citedPassage is a supporting passage of a summary sentence in article.
type citedPassage struct {
	article string
	span    corroborate.Span
}

type summarySentence struct {
	Text  string
	Cites []citation
}

// citation is one marker: the cited source and its supporting passage.
type citation struct {
	Source  sourceRef
	ID      string // the element id of the revealed passage
	Passage string // empty when no passage could be found
	Link    string // the passage in the article
}

func summarySection(d *corroborate.Dossier, srcs []source, idx map[string]int, l links) summaryView {
	v := summaryView{Computed: computed(d, "summary")}
	pf := newPassageFinder(d)
	for i, s := range d.Summary {
		ss := summarySentence{Text: s.Text}
		for _, id := range s.Cites {
			c := citation{Source: refOf(srcs, idx, id), ID: fmt.Sprintf("cite-%d-%s", i, id)}
			if ai, ok := idx[id]; ok {
				a := d.Articles[ai]
				if sp, ok := pf.find(s.Text, a); ok {
					c.Passage, _ = excerpt(a.Text, sp.Start, sp.End)
					c.Link = l.Passage(id, sp.Start, sp.End)
					v.passages = append(v.passages, citedPassage{article: id, span: sp})
				} else {
					c.Link = l.Article(id)
				}
			}
			ss.Cites = append(ss.Cites, c)
		}
		v.Sentences = append(v.Sentences, ss)
	}
	return v
}

// passageFinder finds where an article says what a summary sentence says,
// with the words of claims and sentences split once per page.
type passageFinder struct {
	d          *corroborate.Dossier
	claimWords []map[string]bool
	sentWords  map[string][]map[string]bool // article id -> words of each sentence
}

func newPassageFinder(d *corroborate.Dossier) *passageFinder {
	f := &passageFinder{d: d, sentWords: map[string][]map[string]bool{}}
	for _, c := range d.Claims {
		f.claimWords = append(f.claimWords, words(c.Text))
	}
	return f
}

// find returns the span of the claim closest in wording to sentence that a
// supports, else a's sentence closest in wording. The contract cites
// articles, not spans.
func (f *passageFinder) find(sentence string, a corroborate.Article) (corroborate.Span, bool) {
	want := words(sentence)
	best, bestScore := corroborate.Span{}, 0.0
	for i, c := range f.d.Claims {
		for _, s := range c.Support {
			if s.Article != a.ID {
				continue
			}
			if sc := overlap(want, f.claimWords[i]); sc > bestScore {
				best, bestScore = corroborate.Span{Start: s.Start, End: s.End}, sc
			}
		}
	}
	if bestScore >= 0.3 {
		return best, true
	}
	sw, ok := f.sentWords[a.ID]
	if !ok {
		for _, s := range a.Sentences {
			t, _ := excerpt(a.Text, s.Start, s.End)
			sw = append(sw, words(t))
		}
		f.sentWords[a.ID] = sw
	}
	for i, s := range a.Sentences {
		if sc := overlap(want, sw[i]); sc > bestScore {
			best, bestScore = s, sc
		}
	}
	return best, bestScore >= 0.2
}

// words is the set of lowercased words of s.
func words(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		set[w] = true
	}
	return set
}

// overlap is the Jaccard similarity of two word sets.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
