package quotes

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// transcript reports whether the article reads as a transcript: two or
// more speakers given in capitals at the start of a paragraph, `MARLOWE:`.
func (x *extractor) transcript() bool {
	if x.isTranscript != 0 {
		return x.isTranscript > 0
	}
	x.isTranscript = -1
	first := ""
	for _, p := range x.paras {
		i := x.tokAt(p.Start)
		if i < len(x.toks) && isMarkToken(x.toks[i]) {
			i++ // `"QUARRIE: ...`, a transcript set in quotation marks
		}
		j := i + labelEnd(x.toks[i:min(len(x.toks), i+4)])
		if j == i || j >= len(x.toks) || x.toks[j].s >= p.End {
			continue
		}
		name := spanText(x.text, x.toks[i:j])
		if first == "" {
			first = name
		} else if name != first {
			x.isTranscript = 1
			break
		}
	}
	return x.isTranscript > 0
}

// labelEnd is the length of a speaker's label in capitals that opens ts
// and is followed by a colon, `MARLOWE:`; 0 when there is none.
func labelEnd(ts []token) int {
	j := 0
	for j < len(ts) && j < 3 && ts[j].word && isUpperWord(ts[j].w) {
		j++
	}
	if j == 0 || j >= len(ts) || !ts[j].is(":") {
		return 0
	}
	return j
}

// isProse reports whether paragraph p reads as a sentence of the story:
// eight words or more, ending with a full stop, question or exclamation.
func (x *extractor) isProse(p int) bool {
	ts := x.toks[x.tokAt(x.paras[p].Start):x.tokAt(x.paras[p].End)]
	if len(ts) == 0 || !ts[len(ts)-1].sentenceEnd() {
		return false
	}
	n := 0
	for _, t := range ts {
		if t.word {
			n++
		}
	}
	return n >= 8
}

// paraOf is the index of the paragraph holding byte offset pos.
func (x *extractor) paraOf(pos int) int {
	return max(0, sort.Search(len(x.paras), func(i int) bool { return x.paras[i].End >= pos }))
}

// startsParagraph reports whether candidate c opens its paragraph.
func (x *extractor) startsParagraph(c *cand) bool {
	return c.raw.start() == x.paras[c.raw.para].Start
}

// sentenceParagraph reports whether quotation c is a paragraph of its
// own, one or more sentences from a capital to a full stop, a question or
// an exclamation mark: `'Please don't sink my boat.'` is someone's words,
// however short, not a scare quote.
func (x *extractor) sentenceParagraph(c *cand) bool {
	if c.raw.para != c.raw.last || !x.startsParagraph(c) || c.raw.end() < x.paras[c.raw.para].End-1 || !x.endsSentence(c) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(stripMarks(x.text[c.raw.start():c.raw.end()]))
	return unicode.IsUpper(r)
}

// quoteEndsParagraph reports whether the paragraph before candidate i ends
// with a quotation (so that i continues it).
func (x *extractor) quoteEndsParagraph(cands []cand, i int) bool {
	if i == 0 {
		return false
	}
	p := cands[i-1]
	if p.raw.last != cands[i].raw.para-1 {
		return false
	}
	end := x.paras[p.raw.last].End
	return p.after[1] == x.tokAt(end) && len(x.toks[p.after[0]:p.after[1]]) <= 12
}

// A speaker carries over to a quotation standing alone across at most
// maxCarryParagraphs paragraphs, of which at most maxCarryProse are
// sentences of the story (the rest are captions, links and other lines a
// page puts between the paragraphs of the story).
const (
	maxCarryParagraphs = 6
	maxCarryProse      = 2
)

// tailRunsOn reports whether quotation c, opening its paragraph, stops
// inside its sentence and the words after it close the paragraph with no
// cue, no name and no other quotation: `"And I promise my cabinet will
// give all our energy" to rebuilding it.` The words are still the quote
// paragraph's, spoken by whoever spoke the paragraph before.
func (x *extractor) tailRunsOn(c *cand) bool {
	if x.endsSentence(c) || c.raw.last != c.raw.para {
		return false
	}
	tail := x.toks[c.after[0]:c.after[1]]
	if len(tail) < 2 || len(tail) > 12 || c.after[1] != x.tokAt(x.paras[c.raw.para].End) || !tail[len(tail)-1].sentenceEnd() {
		return false
	}
	if !tail[0].word || !prepositions[tail[0].low] && tail[0].low != "to" || wordCount(x.text[c.raw.start():c.raw.end()]) < 4 {
		// `"Never again" was painted on banners`: the quoted words are
		// the subject of the writer's sentence; only a complement
		// ("to rebuilding it") runs on the speaker's.
		return false
	}
	for k, t := range tail {
		if t.sentenceEnd() && k < len(tail)-1 || t.capitalised() || cueAt(tail, k) > 0 || !t.word && !t.is(",") && !t.sentenceEnd() || passiveAux[t.low] || personWord(t.low) || sayingNouns[t.low] {
			return false
		}
	}
	return true
}

// sentenceFrom is the index of the token that opens the sentence holding
// token k: the one after the last sentence end or line break before it.
func (x *extractor) sentenceFrom(k int) int {
	for k > 0 && !x.toks[k-1].sentenceEnd() && !x.lineBetween(k-1, k) {
		k--
	}
	return k
}
