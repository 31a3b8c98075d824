package ui

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"io"
	"sort"

	"github.com/corroborate/corroborate"
)

// standaloneTemplate is the story page as one file: every article inline,
// the style sheet inline, no script and no reference outside the file.
var standaloneTemplate = template.Must(template.New("").Funcs(funcs).
	ParseFS(templateFS, "templates/partials.html", "templates/standalone.html"))

// standaloneCSS is the style sheet inlined in the standalone file and
// standaloneCSP the file's policy, which allows that style sheet only, by
// hash; both are the same for every file.
var standaloneCSS, standaloneCSP = inlineStyle("static/app.css")

func inlineStyle(name string) (template.CSS, string) {
	css, err := staticFS.ReadFile(name)
	if err != nil {
		panic(err) // the file is embedded: only a broken build lacks it
	}
	sum := sha256.Sum256(css)
	return template.CSS(css), "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
		"'; img-src data:; form-action 'none'; base-uri 'none'"
}

// standalonePage is the data of the standalone file.
type standalonePage struct {
	*storyPage
	Style template.CSS
	CSP   string
}

// RenderStandalone writes d as one self-contained HTML file: the story page
// and every article, styles inline, no script, no network. Its
// Content-Security-Policy allows only its own style sheet, by hash, so a
// browser runs nothing from it whatever the articles hold.
func RenderStandalone(w io.Writer, d *corroborate.Dossier) error {
	l := links{standalone: true}
	p := standalonePage{storyPage: storyView(d, l), Style: standaloneCSS, CSP: standaloneCSP}
	anchors := passageAnchors(d, p.Summary.passages)
	for i, a := range d.Articles {
		p.Articles = append(p.Articles, articleViewOf(d, i, p.Sources, p.index, l, nil, anchors[a.ID], p.View.Reuse))
	}
	return standaloneTemplate.ExecuteTemplate(w, "standalone", p)
}

// passageAnchors lists, per article, the passages the story page links to:
// quote mentions, claim support and the summary's supporting passages
// (found by summarySection).
func passageAnchors(d *corroborate.Dossier, cited []citedPassage) map[string][]corroborate.Span {
	out := map[string][]corroborate.Span{}
	seen := map[string]map[corroborate.Span]bool{}
	add := func(id string, s corroborate.Span) {
		if seen[id] == nil {
			seen[id] = map[corroborate.Span]bool{}
		}
		if !seen[id][s] {
			seen[id][s] = true
			out[id] = append(out[id], s)
		}
	}
	for _, q := range d.Quotes {
		for _, m := range q.Mentions {
			add(m.Article, corroborate.Span{Start: m.Start, End: m.End})
		}
	}
	for _, c := range d.Claims {
		for _, s := range c.Support {
			add(s.Article, corroborate.Span{Start: s.Start, End: s.End})
		}
	}
	for _, c := range cited {
		add(c.article, c.span)
	}
	for _, c := range d.Claims {
		for _, s := range c.Contradicts {
			add(s.Article, corroborate.Span{Start: s.Start, End: s.End})
		}
	}
	for _, c := range d.Conflicts {
		for _, side := range c.Sides {
			for _, s := range side.Spans {
				add(s.Article, corroborate.Span{Start: s.Start, End: s.End})
			}
		}
	}
	for id := range out {
		sort.Slice(out[id], func(i, j int) bool { return out[id][i].Start < out[id][j].Start })
	}
	return out
}
