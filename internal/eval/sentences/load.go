// Package sentences measures the sentence splitter (text.SentencesIn) on
// cases of JSON Lines, one a line: {"text", "language", "sentences": [...]},
// the sentences a careful reader would cut the text into. It scores each
// case as exact (every sentence right) or not, and the boundaries between
// sentences by precision, recall and F1, per language and pooled.
package sentences

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/eval"
)

// Case is one line of a cases file. Index counts the file's non-blank lines
// from 0, so predictions name their case even when a bad line is skipped.
type Case struct {
	Text      string   `json:"text"`
	Language  string   `json:"language"`
	Sentences []string `json:"sentences"`
	Index     int      `json:"-"`
}

// Load reads the cases in path. A line that is not a case (bad JSON, no
// text, sentences that do not hold the text's words in order) is reported
// in bad, naming its line, and left out; the rest are read. An unreadable
// file is an error.
func Load(path string) (cases []Case, bad []string, err error) {
	n := 0
	err = eval.EachLine(path, func(b []byte) error {
		n++
		var c Case
		if err := json.Unmarshal(b, &c); err != nil {
			bad = append(bad, fmt.Sprintf("%s: case %d: %v", path, n-1, err))
			return nil
		}
		c.Index = n - 1
		if msg := c.check(); msg != "" {
			bad = append(bad, fmt.Sprintf("%s: case %d: %s", path, n-1, msg))
			return nil
		}
		cases = append(cases, c)
		return nil
	})
	if err != nil {
		return nil, bad, fmt.Errorf("sentences: %w", err)
	}
	return cases, bad, nil
}

// check says what is wrong with c, "" when nothing is: the sentences must
// be the text's characters in order, white space aside.
func (c Case) check() string {
	if strings.TrimSpace(c.Text) == "" {
		return "no text"
	}
	if len(c.Sentences) == 0 {
		return "no sentences"
	}
	if squeeze(c.Text) != squeeze(strings.Join(c.Sentences, "")) {
		return "the sentences are not the text's characters in order (white space aside)"
	}
	return ""
}

// squeeze drops every white-space rune of s: the characters that boundary
// positions are counted in.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// normal collapses each run of white space in s to one space and trims it:
// two sentences are the same when their normal forms are.
func normal(s string) string { return strings.Join(strings.Fields(s), " ") }
