// Package text splits article text into sentences and words, and gives the
// normalised forms the analysis stages compare.
package text

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// Sentences splits s into sentences, returning byte spans into s with
// surrounding white space excluded. Paragraph breaks ("\n\n", or a single
// newline between lines) always end a sentence.
func Sentences(s string) []corroborate.Span {
	return splitSentences(s)
}

// Paragraphs returns the non-empty lines of s as byte spans, surrounding
// white space excluded: the units that sentences never cross.
func Paragraphs(s string) []corroborate.Span {
	var out []corroborate.Span
	for start := 0; start <= len(s); {
		end := len(s)
		if nl := strings.IndexByte(s[start:], '\n'); nl >= 0 {
			end = start + nl
		}
		out = appendTrimmed(s, start, end, out)
		start = end + 1
	}
	return out
}
