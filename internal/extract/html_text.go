package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end the paragraph before them and start a new one.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Hr: true, atom.Main: true,
	atom.Nav: true, atom.Form: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Body: true, atom.Html: true,
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
}

// block is one paragraph of extracted text and the element it came from.
type block struct {
	text string
	tag  atom.Atom // the innermost block element holding the text
}

// textBlocks walks an extracted content tree and returns its paragraphs in
// order: one per block element (p, h2, li, a table row...), with white space
// collapsed, line breaks (<br>, and newlines inside <pre>) kept as "\n".
func textBlocks(root *html.Node) []block {
	w := blockWriter{}
	w.walk(root, atom.P, false, 0)
	w.flush()
	return w.out
}

// maxDepth bounds the walk on pathologically nested trees.
const maxDepth = 512

type blockWriter struct {
	out  []block
	cur  strings.Builder
	tag  atom.Atom
	last rune // the last rune written to cur
}

func (w *blockWriter) walk(n *html.Node, tag atom.Atom, pre bool, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, tag, pre)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	a := n.DataAtom
	if a == 0 {
		// trafilatura builds its output with nodes that carry only Data.
		a = atom.Lookup([]byte(strings.ToLower(n.Data)))
	}
	if skipTags[a] {
		return
	}
	switch {
	case a == atom.Br:
		w.cur.WriteByte('\n')
		w.last = '\n'
		return
	case a == atom.Td || a == atom.Th:
		w.cur.WriteByte(' ')
		w.last = ' '
	case blockTags[a]:
		w.flush()
		tag = a
	}
	pre = pre || a == atom.Pre
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, tag, pre, depth+1)
	}
	if blockTags[a] {
		w.flush()
	}
}

// text appends one text node. trafilatura trims the text of the nodes it
// keeps, so the space that separated "is <a>Name</a>" in the page is gone:
// a space goes between two text nodes unless punctuation makes one wrong.
func (w *blockWriter) text(s string, tag atom.Atom, pre bool) {
	if w.cur.Len() == 0 {
		w.tag = tag
	} else if s != "" && needsSpace(w.last, s) {
		w.cur.WriteByte(' ')
	}
	if !pre {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	w.cur.WriteString(s)
	if s != "" {
		w.last, _ = utf8.DecodeLastRuneInString(s)
	}
}

// needsSpace reports whether a space belongs between text ending in prev
// and the text next.
func needsSpace(prev rune, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsSpace(prev) || unicode.IsSpace(first) || prev == '\n':
		return false
	case isCJK(prev) || isCJK(first):
		return false // scripts written without spaces between words
	case strings.ContainsRune(".,;:!?)]}%»”’'\"", first):
		return false
	case strings.ContainsRune("([{«“‘$#@/-", prev):
		return false
	}
	return true
}

// flush ends the current paragraph, normalising its white space: runs of
// blanks become one space, lines are trimmed, empty lines dropped.
func (w *blockWriter) flush() {
	if w.cur.Len() == 0 {
		return
	}
	raw := w.cur.String()
	w.cur.Reset()
	var lines []string
	for _, l := range strings.Split(raw, "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		w.out = append(w.out, block{text: strings.Join(lines, "\n"), tag: w.tag})
	}
}

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// headings returns the text of up to max <h1> elements of the page.
func headings(root *html.Node, max int) []string { return elementTexts(root, atom.H1, max) }

// linkTexts returns the texts of the page's links of three words or more,
// lower-cased, so that a block made of one link can be told from prose.
func linkTexts(root *html.Node) map[string]bool {
	out := map[string]bool{}
	for _, t := range elementTexts(root, atom.A, 0) {
		if wordCount(t) >= 3 {
			out[strings.ToLower(t)] = true
		}
	}
	return out
}

// elementTexts returns the text of the page's elements of type a, in
// document order, up to max of them (0: all).
func elementTexts(root *html.Node, a atom.Atom, max int) []string {
	var out []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if (max > 0 && len(out) >= max) || depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == a {
			bw := blockWriter{}
			bw.walk(n, a, false, depth)
			bw.flush()
			for _, b := range bw.out {
				out = append(out, b.text)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return out
}

// isCJK reports a character of a script written without spaces: Han, kana,
// and the full-width punctuation that goes with them.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
