package quotes

import (
	"slices"
	"sort"
	"strings"
)

// carries reports whether quotation c, a paragraph of its own, goes on
// with the speaker of the quote before it, a few paragraphs back, when no
// one else was named or reported speaking in between:
// `"The levee held," said Dana Whitfield.` ¶ `Crews worked all night.` ¶
// `"We lost two days."`
func (x *extractor) carries(out []Mention, recent []event, c *cand) bool {
	if len(out) == 0 || !x.endsSentence(c) {
		return false
	}
	prev := out[len(out)-1]
	name := ""
	switch {
	case prev.Speaker != nil && !prev.Speaker.Outlet:
		name = prev.Speaker.Name
	case prev.Speaker == nil && prev.how == resPronoun:
		// `"...," she told a reporter.` with no one named for "she": the
		// next quote is hers all the same.
	default:
		return false
	}
	if name != "" && prev.Speaker.Kind == "person" && x.namedInQuote(c, name) {
		return false // the quote speaks of the one before: someone else speaks
	}
	pp := x.paraOf(prev.End)
	if c.raw.para-pp > maxCarryParagraphs {
		return false
	}
	prose := 0
	for p := pp + 1; p < c.raw.para; p++ {
		if x.isProse(p) {
			prose++
		}
	}
	if prose > maxCarryProse {
		return false
	}
	for p := pp; p <= c.raw.para; p++ {
		// Names in a caption or another line of page furniture between
		// the two ("Getty Firefighters carry a victim at the scene of
		// the Marlow ferry bombing") are no one speaking.
		if p != pp && p != c.raw.para && !x.isProse(p) {
			continue
		}
		from, to := max(prev.End, x.paras[p].Start), min(c.raw.start(), x.paras[p].End)
		if from < to && (x.names.rivalBetween(from, to, name) || x.otherSurnameBetween(from, to, name)) && x.rivalNotInQuote(from, to, name, c) && !x.othersOfOtherGender(from, to, prev.Speaker) {
			return false
		}
	}
	if b := x.tokAt(x.paras[c.raw.para].Start); b > 0 && x.toks[b-1].is(":") {
		// The paragraph before introduces the quote and names no one we
		// could read: better no speaker than the one before.
		return false
	}
	for k := len(recent) - 1; k >= 0 && recent[k].pos > prev.End; k-- {
		if recent[k].sp.Name != name {
			return false
		}
	}
	return true
}

// orgAfterAnd reports whether toks[j] is an "and" that joins the run
// before it, no first name in its last two words, to a body's name that
// ends with a word for a body: "the Ski Slope and Snowboard Centre", but
// not "John Bolton and Breitbart News editor ...".
func orgAfterAnd(toks []token, j int) bool {
	if j >= len(toks) || toks[j].low != "and" {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].capitalised() {
		k++
	}
	return k > j+1 && hasOrgWord(toks[k-1:k]) && !knownFirstName(toks[j-1]) && (j < 2 || !knownFirstName(toks[j-2]))
}

// othersOfOtherGender reports whether the narration from byte from up to to
// speaks of sp by a pronoun of their gender and names only people of the
// other gender: `"...," said Tom Reed.` ¶ `The storm took his barns, and
// his wife, Jane, lost her car.` ¶ `"..."` is still Tom Reed.
func (x *extractor) othersOfOtherGender(from, to int, sp *Speaker) bool {
	if sp == nil || sp.Kind != "person" {
		return false
	}
	g := sp.gender
	if g == genderUnknown {
		g = x.told[sp.Name]
	}
	own := map[gender]string{genderMale: "he", genderFemale: "she"}[g]
	if own == "" {
		return false
	}
	words := strings.Fields(strings.ToLower(sp.Name))
	shown := false
	for i := x.tokAt(from); i < len(x.toks) && x.toks[i].s < to; i++ {
		t := x.toks[i]
		if !t.word {
			continue
		}
		if genderPronouns[own][t.low] {
			shown = true
			continue
		}
		if t.low == "he" || t.low == "she" {
			return false // "she hid under the stairs": someone else is spoken of
		}
		w := t.lower()
		if !t.capitalised() || slices.Contains(words, w) {
			continue
		}
		fns := append(slices.Clip(x.names.byLast[w]), x.names.byFirst[w]...)
		if len(fns) == 0 && x.personAt(t.s) {
			return false // a person of no gender we know
		}
		for _, fn := range fns {
			if fn.gender == genderUnknown || fn.gender == g {
				return false
			}
		}
	}
	return shown
}

// rivalNotInQuote reports whether someone other than the person named
// name is named between from and to and not in quotation c: one the
// quotation speaks of ("asked if Ruby was coming") is not its speaker, so
// no rival to the speaker carried on.
func (x *extractor) rivalNotInQuote(from, to int, name string, c *cand) bool {
	words := strings.Fields(strings.ToLower(name))
	quote := x.text[c.raw.start():c.raw.end()]
	for i := x.tokAt(from); i < len(x.toks) && x.toks[i].s < to; i++ {
		t := x.toks[i]
		if !t.word || !t.capitalised() {
			continue
		}
		w := t.lower()
		if slices.Contains(words, w) || len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 && !x.personAt(t.s) {
			continue
		}
		if !nameWordIn(quote, stripPossessive(t.w)) {
			return true
		}
	}
	return false
}

// personAt reports whether a person's name is written at pos.
func (x *extractor) personAt(pos int) bool {
	k := sort.Search(len(x.names.persons), func(k int) bool { return x.names.persons[k].pos >= pos })
	return k < len(x.names.persons) && x.names.persons[k].pos == pos
}

// namedInQuote reports whether a word of the person's name (titles
// aside) stands capitalised among the words of quotation c: then the quote
// speaks of them, and they are not its speaker.
func (x *extractor) namedInQuote(c *cand, name string) bool {
	return nameWordIn(x.text[c.raw.start():c.raw.end()], name)
}

// withoutSpeaker is recent without the events of the speaker named name.
func withoutSpeaker(recent []event, name string) []event {
	out := make([]event, 0, len(recent))
	for _, e := range recent {
		if e.sp.Name != name {
			out = append(out, e)
		}
	}
	return out
}

// otherSurnameBetween reports whether a word between from and to is the
// surname of a person of the article other than name: "a statement by
// Harwick" between a quote of Lindqvist and the next.
func (x *extractor) otherSurnameBetween(from, to int, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for i := x.tokAt(from); i < len(x.toks) && x.toks[i].s < to; i++ {
		t := x.toks[i]
		if !t.capitalised() {
			continue
		}
		w := t.lower()
		if len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 || slices.Contains(words, w) {
			continue
		}
		return true
	}
	return false
}
