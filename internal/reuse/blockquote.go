package reuse

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// blockVerbs are the words by which a paragraph ending in a colon hands
// the paragraphs below it to a writer or a document ("Vance addressed the
// board directly, writing:", "The letter reads:").
var blockVerbs = map[string]bool{
	"wrote": true, "writes": true, "writing": true, "write": true,
	"reads": true, "read": true, "reading": true,
	"said": true, "says": true, "saying": true,
	"added": true, "adds": true, "adding": true,
	"stated": true, "states": true, "stating": true,
	"continued": true, "continues": true, "concluded": true, "concludes": true,
}

// introducedBlocks returns, as quotations of a speaker, the paragraphs of
// copy (side a of the passages when copyIsA) that a paragraph of its own
// introduces as someone's words: that paragraph ends in a colon, holds an
// attribution verb ("…, writing:"), credits no outlet and shares no word
// with the other article, and the block is the run of paragraphs after it
// that share most of their words with the other article. Reprinting a letter under "she
// wrote:" credits its writer as quotation marks would ("…,” she wrote),
// though the block carries none.
func introducedBlocks(copy *article, ps []passage, copyIsA bool) []spokenQuote {
	if !endsInColon(copy) {
		return nil // nearly every article: no paragraph can introduce a block
	}
	// in and all count each paragraph's words (function words aside)
	// inside the passages and in all.
	in, all := make([]int, len(copy.paras)), make([]int, len(copy.paras))
	inPassage := make([]bool, len(copy.toks))
	for _, q := range ps {
		r := q.side(copyIsA)
		for i := r.lo; i < r.hi; i++ {
			inPassage[i] = true
		}
	}
	for i, t := range copy.toks {
		k := paraOf(copy, int(t.start))
		if t.flags&fStop != 0 || k < 0 || k >= len(all) {
			continue
		}
		all[k]++
		if inPassage[i] {
			in[k]++
		}
	}
	// A block paragraph is mostly shared: a passage's edge spilling a
	// word into the paragraph after the block does not extend it.
	block := func(k int) bool { return 2*in[k] >= all[k] && in[k] > 0 }
	var out []spokenQuote
	for k := 0; k+1 < len(copy.paras); k++ {
		intro := copy.paras[k]
		if in[k] > 0 || !block(k+1) || !blockIntro(copy, intro) {
			continue
		}
		end := k + 1
		for end+1 < len(copy.paras) && block(end+1) && !blockIntro(copy, copy.paras[end+1]) {
			end++
		}
		cue := strings.TrimSuffix(lastSentence(copy, intro), ":")
		out = append(out, spokenQuote{span: corroborate.Span{Start: copy.paras[k+1].Start, End: copy.paras[end].End}, cue: cue})
	}
	return out
}

// blockIntro reports whether paragraph sp of p reads as handing what
// follows to a writer: its last sentence ends in a colon and holds one of
// blockVerbs ("The mayor said so. The plan includes:" hands the list to
// no one), and the paragraph no credit to an outlet ("Fox News reports:"
// is a credit, judged as one).
func blockIntro(p *article, sp corroborate.Span) bool {
	s := lastSentence(p, sp)
	if !strings.HasSuffix(s, ":") {
		return false
	}
	for _, c := range p.credits {
		if c.Start < sp.End && c.End > sp.Start {
			return false
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		if blockVerbs[w] {
			return true
		}
	}
	return false
}

// lastSentence is the last sentence of paragraph sp of p, trimmed: from
// the first token of the article's sentence holding the paragraph's last
// token to the paragraph's end (the article's own sentences, so "Mr." or
// a quotation's closing "over." end none).
func lastSentence(p *article, sp corroborate.Span) string {
	i := sort.Search(len(p.toks), func(i int) bool { return int(p.toks[i].start) >= sp.End }) - 1
	if i < 0 || int(p.toks[i].start) < sp.Start {
		return strings.TrimSpace(p.text[sp.Start:sp.End])
	}
	from := max(int(p.toks[p.sents[p.toks[i].sent].lo].start), sp.Start)
	return strings.TrimSpace(p.text[from:sp.End])
}

// endsInColon reports whether a paragraph of p but its last ends in a
// colon: only such a paragraph can introduce a block, and the check costs
// no allocation on the per-pair path.
func endsInColon(p *article) bool {
	for _, sp := range p.paras[:max(len(p.paras)-1, 0)] {
		if t := strings.TrimRight(p.text[sp.Start:sp.End], " \t\r\n"); strings.HasSuffix(t, ":") {
			return true
		}
	}
	return false
}
