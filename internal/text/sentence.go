// Package text splits article text into sentences and words, and gives the
// normalised forms the analysis stages compare.
package text

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// Sentences splits s, text of unknown language, into sentences: the same
// as SentencesIn(s, "").
func Sentences(s string) []corroborate.Span {
	return SentencesIn(s, "")
}

// SentencesIn splits s, text in language lang (an ISO 639-1 code such as
// an Article's Language), into sentences, returning byte spans into s with
// surrounding white space excluded; only white space falls between spans.
// A newline ends a sentence unless the line is a sentence wrapped onto
// the next: it ends in a lower-case letter or a comma after four words or
// more, and the next line, just below, starts in lower case. The language decides which dotted words
// are abbreviations ("Sra.", "Dott.", "z. B.") and whether a number with a
// dot is an ordinal ("am 3. Mai"); an empty, "und" or unknown lang takes
// the abbreviations of every language the splitter knows (en, es, it, fr,
// de, pt).
func SentencesIn(s, lang string) []corroborate.Span {
	return splitSentences(s, rulesFor(lang))
}

// Paragraphs returns the non-empty lines of s as byte spans, surrounding
// white space excluded. A sentence crosses a line's end only where it is
// wrapped onto the next line (see SentencesIn).
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
