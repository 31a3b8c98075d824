package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotes tracks the double quotation open on a line: open is its opening
// mark, 0 when none is.
type quotes struct{ open rune }

// closes reports whether r closes a quotation opened with open: “…”,
// „…“ and „…” (German), «…» (French, Italian), "…".
func closes(open, r rune) bool {
	switch open {
	case '“':
		return r == '”'
	case '„':
		return r == '“' || r == '”'
	case '«':
		return r == '»'
	case '"':
		return r == '"'
	}
	return false
}

// see updates the state with r, a rune of the text.
func (q *quotes) see(r rune) {
	switch {
	case q.open != 0 && closes(q.open, r):
		q.open = 0
	case q.open == 0 && (r == '“' || r == '„' || r == '«'):
		q.open = r
	case r == '”' || r == '»':
		q.open = 0
	}
}

// seeStraight updates the state with the straight mark at s[i], which
// opens after a space or an opening mark and closes otherwise, so that one
// mark left unpaired does not turn every later quotation inside out.
func (q *quotes) seeStraight(s string, start, i int) {
	prev := ' '
	if i > start {
		prev, _ = utf8.DecodeLastRuneInString(s[start:i])
	}
	switch {
	case unicode.IsSpace(prev) || isOpener(prev) || prev == '—' || prev == '-':
		if q.open == 0 {
			q.open = '"'
		}
	case q.open == '"':
		q.open = 0
	}
}

// isCloser reports whether r, just after a sentence's final mark, belongs
// to that sentence: a closing quotation mark or bracket.
func (q *quotes) isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return q.open != 0 && closes(q.open, r)
}

// closeRun returns the end of the run of final marks and closing marks
// that starts at from, updating the state with them. A French closing
// guillemet after a space (« Non. ») belongs to the run.
func (q *quotes) closeRun(s string, from, end int) int {
	j := from
	for j < end {
		r, size := utf8.DecodeRuneInString(s[j:end])
		if isTerminal(r) || q.isCloser(r) {
			q.see(r)
			j += size
			continue
		}
		if r == '«' || r == '‹' {
			// German »…«: a reversed guillemet right after the full stop
			// closes the quotation when a space or the line's end follows.
			if k := j + size; k >= end || s[k] == ' ' {
				j = k
				continue
			}
		}
		if q.open == '«' && unicode.IsSpace(r) {
			k := skipSpace(s, j, end)
			if r2, sz := utf8.DecodeRuneInString(s[k:end]); r2 == '»' {
				q.see(r2)
				j = k + sz
				continue
			}
		}
		break
	}
	return j
}

// goesOn reports whether the quotation open at a candidate boundary closes
// later on the line with a comma or before an attribution in lower case
// ("... city. We do not," he said): then the quotation and its
// attribution are one sentence. A comma after the closing mark («…»,
// dijo) counts as one before it.
func (q *quotes) goesOn(s string, from, end int) bool {
	rest := s[from:end]
	idx := q.closing(rest)
	if idx < 0 {
		return false
	}
	before := strings.TrimRightFunc(rest[:idx], unicode.IsSpace)
	if strings.HasSuffix(before, ",") {
		return true
	}
	_, size := utf8.DecodeRuneInString(rest[idx:])
	after := strings.TrimLeftFunc(rest[idx+size:], func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '”' || r == '“' || r == '»'
	})
	if after == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLower(r) || r == ','

}

// closing returns the index in rest of the mark closing the open
// quotation, passing over quotations nested in it (“… “too loud” …”), or
// failing that of the first other closing double mark outside nested ones
// (a quotation opened with one mark and closed with another); -1 when
// there is none.
func (q *quotes) closing(rest string) int {
	depth, other := 0, -1
	for i, r := range rest {
		switch {
		case depth == 0 && closes(q.open, r):
			return i
		case r == '“' || r == '„' || r == '«':
			depth++
		case (r == '”' || r == '»') && depth > 0:
			depth--
		case r == '”' || r == '»':
			if other < 0 {
				other = i
			}
		}
	}
	return other
}
