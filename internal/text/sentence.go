// Package text splits article text into sentences and words, and gives the
// normalised forms the analysis stages compare.
package text

import "github.com/corroborate/corroborate"

// Sentences splits s into sentences, returning byte spans into s with
// surrounding white space excluded. Paragraph breaks ("\n\n", or a single
// newline between lines) always end a sentence.
func Sentences(s string) []corroborate.Span {
	return splitSentences(s)
}
