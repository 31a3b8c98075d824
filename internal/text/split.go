package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// abbreviations never end a sentence when followed by a capitalised word:
// titles, and words a name or number always follows.
var titleAbbrevs = WordSet("mr mrs ms messrs dr prof sen rep reps gov lt col gen capt cmdr sgt cpl pvt adm maj supt insp det rev fr st mt ft gen atty sens hon pres vs sr jr dept approx")

// numberAbbrevs end no sentence when a number follows ("No. 3", "Vol. 2").
var numberAbbrevs = WordSet("no nos art ch fig vol pp op p")

// weakAbbrevs usually sit inside a sentence (months, states, company
// suffixes) but may end one: they end a sentence only when a word that
// typically starts a sentence follows.
var weakAbbrevs = WordSet("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
	"ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla ore pa tenn tex va vt wash wis wyo " +
	"inc corp co ltd llc bros etc al ave blvd rd hwy")

// starters are words that begin sentences far more often than they follow
// an abbreviation inside one.
var starters = WordSet("the a an he she it they we i his her its their our this that these those there but and in on at for " +
	"when while after before if as so yet however meanwhile still also some many most officials police authorities")

// splitSentences is the rule-based splitter behind Sentences.
func splitSentences(s string) []corroborate.Span {
	var out []corroborate.Span
	for _, p := range Paragraphs(s) {
		out = splitLine(s, p.Start, p.End, out)
	}
	return out
}

// splitLine splits s[start:end], one line, appending trimmed spans to out.
func splitLine(s string, start, end int, out []corroborate.Span) []corroborate.Span {
	sentStart := start
	inQuote := false
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			inQuote = quoteState(inQuote, r)
			i += size
			continue
		}
		// Take the whole run of terminal punctuation and closing marks.
		j := i + size
		for j < end {
			r2, sz := utf8.DecodeRuneInString(s[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || isCloser(r2) {
				inQuote = quoteState(inQuote, r2)
				j += sz
				continue
			}
			break
		}
		// A boundary needs white space after the punctuation.
		k := j
		for k < end {
			r2, sz := utf8.DecodeRuneInString(s[k:end])
			if !unicode.IsSpace(r2) {
				break
			}
			k += sz
		}
		if k == j || k >= end {
			i = j
			continue
		}
		if isBoundary(s, sentStart, i, r, k, end) && !(inQuote && quoteGoesOn(s, k, end)) {
			out = appendTrimmed(s, sentStart, j, out)
			sentStart = k
		}
		i = j
	}
	return appendTrimmed(s, sentStart, end, out)
}

// quoteState tracks whether a double quotation is open: curly marks say
// which way they go, a straight mark toggles.
func quoteState(open bool, r rune) bool {
	switch r {
	case '“', '«':
		return true
	case '”', '»':
		return false
	case '"':
		return !open
	}
	return open
}

// quoteGoesOn reports whether the quotation open at a candidate boundary
// closes later on the line with a comma or before an attribution in lower
// case ("... city. We do not," he said): then the quotation and its
// attribution are one sentence.
func quoteGoesOn(s string, from, end int) bool {
	rest := s[from:end]
	idx := strings.IndexAny(rest, "\"”»")
	if idx < 0 {
		return false
	}
	before := strings.TrimRight(rest[:idx], " ")
	if strings.HasSuffix(before, ",") {
		return true
	}
	after := strings.TrimLeft(rest[idx+1:], "\"”» ")
	if after == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLower(r)
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '‹', '¿', '¡':
		return true
	}
	return false
}

// isBoundary decides whether the terminal mark p at s[i] ends the sentence
// that started at from, given that the next sentence would start at next.
func isBoundary(s string, from, i int, p rune, next, end int) bool {
	nr, _ := utf8.DecodeRuneInString(s[next:end])
	nextWord := leadingWord(s[next:end])
	upper := unicode.IsUpper(nr) || unicode.IsDigit(nr) || isOpener(nr) || nr == '—' || nr == '-' || nr == '–'
	if !upper {
		return false
	}
	if p != '.' {
		return true
	}
	w := trailingWord(s[from:i])
	lw := strings.ToLower(w)
	switch {
	case w == "":
		return true
	case titleAbbrevs[lw]:
		return false
	case numberAbbrevs[lw] && unicode.IsDigit(nr):
		return false
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]):
		// An initial ("Donald J. Trump"); a lone capital rarely ends a sentence.
		return starters[strings.ToLower(nextWord)]
	case strings.Contains(w, "."):
		// A dotted abbreviation: U.S., N.M., a.m.
		return starters[strings.ToLower(nextWord)]
	case weakAbbrevs[lw]:
		if unicode.IsDigit(nr) {
			return false
		}
		return starters[strings.ToLower(nextWord)]
	}
	return true
}

// trailingWord is the run of letters and inner dots just before the end of s.
func trailingWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return strings.Trim(s[i:], ".")
}

func leadingWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return isOpener(r) })
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return s[:i]
}

func appendTrimmed(s string, start, end int, out []corroborate.Span) []corroborate.Span {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
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
