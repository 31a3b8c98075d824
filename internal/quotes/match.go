package quotes

import (
	"strings"
	"unicode"
)

// normWords splits quoted text into comparable words: lower case, with
// apostrophes, hyphens and other punctuation inside words removed, so that
// "common-sense" and "commonsense", "don't" and "don’t" compare equal.
// An ellipsis becomes the word "…" so that elisions are visible.
func normWords(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case b.Len() > 0 && i+1 < len(rs) && isJoiner(rs[i-1], r, rs[i+1]):
			// inside a word: don't, common-sense, U.S., 1,000
		case r == '…':
			flush()
			out = append(out, "…")
		default:
			flush()
		}
	}
	flush()
	return out
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

// longestCommonRun returns the length of the longest run of words a and b
// share, and where it starts in each.
func longestCommonRun(a, b []string) (n, ai, bi int) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0, 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > n {
					n, ai, bi = cur[j], i-cur[j], j-cur[j]
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return n, ai, bi
}

// sameQuote reports whether two quotations are one: they share a run of at
// least minShared words, or the shorter, at least short words long, lies
// whole inside the other.
func sameQuote(a, b []string, minShared, short int) bool {
	n, _, _ := longestCommonRun(a, b)
	shorter := min(len(a), len(b))
	return n >= minShared || (shorter >= short && n == shorter)
}

// alignment is a word-by-word diff of two quotations.
type alignment struct {
	// subs are the places where both sides have words the other lacks,
	// inside the span both cover: a change of wording.
	subs [][2][]string
}

// align diffs a and b by their longest common subsequence and reports the
// substitutions between the first and the last shared word. Words only at
// either end (a partial quote) and words missing on one side only (an
// elision) are not substitutions.
func align(a, b []string) alignment {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var al alignment
	i, j := 0, 0
	started := false
	var ga, gb []string
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			if started && len(ga) > 0 && len(gb) > 0 {
				al.subs = append(al.subs, [2][]string{ga, gb})
			}
			ga, gb = nil, nil
			started = true
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			if started {
				ga = append(ga, a[i])
			}
			i++
		default:
			if started {
				gb = append(gb, b[j])
			}
			j++
		}
	}
	return al
}

// material reports whether a substitution changes the wording rather than
// the spelling: some word differs by more than a letter or two.
func material(sub [2][]string) bool {
	a, b := strings.Join(sub[0], ""), strings.Join(sub[1], "")
	if a == b {
		return false // "common sense" / "commonsense"
	}
	for _, w := range append(append([]string{}, sub[0]...), sub[1]...) {
		if w == "…" {
			return false
		}
	}
	d := editDistance(a, b)
	long := max(len(a), len(b))
	return !(d <= 1 && long >= 4 || d <= 2 && long >= 8)
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
