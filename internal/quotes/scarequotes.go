package quotes

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// distancing adverbs set the writer apart from the word in quotation marks
// after them: `the supposedly "live" show`.
var distancing = text.WordSet("supposedly allegedly purportedly ostensibly nominally")

// appearVerbs before "on" and a title name a show: `both appeared on "The
// Harbour Hour."`.
var appearVerbs = text.WordSet("appeared appears appear appearing starred stars starring featured")

// distancingAdjectives set before a noun in marks keep the writer's
// distance from the words: "a supposed "security alert"" (after a cue, "a
// so-called" may be the speaker's own distance).
var distancingAdjectives = text.WordSet("supposed so-called purported ostensible self-styled")

// scareQuote reports whether quotation c is a word or two in lower case
// set after an adverb that distances the writer from them and before the
// noun they qualify: `the supposedly "live" show`. (A word quoted before
// its noun with no such adverb, `a "common-sense" approach`, is most often
// the speaker's word, kept as a partial quotation.)
func (x *extractor) scareQuote(c *cand) bool {
	n := len(c.pre)
	if n == 0 || len(c.post) < 2 || len(c.raw.segs) != 1 || !x.startsLower(c.raw) {
		return false
	}
	if w := strings.Fields(stripMarks(x.text[c.raw.start():c.raw.end()])); len(w) > 2 || strings.ContainsAny(x.text[c.raw.start():c.raw.end()], ".,!?") {
		return false
	}
	before, after := c.pre[n-1], c.post[0]
	if n >= 2 && before.word && distancingAdjectives[before.low] && (c.pre[n-2].low == "a" || c.pre[n-2].low == "an" || c.pre[n-2].low == "the") && (before.low == "supposed" || before.low == "purported" || !hasCue(c.pre)) {
		// `forced the plane down for a supposed "security alert"`: the
		// writer's distance from the words, no one quoted saying them.
		return true
	}
	if !before.word || !distancing[before.low] || !after.word || after.capitalised() {
		return false
	}
	// The noun the words qualify, then a verb or the clause goes on.
	return !cueVerbs[after.low] && !auxiliaries[after.low] && !prepositions[after.low] && !clauseStarts[after.low] && c.post[1].word && !c.post[1].capitalised()
}

// firstPerson are the writer's own "I" outside quotation marks.
var firstPerson = text.WordSet("i i've i'm i’ve i’m i'd i’d")

// modifierQuote reports whether quotation c, given to no one, stands
// between a determiner and the noun it qualifies: `that whole "I must stay
// on air" state of mind` is the writer's shorthand, not speech.
func (x *extractor) modifierQuote(c *cand, a attribution) bool {
	n := len(c.pre)
	if a.np != nil || n == 0 || len(c.post) < 2 || len(c.raw.segs) != 1 || !c.raw.closed {
		return false
	}
	last := c.pre[n-1]
	det := last.word && isDeterminer(last.low) && !last.capitalised()
	if !det && n >= 2 && last.word && !last.capitalised() && isDeterminer(c.pre[n-2].low) && !c.pre[n-2].capitalised() {
		det = !cueVerbs[last.low] && !prepositions[last.low]
	}
	after := c.post[0]
	return det && after.word && !after.capitalised() && !cueVerbs[after.low] && !auxiliaries[after.low] && !prepositions[after.low] && !clauseStarts[after.low] && !isAdverb(after.low) && c.post[1].word
}

// workOfOwner reports whether quotation c is the title of a work after its
// makers' names, `the Coens' "No Country for Old Men,"`.
func (x *extractor) workOfOwner(c *cand) bool {
	before := strings.TrimRight(x.text[:c.raw.start()], " ")
	if !strings.HasSuffix(before, "'") && !strings.HasSuffix(before, "’") && !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") {
		return false
	}
	owner := false
	for k := len(c.pre) - 1; k >= 0 && k >= len(c.pre)-3; k-- {
		owner = owner || c.pre[k].capitalised()
	}
	if !owner {
		return false
	}
	if len(c.raw.segs) != 1 {
		return false
	}
	words := strings.TrimRight(stripMarks(x.text[c.raw.segs[0].s:c.raw.segs[0].e]), ",.")
	return strings.Contains(words, " ") && titleWords(words, 10)
}

// quotedSubject reports whether quotation c, a few words opening a clause,
// is the subject of the verb after it: `Around midnight: "Ferry watch"
// sights the yacht`. A name or a term, not speech.
func (x *extractor) quotedSubject(c *cand) bool {
	if n := len(c.pre); n > 0 && !c.pre[n-1].is(":") || len(c.raw.segs) != 1 || !c.raw.closed || len(c.post) < 2 {
		return false
	}
	v := c.post[0]
	if !v.word || v.capitalised() || cueVerbs[v.low] || auxiliaries[v.low] || prepositions[v.low] || clauseStarts[v.low] || isAdverb(v.low) || isDeterminer(v.low) || !c.post[1].word {
		return false
	}
	return unicode.IsLetter(x.endRune(c.raw)) && wordCount(stripMarks(x.text[c.raw.start():c.raw.end()])) <= 3
}

// hashtag reports whether quotation c holds only hashtags: `"#dogs"`,
// `"#cats," "#set"`.
func (x *extractor) hashtag(c *cand) bool {
	if !strings.Contains(x.text[c.raw.start():c.raw.end()], "#") {
		return false
	}
	ws := strings.FieldsFunc(x.text[c.raw.start():c.raw.end()], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '"' || r == '“' || r == '”'
	})
	for _, w := range ws {
		if !strings.HasPrefix(w, "#") {
			return false
		}
	}
	return len(ws) > 0
}
