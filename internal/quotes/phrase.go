package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// isAppositive reports whether a chunk reads as a role after a name:
// "executive director of the Tenants Union", "an economist", "the group's head".
func isAppositive(c []token) bool {
	if len(c) == 0 {
		return false
	}
	w := c[0].lower()
	if strings.HasSuffix(w, "ing") && len(c) > 1 && (titles[c[1].lower()] || personNouns[c[1].lower()]) {
		return true // "managing director of the port", "acting mayor"
	}
	if strings.HasSuffix(w, "ing") || relativeStops[w] || prepositions[w] || clauseStarts[w] || pronouns[w] {
		return false
	}
	if isDeterminer(w) || titles[w] || titles[strings.TrimSuffix(w, ".")] {
		return true
	}
	if len(c) >= 2 && c[0].capitalised() && c[1].word && !c[1].capitalised() && (titles[c[1].low] || personNouns[c[1].low]) {
		return true // "UW professor of biology", "CNN correspondent"
	}
	return !c[0].capitalised() && len(c) >= 2
}

// trailingNP keeps the last noun phrase of ts: from the last clause word or
// preposition on, a capitalised run, pronoun or determiner phrase.
func trailingNP(ts []token) []token {
	start := -1
	for i := len(ts) - 1; i >= 0; i-- {
		lw := ts[i].lower()
		if affiliation[lw] && start == i+1 && i > 0 && !ts[i].capitalised() {
			if ts[i-1].capitalised() {
				continue // "Mira Okafor of Lakeview Dental Group": the name before speaks
			}
			if lw == "of" && relationNouns[ts[i-1].lower()] {
				return nil // "daughter of Okoro": the daughter speaks, not Okoro
			}
		}
		if lw == "on" && start == i+1 && i > 0 && !ts[i].capitalised() && ts[i-1].capitalised() && onBodies[ts[i-1].lower()] {
			continue // "the Council on Farm Relations": one body's name, no person named Relations
		}
		if !ts[i].word || clauseStarts[lw] || prepositions[lw] || (!ts[i].capitalised() && cueVerbs[lw]) {
			break
		}
		if start == i+1 && ts[start].capitalised() && !ts[i].capitalised() && docNouns[lw] {
			break // "On her website Dunmore said": Dunmore speaks, not her website
		}
		if ts[i].capitalised() || pronouns[lw] || isDeterminer(lw) {
			start = i
		}
	}
	if start < 0 || start > 0 && ts[start].capitalised() && placeWords[ts[start-1].low] {
		return nil // "an activist in the headquarters in Donetsk asked": a place
	}
	out := ts[start:]
	for len(out) > 0 && timeWords[out[0].lower()] {
		out = out[1:]
	}
	return out
}

// placePrepositions govern a name that is not the one who speaks: they put
// it beside the speaker ("a fighter appears beside Reyes saying"; "footage
// of Brennan saying" is Brennan), or set a place, a medium or a time ("a
// letter posted on Twitter Tuesday, saying", "in Ulby", "to Tark").
var placePrepositions = text.WordSet("beside besides behind alongside near toward towards against among amid upon on in at to into onto via")

// relationNouns name a person by another: "daughter of Okoro".
var relationNouns = text.WordSet(`daughter son wife husband mother father sister brother widow widower friend
niece nephew cousin uncle aunt grandson granddaughter grandmother grandfather girlfriend boyfriend partner
fiance fiancee spokesman spokeswoman spokesperson lawyer attorney aide adviser advisor member leader head
director chief president chairman chairwoman representative official colleague`)

// affiliation prepositions tie a name to its organisation: "Okafor of Lakeview".
var affiliation = map[string]bool{"of": true, "at": true, "for": true, "from": true}

// npAfter reads an inverted speaker phrase after a cue: `said Paula
// Ortega, Valley Organizer for Harbor Tenants United` keeps the name and a
// role-like appositive; `said Lindqvist, speaking of ...` keeps the name.
func npAfter(ts []token) []token {
	ts = dropParens(ts)
	end := 0
	for end < len(ts) {
		t := ts[end]
		lw := t.lower()
		if !t.word {
			if t.is(",") || t.is(".") || t.is(";") || t.is("(") || t.is("—") || t.is("–") || t.is(":") || t.is("!") || t.is("?") || isMarkToken(t) {
				break
			}
			end++
			continue
		}
		if end > 0 && !t.capitalised() && (npStops[lw] || cueVerbs[lw] || questionAux[lw]) {
			if sourceLink(ts, end) {
				end++ // "said a source familiar with the talks"
				continue
			}
			if j := roleThenName(ts, end); j > 0 {
				return ts[:j] // "said his best friend at college, Ivo Tark, who ..."
			}
			break // "said Brightline chief executive Mara Jovic said in a release"
		}
		if end > 0 && clauseLinks[lw] && end+1 < len(ts) && pronounCue[ts[end+1].lower()] {
			break // "says Harwick as he walks the quay"
		}
		if end > 0 && t.capitalised() && timeWords[lw] && !isDeterminer(ts[end-1].low) {
			break // "said Harwick Monday", but "reads a Wednesday editorial"
		}
		if aboutGroup(ts, end) {
			break // "said one party aide of the Wardens": whom the words are about
		}
		end++
	}
	if end == 0 || end > 12 {
		return nil
	}
	if (end == len(ts) || isMarkToken(ts[end])) && ts[end-1].low == "as" {
		return nil // `blasted Reyes as “a disgrace”`: whom the words are about
	}
	np := ts[:end]
	if end < len(ts) && ts[end].is(",") {
		// An appositive role up to the next break.
		j := end + 1
		for j < len(ts) && !ts[j].is(",") && !ts[j].sentenceEnd() && !ts[j].is(";") && !ts[j].is("(") && !isMarkToken(ts[j]) {
			j++
		}
		c := ts[end+1 : j]
		if (isAppositive(c) || (len(c) > 0 && c[0].capitalised() && hasName(np))) && j <= 40 {
			np = ts[:j]
		} else if !np[0].capitalised() && (len(c) >= 2 || oneWordNameAfter(np, c)) && len(c) <= 4 && allNameWords(c) && !hasOrgWord(c) {
			// `says coast guard commander, Ines Calloway`: the role, then the name.
			np = ts[:j]
		}
	}
	return np
}

// oneWordNameAfter reports whether c, the words after a description's
// comma, is one capitalised name for the person the description ends on:
// "said another spectator, Lenna". A place, a time or a body is not.
func oneWordNameAfter(np, c []token) bool {
	if len(c) != 1 || !c[0].word || !c[0].capitalised() || len(np) < 2 || !isDeterminer(np[0].lower()) {
		return false
	}
	last := np[len(np)-1].lower()
	w := c[0].lower()
	return personWord(last) && !groupNouns[last] && !timeWords[w] && !isPlace(c[0].w) && !orgWords[w] && !titles[w]
}

// roleThenName is where a described speaker whose phrase goes on past
// "at" or "in" ends, when a name follows it between commas: `said his best
// friend at college, Ivo Tark, who` (0 when none does). The phrase opens
// lowercase and the words before the comma are few and lowercase.
func roleThenName(ts []token, at int) int {
	if ts[0].capitalised() || (ts[at].low != "at" && ts[at].low != "in") {
		return 0
	}
	k := at + 1
	for k < len(ts) && k-at <= 3 && ts[k].word && !ts[k].capitalised() {
		k++
	}
	if k == at+1 || k >= len(ts) || !ts[k].is(",") {
		return 0
	}
	j := k + 1
	for j < len(ts) && ts[j].word {
		j++
	}
	c := ts[k+1 : j]
	if len(c) < 2 || len(c) > 4 || !allNameWords(c) || hasOrgWord(c) || j < len(ts) && !ts[j].is(",") && !ts[j].sentenceEnd() {
		return 0
	}
	return j
}

// isMarkToken reports whether t is a double quotation mark.
func isMarkToken(t token) bool {
	if t.word {
		return false
	}
	switch t.w {
	case "\"", "“", "”", "''", "«", "»", "„":
		return true
	}
	return false
}

// isAside reports whether a chunk between a subject and its cue can be
// skipped: an appositive role, a relative clause, an age, a place or time
// ("Marchbank, who runs ..., said", "Brennan, at a later gaggle, said").
func isAside(c []token) bool {
	if len(c) == 0 {
		return true
	}
	w := c[0].lower()
	if isAppositive(c) || relativeStops[w] || prepositions[w] || timeWords[w] || isAsideStart(c) {
		return true
	}
	r := c[0].w[0]
	return len(c) <= 2 && r >= '0' && r <= '9'
}

// dropParens removes parenthesised tokens: "Rep. Nell Stroud (D-Vt.)".
// It also drops a degree or suffix set after a name between commas,
// "Richard Okafor, PhD, a chemist": part of the name, never a speaker.
func dropParens(ts []token) []token {
	has := false
	for i, t := range ts {
		if t.is("(") || postnominalAt(ts, i) {
			has = true
			break
		}
	}
	if !has {
		return ts
	}
	out := make([]token, 0, len(ts))
	depth := 0
	for i, t := range ts {
		switch {
		case t.is("("):
			depth++
		case t.is(")") && depth > 0:
			depth--
		case depth == 0 && postnominalAt(ts, i):
		case depth == 0 && i > 0 && postnominalAt(ts, i-1):
			// the postnominal's word
		case depth == 0:
			out = append(out, t)
		}
	}
	return out
}

// postnominalAt reports whether ts[i] is a comma that opens a degree or
// suffix after a name: ", PhD" in "Richard Okafor, PhD, a chemist".
func postnominalAt(ts []token, i int) bool {
	return ts[i].is(",") && i > 0 && ts[i-1].capitalised() && i+1 < len(ts) && (postnominals[strings.ToLower(strings.ReplaceAll(ts[i+1].w, ".", ""))] || partyTag(ts[i+1].w)) &&
		(i+2 == len(ts) || !ts[i+2].word)
}

// postnominals are degrees and suffixes written after a name.
var postnominals = text.WordSet("phd md jr sr esq dds rn mba mph dphil")

// documentFrom is the author of a document that a participle clause
// describes: "The Harbor Party circulated a statement Monday from its
// pollster, Ines Calloway, conceding ... but urging ...": the pollster's
// words, not the party's. The author's phrase ends the clause before the
// participle, or the participle after it that the later one joins. nil when
// ts has no such phrase.
func documentFrom(ts []token) []token {
	for f := 1; f+1 < len(ts); f++ {
		if ts[f].low != "from" && ts[f].low != "by" {
			continue
		}
		doc := false
		for j := f - 1; j >= 0 && j >= f-3; j-- {
			doc = doc || ts[j].word && !ts[j].capitalised() && docNouns[ts[j].lower()]
		}
		if !doc {
			continue
		}
		end := len(ts)
		for k := f + 2; k < len(ts); k++ {
			if ts[k-1].is(",") && isGerund(ts[k]) {
				end = k
				break
			}
		}
		if np := trimPunct(ts[f+1 : end]); len(np) <= 8 && hasName(np) && !hasVerb(np) {
			return np
		}
		return nil
	}
	return nil
}

// subjectOfGerund finds who speaks with a participle cue: "Brennan asking,"
// (the name right before), "Harwick said, adding," (the subject of the verb
// before), "Voss, a former chairman, poked at Harwick, tweeting," (the subject
// that opens the sentence).
func subjectOfGerund(ts []token) []token {
	ts = dropParens(dropDateline(ts))
	// "It was cheered online, with one reader commenting:": the one after
	// "with" (or after a comma, "..., one writing:") speaks, not the
	// sentence's subject.
	for j := len(ts) - 2; j >= 0 && j >= len(ts)-6; j-- {
		if !ts[j+1].word {
			break
		}
		if ts[j].low == "with" || ts[j].is(",") && len(ts)-j > 2 && (quantifiers[ts[j+1].lower()] || ts[j+1].low == "one" || ts[j+1].low == "another") {
			// "..., one writing:", "..., many adding:"
			return ts[j+1:]
		}
	}
	if np := quotedAs(ts); np != nil {
		return np // "The Courier quoted Ada Holm as saying": Ada Holm
	}
	if np := clauseSubjectBeforePreposition(ts); np != nil {
		return np // "an email in which Gao apologized for saying": Gao
	}
	if np := asToldSubject(ts); np != nil {
		return np // "..., as Colonel Ida Brandt told the Post, saying": Brandt
	}
	if n := len(ts); n > 0 && ts[n-1].capitalised() && !titles[ts[n-1].lower()] {
		if k := n - 1; timeWords[ts[k].lower()] {
			if k > 0 && ts[k-1].capitalised() && timeWords[ts[k-1].lower()] {
				k-- // "on Monday, May 4"
			}
			if k > 1 && timePrepositions[ts[k-1].low] {
				// "released a statement on Monday saying": the day is
				// no one; the clause before it holds the subject.
				return subjectOfGerund(ts[:k-1])
			}
			if k > 1 && ts[k-1].word && !ts[k-1].capitalised() && !prepositions[ts[k-1].low] {
				// "released a statement Wednesday saying": so with no
				// preposition before the day.
				return subjectOfGerund(ts[:k])
			}
		}
		np := trailingNP(ts)
		if k := len(ts) - len(np); len(np) > 0 && k > 0 && placePrepositions[ts[k-1].lower()] {
			// "appears beside Reyes saying", "a letter posted on
			// Twitter Tuesday, saying": the name after the preposition
			// is not the one saying; the subject that opens the sentence
			// may be.
			if np := leadingNP(ts[:k-1]); np != nil && !hasVerb(np) && hasName(np) {
				return np
			}
			return nil
		}
		if k := showingVerbAt(np); k > 0 {
			return np[k+1:] // "The video shows Ada Holm saying": the one shown speaks
		}
		if k := objectVerbAt(np); k > 0 {
			return np[:k] // "Brandt endorsed Harwick saying": the subject speaks
		}
		return np
	}
	if np := heardSubject(ts); np != nil {
		return np // "a call in which a woman is heard saying:"
	}
	end := len(ts)
	for end > 0 && (!ts[end-1].word || adverbs[ts[end-1].lower()] || timeWords[ts[end-1].lower()] && !ts[end-1].capitalised()) {
		end-- // "her aides revealed today, saying": the cue before the time
	}
	if end > 0 {
		if j := end - 1; cueAt(ts, j) > 0 && !isGerund(ts[j]) {
			return subjectBefore(ts[:j])
		}
		if j, n := lastCue(ts[:end]); j > 0 && n > 1 && j+n == end && !isGerund(ts[j]) {
			// "The club released another statement saying": the
			// subject of the cue of several words the participle ends.
			if np := subjectBefore(ts[:j]); np != nil {
				return np
			}
		}
	}
	if np := documentFrom(ts[:end]); np != nil {
		return np
	}
	if np := leadingNP(ts); np != nil {
		return np
	}
	// The clause right before the participle: "When the crew wanted
	// a second ride, Hoverly refused, telling the crew".
	tail := len(ts)
	for tail > 0 && !ts[tail-1].word {
		tail--
	}
	for j := tail - 1; j >= 0; j-- {
		if ts[j].is(",") {
			if last := trimPunct(ts[j+1 : tail]); len(last) > 0 {
				if np := leadingNP(last); np != nil {
					return np
				}
			}
			break
		}
	}
	// A pronoun subject inside the clause: "rather than call the police
	// she gave the intruder a choice, telling him".
	for j := len(ts) - 2; j >= 0; j-- {
		if w := ts[j].low; (w == "he" || w == "she") && ts[j+1].word && !ts[j+1].capitalised() && !cueVerbs[ts[j+1].low] {
			return ts[j : j+1]
		}
	}
	return describedClauseSubject(ts)
}

// describedClauseSubject is the described person, with no name, that
// opens the clause before a participle, after openers of place or time:
// `In the video, an unidentified gunman denounces the council, saying`
// is the gunman's. Nil when the clause opens otherwise.
func describedClauseSubject(ts []token) []token {
	for _, c := range splitComma(ts) {
		c = trimPunct(c)
		if len(c) == 0 {
			continue
		}
		if w := c[0].lower(); prepositions[w] || timeWords[w] {
			continue // "In the video,", "On Monday,"
		}
		np := describedSubject(c)
		if len(np) < len(c) && docNouns[c[len(np)].lower()] {
			return nil // "The hacker message ... telling": the message's words
		}
		return np
	}
	return nil
}

// asToldSubject is the subject of a clause of speech opened by "as" after
// a comma that ends ts, "The army has not confirmed it, as Colonel Ida
// Brandt told the Post on Sunday": the participle after it goes on with
// that speaker, not with the sentence's subject; nil when ts ends
// otherwise.
func asToldSubject(ts []token) []token {
	for j := len(ts) - 3; j > 0 && j >= len(ts)-16; j-- {
		if ts[j].low != "as" || !ts[j-1].is(",") {
			continue
		}
		for k := j + 2; k < len(ts); k++ {
			if !ts[k].word {
				return nil
			}
			if cueAt(ts, k) > 0 && !isGerund(ts[k]) {
				// only "as X told Y": "as the Post reported" tells what
				// the sentence's subject did
				if np := subjectBefore(ts[j+1 : k]); len(np) > 0 && ts[k].low == "told" && hasName(np) {
					return np
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// objectVerbAt is the index of a verb in the past tense between two names,
// "Brandt endorsed Harwick": the name after it is the verb's object; 0
// when there is none.
func objectVerbAt(np []token) int {
	for k := 1; k+1 < len(np); k++ {
		t := np[k]
		if t.word && !t.capitalised() && strings.HasSuffix(t.low, "ed") && np[k-1].capitalised() && np[k+1].capitalised() && !titles[t.low] {
			return k
		}
	}
	return 0
}

// quotedAs is the one quoted when ts ends "quoted NP as" (or "cited"),
// before "saying": `The Courier quoted Ada Holm as saying`, `Reuters
// quoted a spokesman for the ministry as saying`. Nil when ts ends
// otherwise.
func quotedAs(ts []token) []token {
	n := len(ts)
	if n < 3 || ts[n-1].low != "as" {
		return nil
	}
	for k := n - 2; k >= 0 && k >= n-9; k-- {
		t := ts[k]
		if !t.word || t.sentenceEnd() {
			return nil
		}
		if quotingVerbs[t.low] && !t.capitalised() {
			if k+1 >= n-1 || k > 0 && passiveAux[ts[k-1].low] {
				return nil
			}
			np := ts[k+1 : n-1]
			for e, u := range np {
				if e > 0 && (prepositions[u.low] && u.low != "of" && u.low != "for" || timeWords[u.lower()] || !u.word) {
					np = np[:e] // "quoted her out of context as", "quoted him last week as"
					break
				}
			}
			switch w := np[0]; {
			case w.low == "her" && len(np) > 1 && slices.ContainsFunc(np[1:], func(t token) bool {
				return t.word && !t.capitalised() && (personWord(t.low) || kinWords[t.low] || speakerNoun(t.low))
			}):
				return np // "quoted her husband as": a possessive, her husband speaks
			case w.low == "him" || w.low == "her" || w.low == "them":
				return np[:1] // "quoted her out of context as"
			case !w.capitalised() && !isDeterminer(w.low) && !slices.ContainsFunc(np, func(t token) bool { return speakerNoun(t.lower()) }):
				// "quoted local tribal sources as" names people; a lower-case
				// start that names none quotes no one we can tell
				return nil
			}
			return np
		}
	}
	return nil
}

// quotingVerbs report another's words: "quoted X as saying".
var quotingVerbs = text.WordSet("quoted quotes quoting cited cites citing")

// showingVerbAt is the index in np of a verb that shows or quotes the
// name after it, "featured", "shows", "quoted": "The clip shows Ada Holm"
// before "saying" is Ada Holm saying, where "Brandt endorsed Harwick"
// is Brandt. 0 when there is none, or when no capitalised name follows.
func showingVerbAt(np []token) int {
	for k := 1; k+1 < len(np); k++ {
		if t := np[k]; t.word && !t.capitalised() && showingVerbs[t.low] && np[k+1].capitalised() && hasName(np[k+1:]) {
			return k
		}
	}
	return 0
}

// showingVerbs put someone before the reader's eyes or ears: the one they
// show is the one saying what a gerund after the name reports.
var showingVerbs = text.WordSet("featured features showed shows depicted depicts pictured captured filmed recorded quoted quotes heard hears overheard caught")

// heardSubject is the subject of a passive verb of perception right before
// a participle, "a woman is heard", "the mayor was seen": the one heard
// saying the words; nil when ts does not end so.
func heardSubject(ts []token) []token {
	end := len(ts)
	for end > 0 && (!ts[end-1].word || isAdverb(ts[end-1].lower())) {
		end--
	}
	if end < 3 || !perceivedVerbs[ts[end-1].low] || !passiveAux[ts[end-2].low] {
		return nil
	}
	np := trailingNP(ts[:end-2])
	if len(np) == 0 || pronouns[np[0].lower()] && len(np) == 1 && np[0].low == "it" {
		return nil
	}
	return np
}

// perceivedVerbs and passiveAux make "is heard", "was seen", "be caught".
var (
	perceivedVerbs = text.WordSet("heard seen caught filmed recorded shown overheard")
	passiveAux     = text.WordSet("is was are were be been being")
)

// leadingNP is the noun phrase that opens a sentence, after any opening
// phrase set off by a comma: a capitalised name with its appositive.
func leadingNP(ts []token) []token {
	ts = dropDateline(ts)
	parts := splitComma(ts)
	for i, c := range parts {
		c = trimPunct(c)
		if len(c) > 1 && (c[0].low == "but" || c[0].low == "and" || c[0].low == "so") && c[1].capitalised() {
			c = c[1:] // "But Finley, who ...": the name after the conjunction
		}
		if len(c) == 0 || isNumeral(c[0]) && len(c) == 1 {
			continue // "On Sept. 23, 1896, Queen Maud ..."
		}
		w := c[0].lower()
		if prev := trimPunct(parts[max(i-1, 0)]); i > 0 && i+1 < len(parts) && len(prev) > 0 && c[0].capitalised() && (docNouns[prev[len(prev)-1].lower()] || workNouns[prev[len(prev)-1].lower()] || titledWorks[prev[len(prev)-1].lower()]) {
			continue // "In his second book, The Salt of Hope, Vell writes": the title of the book
		}
		if (quantifiers[w] || w == "one") && len(c) > 1 && c[1].low == "of" && i+1 < len(parts) {
			continue // "One of those ministers, Sir Ivo Marsh, ..."
		}
		if prepositions[w] || timeWords[w] || w == "according" || clauseStarts[w] && !c[0].capitalised() {
			continue // "According to a source, a nurse ... confirmed"
		}
		if prepositions[w] || clauseStarts[w] || adverbs[w] || openers[w] || participleOpeners[w] && len(c) > 1 && prepositions[c[1].low] {
			// "Based on two weeks of tests, Carran Rail said": the
			// participle's phrase is no subject.
			if i+1 < len(parts) {
				continue
			}
			return nil
		}
		end := 0
		for end < len(c) && (c[end].capitalised() || isInitial(c[end]) || end == 0 && isDeterminer(w) || nameParticles[c[end].lower()] || end > 0 && titles[c[end].lower()] ||
			end > 0 && c[end].low == "and" && end+1 < len(c) && titles[c[end+1].lower()]) { // "Actress and activist Rose Hale"
			end++
			if possessive(c[end-1].w) {
				break
			}
		}
		// "Stroud's campaign", "The spokesman", "Dunmore's aunt", "a
		// nurse": a head noun after the name or the determiner.
		for end < len(c) && end <= 4 && (orgNouns[c[end].lower()] || docNouns[c[end].lower()] || titles[c[end].lower()] || relationNouns[c[end].lower()] || personNouns[c[end].lower()]) && !c[end].capitalised() {
			end++
		}
		if end > 0 && possessive(c[end-1].w) {
			// "The Northern League's foreign policy chief": the role the
			// body's name qualifies, a few words on.
			for k := end; k < len(c) && k <= end+3 && c[k].word && !c[k].capitalised(); k++ {
				if lw := c[k].lower(); titles[lw] || personNouns[lw] || relationNouns[lw] {
					end = k + 1
					break
				}
			}
		}
		if n := end; n > 0 && n < len(c) && !c[n-1].capitalised() && (titles[c[n-1].lower()] || personNouns[c[n-1].lower()]) && c[n].capitalised() && !timeWords[c[n].lower()] && !possessive(c[n-1].w) {
			// "Police union spokesman Ivo Tark": the role before the
			// name, and the name.
			for n < len(c) && n-end < 4 && (c[n].capitalised() || isInitial(c[n])) {
				n++
				if possessive(c[n-1].w) {
					n = end // "spokesman Tark's deputy": not Tark
					break
				}
			}
			end = n
		}
		if end > 1 && end < len(c) && isDeterminer(w) && c[end-1].capitalised() && !c[end].capitalised() && c[end].word && personWord(c[end].lower()) && (end+1 == len(c) || !c[end+1].word || !c[end+1].capitalised()) {
			end++ // "The Vermont lawmaker": a place qualifies the person
		}
		if end == 1 && isDeterminer(w) {
			// "The same masked fighter who appeared …": a described
			// person, the determiner, a few modifiers and the head noun
			// before a relative pronoun or a verb.
			k := 1
			for k < len(c) && k <= 4 && c[k].word && !c[k].capitalised() && !relativeStops[c[k].lower()] && !prepositions[c[k].lower()] && !cueVerbs[c[k].low] && !auxiliaries[c[k].lower()] {
				k++
			}
			if k > 1 && k < len(c) && (relativeStops[c[k].lower()] || auxiliaries[c[k].lower()]) && personWord(c[k-1].lower()) && !docNouns[c[k-1].lower()] {
				end = k
			}
		}
		if end == 0 || (!hasName(c[:end]) && !(isDeterminer(w) && end > 1)) {
			return nil
		}
		if end == 2 && groupOfNouns[c[1].low] {
			if m := groupMembers(c); m != nil {
				end = 3 + len(m) // "A group of top engineers from ...": the engineers
			}
		}
		return c[:end]
	}
	return nil
}

// isAdverb reports whether w may sit between a subject and its verb.
func isAdverb(w string) bool {
	return adverbs[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "family" && w != "italy"
}

// isGerund reports whether a cue is a participle ("adding", "saying").
func isGerund(t token) bool {
	w := t.lower()
	return strings.HasSuffix(w, "ing") && w != "according"
}

// gerundPrepositions put a participle after a verb of its subject:
// "apologized for saying", "ended by warning".
var gerundPrepositions = text.WordSet("for by after before without while")

// clauseSubjectBeforePreposition reads a clause that ends in a verb and a
// preposition before the participle, its subject a name right before the
// verb: `an email from Gao, in which Gao apologized for` (saying ...).
// The clause opens the text or follows a comma or a word that opens a
// clause ("which", "and"); nil otherwise.
func clauseSubjectBeforePreposition(ts []token) []token {
	n := len(ts)
	if n < 3 || !gerundPrepositions[ts[n-1].low] {
		return nil
	}
	v := ts[n-2]
	if !v.word || v.capitalised() || !strings.HasSuffix(v.low, "ed") && !strings.HasSuffix(v.low, "s") || adverbs[v.low] || beForms[v.low] {
		return nil
	}
	if !ts[n-3].capitalised() || titles[ts[n-3].lower()] {
		return nil
	}
	np := trailingNP(ts[:n-2])
	k := n - 2 - len(np)
	if len(np) == 0 || !hasName(np) || k > 0 && !ts[k-1].is(",") && !clauseStarts[ts[k-1].low] && ts[k-1].low != "which" && ts[k-1].low != "whom" {
		return nil
	}
	return np
}

// isAsideStart reports whether a chunk opens with a participle: "noting
// the size of his following".
func isAsideStart(c []token) bool {
	return len(c) > 0 && !c[0].capitalised() && isGerund(c[0])
}

// dropDateline drops the dateline that opens a story's first sentence,
// "ULBY, Marshland — ", "ULBY (Wire) — " or "ULBY, March 3 (Wire) — ": a
// place in capitals, not the sentence's subject.
func dropDateline(ts []token) []token {
	if len(ts) < 3 || !ts[0].word || len(ts[0].w) < 3 || !isUpperWord(ts[0].w) {
		return dropCreditedPlace(ts)
	}
	for k := 1; k < len(ts) && k <= 10; k++ {
		switch t := ts[k]; {
		case t.is("—") || t.is("–") || t.is("-"):
			return ts[k+1:]
		case t.word && !t.capitalised() && !isNumeral(t) || t.sentenceEnd() || isMarkToken(t):
			return ts
		}
	}
	return ts
}

// dropCreditedPlace drops a dateline written in capitals and lower case
// with the agency in brackets: "Kessport (Harbourwire) – ", "New
// Carran, Ostland (Wire) — ". The brackets tell it from a subject.
func dropCreditedPlace(ts []token) []token {
	if len(ts) < 6 || !ts[0].capitalised() && !(ts[0].opener && ts[0].word) || knownFirstName(ts[0]) || titleToken(ts[0]) {
		return ts // "Ada Holm (Labour) – ...", "Senator Lamm (R) - ...": a person
	}
	k := 1
	for k < len(ts) && k <= 4 && (ts[k].capitalised() || ts[k].is(",")) {
		k++
	}
	if k >= len(ts) || !ts[k].is("(") {
		return ts
	}
	j := k + 1
	for j < len(ts) && j <= k+3 && ts[j].word && (ts[j].capitalised() || isUpperWord(ts[j].w)) && !strings.Contains(ts[j].w, "-") && len(ts[j].w) > 1 && !partyLabels[ts[j].lower()] {
		j++
	}
	if j == k+1 || j+2 >= len(ts) || !ts[j].is(")") || !isDash(ts[j+1]) || !ts[j+2].capitalised() && !(ts[j+2].opener && ts[j+2].word) {
		return ts
	}
	if j == k+2 && initialsOf(ts[j-1].w, ts[:k]) {
		return ts // "Harbor Workers Union (HWU) – ...": a body and its initials
	}
	for _, t := range ts[j+2:] {
		if isDash(t) {
			return ts // "(Labour) – the frontrunner – promised": an aside between dashes
		}
	}
	return ts[j+2:]
}

// partyLabels stand in brackets after a politician's name: "(Labour)",
// "(R)".
var partyLabels = text.WordSet("labour conservative conservatives liberal liberals green greens democrat democrats republican republicans independent tory snp")

// initialsOf reports whether w is the initials of the capitalised words of ts.
func initialsOf(w string, ts []token) bool {
	var b strings.Builder
	for _, t := range ts {
		if t.word && t.capitalised() {
			r, _ := utf8.DecodeRuneInString(t.w)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.Len() >= 2 && strings.EqualFold(b.String(), w)
}

// aboutGroup reports whether ts[i] is the "of" of `said one aide of the
// Republicans`: after a description of one person, a group the words are
// about, not the person's employer ("a spokesman of the Navy").
func aboutGroup(ts []token, i int) bool {
	if i == 0 || ts[i].low != "of" || i+2 >= len(ts) || ts[i+1].low != "the" {
		return false
	}
	prev, group := ts[i-1], ts[i+2]
	if !prev.word || prev.capitalised() || !personWord(prev.lower()) || !group.capitalised() || !strings.HasSuffix(group.w, "s") {
		return false
	}
	return ts[0].low == "one" || ts[0].low == "a" || ts[0].low == "an"
}

// sourceLink reports whether ts[k] joins an unnamed source's noun to what
// it knows: "familiar with", "with knowledge of", "close to".
func sourceLink(ts []token, k int) bool {
	if k < 2 || k+1 >= len(ts) || ts[k+1].capitalised() || ts[k-1].capitalised() {
		// "said Ivo Lamm with direct reference to", "a lawyer familiar
		// with Brannock Holdings": a name's aside, or a body that is
		// not the one speaking.
		return false
	}
	prev, next := ts[k-1].low, ts[k+1].low
	switch ts[k].low {
	case "with":
		if strings.HasPrefix(prev, "famil") {
			return (sourceNouns[ts[k-2].lower()] || personWord(ts[k-2].low)) && (isDeterminer(next) || possessivePronouns[next])
		}
		return (next == "knowledge" || next == "direct" && k+2 < len(ts) && ts[k+2].low == "knowledge") && sourceNouns[prev]
	case "to":
		return prev == "close" && sourceNouns[ts[k-2].lower()] && (isDeterminer(next) || possessivePronouns[next])
	}
	return false
}
