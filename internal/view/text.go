package view

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// ReadableDate turns an RFC 3339 time or a YYYY-MM-DD date into "4 Aug
// 2017, 10:33" (the time as the article gives it) and its zone ("-04:00",
// "UTC"); a value it cannot read is returned as it is.
func ReadableDate(s string) (date, zone string) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		zone = t.Format("-07:00")
		if zone == "+00:00" {
			zone = "UTC"
		}
		return t.Format("2 Jan 2006, 15:04"), zone
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format("2 Jan 2006"), ""
	}
	return s, ""
}

// Shorten cuts s to at most n runes, at a space when it can, marking the cut.
func Shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); r[n-1] != ' ' && i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// Plural writes a count with its noun: "1 article", "3 articles".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Excerpt returns the source text between start and end, clamped to the
// text and to rune boundaries.
func Excerpt(text string, start, end int) string {
	start, end = ClampSpan(text, start, end)
	return strings.Join(strings.Fields(text[start:end]), " ")
}

// ClampSpan keeps [start, end) inside text and on rune boundaries.
func ClampSpan(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}

// RemovedLines is the boilerplate lines removed from one article, each
// once, in their order, with how often it was removed when more than once
// ("(AP Photo/Susan Walsh, File) ×2"): a page repeats its photo credit.
func RemovedLines(removed []string) []string {
	var out []string
	count := map[string]int{}
	for _, r := range removed {
		if count[r]++; count[r] == 1 {
			out = append(out, r)
		}
	}
	for i, r := range out {
		if n := count[r]; n > 1 {
			out[i] = fmt.Sprintf("%s ×%d", r, n)
		}
	}
	return out
}
