package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// A chart's or an infographic's words left in a text when the page was
// flattened: its title, its axis labels and values each on a line of
// their own ("Ferry fares since 2015", "2015", "$4", "2020", "$5"), and
// the line naming where its data came from ("Source: Calder Harbor
// Board"). None is a sentence of the article.

var (
	// reFigure matches a chart's value or axis label alone on a line: a
	// number with its sign, currency and unit ("2015", "$4", "12.5%",
	// "-3", "40m", "1,200 km").
	reFigure = regexp.MustCompile(`^[-+−]?[$€£¥]?\d[\d,.]*\s?(%|[A-Za-z]{1,3})?$`)
	// reGraphicSource matches the line that names a chart's data source
	// ("Source: Calder Harbor Board", "Sources: …", "Data: …", "Chart: …").
	reGraphicSource = regexp.MustCompile(`(?i)^(sources?|data|chart|graphic)\s*:\s*\S`)
	// reImageName matches a picture's file name left as a line: one word
	// in lower case with a number in it ("chart2", "fares_2026").
	reImageName = regexp.MustCompile(`^[a-z][a-z_-]*\d+[a-z_-]*\d*$`)
)

const (
	// chartLabelWords is the most words a chart's label has.
	chartLabelWords = 6
	// chartTitleWords is the most words a chart's title has.
	chartTitleWords = 10
	// graphicSourceWords is the most words a chart's source line has.
	graphicSourceWords = 12
)

// markInfographics labels a chart's words left in the text as
// "infographic": a run of short lines, no sentence among them, of which
// half or more are figures (two at least), with the title standing over
// them and the source line under them; and a source line standing under
// a line that ends no sentence (a list's last item, a picture's file
// name: a graphic's, not the article's credit, which follows its last
// paragraph), with that file name. Lines read as anything else are left.
func markInfographics(lines []line) {
	for i := 0; i < len(lines); {
		j := i
		figures := 0
		for j < len(lines) && lines[j].kind == "" && chartLabel(lines[j].text) {
			if reFigure.MatchString(strings.TrimSpace(lines[j].text)) {
				figures++
			}
			j++
		}
		if j == i {
			i++
			continue
		}
		if figures >= 2 && 2*figures >= j-i {
			from := i
			if from > 0 && lines[from-1].kind == "" && chartTitle(lines[from-1].text) {
				from--
			}
			for k := from; k < j; k++ {
				lines[k].kind = infographicKind
			}
			if j < len(lines) && graphicSource(lines[j]) {
				lines[j].kind = infographicKind
				j++
			}
		}
		i = j
	}
	for i := 1; i < len(lines); i++ {
		if !graphicSource(lines[i]) {
			continue
		}
		prev := lines[i-1]
		if prev.kind != "" || text.EndsSentence(prev.text) {
			continue
		}
		lines[i].kind = infographicKind
		if reImageName.MatchString(strings.TrimSpace(prev.text)) {
			lines[i-1].kind = infographicKind
		}
	}
}

// infographicKind is the kind of a chart's words.
const infographicKind = "infographic"

// chartLabel reports a line a chart's label or value may be: a few words,
// no sentence.
func chartLabel(s string) bool {
	return wordCount(s) <= chartLabelWords && !text.EndsSentence(s)
}

// chartTitle reports a line that may be the title over a chart: a few
// words, no sentence, no figure alone.
func chartTitle(s string) bool {
	n := len(strings.Fields(s))
	return n >= 2 && n <= chartTitleWords && !text.EndsSentence(s)
}

// graphicSource reports a source line (reGraphicSource), content or read
// as the article's credit, short enough to name a chart's data.
func graphicSource(l line) bool {
	return (l.kind == "" || l.kind == creditKind) && wordCount(l.text) <= graphicSourceWords && reGraphicSource.MatchString(strings.TrimSpace(l.text))
}
