package conflicts

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/eval"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// Story is one story of a benchmark: its input lines and, in the same
// order, the articles extracted from them.
type Story struct {
	ID       string
	Inputs   []Input
	Articles []corroborate.Article
}

// Input is one line of the benchmark as given.
type Input struct {
	ID    string `json:"id"`
	Story string `json:"story"`
	Text  string `json:"text"`
}

// Load reads a benchmark and extracts each article as `corroborate
// dossier` would. Stories come in the order of their first line, articles
// in file order. A line that cannot be read or extracted is reported in
// problems, named by the file and its input id or line, and the others go
// on; a file that cannot be read at all is an error.
func Load(path string) (stories []Story, problems []error, err error) {
	at := map[string]int{}
	seen := map[string]bool{}
	n := 0
	err = eval.EachLine(path, func(line []byte) error {
		n++
		name := fmt.Sprintf("%s: line %d", path, n)
		var in Input
		if err := json.Unmarshal(line, &in); err != nil {
			problems = append(problems, fmt.Errorf("%s: %w", name, err))
			return nil
		}
		if in.ID == "" || in.Story == "" {
			problems = append(problems, fmt.Errorf(`%s: need "id" and "story"`, name))
			return nil
		}
		name = fmt.Sprintf("%s: %s", path, in.ID)
		if seen[in.ID] {
			problems = append(problems, fmt.Errorf("%s: id given twice, first kept", name))
			return nil
		}
		a, err := articleOf(name, line)
		if err != nil {
			problems = append(problems, err)
			return nil
		}
		seen[in.ID] = true
		i, ok := at[in.Story]
		if !ok {
			i = len(stories)
			at[in.Story] = i
			stories = append(stories, Story{ID: in.Story})
		}
		stories[i].Inputs = append(stories[i].Inputs, in)
		stories[i].Articles = append(stories[i].Articles, a)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("conflicts benchmark: %w", err)
	}
	if len(stories) == 0 {
		return nil, problems, fmt.Errorf("conflicts benchmark %s: no article could be read", path)
	}
	return stories, problems, nil
}

// articleOf ingests and extracts one JSON line. Extraction is given no
// clock, so the same line always gives the same article.
func articleOf(name string, line []byte) (corroborate.Article, error) {
	docs, errs := ingest.Parse(name, line, ingest.Options{})
	if len(errs) > 0 {
		return corroborate.Article{}, errs[0]
	}
	if len(docs) != 1 {
		return corroborate.Article{}, fmt.Errorf("%s: %d documents in one line, want 1", name, len(docs))
	}
	a, err := extract.Extract(docs[0], extract.Options{})
	if err != nil {
		return corroborate.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// errNoSpan is why a span of an article could not be placed in its input.
var errNoSpan = errors.New("not found in the input text")

// inputSpan finds where text[start:end] of an article stands in the input
// it was extracted from. Extraction may change whitespace (paragraph
// breaks, joined lines) and drop lines, so the search compares the text
// without whitespace and, of several places, takes the one nearest to
// where the span stands in the article.
func inputSpan(article, input string, start, end int) (int, int, error) {
	_, apos := squeeze(article[:start], dropSpace)
	near := len(apos) // where the span starts in the squeezed article
	if s, e, ok := search(input, article[start:end], near, dropSpace); ok {
		return s, e, nil
	}
	return 0, 0, errNoSpan
}

// search finds needle in hay as both read through keep, and returns the
// byte range in hay of the place whose squeezed offset is nearest to near.
func search(hay, needle string, near int, keep func(rune) rune) (int, int, bool) {
	best, bestAt := [2]int{}, -1
	for _, p := range places(hay, needle, keep) {
		if bestAt < 0 || abs(p.at-near) < abs(bestAt-near) {
			best, bestAt = p.span, p.at
		}
	}
	return best[0], best[1], bestAt >= 0
}

// place is where a needle stands in a hay: its byte range, and its
// offset in the squeezed hay.
type place struct {
	span [2]int
	at   int
}

// places finds every place of needle in hay, both read through keep.
func places(hay, needle string, keep func(rune) rune) []place {
	want, _ := squeeze(needle, keep)
	if want == "" {
		return nil
	}
	h, pos := squeeze(hay, keep)
	var out []place
	for _, i := range allIndex(h, want) {
		end := pos[i+len(want)-1]
		_, size := utf8.DecodeRuneInString(hay[end:])
		out = append(out, place{span: [2]int{pos[i], end + size}, at: i})
	}
	return out
}

// squeeze returns s read through keep, which maps each rune to the rune
// kept or to -1 to drop it, and for each byte kept the offset in s of the
// rune it comes from.
func squeeze(s string, keep func(rune) rune) (string, []int) {
	var sb strings.Builder
	pos := make([]int, 0, len(s))
	for i, r := range s {
		if r = keep(r); r < 0 {
			continue
		}
		n := sb.Len()
		sb.WriteRune(r)
		for k := n; k < sb.Len(); k++ {
			pos = append(pos, i)
		}
	}
	return sb.String(), pos
}

// dropSpace keeps all but white space.
func dropSpace(r rune) rune {
	if unicode.IsSpace(r) {
		return -1
	}
	return r
}

// lettersOnly keeps letters and digits, lower-cased: typography, case and
// punctuation aside.
func lettersOnly(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r)
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
