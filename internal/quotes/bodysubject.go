package quotes

import (
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// bodySubject resolves an "it" that nothing else explains to the body
// whose name opens one of the two sentences before it, in its paragraph
// or the one before: `Halden Rail said on Tuesday it would close the
// line. "Safety comes first," it announced.` A sentence that opens with
// another name (a person's, a place's) ends the search; one that opens
// with no name ("In May, the line ...") is passed over.
func (x *extractor) bodySubject(r ref) *Speaker {
	sp, _ := x.bodySubjectFrom(r, false)
	return sp
}

// bodySubjectFrom is bodySubject with the byte its sentence opens at;
// pastTime also reads a sentence that opens with a time ("In April, the
// Aviation Authority ordered").
func (x *extractor) bodySubjectFrom(r ref, pastTime bool) (*Speaker, int) {
	if r.pronoun != "it" {
		return nil, 0
	}
	minPara := x.paraOf(r.span.Start) - 1
	end := x.tokAt(r.span.Start)
	for tries := 0; tries < 2 && end > 0; tries++ {
		from := x.sentenceFrom(end - 1)
		if x.paraOf(x.toks[from].s) < minPara {
			return nil, 0
		}
		if x.inQuote(x.toks[from].s) {
			end = from
			tries--
			continue
		}
		sent := x.toks[from:end]
		if pastTime {
			sent = afterOpeningTime(sent) // "In April, the Aviation Authority ordered ..."
		}
		if k := subjectRunEnd(sent); k > 0 {
			np := sent[:k]
			b := x.analyse(np)
			if !b.ok() || b.pronoun != "" {
				return nil, 0
			}
			if b.kind == "organization" {
				sp := x.speaker(b, np[0].s)
				return &sp, x.toks[from].s
			}
			if b.kind == "person" && b.named && !b.honorific && len(b.roles) == 0 && givenGender(strings.Fields(b.name)) == genderUnknown && itsOwn(sent[k:], sent[k].is(",")) {
				// `Halden Rail said it would close the line`: a name
				// with no given name the sentence calls "it" is a body's.
				return &Speaker{Name: b.name, Kind: "organization", Named: true}, x.toks[from].s
			}
			return nil, 0
		}
		end = from
	}
	return nil, 0
}

// afterOpeningTime is sent after an opening phrase of time set off by a
// comma ("In April,", "On Monday,", "Last year,"), or sent itself.
func afterOpeningTime(sent []token) []token {
	if len(sent) < 4 || !timePrepositions[sent[0].low] && sent[0].low != "last" && sent[0].low != "earlier" {
		return sent
	}
	for j := 1; j < len(sent) && j <= 4; j++ {
		if sent[j].is(",") {
			if j+1 < len(sent) && slices.ContainsFunc(sent[1:j], func(t token) bool {
				return timeWords[t.lower()] || timeNouns[t.low] || isNumeral(t)
			}) {
				return sent[j+1:]
			}
			return sent
		}
		if !sent[j].word {
			return sent
		}
	}
	return sent
}

// subjectRunEnd is the end of the name, or the determiner and the words
// up to a body noun, that open sent before a verb in lower case ("Halden
// Rail said", "The union voted", "A consumer rights group asked") or, for
// a name, before an appositive's comma; 0 if sent opens otherwise.
func subjectRunEnd(sent []token) int {
	n := 0
	if len(sent) > 0 && (sent[0].low == "the" || sent[0].low == "a" || sent[0].low == "an") {
		n = 1
	}
	verbAt := func(k int) bool {
		return k < len(sent) && sent[k].word && !sent[k].capitalised() && !prepositions[sent[k].low]
	}
	k := n
	for k < len(sent) && k < n+5 && sent[k].word && (sent[k].capitalised() || k > n && orgNouns[sent[k].lower()]) {
		k++
	}
	if k > n && (verbAt(k) || n == 0 && k < len(sent) && sent[k].is(",")) {
		return k // "Halden Rail said", "Petalwise, an online florist, is"
	}
	for j := n; n == 1 && j < len(sent) && j < n+3 && sent[j].word && !sent[j].capitalised(); j++ {
		if orgNouns[sent[j].lower()] && verbAt(j+1) {
			return j + 1
		}
	}
	return 0
}

// itsOwn reports whether the words after a sentence's subject speak of it
// as "it" and never as a person: "said on Tuesday it would close", "and
// its chief"; no "he", "she", "his" or "her". After an appositive only
// "its" will do: "Tomas Rell, the harbour master, said it would rain" is
// no body.
func itsOwn(rest []token, appositive bool) bool {
	it := false
	for k, t := range rest {
		if isMarkToken(t) {
			return it
		}
		switch t.low {
		case "he", "she", "his", "her", "him", "they", "their":
			return false
		case "its":
			it = true
		case "it":
			it = it || !appositive && k+1 < len(rest) && (auxiliaries[rest[k+1].low] || modals[rest[k+1].low] || rest[k+1].low == "will")
		}
	}
	return it
}

// collectiveNouns name a group of people by one word: "Police questioned
// the crew" names a second group the next "they" may be.
var collectiveNouns = text.WordSet("crew crews team teams staff family families public audience crowd class congregation")

// groupOpening resolves a "they" to the group that opens its own
// sentence or the one before, in its paragraph or the one before, when no
// one is named from there to it: `Mayors from Ulby and Varden pledged to
// fight what they called the port's "unlawful" order.`, `The judges
// urged a retrial. They added that "..."`. The group is the words from
// the sentence's start to a plural of people before a verb.
func (x *extractor) groupOpening(r ref) *Speaker {
	if r.pronoun != "they" || strings.EqualFold(r.text, "their") {
		return nil
	}
	minPara := x.paraOf(r.span.Start) - 1
	end := x.tokAt(r.span.Start)
	for tries := 0; tries < 2 && end > 0; tries++ {
		from := x.sentenceFrom(end)
		before := tries > 0 // the group's sentence is one before the "they"
		if from == end {
			before = true
			from = x.sentenceFrom(from - 1)
		}
		if tries == 0 && from < end && x.inQuote(x.toks[from].s) && x.paraOf(x.toks[from].s) == minPara+1 {
			// `Relatives gathered at the airport. "...," they said.`:
			// the group opens the sentence before the quote, however
			// many sentences the quote holds.
			for from > 0 && (x.inQuote(x.toks[from-1].s) || isMarkToken(x.toks[from-1])) && !x.lineBetween(from-1, from) {
				from--
			}
			end = from
			continue
		}
		if x.paraOf(x.toks[from].s) < minPara || x.inQuote(x.toks[from].s) {
			return nil
		}
		if np := groupRun(x.toks[from:end]); np != nil {
			for j, t := range x.toks[from:end] {
				if j > 1 && x.toks[from+j-1].low == "of" && x.toks[from+j-1].s > np[len(np)-1].s && x.toks[from+j-2].s == np[len(np)-1].s {
					continue // "Relatives of passengers gathered": the group's own of-phrase
				}
				if before && t.s > np[len(np)-1].s && t.word && (pluralOfPerson(t.lower()) || collectiveNouns[t.lower()]) {
					// "Police arrested two protesters. They told
					// reporters …": a second plural of people, the
					// act's object, may as well be the next sentence's
					// "they" (within the group's own sentence, "what
					// they called", the group is the one)
					return nil
				}
			}
			if x.personNamedBetween(x.toks[from].s, r.span.Start) {
				return nil
			}
			g := x.analyse(np)
			if !g.ok() || g.pronoun != "" {
				return nil
			}
			sp := x.speaker(g, np[0].s)
			return &sp
		}
		if sp := x.bodyOpening(from, end, r); sp != nil {
			return sp
		}
		end = from
	}
	return nil
}

// personNamedBetween reports whether a person's name is written at a byte in
// [from, to).
func (x *extractor) personNamedBetween(from, to int) bool {
	k := sort.Search(len(x.names.persons), func(k int) bool { return x.names.persons[k].pos >= from })
	return k < len(x.names.persons) && x.names.persons[k].pos < to
}

// bodyOpening is the named body that opens the sentence from token from
// to end, as its subject before a verb, when no person is named from
// there to the "they" r: `Tallis Records have twice denied it. "...,"
// they said.`, `The company that runs the awards, Orrin Productions,
// denies it.` (the name set off after its description). People the body
// acts on ("fired twelve workers") or that act on it ("was sued by the
// family") may be the "they" as well: then no one is given.
func (x *extractor) bodyOpening(from, end int, r ref) *Speaker {
	parts := splitComma(x.toks[from:end])
	np := leadingNP(x.toks[from:end])
	if len(parts) >= 3 && len(np) > 0 && !np[0].capitalised() || len(parts) >= 3 && len(parts[0]) > 0 && isDeterminer(parts[0][0].low) {
		np = trimPunct(parts[1]) // "The company that runs the awards, Orrin Productions, denies"
	}
	if len(np) == 0 || x.personNamedBetween(x.toks[from].s, np[0].s) || x.personNamedBetween(np[len(np)-1].e, r.span.Start) {
		return nil
	}
	rest := x.tokAt(np[len(np)-1].s) + 1
	for rest < end && (x.toks[rest].is(",") || adverbs[x.toks[rest].low] || x.toks[rest].low == "twice") {
		rest++
	}
	if rest >= end || !x.toks[rest].word || x.toks[rest].capitalised() {
		return nil
	}
	if auxiliaries[x.toks[rest].low] && rest+1 < end && (strings.HasSuffix(x.toks[rest+1].low, "ed") || x.toks[rest+1].low == "been") {
		return nil // "Orrin Productions was sued by the family": the ones acted on may speak
	}
	for _, t := range x.toks[rest:end] {
		if w := t.lower(); t.word && (pluralOfPerson(w) || collectiveNouns[w] || groupNouns[w]) {
			return nil // "Tallis Records fired twelve workers": the workers may be the "they"
		}
	}
	plural := false // "have", "are" or "were" after the name
	for _, t := range x.toks[x.tokAt(np[len(np)-1].s)+1 : rest+1] {
		plural = plural || pluralVerbs[t.low]
	}
	g := x.analyse(np)
	if g.ok() && g.kind == "person" && g.named && !g.honorific && len(g.roles) == 0 && !isDeterminer(np[0].low) && givenGender(strings.Fields(g.name)) == genderUnknown && len(x.names.byLast[strings.ToLower(g.name)]) == 0 && plural {
		// `Big Machine have twice denied it`: a name with no given name
		// that takes a plural verb is a body's (not the surname of a
		// person the text names: "Brek have always farmed here").
		return &Speaker{Name: g.name, Kind: "organization", Named: true}
	}
	if !g.ok() || g.pronoun != "" || !g.named || g.kind != "organization" || g.outlet {
		return nil
	}
	sp := x.speaker(g, np[0].s)
	return &sp
}

// pluralVerbs are verbs whose form after a name shows it taken as many,
// as British English takes a body ("Big Machine have denied it").
var pluralVerbs = text.WordSet("have are were")

// groupRun is the plural of people that opens sent and the words before
// it ("Illinois government officials" before "warn", "Attorneys general"
// before "from"), without a leading determiner; nil if sent opens
// otherwise.
func groupRun(sent []token) []token {
	last := -1
	for k := 0; k < len(sent) && k < 4 && sent[k].word && !prepositions[sent[k].low] && (k == 0 || !sent[k].capitalised()); k++ {
		if w := sent[k].lower(); groupNouns[w] || pluralOfPerson(w) {
			last = k
			break
		}
	}
	if last < 0 || last+1 >= len(sent) {
		return nil
	}
	end := last + 1
	if end+1 < len(sent) && sent[end].word && !sent[end].capitalised() && (prepositions[sent[end+1].low] || sent[end+1].is(",")) && !cueVerbs[sent[end].low] && !auxiliaries[sent[end].low] && !strings.HasSuffix(sent[end].low, "ed") {
		end++ // "Attorneys general from", not "Relatives gathered at"
	}
	np := sent[:end]
	if isDeterminer(np[0].low) {
		np = np[1:]
	}
	if len(np) == 0 || sent[end].word && sent[end].capitalised() {
		return nil
	}
	return np
}
