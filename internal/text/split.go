package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// splitSentences is the rule-based splitter behind Sentences.
func splitSentences(s string, r *rules) []corroborate.Span {
	var out []corroborate.Span
	for _, p := range Paragraphs(s) {
		out = splitLine(s, p.Start, p.End, r, out)
	}
	return out
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
		c, size := utf8.DecodeRuneInString(s[i:end])
		if isBullet(c) && i > sentStart && spaceBefore(s, start, i) {
			out = appendTrimmed(s, sentStart, i, out)
			sentStart = i
		}
		if !isTerminal(c) {
			q.see(c)
			i += size
			continue
		}
		j := q.closeRun(s, i+size, end)
		k := skipSpace(s, j, end)
		if k == j || k >= end {
			i = j
			continue
		}
		if r.isBoundary(s, sentStart, i, c, k, end) && !(q.open != 0 && q.goesOn(s, k, end)) {
			out = appendTrimmed(s, sentStart, j, out)
			sentStart = k
		}
		i = j
	}
	return appendTrimmed(s, sentStart, end, out)
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
