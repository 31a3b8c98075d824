package quotes

// leadInParagraph is the one person a short paragraph right before
// quotation c names, when c opens a paragraph of its own: `And Dana's
// answer to that.` ¶ `"I saw it coming."`. ok is false when the paragraph
// is long, holds a quotation, or names no one or more than one person.
func (x *extractor) leadInParagraph(c *cand) (*Speaker, bool) {
	if c.raw.para == 0 || !x.startsParagraph(c) {
		return nil, false
	}
	p := x.paras[c.raw.para-1]
	ts := x.toks[x.tokAt(p.Start):x.tokAt(p.End)]
	if len(ts) == 0 || wordCountTokens(ts) > maxLeadInWords || !ts[len(ts)-1].sentenceEnd() && !ts[len(ts)-1].is(":") {
		return nil, false
	}
	var found *Speaker
	for k, t := range ts {
		if isMarkToken(t) {
			return nil, false
		}
		if !t.capitalised() {
			continue
		}
		w := t.lower()
		if len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 {
			continue
		}
		sp := x.speaker(analyse(x.text, ts[k:k+1]), t.s)
		if sp.Kind != "person" || !sp.Named {
			continue
		}
		if found != nil && found.Name != sp.Name {
			return nil, false
		}
		found = &sp
	}
	return found, found != nil
}
