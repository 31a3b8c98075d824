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
// chrome; a lone opening or closing tag of one is dropped too. A text
// without one is returned as it is.
func dropFallbacks(s string) (string, []string) {
	if !strings.Contains(s, "<no") && !strings.Contains(s, "<NO") && !strings.Contains(s, "</") {
		return s, nil
	}
	var held []string
	s = reFallback.ReplaceAllStringFunc(s, func(m string) string {
		sub := reFallback.FindStringSubmatch(m)
		if in := strings.Join(strings.Fields(sub[1]+sub[2]), " "); in != "" {
			held = append(held, in)
		}
		return "\n"
	})
	return reFallbackTag.ReplaceAllString(s, "\n"), held
}

// reFallbackTag matches a fallback element's tag left without its pair.
var reFallbackTag = regexp.MustCompile(`(?i)</?(noframes?|noscript)\b[^<>]*>`)
