package report

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// An article's control characters reach neither report raw: a terminal
// escape, a window-title sequence and a bidirectional override are
// written as visible escapes, in text and in Markdown.
func TestReportsWriteControlCharactersInert(t *testing.T) {
	s1 := "s1"
	text := "The ferry \x1b]0;owned\x07 ran on Friday. \"Fine \x1b[2J,\" said Ivo \u202eRenn."
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Ferry \x1b[31mRED\x1b[0m"},
		Articles: []corroborate.Article{{ID: "a1", Title: "Ferry \x1b[31mRED\x1b[0m", Byline: []string{"Ana\u009bVell", "Ivo\x9bRenn"}, Text: text, Removed: []string{"Share\x1b[1A"}}},
		Speakers: []corroborate.Speaker{{ID: "s1", Name: "Ivo \u202eRenn"}},
		Quotes:   []corroborate.Quote{{ID: "q1", Text: "Fine \x1b[2J,", Mentions: []corroborate.QuoteMention{{Article: "a1", Speaker: &s1}}}},
		Summary:  []corroborate.SummarySentence{{Text: "The ferry \x1b]0;owned\x07 ran on Friday.", Cites: []string{"a1"}}},
		Computed: []string{"quotes", "summary"},
	}
	for name, render := range renderers {
		var sb strings.Builder
		if err := render(&sb, d); err != nil {
			t.Fatal(err)
		}
		out := sb.String()
		if i := strings.IndexFunc(out, isControl); i >= 0 || !utf8.ValidString(out) {
			t.Errorf("%s: a control character or stray byte is written raw (at byte %d):\n%q", name, i, out)
		}
		for _, want := range []string{`\x1b[31mRED`, `\x1b]0;owned\x07`, `\u202eRenn`, `Ana\x9bVell`, `Ivo\x9bRenn`, `Share\x1b[1A`} {
			if !strings.Contains(mdUnescaped.ReplaceAllString(out, "$1"), want) {
				t.Errorf("%s: the report lacks the escape %s:\n%s", name, want, out)
			}
		}
	}
}

// mdUnescaped matches Markdown's escapes of punctuation.
var mdUnescaped = regexp.MustCompile(`\\([[:punct:]])`)
