package reuse

import (
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// token is one word of an article, compared by the hash of its normalised
// form.
type token struct {
	hash       uint64
	start, end int32 // bytes in the article text
	sent       int32 // index of the sentence holding it
	flags      uint8
}

const (
	fStop   uint8 = 1 << iota // a function word
	fQuoted                   // inside a direct quotation
	fNoise                    // code, markup or boilerplate: never evidence
)

// content reports whether the token is evidence of copying on its own: a
// word of the narrative that is not a function word.
func (t token) content() bool { return t.flags&(fStop|fQuoted|fNoise) == 0 }

// bytes is the token's length in the text.
func (t token) bytes() int { return int(t.end - t.start) }

// tokenize splits text into word tokens. Words are runs of letters and
// digits (and underscores, so that code stays one noisy token); apostrophes
// inside a word are dropped ("Department’s" = "Departments"), case is
// folded and month abbreviations are spelled out, so that light edits of
// form do not break a match.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/6)
	buf := make([]byte, 0, 32)
	start := -1
	letters, digits, under := 0, 0, 0
	flush := func(end int) {
		if start < 0 {
			return
		}
		t := token{start: int32(start), end: int32(end)}
		norm := buf
		if len(norm) == 3 || len(norm) == 4 {
			if m, ok := monthAbbrev[string(norm)]; ok {
				norm = append(norm[:0], m...)
			}
		}
		t.hash = xxhash.Sum64(norm)
		if len(norm) <= maxStopword && stopwords[string(norm)] {
			t.flags |= fStop
		}
		if under > 0 || (letters > 0 && digits > 0 && len(norm) > 4) || len(norm) > 30 {
			t.flags |= fNoise
		}
		toks = append(toks, t)
		start, buf, letters, digits, under = -1, buf[:0], 0, 0, 0
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII fast path
			switch {
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
				if start < 0 {
					start = i
				}
				letters++
				buf = append(buf, c|0x20)
			case '0' <= c && c <= '9':
				if start < 0 {
					start = i
				}
				digits++
				buf = append(buf, c)
			case c == '_':
				if start < 0 {
					start = i
				}
				under++
				buf = append(buf, c)
			case c == '\'' && start >= 0 && i+1 < len(text) && isLetterAt(text, i+1):
				// inside a word: dropped from the normal form
			default:
				flush(i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			if start < 0 {
				start = i
			}
			switch {
			case r == '_':
				under++
			case unicode.IsDigit(r):
				digits++
			default:
				letters++
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case (r == '\'' || r == '’') && start >= 0 && i+n < len(text) && isLetterAt(text, i+n):
			// inside a word: dropped from the normal form
		default:
			flush(i)
		}
		i += n
	}
	flush(len(text))
	return toks
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

var monthAbbrev = map[string]string{
	"jan": "january", "feb": "february", "mar": "march", "apr": "april",
	"jun": "june", "jul": "july", "aug": "august", "sep": "september",
	"sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

// maxStopword is the length of the longest stop word.
const maxStopword = 7

// stopwords are English function words: matched, they say little.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "to", "in",
		"on", "at", "by", "for", "from", "with", "about", "as", "into", "onto",
		"over", "under", "after", "before", "than", "then", "that", "this",
		"these", "those", "there", "here", "it", "its", "is", "are", "was",
		"were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
		"did", "will", "would", "can", "could", "should", "may", "might", "must",
		"shall", "not", "no", "he", "she", "they", "we", "you", "i", "him",
		"her", "them", "us", "me", "his", "hers", "their", "our", "your", "my",
		"who", "whom", "whose", "which", "what", "when", "where", "why", "how",
		"if", "up", "out", "off", "all", "any", "some", "more", "most", "also",
		"just", "only", "very", "such", "said", "says", "say", "s", "t", "one",
		"other", "been", "because", "while", "during", "between", "against",
		"through", "both", "each", "few", "many", "much", "own", "same", "too",
		"again", "further", "once", "now", "new", "like", "said", "told",
	} {
		m[w] = true
	}
	return m
}()
