package text

import (
	"strings"
	"unicode/utf8"
)

// item is a list item's marker on a line: "2." or "b)" or "(iii)" spans
// s[start:end].
type item struct{ start, end int }

// marker is one reading of a list marker: its kind ('1' numbers, 'a' and
// 'A' letters, 'i' and 'I' roman numerals) and its value, counted from 1.
type marker struct {
	kind  byte
	value int
}

var (
	romans      = [...]string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
	romansUpper = [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
)

// readMarker reads the list marker label tok (the text before its "." or
// ")"): up to two readings, as "i" is a letter and a roman numeral.
func readMarker(tok string) (ms [2]marker, n int) {
	switch {
	case tok == "":
		return ms, 0
	case tok[0] >= '0' && tok[0] <= '9':
		if len(tok) > 2 || !isNumber(tok) || strings.ContainsAny(tok, ".,") {
			return ms, 0
		}
		v := int(tok[0] - '0')
		if len(tok) == 2 {
			v = v*10 + int(tok[1]-'0')
		}
		ms[0] = marker{'1', v}
		return ms, 1
	}
	if v := roman(tok); v > 0 {
		kind := byte('i')
		if tok[0] <= 'Z' {
			kind = 'I'
		}
		ms[n] = marker{kind, v}
		n++
	}
	if len(tok) == 1 && (tok[0] >= 'a' && tok[0] <= 'z' || tok[0] >= 'A' && tok[0] <= 'Z') {
		kind := byte('a')
		if tok[0] <= 'Z' {
			kind = 'A'
		}
		ms[n] = marker{kind, int(tok[0]|0x20-'a') + 1}
		n++
	}
	return ms, n
}

// roman is the value of tok as a roman numeral from i to x in one case,
// 0 when it is none.
func roman(tok string) int {
	for v, r := range romans {
		if tok == r || tok == romansUpper[v] {
			return v + 1
		}
	}
	return 0
}

// isMarker reports whether tok, a token before a dot, is a list marker's
// label such as "1", "b" or "iv".
func isMarker(tok string) bool {
	_, n := readMarker(strings.TrimPrefix(tok, "("))
	return n > 0
}

// listItems finds the items of lists written on one line ("1. Close the
// bridge 2. Reroute the buses", "a) … b) …"): markers counting up from 1
// in steps of one, the first at the line's start, after a colon or after a
// sentence's end. Each item starts a sentence.
func listItems(s string, start, end int) []item {
	if !hasFirstMarker(s, start, end) {
		return nil
	}
	var (
		items []item
		chain []item
		kind  byte
		next  int
	)
	flush := func() {
		if len(chain) >= 2 {
			items = append(items, chain...)
		}
		chain, kind, next = chain[:0], 0, 0
	}
	for p := start; p < end; p++ {
		if p > start && s[p-1] != ' ' && s[p-1] != '\t' {
			continue
		}
		c := s[p]
		if c != '(' && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			continue
		}
		e, ms, n := markerAt(s, p, end)
		if n == 0 {
			continue
		}
		extends, first := false, byte(0)
		for _, m := range ms[:n] {
			if kind != 0 && m.kind == kind && m.value == next {
				extends = true
			}
			if m.value == 1 && opensList(s, start, p, m.kind) {
				first = m.kind
			}
		}
		switch {
		case extends:
			chain = append(chain, item{p, e})
			next++
		case first != 0:
			flush()
			chain, kind, next = append(chain, item{p, e}), first, 2
		}
	}
	flush()
	return items
}

// markerAt reads a list marker at s[p:]: "2.", "b)", "(iii)" followed by
// white space and more text. It returns the marker's end and readings.
func markerAt(s string, p, end int) (int, [2]marker, int) {
	q := p
	paren := s[q] == '('
	if paren {
		q++
	}
	l := q
	for q < end && q-l < 4 && (s[q] >= '0' && s[q] <= '9' || s[q] >= 'a' && s[q] <= 'z' || s[q] >= 'A' && s[q] <= 'Z') {
		q++
	}
	if q >= end || q == l || (paren && s[q] != ')') || (!paren && s[q] != '.' && s[q] != ')') {
		return 0, [2]marker{}, 0
	}
	label := s[l:q]
	q++
	if !paren && s[q-1] == '.' && q < end && s[q] == ')' {
		q++ // "1.)"
	}
	if q+1 >= end || (s[q] != ' ' && s[q] != '\t') {
		return 0, [2]marker{}, 0
	}
	ms, n := readMarker(label)
	return q, ms, n
}

// opensList reports whether a marker of kind at p may open a list: at the
// line's start, after a colon, or (numbers only) after a sentence's end.
func opensList(s string, start, p int, kind byte) bool {
	e := p
	for e > start && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	if e == start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[start:e])
	return r == ':' || kind == '1' && (r == '.' || r == '!' || r == '?')
}

// hasFirstMarker reports quickly whether s[start:end] may hold a list's
// first marker: "1", "a", "A", "i" or "I" after a space, the line's start
// or "(", before "." or ")".
func hasFirstMarker(s string, start, end int) bool {
	for p := start + 1; p+1 < end; p++ {
		if s[p] != '.' && s[p] != ')' || s[p+1] != ' ' && s[p+1] != ')' && s[p+1] != '\t' {
			continue
		}
		switch s[p-1] {
		case '1', 'a', 'A', 'i', 'I':
			if p-1 == start || s[p-2] == ' ' || s[p-2] == '(' || s[p-2] == '\t' {
				return true
			}
		}
	}
	return false
}
