package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gap is the word that stands for an elision or an editor's insertion
// ("…", "[the extra breast is]"): it matches nothing, and a change of
// wording next to it is not a change at all.
const gap = "…"

// editorial marks are taken out before quotations are compared: "[sic]",
// "(sic)"; bracketed insertions and spaced or dotted ellipses become a gap.
var (
	sicMark     = regexp.MustCompile(`(?i)[\[(]\s*sic\s*[\])]`)
	bracketed   = regexp.MustCompile(`\[[^\]]*\]`)
	dotEllipsis = regexp.MustCompile(`\.\s?\.\s?\.`)
)

// quoteWords splits quoted text into comparable words: norm in lower case
// with apostrophes, hyphens and other punctuation inside words removed (so
// "common-sense" and "commonsense", "don't" and "don’t" compare equal), and
// orig as written, for notes. Editorial marks are dropped or become a gap.
func quoteWords(s string) (norm, orig []string) {
	if strings.ContainsAny(s, "[(") {
		s = sicMark.ReplaceAllString(s, " ")
		s = bracketed.ReplaceAllString(s, " "+gap+" ")
	}
	if strings.Contains(s, "..") || strings.Contains(s, ". .") {
		s = dotEllipsis.ReplaceAllString(s, " "+gap+" ")
	}
	var b, o []byte // the word being read, normalised and as written
	flush := func() {
		if len(b) > 0 {
			norm = append(norm, string(b))
			orig = append(orig, string(o))
			b, o = b[:0], o[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, foldRune(unicode.ToLower(r)))
			o = utf8.AppendRune(o, r)
		case len(b) > 0 && i+1 < len(rs) && isJoiner(rs[i-1], r, rs[i+1]):
			// inside a word: don't, common-sense, U.S., 1,000
			o = utf8.AppendRune(o, r)
		case r == '…':
			flush()
			if len(norm) == 0 || norm[len(norm)-1] != gap {
				norm, orig = append(norm, gap), append(orig, gap)
			}
		default:
			flush()
			if strings.ContainsRune(",.;:!?", r) && len(orig) > 0 && orig[len(orig)-1] != gap {
				orig[len(orig)-1] += string(r) // kept for notes: "husband, Mr Fix-It,"
			}
		}
	}
	flush()
	return norm, orig
}

// normWords is quoteWords without the written forms.
func normWords(s string) []string {
	n, _ := quoteWords(s)
	return n
}

// foldRune drops the accent of a Latin letter: "fiancé" and "fiance" are
// one spelling.
func foldRune(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return 'a'
	case 'ç':
		return 'c'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ñ':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	}
	return r
}

// isJoiner reports whether r, between prev and next, sits inside one word.
func isJoiner(prev, r, next rune) bool {
	alnum := func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }
	switch r {
	case '\'', '’', '-', '‐':
		return alnum(next)
	case '.':
		return alnum(prev) && alnum(next) && unicode.IsUpper(prev) == unicode.IsUpper(next) && !unicode.IsLower(prev) || unicode.IsDigit(prev) && unicode.IsDigit(next)
	case ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

// wordCountOf counts the words of ws that are not gaps.
func wordCountOf(ws []string) int {
	n := 0
	for _, w := range ws {
		if w != gap {
			n++
		}
	}
	return n
}

// sameQuote reports whether two quotations are one: the words they share,
// in order, cover most of the shorter (a quote cut short still meets the
// whole, a shared phrase inside two different quotations does not), and
// they are at least minShared words, or the whole shorter quotation when
// it is at least short words long; or they overlap by a passage of at
// least longOverlap words matching nearly word for word.
func sameQuote(a, b []string, minShared, short int) bool {
	shorter := min(wordCountOf(a), wordCountOf(b))
	if shorter == 0 {
		return false
	}
	al := align(a, b)
	l := al.matched
	if 5*l < 4*shorter {
		// Two excerpts of one statement that overlap by a whole passage:
		// a long run of shared words with nothing else between them.
		return l >= longOverlap && 10*l >= 9*max(al.span[0], al.span[1])
	}
	return l >= minShared || (shorter >= short && l == shorter)
}

// longOverlap is how many shared words make two overlapping excerpts one
// quotation even when each goes on where the other stops.
const longOverlap = 12

// sub is one change of wording between two quotations: a[a0:a1] stands
// where b has b[b0:b1].
type sub struct{ a0, a1, b0, b1 int }

// alignment is a word-by-word diff of two quotations.
type alignment struct {
	// subs are the places where both sides have words the other lacks,
	// inside the span both cover: a change of wording.
	subs []sub
	// matched is how many words the two share, in order; span is how many
	// words of each lie between the first and the last shared word.
	matched int
	span    [2]int
}

// align diffs a and b by their longest common subsequence and reports the
// substitutions between the first and the last shared word. Words only at
// either end (a partial quote) and words missing on one side only (an
// elision) are not substitutions. Gaps never match.
func align(a, b []string) alignment {
	n, m := len(a), len(b)
	dp := make([][]int32, n+1)
	for i := range dp {
		dp[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] && a[i] != gap {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var al alignment
	i, j := 0, 0
	first := [2]int{-1, -1}
	var last [2]int
	ga, gb := -1, -1 // start of the pending unmatched run on each side
	for i < n && j < m {
		switch {
		case a[i] == b[j] && a[i] != gap:
			if first[0] >= 0 && ga >= 0 && gb >= 0 {
				al.subs = append(al.subs, sub{ga, i, gb, j})
			}
			if first[0] < 0 {
				first = [2]int{i, j}
			}
			ga, gb = -1, -1
			al.matched++
			i++
			j++
			last = [2]int{i, j}
		case dp[i+1][j] >= dp[i][j+1]:
			if ga < 0 {
				ga = i
			}
			i++
		default:
			if gb < 0 {
				gb = j
			}
			j++
		}
	}
	if first[0] >= 0 {
		al.span = [2]int{last[0] - first[0], last[1] - first[1]}
	}
	return al
}

// editDistance is the Levenshtein distance between a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
