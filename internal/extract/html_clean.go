package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"

	"github.com/corroborate/corroborate/internal/text"
)

// What trafilatura keeps around an article, and how cleanBlocks finds it:
// the headline and deck repeated at the top; bylines, date and reading-time
// lines; lists of other stories' headlines; prompts to subscribe, share,
// follow or comment; contact and copyright lines. Rules look at what a block
// says (patterns in several languages), how it is built (a heading, a short
// line without sentence structure, all capitals) and where it stands (before
// the first or after the last paragraph of prose).

// pageMeta is what cleaning knows about the page besides its blocks.
type pageMeta struct {
	titles  [][]string // word lists of the headline candidates: metadata title, <h1>s
	authors []string
	links   map[string]bool // texts of the page's links, lower-cased
}

// removal is one block cleaning took out and why.
type removal struct{ kind, text string }

// cleanBlocks removes the blocks that are not the article and returns the
// rest, and what it removed.
func cleanBlocks(blocks []block, meta pageMeta) ([]block, []removal) {
	kinds := make([]string, len(blocks))
	for i, b := range blocks {
		kinds[i] = blockKind(b, meta)
	}
	markRelatedRuns(blocks, kinds)
	first, last := proseRange(blocks, kinds)
	if first >= 0 {
		for i := range blocks {
			if kinds[i] != "" || (i >= first && i <= last) {
				continue
			}
			kinds[i] = edgeKind(blocks[i], meta, i < first)
		}
	}
	var kept []block
	var removed []removal
	for i, b := range blocks {
		if kinds[i] == "" {
			kept = append(kept, b)
			continue
		}
		removed = append(removed, removal{kinds[i], b.text})
	}
	return kept, removed
}

// blockKind names the chrome a block is wherever it stands, or "".
func blockKind(b block, meta pageMeta) string {
	s := b.text
	if isCredit(s) {
		return "" // "X contributed to this report" is kept: credits are evidence
	}
	n := wordCount(s)
	switch {
	case isTitleLike(s, meta.titles):
		return "title"
	case n <= 60 && ruleKind(s, strongRules) != "":
		return ruleKind(s, strongRules)
	case n >= 4 && n <= 25 && meta.links[strings.ToLower(s)] && !text.EndsSentence(s):
		return "link"
	case n <= 12 && isShortcode(s):
		return "shortcode"
	}
	return ""
}

// edgeKind names the chrome a block is when it stands before the first
// paragraph of prose (head) or after the last (tail), or "".
func edgeKind(b block, meta pageMeta, head bool) string {
	s := b.text
	if isCredit(s) {
		return ""
	}
	n := wordCount(s)
	switch {
	case n <= 40 && ruleKind(s, edgeRules) != "":
		return ruleKind(s, edgeRules)
	case isHeading(b.tag) && head && pullQuote(s):
		return "" // a quotation set large over the story is the article's own words
	case isHeading(b.tag):
		if head {
			return "deck"
		}
		return "headline list"
	case n <= 14 && isBylineLine(s, meta.authors):
		return "byline"
	case n <= 14 && isDateLine(s):
		return "date"
	case n <= 6 && isContactOnly(s):
		return "contact line"
	}
	return ""
}

// pullQuote reports a heading that is a sentence of the article, set large
// as a pull quote: a quotation and who said it ("“We will rebuild,” says Ada
// Quill, the ferry's captain."), not a deck or another story's headline.
func pullQuote(s string) bool {
	return isBodyProse(s) && strings.ContainsAny(s, "\"“”«»") && text.EndsSentence(s) && reSpeechCue.MatchString(s)
}

// reSpeechCue matches a speech verb after a quotation's closing mark.
var reSpeechCue = regexp.MustCompile(`[”"»]\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:says|said|adds|added|told|explains|explained|insists|insisted)\b`)

// proseRange returns the indexes of the first and last blocks of body prose
// still unlabelled, or -1, -1 when there is none.
func proseRange(blocks []block, kinds []string) (int, int) {
	first, last := -1, -1
	for i, b := range blocks {
		if kinds[i] != "" || isHeading(b.tag) || !isBodyProse(b.text) {
			continue
		}
		if wordCount(b.text) <= 40 && ruleKind(b.text, edgeRules) != "" {
			continue // a prompt or notice, even one written as a sentence
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	return first, last
}

// isBodyProse reports a paragraph of running text: several words ending
// like a sentence, or long.
func isBodyProse(s string) bool {
	n := wordCount(s)
	return n >= 15 || (n >= 6 && text.EndsSentence(s))
}

// markRelatedRuns labels a "Related" or "You may also like" header and the
// run of headlines after it, up to the next paragraph of prose.
// A "Related: Title" line opens a run too, but only of list items.
func markRelatedRuns(blocks []block, kinds []string) {
	for i := 0; i < len(blocks); i++ {
		header := wordCount(blocks[i].text) <= 8 && reRelatedHeader.MatchString(blocks[i].text)
		if !header && kinds[i] != "related links" {
			continue
		}
		kinds[i] = "related links"
		for i+1 < len(blocks) {
			next := blocks[i+1]
			if isCredit(next.text) || wordCount(next.text) > 25 || (text.EndsSentence(next.text) && !isHeading(next.tag)) {
				break
			}
			if !header && next.tag != atom.Li {
				break
			}
			i++
			kinds[i] = "related links"
		}
	}
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// wordCount counts white-space separated words; in scripts written without
// spaces (Chinese, Japanese) two characters count as a word.
func wordCount(s string) int {
	n, cjk := 0, 0
	in := false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			cjk++
			in = false
		case unicode.IsSpace(r):
			in = false
		default:
			if !in {
				n++
			}
			in = true
		}
	}
	return n + (cjk+1)/2
}

// isShortcode reports a CMS shortcode left unrendered: "[button ...]x[/button]".
func isShortcode(s string) bool {
	return strings.HasPrefix(s, "[") && reShortcode.MatchString(s)
}
