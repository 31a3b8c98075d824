package quotes

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// embedLine is a post embedded as text: its words, a dash, the poster's
// name, the handle in parentheses and the date (`I meant it. — Ada Holm
// (@adaholm) May 2, 2014`).
var embedLine = regexp.MustCompile(`^(\S.*?\S)\s+[—–]\s+([^()\n]{2,60}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$`)

// addEmbeds adds the paragraphs that are embedded posts without quotation
// marks to raws, in text order: the poster's own words.
func (x *extractor) addEmbeds(raws []rawQuote) []rawQuote {
	txt := x.text
	added := false
	for i, p := range x.paras {
		para := txt[p.Start:p.End]
		if !strings.Contains(para, "(@") || hasDoubleMarks(txt, p) {
			continue
		}
		m := embedLine.FindStringSubmatchIndex(para)
		if m == nil {
			continue
		}
		s, e := p.Start+m[2], p.Start+m[3]
		if x.embeds == nil {
			x.embeds = map[int]string{}
		}
		x.embeds[s] = strings.TrimSpace(para[m[4]:m[5]])
		raws = append(raws, rawQuote{segs: []segment{{s: s, e: e, in: s, out: e}}, closed: true, para: i, last: i})
		added = true
	}
	if added {
		sort.SliceStable(raws, func(a, b int) bool { return raws[a].start() < raws[b].start() })
	}
	return raws
}

// posterKind is "person" for a poster's name that opens with a known first
// name, or is two or three words with capitals and no word of a body
// ("Ada Holm"); else "organization" ("Harbour Policing", "KTV", "Amtrak").
func posterKind(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return "organization"
	}
	if first := strings.ToLower(ws[0]); femaleNames[first] || maleNames[first] {
		return "person"
	}
	if len(ws) < 2 || len(ws) > 3 {
		return "organization"
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || len(r) > 1 && unicode.IsUpper(r[len(r)-1]) || posterBodyWords[strings.ToLower(w)] {
			return "organization"
		}
	}
	return "person"
}

// posterBodyWords are words of an account's name that make it a body's.
var posterBodyWords = text.WordSet("group policing police news tv network fourth press times post council office team club agency")
