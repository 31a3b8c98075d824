package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

func headerSection(d *corroborate.Dossier, v *view.Story) []block {
	bs := []block{{title: v.Title}, {para: strings.TrimSpace(v.Figures + " " + v.OriginsLine)}}
	if len(v.Stages) > 0 {
		bs = append(bs, block{para: "Analysed for: " + strings.Join(v.Stages, ", ") + "."})
	}
	for _, line := range v.Failures {
		bs = append(bs, block{para: line})
	}
	if len(d.Skipped) > 0 {
		items := make([]string, len(d.Skipped))
		for i, sk := range d.Skipped {
			items[i] = sk.Reason
			if sk.Input != "" {
				items[i] = sk.Input + ": " + sk.Reason
			}
		}
		bs = append(bs, block{para: fmt.Sprintf("Not analysed: %s gave no article.", view.Plural(len(d.Skipped), "input"))}, block{list: items})
	}
	if off := v.OffTopic(); len(off) > 0 {
		items := make([]string, len(off))
		for i, s := range off {
			items[i] = s.OffTopicLine()
		}
		bs = append(bs, block{para: view.OffTopicHead(len(off))}, block{list: items})
	}
	return bs
}

// legendSection names each article once: the short label every other
// section uses, its title and where it came from.
func legendSection(d *corroborate.Dossier, v *view.Story) []block {
	if len(v.Sources) == 0 {
		return nil
	}
	items := make([]string, 0, len(v.Sources))
	for _, s := range v.Sources {
		line := s.Tagged()
		switch {
		case s.Title != "" && s.NamedByTitle():
			line = fmt.Sprintf("[%d] %s", s.N, s.Title) // the label is the title's first words
			if s.OffTopic {
				line += " (" + view.OffTopicTag + ")"
			}
		case s.Title != "":
			line += ": " + s.Title
		}
		var notes []string
		for _, n := range []string{s.Where(), s.Fetched, s.Updated} {
			if n != "" {
				notes = append(notes, n)
			}
		}
		if s.Dateline != "" {
			notes = append(notes, "dateline "+s.Dateline)
		}
		if v.Languages() && view.KnownLanguage(s.Language) != "" {
			notes = append(notes, "language "+s.Language)
		}
		if len(notes) > 0 {
			line += " (" + strings.Join(notes, "; ") + ")"
		}
		items = append(items, line)
	}
	return []block{{heading: "Articles"}, {list: items}}
}

// sourcesSection tables the articles (their titles are in the legend).
func sourcesSection(d *corroborate.Dossier, v *view.Story) []block {
	rows := [][]string{{"#", "outlet", "published", "byline", "words", "original"}}
	var removed []string
	lines := 0
	for i, a := range d.Articles {
		s := v.Sources[i]
		orig := "-"
		if computed(d, "reuse") {
			orig = fmt.Sprintf("%d%%", s.Originality)
		}
		date := "unknown"
		if s.Date != "" {
			date = strings.TrimSpace(s.Date + " " + s.Zone)
		}
		rows = append(rows, []string{
			fmt.Sprint(s.N), orNone(s.Outlet), date,
			orNone(s.Byline), fmt.Sprint(len(strings.Fields(a.Text))), orig,
		})
		lines += len(a.Removed)
		for _, r := range view.RemovedLines(a.Removed) {
			removed = append(removed, fmt.Sprintf("%s: %s", s.Ref(), removedLine(r)))
		}
	}
	bs := []block{{heading: "Sources"}, {table: rows}}
	if len(removed) > 0 {
		bs = append(bs, block{para: fmt.Sprintf("Removed as boilerplate (%d lines):", lines)}, block{list: removed})
	} else {
		bs = append(bs, block{para: "No boilerplate removed."})
	}
	return bs
}

// removedShown is how much of a long removed line the report prints: a
// footnote block of thousands of characters taken out as one line would
// bury the report; the JSON and the web page keep it whole.
const removedShown = 300

// removedLine is a removed line as the report lists it: cut to
// removedShown characters, with its whole length said, when it is more
// than a third longer (a caption a little over the limit stays whole).
func removedLine(r string) string {
	n := utf8.RuneCountInString(r)
	if n <= removedShown*4/3 {
		return r
	}
	return fmt.Sprintf("%s (%d characters in all)", view.Shorten(r, removedShown), n)
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
