package cluster

import (
	"unicode"
	"unicode/utf8"
)

// token is one run of letters and digits in a text: byte offsets and what
// its shape says.
type token struct {
	start, end int
	upper      bool // starts with an upper-case letter
	digits     int  // how many of its runes are digits
	letters    int  // how many of its runes are letters
	// glued is true when only one space separates this token from the
	// previous one, so that both may belong to one name.
	glued bool
}

// tokenize splits s into tokens. A token is a maximal run of letters and
// digits; an apostrophe between letters stays inside it ("O'Neil",
// "city's"), and a full stop or comma between digits too ("1.5", "12,000").
// Everything else separates tokens. It appends to out and returns it.
func tokenize(s string, out []token) []token {
	prevEnd := -1
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		t := token{start: i, upper: unicode.IsUpper(r), glued: glued(s, prevEnd, i)}
		for i < len(s) {
			r, size = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if isWordRune(r) {
				if unicode.IsDigit(r) {
					t.digits++
				} else {
					t.letters++
				}
				i += size
				continue
			}
			if joinsToken(s, i, r, size, t.digits > 0 && t.letters == 0) {
				i += size
				continue
			}
			break
		}
		t.end = i
		out = append(out, t)
		prevEnd = i
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
	return 'A' <= c && c <= 'Z' && (end == 1 || !isWordRune(rune(s[end-2])))
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// joinsToken reports whether the punctuation rune r at s[i] sits inside a
// token: an apostrophe between letters, or . and , between digits.
func joinsToken(s string, i int, r rune, size int, numeric bool) bool {
	next := i + size
	if next >= len(s) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s[next:])
	switch r {
	case '\'', '\u2019':
		return !numeric && unicode.IsLetter(n)
	case '.', ',':
		return numeric && '0' <= n && n <= '9'
	}
	return false
}
