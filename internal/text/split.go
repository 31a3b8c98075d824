package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// splitSentences is the rule-based splitter behind Sentences.
func splitSentences(s string, r *rules) []corroborate.Span {
	var out []corroborate.Span
	lines := Paragraphs(s)
	for k := 0; k < len(lines); k++ {
		start, end := lines[k].Start, lines[k].End
		for k+1 < len(lines) && wraps(s, start, end, lines[k+1]) {
			k++
			end = lines[k].End
		}
		out = splitLine(s, start, end, r, out)
	}
	return out
}

// wraps reports whether the line s[start:end] is a sentence wrapped onto
// the line next: it ends in a lower-case letter or a comma after at least
// four words, and next starts with a lower-case letter on the line just
// below (a blank line between is a paragraph break). A newline
// otherwise ends a sentence (a headline, a list's line).
func wraps(s string, start, end int, next corroborate.Span) bool {
	last, _ := utf8.DecodeLastRuneInString(s[start:end])
	first, _ := utf8.DecodeRuneInString(s[next.Start:next.End])
	if !unicode.IsLower(first) || !unicode.IsLower(last) && last != ',' || strings.Count(s[end:next.Start], "\n") != 1 {
		return false
	}
	words := 1
	for i := start; i < end && words < 4; i++ {
		if s[i] == ' ' && s[i+1] != ' ' {
			words++
		}
	}
	return words >= 4
}

// splitLine splits s[start:end], one line, appending trimmed spans to out.
func splitLine(s string, start, end int, r *rules, out []corroborate.Span) []corroborate.Span {
	items := listItems(s, start, end)
	sentStart := start
	var q quotes
	for i := start; i < end; {
		for len(items) > 0 && items[0].start < i {
			items = items[1:]
		}
		if len(items) > 0 && i == items[0].start {
			// A list item starts a sentence; its marker's dot ends none.
			out = appendTrimmed(s, sentStart, i, out)
			sentStart, i, items = i, items[0].end, items[1:]
			continue
		}
		if b := s[i]; b < utf8.RuneSelf && b != '.' && b != '!' && b != '?' && b != '"' {
			i++ // the common case: a plain ASCII byte
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:end])
		if isBullet(c) && i > sentStart && spaceBefore(s, start, i) {
			out = appendTrimmed(s, sentStart, i, out)
			sentStart = i
		}
		if !isTerminal(c) {
			if c == '"' {
				q.seeStraight(s, start, i)
			} else {
				q.see(c)
			}
			i += size
			continue
		}
		j := q.closeRun(s, i+size, end)
		k := skipSpace(s, j, end)
		if k == j {
			if m := r.footnoteEnd(s, sentStart, i, j, end); m > 0 {
				// the marker ends the sentence it notes (no text is
				// dropped: every character stays in a sentence)
				out = appendTrimmed(s, sentStart, m, out)
				sentStart, i = m, m
				continue
			}
		}
		if k == j && c == '.' && r.runOn(s, sentStart, i, j, end) {
			out = appendTrimmed(s, sentStart, j, out)
			sentStart, i = j, j
			continue
		}
		if k == j || k >= end {
			i = j
			continue
		}
		if r.isBoundary(s, sentStart, i, j, c, k, end) && !(q.open != 0 && q.goesOn(s, k, end)) {
			out = appendTrimmed(s, sentStart, j, out)
			sentStart = k
		}
		i = j
	}
	return appendTrimmed(s, sentStart, end, out)
}

// footnoteEnd returns where the footnote marker ends that follows, with
// no space, the final stop s[i:j] of a sentence that started at from
// ("still survives.8 This copy", "a “seer stone.”18 As a"), or -1: one
// to three digits, then a space and a capitalised word or the line's end. The word before
// the stop is a plain word of two letters or more, so a decimal ("3.5
// The") or an abbreviation ("No.1", "Fig.3") is no sentence end.
func (r *rules) footnoteEnd(s string, from, i, j, end int) int {
	if !r.wordEndsSentence(s, from, i, unicode.IsLetter) {
		return -1
	}
	m := j
	for m < end && m-j < 4 && s[m] >= '0' && s[m] <= '9' {
		m++
	}
	if m == j || m-j > 3 || m < end && s[m] != ' ' {
		return -1
	}
	if m == end {
		return m // the line's last sentence
	}
	if !capitalised(leadingWord(s[skipSpace(s, m, end):end])) {
		return -1
	}
	return m
}

// wordEndsSentence reports whether the token before the stop s[i], in a
// sentence that started at from, may end a sentence when no space follows
// the stop: two characters or more once opening marks are trimmed, each
// accepted by ok, the last no capital, and no title or short form that
// takes a dot ("Mr", "No", "Fig").
func (r *rules) wordEndsSentence(s string, from, i int, ok func(rune) bool) bool {
	tok := strings.TrimLeftFunc(s[tokenStart(s, from, i):i], isLead)
	if utf8.RuneCountInString(tok) < 2 || strings.IndexFunc(tok, func(c rune) bool { return !ok(c) }) >= 0 ||
		has(r.titles, tok) || has(r.numbered, tok) || has(r.weak, tok) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(tok)
	return !unicode.IsUpper(last)
}

// capitalised reports whether w is a capital followed by a lower-case
// letter: a word that starts a sentence ("The"), not an initial or an
// acronym ("I", "USA").
func capitalised(w string) bool {
	c, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(c) || len(w) == size {
		return false
	}
	next, _ := utf8.DecodeRuneInString(w[size:])
	return unicode.IsLower(next)
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isBullet(r rune) bool {
	switch r {
	case '•', '●', '▪', '■', '◦', '‣', '⁃':
		return true
	}
	return false
}

func spaceBefore(s string, start, i int) bool {
	if i <= start {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[start:i])
	return unicode.IsSpace(r)
}

func skipSpace(s string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// isOpener reports whether r may open a sentence before its first word.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '‚', '(', '[', '«', '‹', '»', '¿', '¡':
		return true
	}
	return false
}

func appendTrimmed(s string, start, end int, out []corroborate.Span) []corroborate.Span {
	start = skipSpace(s, start, end)
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if end > start {
		out = append(out, corroborate.Span{Start: start, End: end})
	}
	return out
}
