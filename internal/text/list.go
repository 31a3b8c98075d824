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

var romans = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

// readMarker reads the list marker label tok (the text before its "." or
// ")"): up to two readings, as "i" is a letter and a roman numeral.
func readMarker(tok string) []marker {
	switch {
	case tok == "":
		return nil
	case tok[0] >= '0' && tok[0] <= '9':
		if len(tok) > 2 || !isNumber(tok) || strings.ContainsAny(tok, ".,") {
			return nil
		}
		n := int(tok[0] - '0')
		if len(tok) == 2 {
			n = n*10 + int(tok[1]-'0')
		}
		return []marker{{'1', n}}
	}
	var out []marker
	low := strings.ToLower(tok)
	if v, ok := romans[low]; ok {
		kind := byte('i')
		if low != tok {
			kind = 'I'
		}
		out = append(out, marker{kind, v})
	}
	if len(tok) == 1 && (tok[0] >= 'a' && tok[0] <= 'z' || tok[0] >= 'A' && tok[0] <= 'Z') {
		kind := byte('a')
		if tok[0] <= 'Z' {
			kind = 'A'
		}
		out = append(out, marker{kind, int(low[0]-'a') + 1})
	}
	return out
}

// isMarker reports whether tok, a token before a dot, is a list marker's
// label such as "1", "b" or "iv".
func isMarker(tok string) bool { return len(readMarker(strings.TrimPrefix(tok, "("))) > 0 }

// listItems finds the items of lists written on one line ("1. Close the
// bridge 2. Reroute the buses", "a) … b) …"): markers counting up from 1
// in steps of one, the first at the line's start, after a colon or after a
// sentence's end. Each item starts a sentence.
func listItems(s string, start, end int) []item {
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
		e, ms := markerAt(s, p, end)
		if ms == nil {
			continue
		}
		extends, first := false, byte(0)
		for _, m := range ms {
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
func markerAt(s string, p, end int) (int, []marker) {
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
		return 0, nil
	}
	label := s[l:q]
	q++
	if q+1 >= end || (s[q] != ' ' && s[q] != '\t') {
		return 0, nil
	}
	return q, readMarker(label)
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
