package extract

import (
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Recovery thresholds: go-readability's text must be this many times longer
// than trafilatura's and hold this share of its 4-word shingles before its
// paragraphs are trusted.
const (
	recoverRatio   = 1.5
	recoverContain = 0.9
)

// recoverBlocks appends the paragraphs trafilatura dropped after the ones it
// kept. trafilatura sometimes stops at the first of several containers a page
// splits its article into (around an ad slot or a newsletter box). When
// go-readability's view of the page holds nearly all of trafilatura's text
// and much more, the paragraphs of prose that follow trafilatura's last one
// there are added. Nothing is added before the first: there stand decks and
// photo captions that read like prose.
func recoverBlocks(root *html.Node, blocks []block) []block {
	ours := blockShingles(blocks)
	if len(ours) == 0 {
		return blocks
	}
	// go-readability builds its text mostly from <p> elements: when the
	// page's paragraphs hold little more than trafilatura found, it cannot
	// find much more, and running it (a fifth of our time) is skipped.
	if float64(paragraphWords(root)) < recoverRatio*float64(shingleCount(ours)) {
		return blocks
	}
	r, err := readability.FromDocument(root, nil)
	if err != nil || r.Node == nil {
		return blocks
	}
	cand := textBlocks(r.Node)
	theirs := blockShingles(cand)
	if float64(shingleCount(theirs)) < recoverRatio*float64(shingleCount(ours)) ||
		containment(ours, theirs) < recoverContain {
		return blocks
	}
	more := continuation(cand, ours)
	if len(more) == 0 {
		return blocks
	}
	return append(append([]block(nil), blocks...), more...)
}

// continuation returns the blocks of cand that follow the last one covered
// by the shingles ours and continue it: paragraphs of prose, with a short
// subheading between two of them, up to the first block that is not.
func continuation(cand []block, ours map[string]int) []block {
	last := -1
	for i, b := range cand {
		if containment(blockShingles([]block{b}), ours) >= 0.5 {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	prose := func(i int) bool {
		return i < len(cand) && isBodyProse(cand[i].text) && blockKind(cand[i], pageMeta{}) == ""
	}
	end := last
	for {
		switch {
		case prose(end + 1):
			end++
		case prose(end+2) && wordCount(cand[end+1].text) <= 12 && !reRelatedHeader.MatchString(cand[end+1].text):
			end += 2
		default:
			return cand[last+1 : end+1]
		}
	}
}

// blockShingles counts the 4-word shingles of the blocks' text.
func blockShingles(blocks []block) map[string]int {
	m := map[string]int{}
	for _, b := range blocks {
		w := lowerWords(b.text)
		for i := 0; i+4 <= len(w); i++ {
			m[w[i]+" "+w[i+1]+" "+w[i+2]+" "+w[i+3]] += 1
		}
	}
	return m
}

func shingleCount(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// containment is the share of a's shingles also in b.
func containment(a, b map[string]int) float64 {
	in, all := 0, 0
	for k, c := range a {
		all += c
		in += min(c, b[k])
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

// paragraphWords counts the words inside the page's <p> elements.
func paragraphWords(root *html.Node) int {
	n := 0
	var walk func(node *html.Node, inP bool, depth int)
	walk = func(node *html.Node, inP bool, depth int) {
		if depth > maxDepth {
			return
		}
		switch node.Type {
		case html.TextNode:
			if inP {
				n += len(strings.Fields(node.Data))
			}
			return
		case html.ElementNode:
			if skipTags[node.DataAtom] {
				return
			}
			inP = inP || node.DataAtom == atom.P
		}
		for c := node.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP, depth+1)
		}
	}
	walk(root, false, 0)
	return n
}
