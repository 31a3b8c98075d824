package cluster

import (
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// token is one word of a text: byte offsets and what its shape says.
type token struct {
	start, end int
	upper      bool // starts with an upper-case letter
	digits     int  // how many of its runes are digits
	letters    int  // how many of its runes are letters
	// glued is true when only one space separates this token from the
	// previous one, so that both may belong to one name.
	glued bool
}

// words finds the tokens: runs of letters and digits; an apostrophe between
// letters stays inside one ("O'Neil", "city's", but "1990" and "s"), and a
// full stop or comma between the digits of a number too ("1.5", "12,000").
var words = text.NewTokenizer(text.Rules{Apostrophe: text.JoinWordLetter, Dot: text.JoinNumber, Comma: text.JoinNumber})

// tokenize splits s into tokens, appending to out and returning it.
func tokenize(s string, out []token) []token {
	prevEnd := -1
	var w text.Word
	for words.Next(s, max(prevEnd, 0), len(s), &w) {
		out = append(out, token{start: w.Start, end: w.End, upper: w.Upper, digits: w.Digits, letters: w.Letters, glued: glued(s, prevEnd, w.Start)})
		prevEnd = w.End
	}
	return out
}

// glued reports whether the gap s[prevEnd:start] between two tokens is one
// space, or the full stop and space after an initial ("John F. Kennedy").
func glued(s string, prevEnd, start int) bool {
	switch {
	case prevEnd < 0:
		return false
	case start-prevEnd == 1:
		return s[prevEnd] == ' '
	case start-prevEnd == 2:
		return s[prevEnd] == '.' && s[prevEnd+1] == ' ' && prevEnd >= 1 && isInitial(s, prevEnd)
	}
	return false
}

// isInitial reports whether the token ending at end is one upper-case letter.
func isInitial(s string, end int) bool {
	c := s[end-1]
	return 'A' <= c && c <= 'Z' && (end == 1 || !isWordByte(s[end-2]))
}

// isWordByte reports whether the byte c, read as a Latin-1 rune, is a
// letter or a digit.
func isWordByte(c byte) bool {
	r := rune(c)
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
