package text

import "fmt"

// DefaultMaxArticleBytes bounds the text of one article: 1 MiB, some
// 170,000 words, twenty-five times the longest article of the bench. The
// stages after extraction cost time and memory in proportion to an
// article's text (about 2 s and 50 MB a MiB), and HTML extraction more than
// that; a text this long is a book, a log or a dump, not an article.
// ingest bounds plain texts by it, extract the text of an HTML page.
const DefaultMaxArticleBytes = 1 << 20

// OverLimit says that size bytes are over the limit of max for a reader:
// "40.2 MiB, over the limit of 1 MiB"; in bytes where MiB would not tell
// them apart ("67,108,874 bytes, over the limit of 67,108,864 bytes").
func OverLimit(size, max int64) string {
	mib := func(n int64) string { return fmt.Sprintf("%.1f", float64(n)/(1<<20)) }
	if size < 1<<20 || mib(size) == mib(max) {
		return bytesOf(size) + ", over the limit of " + bytesOf(max)
	}
	return Size(size) + ", over the limit of " + Size(max)
}

// Size writes n bytes for a reader: "512 bytes", "1 MiB", "40.2 MiB".
func Size(n int64) string {
	switch {
	case n < 1<<20:
		return bytesOf(n)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// bytesOf writes n bytes with thousands separated: "41,943,040 bytes".
func bytesOf(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s + " bytes"
}
