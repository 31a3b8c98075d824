package report

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
)

func headerSection(d *corroborate.Dossier) []block {
	title := d.Story.Title
	if title == "" {
		title = "Untitled story"
	}
	return []block{
		{heading: title},
		{para: fmt.Sprintf("%d articles from %d outlets, %d independent origins.",
			d.Story.Articles, d.Story.Outlets, d.Story.Origins)},
	}
}

func sourcesSection(d *corroborate.Dossier) []block {
	rows := [][]string{{"id", "outlet", "published", "byline", "words", "sentences", "original", "title"}}
	var removed []string
	for _, a := range d.Articles {
		orig := "-"
		if computed(d, "reuse") {
			orig = fmt.Sprintf("%.0f%%", 100*a.Originality)
		}
		rows = append(rows, []string{
			a.ID, deref(a.Outlet, "unknown"), deref(a.Published, "unknown"),
			orNone(strings.Join(a.Byline, ", ")), fmt.Sprint(len(strings.Fields(a.Text))),
			fmt.Sprint(len(a.Sentences)), orig, a.Title,
		})
		for _, r := range a.Removed {
			removed = append(removed, fmt.Sprintf("%s: %s", a.ID, r))
		}
	}
	bs := []block{{heading: "Sources"}, {table: rows}}
	for _, a := range d.Articles {
		if a.Source != "" {
			bs = append(bs, block{list: sourceLines(d)})
			break
		}
	}
	if len(removed) > 0 {
		bs = append(bs, block{para: fmt.Sprintf("Removed as boilerplate (%d lines):", len(removed))}, block{list: removed})
	} else {
		bs = append(bs, block{para: "No boilerplate removed."})
	}
	return bs
}

func sourceLines(d *corroborate.Dossier) []string {
	out := make([]string, 0, len(d.Articles))
	for _, a := range d.Articles {
		out = append(out, fmt.Sprintf("%s: %s", a.ID, a.Source))
	}
	return out
}

func deref(p *string, def string) string {
	if p == nil || *p == "" {
		return def
	}
	return *p
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
