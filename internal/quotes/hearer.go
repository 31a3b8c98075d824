package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// mergeSplit joins a quotation to the one before it when they share one
// attribution: `"X," she said. "Y."` and `"X," she said, "Y."`.
func (x *extractor) mergeSplit(cands []cand) {
	for i := 1; i < len(cands); i++ {
		c, p := &cands[i], &cands[i-1]
		root := i - 1
		if p.mergedInto >= 0 {
			root = p.mergedInto
		}
		if c.att.joins && !c.att.nickname && !p.att.nickname {
			c.mergedInto = root
			continue
		}
		if i >= 2 && p.att.title && !c.att.nickname && c.att.how == attNone && c.before[0] == c.before[1] {
			// `"X," Flynn said on Harbourwire's "Morning Tide." "Y."`: the
			// show's name between the two parts of one quotation.
			pp := &cands[i-2]
			if pp.raw.last == c.raw.para && pp.att.how == attPost && !pp.att.nickname && pp.after == p.before {
				c.mergedInto = i - 2
				if pp.mergedInto >= 0 {
					c.mergedInto = pp.mergedInto
				}
				continue
			}
		}
		if p.raw.last != c.raw.para || p.att.how != attPost || c.att.nickname {
			continue
		}
		// The gap between them must hold nothing but the attribution clause.
		if p.after != c.before {
			continue
		}
		gap := x.toks[c.before[0]:c.before[1]]
		rest := gap[len(p.post):]
		if len(rest) > 0 && rest[0].sentenceEnd() {
			rest = rest[1:]
		}
		sameClause := len(rest) == 0 || (c.att.how == attPre && len(c.att.cue) > 0 && len(p.att.cue) > 0 && c.att.cue[0].s == p.att.cue[0].s)
		if !sameClause {
			continue
		}
		if c.att.how == attPost || c.att.how == attColon {
			continue
		}
		if c.att.how == attPre && c.att.cue[0].s != p.att.cue[0].s {
			continue
		}
		c.mergedInto = root
	}
}

// namedBefore reports whether the last cue of pre gives a thing a name or
// label ("called the flood a"), so that the quotation after it is that
// label, the cue's subject's word.
func namedBefore(pre []token) bool {
	j, _ := lastCue(pre)
	return j >= 0 && namingCues[pre[j].low]
}

// isSubjectPronoun reports a "he", "she" or "they" that opens a clause.
func isSubjectPronoun(t token) bool {
	return t.word && subjectPronouns[t.low] && t.low != "it"
}

// personNamedIn reports whether ts holds a person's name, or a capitalised
// word that may be one: a word of a name the article gives, or a capital
// after the first word that is not a body's name nor a place.
func (x *extractor) personNamedIn(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	for _, p := range x.names.persons {
		if p.pos >= ts[0].s && p.pos < ts[len(ts)-1].e {
			return true
		}
	}
	for _, t := range ts {
		if !t.capitalised() {
			continue
		}
		w := stripPossessive(t.lower())
		if len(x.names.byLast[w]) > 0 || len(x.names.byFirst[w]) > 0 || maleNames[w] || femaleNames[w] || titles[w] {
			return true
		}
	}
	return false
}

// hearer is the one who heard someone say the words a quotation opens
// with, when it opens with them quoted inside it and goes on in the
// hearer's own words: `Petra Olin said that when she first heard someone
// say, " 'Get out.' I thought it was a drill."` is Olin's (her "she").
// nil otherwise.
func (x *extractor) hearer(c *cand, a attribution) []token {
	if a.how != attPre || len(a.cue) == 0 || !heardWords[a.cue[0].low] {
		return nil
	}
	k := -1
	for j := len(c.pre) - 1; j >= 0; j-- {
		if c.pre[j].s == a.cue[0].s {
			k = j
			break
		}
	}
	h := k - 1
	for h >= 0 && k-h <= 3 && !perceptionVerbs[c.pre[h].low] {
		h--
	}
	if h < 1 || k-h > 3 || !x.opensNested(c.raw.start()) {
		return nil
	}
	for j := h - 1; j >= 0 && h-j <= 3; j-- {
		switch t := c.pre[j]; {
		case t.low == "he" || t.low == "she":
			return c.pre[j : j+1]
		case !t.word || t.capitalised() || !isAdverb(t.low) && !openers[t.low] && t.low != "first":
			return nil
		}
	}
	return nil
}

// heardWords are the cues of words someone is heard saying: "heard
// someone say".
var heardWords = text.WordSet("say saying yell yelling shout shouting scream screaming")

// perceptionVerbs tell of hearing someone speak.
var perceptionVerbs = text.WordSet("heard hear hears hearing")

// opensNested reports whether the quotation whose opening mark is at byte
// pos opens with a second mark: `" 'Get out.' I thought ..."`.
func (x *extractor) opensNested(pos int) bool {
	_, n := utf8.DecodeRuneInString(x.text[pos:])
	rest := strings.TrimLeft(x.text[pos+n:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '\'' || r == '‘' || r == '“' || r == '"'
}

// reportsOwnClause reports whether the attribution pa read after
// quotation c is a new sentence that reports a clause of its own: `"...
// took its time." Police Chief Olaf Brandt said that his officers ...`
// and `"... not accept!" She and others said the ruling showed ...` give
// their own words, not the quote before them. A quote that ends its
// sentence and a capital after it mark the new sentence; "Brandt said so"
// and "Brandt told reporters." stay attributions.
func (x *extractor) reportsOwnClause(c *cand, pa attribution) bool {
	if !c.raw.closed || len(c.post) == 0 || len(pa.cue) == 0 || !pa.cue[len(pa.cue)-1].word {
		return false
	}
	if e := x.endRune(c.raw); e != '.' && e != '!' && e != '?' {
		return false
	}
	first := c.post[0]
	if !first.word || !first.capitalised() || pa.np[0].s != first.s {
		return false // `"...!" she said`: the quote's own cue
	}
	k := x.tokAt(pa.cue[len(pa.cue)-1].s) + 1
	if k+3 >= len(x.toks) {
		return false
	}
	if tellVerbs[pa.cue[len(pa.cue)-1].low] {
		// `"..." Reed told reporters the town would help.`: the one
		// told, then the clause reported.
		j := k + 1
		for j < len(x.toks) && j <= k+4 && x.toks[j].word && !clauseOpener(x.toks[j]) {
			j++
		}
		if j > k+4 || j >= len(x.toks) || !x.toks[j].word {
			return false
		}
		k = j
	}
	if k+2 < len(x.toks) && x.toks[k].is(",") && isGerund(x.toks[k+1]) && cueVerbs[x.toks[k+1].low] {
		// `"..." Brenner's colleague Nina Hart agreed, saying the sea
		// wall "simply gave way."`: her own words follow.
		for j := k + 2; j < len(x.toks) && !x.toks[j].sentenceEnd() && !x.lineBetween(j-1, j); j++ {
			if isMarkToken(x.toks[j]) {
				return true
			}
		}
		k += 2
	}
	if k+3 >= len(x.toks) || !clauseOpener(x.toks[k]) {
		return false
	}
	for j := k; j < len(x.toks) && j < k+4; j++ {
		if x.toks[j].sentenceEnd() || isMarkToken(x.toks[j]) || x.lineBetween(j-1, j) {
			return false // "said the same." is too short to be a clause
		}
	}
	return true
}

// clauseOpener reports whether t can open a reported clause after its
// cue: "that", a subject pronoun, or "the", "his", "her", "their".
func clauseOpener(t token) bool {
	return t.low == "that" || subjectPronouns[t.low] || t.low == "the" || t.low == "his" || t.low == "her" || t.low == "their"
}

// heardSaying is the one heard or seen saying the words, when the
// sentence before the quotation reads so: `he heard one of the guards
// tell the hostages: "..."`, `She saw a pilot shout "Brace!"` are the
// guard's and the pilot's, not the one who heard them. nil when the
// quotation opens with words quoted inside it (hearer) or the one
// heard is a pronoun. cue is the verb of saying.
func (x *extractor) heardSaying(c *cand) (np, cue []token) {
	pre := c.pre
	for len(pre) > 0 && (pre[len(pre)-1].is(",") || pre[len(pre)-1].is(":")) {
		pre = pre[:len(pre)-1]
	}
	k := len(pre) - 1
	for ; k >= 0 && len(pre)-k <= 4; k-- {
		t := pre[k]
		if !t.word {
			return nil, nil
		}
		if heardWords[t.low] || heardTold[t.low] {
			break
		}
	}
	if k < 2 || len(pre)-k > 4 || x.opensNested(c.raw.start()) {
		return nil, nil
	}
	for h := k - 1; h >= 0 && k-h <= 7; h-- {
		t := pre[h]
		if perceptionVerbs[t.low] || seeingVerbs[t.low] {
			if h > 0 && (pre[h-1].low == "who" || pre[h-1].low == "that" || pre[h-1].low == "which" || pre[h-1].low == "to") {
				// "Witnesses who saw the blast say": the relative
				// clause's object does not speak; "would like to see
				// the council tell residents": a wish
				return nil, nil
			}
			np := pre[h+1 : k]
			if h > 0 && passiveAux[pre[h-1].low] || len(np) > 0 && prepositions[np[0].low] {
				// "An usher can be heard over the intercom saying":
				// the one heard is the subject before.
				return nil, nil
			}
			if len(np) == 0 || len(np) == 1 && (pronouns[np[0].lower()] || objectPronouns[np[0].low] || indefinitePersons[np[0].low]) {
				return nil, nil
			}
			return np, pre[k : k+1]
		}
		if !t.word || t.low == "that" || cueVerbs[t.low] || heardLinks[t.low] || timeWords[t.lower()] || timeNouns[t.low] {
			// "watched the footage before telling reporters:", "saw
			// Ivo Lund score on Saturday say": the one seen does not
			// reach the verb of saying
			return nil, nil
		}
	}
	return nil, nil
}

// heardTold are cues, beside heardWords, of words someone is heard or
// seen saying to someone: "heard a guard tell the hostages".
var heardTold = text.WordSet("tell telling ask asking cry whisper whispering")

// seeingVerbs tell of seeing someone speak: "saw a pilot shout".
var seeingVerbs = text.WordSet("saw see sees seeing watched overheard overhear")

// heardLinks join a clause of one's own after what one heard or saw:
// "heard the verdict before saying".
var heardLinks = text.WordSet("before after and then while as when until")
