package quotes

import "github.com/corroborate/corroborate/internal/text"

// predicateOpeners are words that open a clause's predicate: a quote
// that starts with one right after a name gives that person's words
// with their verb.
var predicateOpeners = text.WordSet(`thought thinks felt feels knew knows believed believes wanted wants
was is had has would will could can did does never always just still hoped hopes feared fears`)

// quotedPredicate reads a quotation that is the predicate of a name set
// right before it, after "and" or "but" or opening its sentence: `The
// bill was in his bag and Varey "thought it was a prank."` is Varey's.
func (x *extractor) quotedPredicate(c *cand) (attribution, bool) {
	pre := c.pre
	from := len(pre)
	for from > 0 && len(pre)-from < 3 && pre[from-1].word && pre[from-1].capitalised() {
		from--
	}
	if from == len(pre) || from > 0 && pre[from-1].low != "and" && pre[from-1].low != "but" {
		return attribution{}, false
	}
	ts := x.quoteTokens(c)
	if len(ts) < 3 || !isMarkToken(ts[0]) || !ts[1].word || ts[1].capitalised() || !predicateOpeners[ts[1].low] {
		return attribution{}, false
	}
	np := pre[from:]
	if possessive(np[len(np)-1].w) || !x.namesSomeone(np) || x.analyse(np).kind != "person" {
		return attribution{}, false
	}
	return attribution{how: attPre, np: np, partial: true}, true
}

// stanceVerbs tell of words given without a verb of saying: `He expressed
// hope that the vote would bring "a bridge for everyone."`, `She thanked the
// crews "who worked through the winter."`.
var stanceVerbs = text.WordSet(`expressed expresses voiced voices thanked thanks welcomed welcomes hoped
hopes accused accuses blamed blames credited credits defended defends questioned apologized apologised
apologizes apologises cited cites touted touts applauded applauds celebrated celebrates mourned
mourns believes believed predicts predicted fears feared spoke introduced introduces remembered
remembers recommended recommends reflected reflects praises criticizes criticises envisioned envisions`)

// othersWordsAfter reports whether the words after a stance verb give the
// quotation to someone else: a possessive right before it or before a
// word for what was said ("Brek's "..."", "Brek's remark"), "whose", or
// "by" and a name ("the claim by Tomas Brek that").
func othersWordsAfter(ts []token) bool {
	if othersPossessive(ts) {
		return true
	}
	for i, t := range ts {
		if t.word && (t.low == "whose" || t.low == "by" && i+1 < len(ts) && ts[i+1].capitalised()) {
			return true
		}
	}
	return false
}

// stanceAttribution reads quoted words inside a sentence whose subject
// opens it and whose verb tells of a stance, not of saying: `He expressed
// hope that ... "X."` is his. The subject is a name or "he", "she", "they"
// right before the verb (adverbs aside); the quotation is partial.
func (x *extractor) stanceAttribution(cands []cand, i int) (attribution, bool) {
	c := &cands[i]
	pre := c.pre
	if len(pre) < 3 || hasCue(pre) {
		return attribution{}, false
	}
	k := x.tokAt(pre[0].s)
	if k > x.tokAt(x.paras[c.raw.para].Start) && !x.toks[k-1].sentenceEnd() && !(i > 0 && cands[i-1].after[0] == k && x.endsSentence(&cands[i-1])) {
		return attribution{}, false // the quote before ends no sentence: pre is not the sentence's start
	}
	v := 1
	if !(pre[0].w == "He" || pre[0].w == "She" || pre[0].w == "They") {
		np := leadingNP(pre)
		if len(np) == 0 || !np[0].capitalised() || timeWords[np[0].lower()] || len(np) >= len(pre) {
			return attribution{}, false
		}
		v = len(np)
	}
	end := v
	if v+2 < len(pre) && pre[v].is(",") && pre[v+1].word && isDeterminer(pre[v+1].low) {
		// "Ana Ruiz, the Madrid historian, believes": past the role.
		j := v + 2
		for j < len(pre) && j-v <= 10 && !pre[j].is(",") && !isMarkToken(pre[j]) {
			j++
		}
		if j < len(pre) && pre[j].is(",") {
			v = j + 1
		}
	}
	for v < len(pre) && pre[v].word && isAdverb(pre[v].low) {
		v++
	}
	if v >= len(pre) || !pre[v].word || !stanceVerbs[pre[v].low] {
		return attribution{}, false
	}
	if last := pre[len(pre)-1]; last.word && (isDeterminer(last.low) || last.low == "his" || last.low == "her" || last.low == "their") && wordCount(x.text[c.raw.start():c.raw.end()]) <= 2 {
		return attribution{}, false // `defended the "fee"`: the writer's marks on a noun
	}
	if x.titleQuote(c) || othersWordsAfter(pre[v+1:]) {
		// `introduced the "Clean Quays Act"`: a name; `remembered Brek's
		// "we sail at dawn" speech`, `spoke at the funeral of Brek, whose
		// last words were "..."`: another's words.
		return attribution{}, false
	}
	return attribution{how: attPre, cue: pre[v : v+1], np: pre[:end], partial: true}, true
}
