package ui

import (
	"fmt"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// summaryView is the summary section: each sentence with markers for the
// articles it is copied from, then "also stated by" markers for the
// articles that say it in other words; a marker reveals the passage.
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
	Cites []citation // the articles the sentence is copied from
	Also  []citation // the articles that state it in other words
	// Beyond marks the sentence that runs past the word budget asked for,
	// filling the room the others left.
	Beyond bool
	// Disputed are the conflicts the sentence takes a side in.
	Disputed []dispute
}

// dispute is a conflict a summary sentence takes a side in, named and
// linked to where the page lists it.
type dispute struct {
	Text string
	Href string
}

// citation is one marker: the cited source and its supporting passage.
type citation struct {
	Source  sourceRef
	ID      string // the element id of the revealed passage
	Passage string // empty when no passage could be found
	Link    string // the passage in the article
}

func summarySection(d *corroborate.Dossier, sv *view.Story, srcs []source, idx map[string]int, l links) summaryView {
	v := summaryView{Computed: computed(d, "summary")}
	for i, s := range d.Summary {
		ss := summarySentence{Text: s.Text, Beyond: s.BeyondBudget}
		for _, c := range sv.Disputed(s) {
			ss.Disputed = append(ss.Disputed, dispute{Text: c.Short(), Href: "#" + conflictID(c)})
		}
		spans := map[string]corroborate.ClaimSupport{}
		for _, sp := range s.Spans {
			if _, ok := spans[sp.Article]; !ok {
				spans[sp.Article] = sp
			}
		}
		for _, id := range s.Cites {
			ss.Cites = append(ss.Cites, v.citation(d, srcs, idx, l, i, id, spans))
		}
		also := map[string]corroborate.ClaimSupport{}
		for _, sp := range s.SupportedBy {
			if _, ok := also[sp.Article]; !ok {
				also[sp.Article] = sp
				ss.Also = append(ss.Also, v.citation(d, srcs, idx, l, i, sp.Article, also))
			}
		}
		v.Sentences = append(v.Sentences, ss)
	}
	return v
}

// citation is the marker of article id for summary sentence i, with its
// passage from spans when the article has it.
func (v *summaryView) citation(d *corroborate.Dossier, srcs []source, idx map[string]int, l links, i int, id string, spans map[string]corroborate.ClaimSupport) citation {
	c := citation{Source: refOf(srcs, idx, id), ID: fmt.Sprintf("cite-%d-%s", i, id), Link: l.Article(id)}
	if ai, ok := idx[id]; ok {
		if sp, ok := spans[id]; ok {
			if text, ok := excerpt(d.Articles[ai].Text, sp.Start, sp.End); ok {
				c.Passage, c.Link = text, l.Passage(id, sp.Start, sp.End)
				v.passages = append(v.passages, citedPassage{article: id, span: corroborate.Span{Start: sp.Start, End: sp.End}})
			}
		}
	}
	return c
}
