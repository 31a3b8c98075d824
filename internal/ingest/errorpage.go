package ingest

import (
	"bytes"
	"html"
	"regexp"
	"strings"
)

// A server that has no page for a URL should answer 404, but many answer
// 200 with an error page ("Page not found | Tillsby Tribune"): stored, it
// would pass for an article. Such a page is known by its title, the site's
// name set apart, being nothing but an error's words, and by its little
// text: a story headlined "Access Denied" or "Forbidden – review" has
// paragraphs an error page has not (errorPageMaxWords).

// errorPageMaxWords is the most words an error page's paragraphs hold: a
// sentence of regret and a pointer to the search or the front page. A
// page with more is read as the article its title may be.
const errorPageMaxWords = 40

var (
	reTitle = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
	// reTitleBar sets the site's name apart from the title, either side.
	reTitleBar   = regexp.MustCompile(`\s+[|–—-]\s+|\s*[|–—]\s*`)
	reParagraph  = regexp.MustCompile(`(?is)<p(?:\s[^>]*)?>(.*?)</p\s*>`)
	reTag        = regexp.MustCompile(`(?s)<[^>]*>`)
	reErrorTitle = regexp.MustCompile(`^(?:` +
		`(?:error )?(?:40[034]|410|50[0234])(?: error)?(?: page)?(?: (?:page )?not found| forbidden| gone| bad request| internal server error| service unavailable| bad gateway| gateway timeout)?(?: error)?` +
		`|(?:(?:oops|sorry|error|404)[ ,]+)?(?:(?:the|this) )?(?:page|file|article|story|content|resource)? ?(?:could not be found|cannot be found|can ?not be found|can't be found|was not found|not found|does not exist|doesn't exist|is not available|no longer exists)(?: (?:error )?40[34])?` +
		`|access denied|forbidden|internal server error|service unavailable|bad gateway|server error|an error (?:has )?occurred` +
		`)$`)
)

// errorPageTitle returns the title of an HTML page that is an error page
// by its title and its little text, "" for any other page.
func errorPageTitle(body []byte) string {
	m := reTitle.FindSubmatch(body[:min(len(body), 16<<10)])
	if m == nil {
		return ""
	}
	title := strings.Join(strings.Fields(html.UnescapeString(string(bytes.TrimSpace(m[1])))), " ")
	parts := reTitleBar.Split(title, -1)
	for _, t := range []string{title, parts[0], parts[len(parts)-1]} {
		norm := strings.Trim(strings.ToLower(strings.NewReplacer("!", "", ".", "", ":", " ", "(", "", ")", "", "’", "'").Replace(t)), " -")
		if reErrorTitle.MatchString(strings.Join(strings.Fields(norm), " ")) {
			// only a page titled as an error has its paragraphs read
			if paragraphWords(body, errorPageMaxWords) > errorPageMaxWords {
				return ""
			}
			return title
		}
	}
	return ""
}

// paragraphWords counts the words of the text in body's <p> elements,
// reading no further once past most.
func paragraphWords(body []byte, most int) int {
	n := 0
	for rest := body; n <= most; {
		m := reParagraph.FindSubmatchIndex(rest)
		if m == nil {
			break
		}
		n += len(strings.Fields(html.UnescapeString(string(reTag.ReplaceAll(rest[m[2]:m[3]], []byte(" "))))))
		rest = rest[m[1]:]
	}
	return n
}
