package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// describesASource reports whether quoted words are a reporter's
// description of an unnamed source: "a source close to the board",
// "people close to the talks".
func (x *extractor) describesASource(q rawQuote) bool {
	if len(q.segs) != 1 {
		return false
	}
	raw := x.text[q.segs[0].s:q.segs[0].e]
	if len(raw) > 120 || !strings.Contains(raw, "famil") && !strings.Contains(raw, "close to") && !strings.Contains(raw, "knowledge") && !strings.Contains(raw, "briefed") {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.Trim(stripMarks(raw), " .,")))
	if len(words) < 3 || len(words) > 10 {
		return false
	}
	if isDeterminer(words[0]) || words[0] == "one" || words[0] == "two" {
		words = words[1:]
	}
	for i := 0; i+1 < len(words) && i < 3; i++ {
		if sourceNouns[words[i]] {
			next := strings.Join(words[i+1:min(len(words), i+4)], " ")
			// "familiar", and "familar" as some write it
			return strings.HasPrefix(next, "famil") || strings.HasPrefix(next, "close to") || strings.HasPrefix(next, "with knowledge of") || strings.HasPrefix(next, "briefed on")
		}
	}
	return false
}

// sourceNouns head a description of an unnamed source.
var sourceNouns = text.WordSet("source sources person people official officials insider insiders")

// namesAWork reports whether quoted words inside a sentence read as the
// name of a show, an event or a work rather than speech: at most
// maxWords words, each capitalised but the small ones, and no full stop ("Morning
// Joe", "Harbor Town Forum", "Keepin' It Local"). A name of more
// than four words may end with a full stop set inside the marks.
func (x *extractor) namesAWork(q rawQuote, maxWords int) bool {
	if len(q.segs) != 1 {
		return false
	}
	words := stripMarks(x.text[q.segs[0].s:q.segs[0].e])
	if maxWords > 4 {
		words = strings.TrimSuffix(words, ".")
	}
	return titleWords(words, maxWords)
}

// reportedClauseGoesOn reports whether pre, the words between two quotes
// of one sentence, opens a second reported clause with "and that" or
// "and" and ends in a verb "to be" before the quote ("by the news and that
// the Queen was").
func reportedClauseGoesOn(pre []token) bool {
	n := len(pre)
	if n < 3 || !beForms[pre[n-1].low] {
		return false
	}
	for k := 0; k+1 < n; k++ {
		if pre[k].low == "and" && (pre[k+1].low == "that" || isDeterminer(pre[k+1].low)) {
			return true
		}
	}
	return false
}

// titleWords reports whether words read as a name: at most maxWords words,
// each capitalised but the small ones, ending with no punctuation.
func titleWords(words string, maxWords int) bool {
	if words == "" || strings.ContainsAny(words[len(words)-1:], ".!?,") {
		return false
	}
	n := 0
	for rest := words; rest != ""; n++ {
		w := rest
		if k := strings.IndexByte(rest, ' '); k >= 0 {
			w, rest = rest[:k], strings.TrimLeft(rest[k:], " ")
		} else {
			rest = ""
		}
		if n >= maxWords {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if n > 0 && (!unicode.IsUpper(r) && titleSmallWords[w] || w == "&") {
			continue
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return n > 0
}

// namingCues name a thing rather than quote a speaker when the quotation
// follows them directly.
var namingCues = text.WordSet("call calls called calling dubbed dubs termed terms labeled labelled labels described describes referred refers referring")

// endsIntro reports whether a clause before a quote introduces it as a
// whole: it ends with a colon or comma, or with a cue ("said").
func endsIntro(pre []token) bool {
	if len(pre) == 0 {
		return true
	}
	last := pre[len(pre)-1]
	if last.is(":") || last.is(",") || last.is("—") || last.is("–") || last.is("-") || last.is("(") {
		return true
	}
	n := len(pre) - 1
	return cueAt(pre, n) > 0
}
