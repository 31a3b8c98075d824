package extract

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/corroborate/corroborate/internal/text"
)

// maxHTMLBytes bounds the page size extraction accepts; larger pages are
// rejected rather than parsed (a DOM costs tens of times its source size).
const maxHTMLBytes = 16 << 20

// maxElements bounds the elements of one page: 200,000, twenty times the
// most of any page of the bench (about 10,000). Extraction costs some 15 µs
// an element, so a page of millions of empty ones would take a minute.
const maxElements = 200_000

// maxParagraphs bounds the paragraphs (<p> elements) of one page: 10,000,
// some forty times the most of any page of the bench (274). go-trafilatura
// joins the text of every paragraph of a page one string at a time, so its
// time grows with the paragraphs times the text: 40,000 short paragraphs
// (720 KB of text) took 25 s.
const maxParagraphs = 10_000

// maxNesting is how deep the HTML parser nests elements before it gives
// up on a page (golang.org/x/net/html's bound on its stack of open
// elements).
const maxNesting = 512

// pageBounds refuses a parsed page over the bounds extraction keeps: more
// than maxElements elements or maxParagraphs paragraphs, or more than
// maxText bytes of text outside scripts, styles and templates
// (text.DefaultMaxArticleBytes when 0): go-trafilatura joins the
// paragraphs it keeps one string at a time, so its time grows with the
// square of a page's text (4 MB of paragraphs took 18 s, 15 MB more than
// six minutes). A page over them only because of its readers' comments
// (commentSection) is not refused: those sections, which extraction
// leaves out anyway, are taken out of root, and the rest is the page. A
// post of 40 KB under 1.3 MB of comments is an article, not a page too
// large.
func pageBounds(root *html.Node, maxText int64) error {
	if maxText <= 0 {
		maxText = text.DefaultMaxArticleBytes
	}
	all, comments, sections := measurePage(root)
	if all.within(maxText, "") == nil {
		return nil
	}
	rest := pageSize{all.elements - comments.elements, all.paragraphs - comments.paragraphs, all.chars - comments.chars}
	besides := ""
	if len(sections) > 0 {
		besides = ", besides its readers' comments,"
	}
	if err := rest.within(maxText, besides); err != nil {
		return err
	}
	for _, s := range sections {
		s.Parent.RemoveChild(s)
	}
	return &prunedError{all.within(maxText, "")}
}

// prunedError is pageBounds' answer for a page it read without its
// readers' comments: err is the bound the whole page breaks, the error
// extractHTML gives should no article text remain.
type prunedError struct{ err error }

func (e *prunedError) Error() string { return e.err.Error() }

// holdsArticle reports whether n holds what marks a page's article: its
// headline (h1) or an element marked as the article's body
// (itemprop="articleBody").
func holdsArticle(n *html.Node) bool {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type != html.ElementNode && c != n {
			continue
		}
		if c.DataAtom == atom.H1 {
			return true
		}
		for _, a := range c.Attr {
			if a.Key == "itemprop" && strings.EqualFold(a.Val, "articleBody") {
				return true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			stack = append(stack, k)
		}
	}
	return false
}

// pageSize is what pageBounds counts of a page or of part of one.
type pageSize struct {
	elements, paragraphs int
	chars                int64 // text bytes, ASCII white space left out
}

// within is nil when s keeps every bound, else the error naming the first
// it breaks; besides, when not "", says what s leaves out of the page.
func (s pageSize) within(maxText int64, besides string) error {
	switch {
	case s.chars > maxText:
		return fmt.Errorf("html: article text too long: the page holds%s %s of text", besides, text.OverLimit(s.chars, maxText))
	case s.elements > maxElements:
		return fmt.Errorf("html: page has%s %d elements, over the limit of %d for one page", besides, s.elements, maxElements)
	case s.paragraphs > maxParagraphs:
		return fmt.Errorf("html: page has%s %d paragraphs, over the limit of %d for one page", besides, s.paragraphs, maxParagraphs)
	}
	return nil
}

// measurePage counts root's elements, paragraphs and text outside scripts,
// styles and templates: all of it, and the part inside comment sections,
// whose outermost elements it returns too.
func measurePage(root *html.Node) (all, comments pageSize, sections []*html.Node) {
	type item struct {
		n         *html.Node
		inComment bool
	}
	stack := []item{{root, false}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n, in := it.n, it.inComment
		var s pageSize
		switch n.Type {
		case html.TextNode:
			// the markup's indentation is no text
			s.chars = int64(len(n.Data) - asciiSpaces(n.Data))
		case html.ElementNode:
			s.elements = 1
			if n.DataAtom == atom.P {
				s.paragraphs = 1
			}
			if !in && commentSection(n) && !holdsArticle(n) {
				in = true
				sections = append(sections, n)
			}
		}
		all.elements, all.paragraphs, all.chars = all.elements+s.elements, all.paragraphs+s.paragraphs, all.chars+s.chars
		if in {
			comments.elements, comments.paragraphs, comments.chars = comments.elements+s.elements, comments.paragraphs+s.paragraphs, comments.chars+s.chars
		}
		switch {
		case n.Type == html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			}
		case n.Type != html.DocumentNode:
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, in})
		}
	}
	return all, comments, sections
}

// commentSection reports whether n is the block of a page that holds its
// readers' comments, by the names pages give it (commentName): a div,
// section, aside or list.
func commentSection(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Ol, atom.Ul, atom.Dl:
	default:
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "id" && a.Key != "class" {
			continue
		}
		for _, v := range strings.Fields(strings.ToLower(a.Val)) {
			if commentName(v) {
				return true
			}
		}
	}
	return false
}

// commentParts are what follows "comments" (or "comment", with a part) in
// the name of a comment section: "comments", "comment-list",
// "commentlist", "comments-area".
var commentParts = map[string]bool{
	"list": true, "-list": true, "_list": true, "-area": true, "_area": true, "-section": true,
	"-thread": true, "-container": true, "-wrapper": true, "-wrap": true, "-block": true, "-box": true,
}

// commentOwners are the words before "-comments" or "_comments" in the
// name of a comment section ("post-comments", "reader_comments"); other
// words there name a state or a switch ("allow-comments",
// "story--with-comments").
var commentOwners = map[string]bool{
	"post": true, "article": true, "reader": true, "readers": true, "user": true, "users": true,
	"story": true, "blog": true, "entry": true, "page": true, "news": true, "site": true,
	"fb": true, "facebook": true, "livefyre": true, "disqus": true,
}

// commentName reports whether an id or class token v names a comment
// section (see commentSection). "comment" alone is no such name: it labels
// an opinion column as well as one comment.
func commentName(v string) bool {
	if rest, ok := strings.CutPrefix(v, "comment"); ok {
		return rest == "s" || commentParts[strings.TrimPrefix(rest, "s")]
	}
	if strings.HasPrefix(v, "disqus_thread") || strings.HasPrefix(v, "dsq-comments") {
		return true
	}
	for _, suffix := range []string{"-comments", "_comments"} {
		if head, ok := strings.CutSuffix(v, suffix); ok && commentOwners[head] {
			return true
		}
	}
	return false
}

// parseError says why the HTML parser gave up on a page, in words for its
// reader where they are known.
func parseError(err error) error {
	if strings.Contains(err.Error(), "open stack of elements exceeds") {
		return fmt.Errorf("html: elements nested more than %d deep: the page cannot be parsed", maxNesting)
	}
	return fmt.Errorf("html: parse: %w", err)
}

// asciiSpaces counts the ASCII white space bytes of s.
func asciiSpaces(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) {
			n++
		}
	}
	return n
}
