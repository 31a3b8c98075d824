package extract

import (
	"regexp"
	"strings"
)

// A text may close with its writer's bio instead of opening with a byline
// ("Ana Ros is a Travel staff writer for Calder Weekly, and has never
// missed a sailing. Follow her at @anaros."): it names the writer and the
// outlet, and is no part of the article.

// reAuthorBio matches a bio's opening: the writer's name (group 1), "is a"
// and her post at the outlet (group 2), whose name runs to the first word
// that is not capitalised or to punctuation.
var reAuthorBio = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) is an? (?:[^.,;]{0,40}\s)?(?:staff |senior |contributing |freelance )?(?:writer|reporter|editor|correspondent|contributor|columnist) (?:for|at) (?:the )?(\p{Lu}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]*){0,4})`)

// markAuthorBio marks the text's last line of content as an author's bio
// when it opens as one (reAuthorBio) and the writer it names is nowhere in
// the text above it: someone the article is about is no bio's subject. It
// returns the writer and the outlet, "" and "" when no bio closes the text.
func markAuthorBio(lines []line) (writer, outlet string) {
	last := -1
	for i := len(lines) - 1; i > 0; i-- {
		if lines[i].kind == "" {
			last = i
			break
		}
	}
	if last < 0 || !strings.Contains(lines[last].text, " is a") {
		return "", ""
	}
	m := reAuthorBio.FindStringSubmatch(lines[last].text)
	if m == nil || !writerName(m[1]) || len(strings.Fields(lines[last].text)) > 80 {
		return "", ""
	}
	names := strings.Fields(m[1])
	surname := names[len(names)-1]
	for _, l := range lines[:last] {
		if l.kind != "title" && strings.Contains(l.text, surname) {
			return "", ""
		}
	}
	lines[last].kind = "author box"
	return m[1], m[2]
}
