package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// token is one word or punctuation mark of an article, as a byte span.
type token struct {
	s, e int    // byte span in the article text
	w    string // the text of the span
	low  string // w in lower case
	word bool   // a word (letters or digits), not punctuation
	// opener: a common word written with a capital only because it opens
	// its sentence ("Ultimately,", "Following", "Said", "Two"): no name.
	opener bool
}

// lower is the token's lower-case form with a trailing possessive removed.
func (t token) lower() string { return stripPossessive(t.low) }

// particleName reports whether the token is a name joined to a lower-case
// particle: "al-Qasimi", "el-Masri", "bin-Hamid".
func (t token) particleName() bool {
	i := strings.IndexByte(t.w, '-')
	if !t.word || i <= 0 || i+1 >= len(t.w) || !nameParticles[t.low[:i]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.w[i+1:])
	return unicode.IsUpper(r)
}

// capitalised reports whether the token is a word starting with an upper-case letter.
func (t token) capitalised() bool {
	if !t.word || t.opener {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsUpper(r)
}

func (t token) is(p string) bool { return !t.word && t.w == p }

// sentenceEnd reports whether the token ends a sentence.
func (t token) sentenceEnd() bool { return t.is(".") || t.is("!") || t.is("?") }

// dotAbbrevs keep their final period as part of the word.
var dotAbbrevs = text.WordSet(`mr mrs ms dr prof sen rep reps gov lt col gen capt cmdr sgt cpl pvt adm maj supt
insp det rev fr st mt ft atty sens hon pres jr sr inc corp co ltd jan feb mar apr jun jul aug sep sept
oct nov dec no vs`)

// word is a word the tokenizer found.
type word = text.Word

// words finds the words: letters, digits and combining marks, keeping inner
// apostrophes, hyphens, dots and ampersands ("don't", "Lowe-Ambry",
// "U.S", "AT&T").
var words = text.NewTokenizer(text.Rules{
	Marks:      true,
	Apostrophe: text.JoinAlnum, Hyphen: text.JoinAlnum, Dot: text.JoinAlnum, Ampersand: text.JoinAlnum,
})

// tokenize splits text[start:end] into words and punctuation marks. A word
// keeps the period of a known abbreviation or an initial ("Mr.", "E.",
// "U.S."); a sentence end that lost its space is split ("video.The",
// gluedSentence). Two apostrophes in a row are one quotation mark token.
func tokenize(text string, start, end int, out []token) []token {
	var w word
	for i := start; i < end; {
		ok := words.Next(text, i, end, &w)
		if !ok {
			w.Start = end
		}
		out = punctuation(text, i, w.Start, out)
		if !ok {
			break
		}
		glued := false
		if k := gluedSentence(text[w.Start:w.End]); k > 0 {
			w.End, glued = w.Start+k, true // "in the video.The Prime Minister said": two sentences, the space lost
		}
		j := w.End
		if j < end && text[j] == '.' && !glued {
			low := strings.ToLower(text[w.Start:j])
			after := byte(' ')
			if j+1 < end {
				after = text[j+1]
			}
			if dotAbbrevs[low] || strings.Contains(low, ".") || (w.Upper && utf8.RuneCountInString(low) == 1) || after == ')' || after == ',' {
				j++
			}
		}
		j += pluralPossessive(text, w, j, end)
		for j+4 <= end && text[j] == ',' && isDigits(text[j+1:j+4]) && isDigits(text[w.Start:j]) && (j+4 == end || text[j+4] < '0' || text[j+4] > '9') {
			j += 4 // "28,000": one number, no clause break at its comma
		}
		out = append(out, token{s: w.Start, e: j, w: text[w.Start:j], low: strings.ToLower(text[w.Start:j]), word: true})
		i = j
	}
	return out
}

// gluedSentence is where the full stop of a sentence end that lost its
// space stands in word w ("video.The"): after a word of two or more
// letters with no capital but its first, and before a capital and a
// lower-case letter; 0 if there is none. A domain ("news.com"), an
// abbreviation ("U.S", "Jan.") and a name like "iPhone.Maker" are no
// sentence end.
func gluedSentence(w string) int {
	k := strings.IndexByte(w, '.') // asked of every word: most have none
	if k < 2 || k+2 >= len(w) || !isLowerASCII(w[k-1]) || !isLowerASCII(w[k-2]) || w[k+1] < 'A' || w[k+1] > 'Z' || !isLowerASCII(w[k+2]) {
		return 0
	}
	before := w[:k]
	if strings.IndexFunc(before[1:], unicode.IsUpper) >= 0 || strings.ContainsAny(before, "-'&") || dotAbbrevs[strings.ToLower(before)] {
		return 0
	}
	return k
}

func isLowerASCII(b byte) bool { return b >= 'a' && b <= 'z' }

// pluralPossessive is the length of the apostrophe that makes the
// capitalised plural word text[w.Start:j] possessive inside a name, "the
// Calder Rovers Supporters' Trust": the next word is capitalised too. 0
// when there is none, so that a closing single quotation mark stays a mark.
func pluralPossessive(text string, w word, j, end int) int {
	if !w.Upper || j-w.Start < 3 || text[j-1] != 's' || j >= end {
		return 0
	}
	size := 0
	switch {
	case text[j] == '\'':
		size = 1
	case strings.HasPrefix(text[j:end], "’"):
		size = len("’")
	default:
		return 0
	}
	k := j + size
	if k+1 >= end || text[k] != ' ' {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[k+1 : end])
	if !unicode.IsUpper(r) {
		return 0
	}
	return size
}

// punctuation appends a token for each mark of text[i:end], which holds no
// word, white space skipped.
func punctuation(text string, i, end int, out []token) []token {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '\'' && i+1 < end && text[i+1] == '\'':
			out = append(out, token{s: i, e: i + 2, w: "''", low: "''"})
			i += 2
		default:
			out = append(out, token{s: i, e: i + size, w: text[i : i+size], low: text[i : i+size]})
			i += size
		}
	}
	return out
}

// stripPossessive removes a trailing "'s" or "’s" (or a bare apostrophe).
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// spanText is the text from the first to the last token of ts.
func spanText(text string, ts []token) string {
	if len(ts) == 0 {
		return ""
	}
	return text[ts[0].s:ts[len(ts)-1].e]
}

// trimPunct drops punctuation tokens at both ends of ts.
func trimPunct(ts []token) []token {
	for len(ts) > 0 && !ts[0].word {
		ts = ts[1:]
	}
	for len(ts) > 0 && !ts[len(ts)-1].word {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// splitComma splits ts at commas (and parentheses and dashes).
func splitComma(ts []token) [][]token {
	var out [][]token
	from := 0
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.is("(") {
			if k := innerParens(ts, i); k > i {
				i = k // "Kessmouth County (Ont.) Police": one name
				continue
			}
		}
		if t.is(",") || t.is("(") || t.is(")") || t.is("—") || t.is("–") || t.is(";") {
			out = append(out, ts[from:i])
			from = i + 1
		}
	}
	return append(out, ts[from:])
}

// innerParens is the index of the ")" closing a short capitalised aside
// opened at ts[i] inside a name, "County (Ont.) Police", or i when the
// parentheses are not of that kind.
func innerParens(ts []token, i int) int {
	if i == 0 || !ts[i-1].capitalised() {
		return i
	}
	for k := i + 1; k < len(ts) && k <= i+4; k++ {
		if ts[k].is(")") {
			if k == i+1 || k+1 >= len(ts) || !ts[k+1].capitalised() {
				return i
			}
			return k
		}
		if !ts[k].capitalised() && !ts[k].is(".") {
			return i
		}
	}
	return i
}

// isDigits reports whether s is digits and thousands commas only, at
// least one digit.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && (s[i] != ',' || i == 0) {
			return false
		}
	}
	return true
}
