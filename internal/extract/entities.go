package extract

import (
	"html"
	"regexp"
	"strings"
)

// reEntity matches a character reference as HTML writes one, closed by its
// semicolon: "&quot;", "&#39;", "&#x2019;". An ampersand in prose ("AT&T",
// "R&D", "P&O;s") is none, or names no character and stays.
var reEntity = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// reEscapedTag matches a tag written with escaped angle brackets, its
// attributes on the same line: `&lt;a href=&quot;…&quot;&gt;`, `&lt;/a&gt;`.
var reEscapedTag = regexp.MustCompile(`&lt;/?[A-Za-z][A-Za-z0-9]*(?:\s[^\n]*?)?/?&gt;`)

// unescapeText reads a plain text that a page dump left HTML-escaped: when
// it holds a character reference that names a character ("&#39;",
// "&quot;", "&hellip;"), every such reference is read as its character,
// and a tag written escaped ("&lt;a href=&quot;…&quot;&gt;") is page
// markup, not words: it goes and is returned as removed, a block's tag
// leaving a line break as strayTags does. The words the tags held stay. A
// text with no reference is returned as it is: an ampersand alone is
// prose.
func unescapeText(s string) (string, []string) {
	if !strings.Contains(s, "&") || !reEntity.MatchString(s) || !namesCharacter(s) {
		return s, nil
	}
	var removed []string
	s = reEscapedTag.ReplaceAllStringFunc(s, func(tag string) string {
		t := decodeEntities(tag)
		removed = append(removed, t)
		if reBlockTag.MatchString(t) {
			return "\n"
		}
		return ""
	})
	return decodeEntities(s), removed
}

// namesCharacter reports whether a reference in s reads as a character.
func namesCharacter(s string) bool {
	for _, m := range reEntity.FindAllString(s, -1) {
		if html.UnescapeString(m) != m {
			return true
		}
	}
	return false
}

// decodeEntities reads each character reference of s (reEntity) as its
// character; one that names none stays as written.
func decodeEntities(s string) string {
	return reEntity.ReplaceAllStringFunc(s, html.UnescapeString)
}
