package ui

import (
	"fmt"
	"net/url"
)

// links builds the URLs of a story page: to the server's article pages, or
// to anchors within one file for the standalone page.
type links struct {
	standalone bool
	story      string
}

// Article is the address of an article's view.
func (l links) Article(id string) string {
	if l.standalone {
		return "#art-" + id
	}
	return "/stories/" + url.PathEscape(l.story) + "/articles/" + url.PathEscape(id)
}

// Passage is the address of a passage of an article, shown highlighted.
func (l links) Passage(id string, start, end int) string {
	if l.standalone {
		return fmt.Sprintf("#%s", passageAnchor(id, start, end))
	}
	return fmt.Sprintf("%s?hl=%d-%d#hl", l.Article(id), start, end)
}

// passageAnchor is the element id of a passage in the standalone page.
func passageAnchor(article string, start, end int) string {
	return fmt.Sprintf("art-%s-%d-%d", article, start, end)
}
