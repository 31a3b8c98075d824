package reuse

import (
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/corroborate/corroborate/internal/text"
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
	fStop    uint8 = 1 << iota // a function word
	fQuoted                    // inside a direct quotation
	fNoise                     // code, markup or boilerplate: never evidence
	fCommon                    // in a phrase most of the story's articles carry (markCommon)
	fCapital                   // written with a capital, or joined by a hyphen to a word that is ("Latter-day")
	fLink                      // a word of a web address written out (webAddresses): no text another article left out
)

// content reports whether the token is evidence of copying on its own: a
// word of the narrative that is not a function word.
func (t token) content() bool { return t.flags&(fStop|fQuoted|fNoise) == 0 }

// bytes is the token's length in the text.
func (t token) bytes() int { return int(t.end - t.start) }

// words finds the words: runs of letters and digits (and underscores, so
// that code stays one noisy token) with apostrophes inside.
var words = text.NewTokenizer(text.Rules{Extra: "_", Apostrophe: text.JoinLetter})

// tokenize splits text into word tokens. Apostrophes inside a word are
// dropped ("Department’s" = "Departments"), case is folded and month
// abbreviations are spelled out, so that light edits of form do not break
// a match.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6)
	buf := make([]byte, 0, 32)
	var w text.Word
	for words.Next(s, w.End, len(s), &w) {
		t := token{start: int32(w.Start), end: int32(w.End)}
		var n int // length of the normal form
		if word := s[w.Start:w.End]; w.Folded {
			if len(word) == 3 || len(word) == 4 {
				if m, ok := monthAbbrev[word]; ok {
					word = m
				}
			}
			n, t.hash = len(word), xxhash.Sum64String(word)
			if n <= maxStopword && stopwords[word] {
				t.flags |= fStop
			}
		} else {
			buf = fold(buf[:0], word)
			if len(buf) == 3 || len(buf) == 4 {
				if m, ok := monthAbbrev[string(buf)]; ok {
					buf = append(buf[:0], m...)
				}
			}
			n, t.hash = len(buf), xxhash.Sum64(buf)
			if n <= maxStopword && stopwords[string(buf)] {
				t.flags |= fStop
			}
		}
		if w.Others > 0 || (w.Letters > 0 && w.Digits > 0 && n > 4) || n > 30 {
			t.flags |= fNoise
		}
		if c := s[w.Start]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && text.StartsUpper(s[w.Start:]) ||
			w.Start > 0 && s[w.Start-1] == '-' && len(toks) > 0 && toks[len(toks)-1].flags&fCapital != 0 && toks[len(toks)-1].end == int32(w.Start-1) {
			t.flags |= fCapital
		}
		toks = append(toks, t)
	}
	return toks
}

// fold appends the normal form of the word w to buf: lower case, without
// its apostrophes.
func fold(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if c != '\'' {
				if 'A' <= c && c <= 'Z' {
					c |= 0x20
				}
				buf = append(buf, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r != '’' {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		i += n
	}
	return buf
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
