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
	css, err := staticFS.ReadFile("static/app.css")
	if err != nil {
		return err
	}
	sum := sha256.Sum256(css)
	l := links{standalone: true}
	p := standalonePage{storyPage: storyView(d, l), Style: template.CSS(css),
		CSP: "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; img-src data:; form-action 'none'; base-uri 'none'"}
	idx := map[string]int{}
	for i, a := range d.Articles {
		idx[a.ID] = i
	}
	anchors := passageAnchors(d)
	for i, a := range d.Articles {
		p.Articles = append(p.Articles, articleViewOf(d, i, p.Sources, idx, l, nil, anchors[a.ID]))
	}
	return standaloneTemplate.ExecuteTemplate(w, "standalone", p)
}

// passageAnchors lists, per article, the passages the story page links to:
// quote mentions, claim support and the summary's supporting passages.
func passageAnchors(d *corroborate.Dossier) map[string][]corroborate.Span {
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
	idx := map[string]int{}
	for i, a := range d.Articles {
		idx[a.ID] = i
	}
	pf := newPassageFinder(d)
	for _, s := range d.Summary {
		for _, id := range s.Cites {
			if i, ok := idx[id]; ok {
				if sp, ok := pf.find(s.Text, d.Articles[i]); ok {
					add(id, sp)
				}
			}
		}
	}
	for id := range out {
		sort.Slice(out[id], func(i, j int) bool { return out[id][i].Start < out[id][j].Start })
	}
	return out
}
