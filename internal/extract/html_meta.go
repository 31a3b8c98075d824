package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// docMeta is what a page says about itself outside its main text: its
// <head> (title, meta tags, JSON-LD), microdata, <time> elements, bylines
// and copyright lines. Each list keeps the page's order; the first entry of
// the most trusted source wins (see the pick functions).
type docMeta struct {
	title    string // the <title>
	lang     string // <html lang>, og:locale or content-language
	meta     map[string][]string
	ld       ldArticle
	itemprop map[string][]string // microdata: itemprop -> contents or texts
	times    []string            // <time datetime> marked as publication
	bylines  []string            // texts of byline elements (class *byline*, rel=author links)
	// bylineBlocks holds, for each byline that is a rel=author link, the
	// block it stands in (nil for other bylines): the links of one block
	// name the authors together ("By <a>A</a> and <a>B</a>").
	bylineBlocks []*html.Node
	copyright    []string // "© 2017 The Harbor Ledger" lines
	// labelled holds the texts after a publication label that opens an
	// element's own text ("Published on March 3, 2026"), the first few.
	labelled []string
}

// metaKeys are the meta names and properties read, lower-cased.
var metaKeys = map[string]bool{
	"og:title": true, "og:site_name": true, "og:locale": true, "og:published_time": true, "og:updated_time": true,
	"article:published_time": true, "article:modified_time": true, "article:author": true,
	"author": true, "parsely-author": true, "parsely-pub-date": true, "parsely-title": true, "sailthru.author": true,
	"sailthru.date": true, "dc.creator": true, "dc.date": true, "dc.date.issued": true, "dcterms.created": true,
	"dcterms.modified": true, "dc.title": true, "dc.publisher": true, "dc.language": true, "byl": true,
	"application-name": true, "copyright": true, "content-language": true, "pubdate": true, "publishdate": true,
	"date": true, "twitter:title": true,
}

// readDocMeta walks the page once.
func readDocMeta(root *html.Node) docMeta {
	m := docMeta{meta: map[string][]string{}, itemprop: map[string][]string{}}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode {
			if !m.readElement(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return m
}

// readElement reads one element and reports whether its children are to
// be walked.
func (m *docMeta) readElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html:
		m.lang = firstNonEmpty(attr(n, "lang"), attr(n, "xml:lang"))
	case atom.Title:
		if m.title == "" && !inSVG(n) {
			m.title = collapseSpace(nodeText(n))
		}
		return false
	case atom.Meta:
		key := strings.ToLower(strings.TrimSpace(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "http-equiv"), attr(n, "itemprop"))))
		content := strings.TrimSpace(attr(n, "content"))
		if content != "" {
			if metaKeys[key] {
				m.meta[key] = append(m.meta[key], content)
			} else if strings.HasPrefix(key, "date") || key == "datepublished" || key == "datemodified" {
				m.itemprop[strings.ToLower(key)] = append(m.itemprop[strings.ToLower(key)], content)
			}
		}
		return false
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			m.ld.read(nodeText(n))
		}
		return false
	case atom.Style, atom.Noscript, atom.Template, atom.Svg:
		return false
	case atom.Time:
		if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
			if _, ok := attrOK(n, "pubdate"); ok || strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasClassWord(n, "published") {
				m.times = append(m.times, dt)
			}
		}
	}
	if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
		switch ip {
		case "author", "creator":
			if name := itemName(n); name != "" {
				m.itemprop["author"] = append(m.itemprop["author"], name)
			}
		case "datepublished", "datemodified":
			if v := firstNonEmpty(attr(n, "datetime"), attr(n, "content")); v != "" {
				m.itemprop[ip] = append(m.itemprop[ip], v)
			}
		case "publisher":
			if name := firstNonEmpty(attr(n, "data-source"), itemName(n)); name != "" {
				m.itemprop["publisher"] = append(m.itemprop["publisher"], name)
			}
		}
	}
	relAuthor := n.DataAtom == atom.A && hasWord(attr(n, "rel"), "author")
	if len(m.bylines) < maxBylines && (relAuthor || hasClassPart(n, "byline")) {
		if t := collapseSpace(nodeText(n)); t != "" && len(t) < 200 {
			m.bylines = append(m.bylines, t)
			var block *html.Node
			if relAuthor {
				block = blockOf(n)
			}
			m.bylineBlocks = append(m.bylineBlocks, block)
		}
	}
	if len(m.labelled) < 4 {
		if t := labelledDate(n); t != "" {
			m.labelled = append(m.labelled, t)
		}
	}
	if len(m.copyright) < 4 && (n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Span || n.DataAtom == atom.Small || n.DataAtom == atom.Footer || n.DataAtom == atom.Li) {
		if line := copyrightText(n); line != "" {
			m.copyright = append(m.copyright, line)
		}
	}
	return true
}

// reDateLabel matches a label that says the date after it is the
// publication's, in the languages we read: "Published on", "First
// published:", "Posted", "Veröffentlicht am", "Publié le", "Publicado el",
// "Pubblicato il".
var reDateLabel = regexp.MustCompile(`(?i)^\s*(?:first\s+)?(?:published|posted|veröffentlicht|erschienen|publié|publiée|publicado|publicada|pubblicato|pubblicata|gepubliceerd)(?:\s+(?:am|on|le|el|il|em|op))?\s*:?\s*`)

// labelledDate returns the text after a publication label that opens n's
// own text, the date itself perhaps in the element after it ("Published:
// <span>March 3, 2026</span>"); "" when there is none.
func labelledDate(n *html.Node) string {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode {
		return ""
	}
	loc := reDateLabel.FindStringIndex(c.Data)
	if loc == nil {
		return ""
	}
	s := c.Data[loc[1]:]
	if strings.TrimSpace(s) == "" && c.NextSibling != nil {
		s = nodeText(c.NextSibling)
	}
	s = collapseSpace(s)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60])
	}
	return s
}

// maxBylines is how many byline elements a page's walk keeps.
const maxBylines = 8

// firstByline is the page's first byline element's text, with the other
// rel=author links of its block when it is one.
func (m *docMeta) firstByline() []string {
	if len(m.bylines) == 0 {
		return nil
	}
	out := m.bylines[:1]
	if b := m.bylineBlocks[0]; b != nil {
		for i := 1; i < len(m.bylines); i++ {
			if m.bylineBlocks[i] == b {
				out = append(out[:len(out):len(out)], m.bylines[i])
			}
		}
	}
	return out
}

// blockOf is the nearest block element holding n.
func blockOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && blockTags[p.DataAtom] {
			if p.DataAtom == atom.Li && p.Parent != nil {
				return p.Parent // one author an item: the list names them
			}
			return p
		}
	}
	return nil
}

// hasWord reports a space-separated token equal to word, in any case
// (rel="author external").
func hasWord(list, word string) bool {
	for _, w := range strings.Fields(list) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// itemName is a microdata item's name: its itemprop=name descendant, its
// content attribute, or its text.
func itemName(n *html.Node) string {
	if c := strings.TrimSpace(attr(n, "content")); c != "" {
		return c
	}
	var found string
	var walk func(x *html.Node, depth int)
	walk = func(x *html.Node, depth int) {
		if found != "" || depth > 20 {
			return
		}
		if x.Type == html.ElementNode && strings.EqualFold(attr(x, "itemprop"), "name") {
			found = firstNonEmpty(strings.TrimSpace(attr(x, "content")), collapseSpace(nodeText(x)))
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	if found != "" {
		return found
	}
	if t := collapseSpace(nodeText(n)); len(t) < 200 {
		return t
	}
	return ""
}

// copyrightText returns an element's own text when it is a short copyright
// line ("© 2017 The Harbor Ledger. All rights reserved.").
func copyrightText(n *html.Node) string {
	if !ownTextHasCopyright(n) {
		return "" // the common case, without building the text
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		} else if c.Type == html.ElementNode && (c.DataAtom == atom.A || c.DataAtom == atom.Span || c.DataAtom == atom.Strong || c.DataAtom == atom.B) {
			b.WriteString(nodeText(c))
		}
	}
	t := collapseSpace(b.String())
	if len(t) > 160 || !reCopyright.MatchString(t) {
		return ""
	}
	return t
}

// ownTextHasCopyright reports whether a text child of n holds a copyright
// sign or word.
func ownTextHasCopyright(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		d := c.Data
		if strings.Contains(d, "©") || strings.Contains(d, "opyright") || strings.Contains(d, "OPYRIGHT") || strings.Contains(d, "(c)") || strings.Contains(d, "(C)") {
			return true
		}
	}
	return false
}

// nodeText is the text inside n, scripts and styles left out.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(x *html.Node, depth int)
	walk = func(x *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch x.Type {
		case html.TextNode:
			b.WriteString(x.Data)
			return
		case html.ElementNode:
			if x.DataAtom == atom.Script || x.DataAtom == atom.Style {
				if x != n {
					return
				}
			}
			if blockTags[x.DataAtom] || x.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasClassPart reports a class token holding part ("pb-byline" for "byline").
func hasClassPart(n *html.Node, part string) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.Contains(c, part) {
			return true
		}
	}
	return false
}

// hasClassWord reports a class token equal to word.
func hasClassWord(n *html.Node, word string) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if c == word {
			return true
		}
	}
	return false
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}
