package ui

import (
	"fmt"

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
	for i, s := range d.Summary {
		ss := summarySentence{Text: s.Text}
		spans := map[string]corroborate.ClaimSupport{}
		for _, sp := range s.Spans {
			if _, ok := spans[sp.Article]; !ok {
				spans[sp.Article] = sp
			}
		}
		for _, id := range s.Cites {
			c := citation{Source: refOf(srcs, idx, id), ID: fmt.Sprintf("cite-%d-%s", i, id), Link: l.Article(id)}
			if ai, ok := idx[id]; ok {
				if sp, ok := spans[id]; ok {
					if text, ok := excerpt(d.Articles[ai].Text, sp.Start, sp.End); ok {
						c.Passage, c.Link = text, l.Passage(id, sp.Start, sp.End)
						v.passages = append(v.passages, citedPassage{article: id, span: corroborate.Span{Start: sp.Start, End: sp.End}})
					}
				}
			}
			ss.Cites = append(ss.Cites, c)
		}
		v.Sentences = append(v.Sentences, ss)
	}
	return v
}
