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
// maxText bytes of text outside
// scripts, styles and templates (text.DefaultMaxArticleBytes when 0):
// go-trafilatura joins the paragraphs it keeps one string at a time, so
// its time grows with the square of a page's text (4 MB of paragraphs took
// 18 s, 15 MB more than six minutes).
func pageBounds(root *html.Node, maxText int64) error {
	if maxText <= 0 {
		maxText = text.DefaultMaxArticleBytes
	}
	elements, paragraphs, chars := 0, 0, int64(0)
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.TextNode:
			// the markup's indentation is no text
			chars += int64(len(n.Data) - asciiSpaces(n.Data))
			continue
		case html.ElementNode:
			elements++
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			case atom.P:
				paragraphs++
			}
		case html.DocumentNode:
		default:
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	switch {
	case chars > maxText:
		return fmt.Errorf("html: article text too long: the page holds %s of text", text.OverLimit(chars, maxText))
	case elements > maxElements:
		return fmt.Errorf("html: page has %d elements, over the limit of %d for one page", elements, maxElements)
	case paragraphs > maxParagraphs:
		return fmt.Errorf("html: page has %d paragraphs, over the limit of %d for one page", paragraphs, maxParagraphs)
	}
	return nil
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
