package outlets

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A news agency signs its own copy at its desk: a line in parentheses that
// names who reported or wrote the story and who edited it ("(Writing by
// Ana Ros; Editing by Li Wei)"), as Reuters closes every story. The line
// names people, not the agency; the text names the agency where it speaks
// of its own newsgathering ("a Reuters witness said", "Reuters television
// showed", "told Reuters"). The two together name the text's outlet:
// extraction reads it so when a page names no site, and reuse so when an
// article comes without its outlet.

// deskVerbs open the parts of an agency desk's sign-off: "(Reporting by
// A; Writing by B; Editing by C)".
var deskVerbs = []string{"reporting by", "additional reporting by", "writing by", "editing by", "compiled by"}

// signoffReach is how far from a text's end a desk's sign-off is read:
// the sign-off closes the text.
const signoffReach = 1500

// DeskSignoff returns the sign-off of a news agency's desk, as written, and
// its offset: the last line of text, within signoffReach bytes of its end,
// that is in parentheses, opens with who reported, wrote, compiled or
// edited the story and names its editor ("(Writing by Ana Ros; Editing by
// Li Wei)", "(Editing by Li Wei)", "(Compiled by Ana Ros; edited by Li
// Wei)"), in any case of ASCII letters. A line that opens with "Edited by"
// is none: sites other than agencies close so. "" when there is none.
func DeskSignoff(text string) (string, int) {
	reach := max(0, len(text)-signoffReach)
	for end := len(text); end > reach; {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		if line := strings.TrimSpace(text[start:end]); deskLine(line) {
			return line, start + strings.Index(text[start:end], line)
		}
		end = start - 1
	}
	return "", 0
}

// deskLine reports whether line, trimmed, is a desk's sign-off (see
// DeskSignoff).
func deskLine(line string) bool {
	inner, ok := strings.CutPrefix(line, "(")
	if !ok || !strings.HasSuffix(strings.TrimRight(line, ". "), ")") {
		return false
	}
	low := ASCIILower(inner)
	if !slices.ContainsFunc(deskVerbs, func(v string) bool { return strings.HasPrefix(low, v) }) {
		return false
	}
	for _, ed := range []string{"editing by", "edited by"} {
		for off := 0; ; {
			i := strings.Index(low[off:], ed)
			if i < 0 {
				break
			}
			i += off
			if i == 0 || !ASCIILetter(low[i-1]) {
				return true // not "Crediting by"
			}
			off = i + len(ed)
		}
	}
	return false
}

// StaffWord reports whether w, in any case, is a word that follows an
// agency's name where the text speaks of the agency's own newsgathering:
// "a Reuters witness said", "Reuters television showed", "a Reuters
// tally".
func StaffWord(w string) bool { return staffWords[strings.ToLower(w)] }

var staffWords = map[string]bool{
	"witness": true, "witnesses": true, "reporter": true, "reporters": true, "correspondent": true,
	"correspondents": true, "photographer": true, "photographers": true, "cameraman": true,
	"cameramen": true, "television": true, "tv": true, "journalist": true, "journalists": true,
	"tally": true, "calculations": true, "poll": true, "survey": true,
}

// StaffAgency returns the one news agency of the directory that text speaks
// of as its own newsgatherer: its witness, reporter, television or tally
// ("a Reuters witness said", "Two Reuters reporters"), or the one a source
// spoke to ("told Reuters", "told the Associated Press"), with the first
// such mention as written. Agencies' names and aliases are matched as
// written, case and all; a possessive ("Reuters's") is not a mention. ""
// when the text names none so, or several.
func StaffAgency(text string) (agency, cue string) {
	for _, m := range wireMentions(text) {
		lo, hi := m.start, m.end
		if strings.HasSuffix(text[:lo], "The ") {
			lo -= len("The ") // "The Associated Press reporter"
		}
		if next, gap := nextWord(text[hi:]); gap > 0 && StaffWord(next) {
			hi += gap + len(next)
		} else if told := toldAt(text, lo); told >= 0 && !possessive(text[hi:]) {
			lo = told
		} else {
			continue
		}
		if agency != "" && agency != m.name {
			return "", "" // two agencies' staff: the text is neither's alone
		}
		if agency == "" {
			agency, cue = m.name, text[lo:hi]
		}
	}
	return agency, cue
}

// toldAt returns where "told" or "told the", in any case, stands right
// before offset i of text; -1 when neither does.
func toldAt(text string, i int) int {
	for _, t := range []string{"told the ", "told "} {
		if at := i - len(t); at >= 0 && strings.EqualFold(text[at:i], t) && (at == 0 || !ASCIILetter(text[at-1])) {
			return at
		}
	}
	return -1
}

// nextWord returns the word that follows spaces at the start of rest, and
// the number of those spaces: 0 when rest does not open with one.
func nextWord(rest string) (string, int) {
	next := strings.TrimLeft(rest[:min(len(rest), 16)], " ")
	gap := min(len(rest), 16) - len(next)
	if sp := strings.IndexAny(next, " .,;:\n"); sp >= 0 {
		next = next[:sp]
	}
	return next, gap
}

// possessive reports whether rest, what follows a name, makes it a
// possessive: "Reuters's", "AP’s".
func possessive(rest string) bool {
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
}

// wireMention is where a text names a news agency: the bytes of the name
// as written, and the agency's canonical name.
type wireMention struct {
	start, end int
	name       string
}

// wireMentions finds the names and aliases of the directory's news
// agencies in text, as written and as whole words, left to right; a name
// inside a longer one ("Associated Press" in "Australian Associated
// Press", "TASS" in "ITAR-TASS") is left out.
func wireMentions(text string) []wireMention {
	var all []wireMention
	for _, w := range wireNames() {
		for off := 0; ; {
			k := strings.Index(text[off:], w.written)
			if k < 0 {
				break
			}
			start, end := off+k, off+k+len(w.written)
			off = end
			if nameBound(text, start, end) {
				all = append(all, wireMention{start, end, w.name})
			}
		}
	}
	// Left to right, the longer of two names starting together first: a
	// name is inside a longer one when a name before it reaches as far.
	slices.SortStableFunc(all, func(a, b wireMention) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	out, reach := all[:0], -1
	for _, m := range all {
		if m.end <= reach {
			continue
		}
		reach = m.end
		out = append(out, m)
	}
	return out
}

// nameBound reports whether text[start:end] is a whole name: no letter,
// digit or joining mark ("ITAR-TASS", "Reuters/Ipsos", "AP&T") on either
// side.
func nameBound(text string, start, end int) bool {
	joined := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-/&_", r)
	}
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); joined(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); joined(r) {
			return false
		}
	}
	return true
}

// writtenName is one way a news agency is written in running text.
type writtenName struct{ written, name string }

// wireNames are the names and aliases of the directory's news agencies,
// longest first, so that a longer name is found before the names inside it.
var wireNames = sync.OnceValue(func() []writtenName {
	var out []writtenName
	for _, o := range list {
		if !o.Wire {
			continue
		}
		for _, a := range append([]string{o.Name}, o.Aliases...) {
			if !slices.ContainsFunc(out, func(w writtenName) bool { return w.written == a }) {
				out = append(out, writtenName{a, o.Name})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b writtenName) int { return cmp.Compare(len(b.written), len(a.written)) })
	return out
})
