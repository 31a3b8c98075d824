package quotes

import (
	"regexp"
	"sort"
	"strings"
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
