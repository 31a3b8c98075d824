package extract

import (
	"regexp"
	"strings"
)

// reFallback matches an element a page shows only when its frame or
// script cannot run, left in a plain text with its tags ("<noframe>Tweet:
// Ana Ros - The ferry is late again.</noframe>"): the stand-in of an
// embedded widget (a post, a player), not the article's words.
var reFallback = regexp.MustCompile(`(?is)<noframes?\b[^<>]*>(.*?)</noframes?\s*>|<noscript\b[^<>]*>(.*?)</noscript\s*>`)

// dropFallbacks takes the fallback elements (reFallback) out of a plain
// text and returns what they held, each on one line, for the removed
// chrome. A lone opening or closing tag of one is left to strayTags, which
// breaks the line there as it does for a block's tag. A text without one
// is returned as it is.
func dropFallbacks(s string) (string, []string) {
	if !strings.Contains(s, "<no") && !strings.Contains(s, "<NO") && !strings.Contains(s, "<No") {
		return s, nil
	}
	var held []string
	var b strings.Builder
	last := 0
	for _, m := range reFallback.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		b.WriteByte('\n')
		last = m[1]
		in := ""
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				in += s[m[g]:m[g+1]]
			}
		}
		if in = strings.Join(strings.Fields(in), " "); in != "" {
			held = append(held, in)
		}
	}
	if last == 0 {
		return s, nil
	}
	b.WriteString(s[last:])
	return b.String(), held
}
