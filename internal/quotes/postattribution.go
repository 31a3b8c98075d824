package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// dashAttribution reads a name set after a quote with a dash, as in
// lists of reader comments: `"..." ― Marta Quell`.
func dashAttribution(gap []token) (attribution, bool) {
	if len(gap) < 2 || !isDash(gap[0]) {
		return attribution{}, false
	}
	np := gap[1:]
	for len(np) > 0 && isDash(np[0]) {
		np = np[1:]
	}
	name := np
	for k, t := range np {
		if t.is(",") {
			// `― Lena Okafor, mayor of Harbor City`: a role after the name.
			name = np[:k]
			if !isAppositive(trimPunct(np[k+1:])) || len(np)-k > 12 {
				return attribution{}, false
			}
			break
		}
	}
	if len(name) == 0 || len(name) > 6 || !name[0].capitalised() {
		return attribution{}, false
	}
	for _, t := range name {
		if t.word && !t.capitalised() && !isInitial(t) && !nameParticles[t.lower()] && !t.particleName() {
			return attribution{}, false
		}
		if !t.word && !t.is(".") {
			return attribution{}, false
		}
	}
	return attribution{how: attPost, cue: gap[:1], np: trimPunct(np)}, true
}

// creditLine reads a name set after a quote with no verb, ending the
// paragraph, as under a pulled quote: `"..." Sgt. Ruth Calloway, Harbor
// City Police Department`.
func creditLine(gap []token) (attribution, bool) {
	k := 0
	for k < len(gap) && (gap[k].capitalised() || isInitial(gap[k]) || gap[k].particleName() || gap[k].is(".") && k > 0) {
		k++
	}
	name := trimPunct(gap[:k])
	if len(name) < 2 || len(name) > 6 || !endsWithName(name) || k < len(gap) && !gap[k].is(",") || len(gap)-k > 16 {
		return attribution{}, false
	}
	for _, t := range gap[k:] {
		if t.sentenceEnd() || t.word && !t.capitalised() && (cueVerbs[t.low] || questionAux[t.low]) {
			return attribution{}, false
		}
	}
	return attribution{how: attPost, cue: gap[:0], np: trimPunct(gap)}, true
}

// firstBreak is the index of the first comma or sentence end in ts at or
// after from, or len(ts).
func firstBreak(ts []token, from int) int {
	for i := from; i < len(ts); i++ {
		if ts[i].is(",") || ts[i].sentenceEnd() {
			return i
		}
	}
	return len(ts)
}

// isDash reports whether t is a dash or hyphen standing alone.
func isDash(t token) bool {
	return !t.word && (t.w == "—" || t.w == "―" || t.w == "–" || t.w == "-" || t.w == "─")
}

// postAttribution reads `said Lindqvist`, `Lindqvist said`, `a statement ... read`
// right after a quote.
func (x *extractor) postAttribution(post []token) (attribution, bool) {
	if len(post) > 2 && copulas[post[0].low] && (post[1].low == "why" || post[2].low == "why" || post[2].low == "reason") {
		// `"The call of home" is precisely why Rask announced that
		// ...`: the quotation is the subject of "is"; the cue after it
		// reports something else ("was all he said" is his).
		return attribution{}, false
	}
	if len(post) > 0 && isGerund(post[0]) && !post[0].capitalised() && cueAt(post, 0) > 0 {
		// `Voss said: "X," adding that ...`: a participle goes on with
		// the speaker before the quote; it names no one new.
		return attribution{}, false
	}
	if a, ok := asPutIt(post); ok {
		return a, true
	}
	if a, ok := quotedSaying(post); ok {
		return a, true
	}
	i, n := firstCue(post, 40)
	if i < 0 {
		if a, ok := implicitCue(post); ok {
			return a, true
		}
	}
	comma := i > 0 && post[i-1].is(",")
	if i > 1 && auxiliaries[post[i-1].low] && post[i-2].is(",") && post[0].capitalised() && !slices.ContainsFunc(post[:i], func(t token) bool { return relativeWords[t.low] }) {
		// `"...," Ivo Brek, a fellow at ..., has written.`: a name and
		// its appositive, with no clause of its own in it
		comma = true
	}
	long := i > 14 && !comma && appositiveRunsOn(post[:i])
	if i < 0 || (i > 14 && !comma && !long) {
		// A far cue counts only after an appositive: "Prew, director of ..., said".
		return attribution{}, false
	}
	if i > 0 && clauseStarts[post[0].lower()] && !post[0].capitalised() {
		// `"...," when Brennan blasted him`: a new clause, not the attribution.
		return attribution{}, false
	}
	a := attribution{how: attPost, cue: post[i : i+n]}
	var np []token
	if i == 0 && n+1 < len(post) && post[n].word && !post[n].capitalised() && prepositions[post[n].low] && (timeWords[post[n+1].lower()] || isNumeral(post[n+1])) && strings.HasSuffix(post[0].low, "ed") {
		// `"A proper bridge" announced in March, said Orla Fenn`: a
		// participle describing the quoted thing; the cue after the
		// comma names the speaker.
		for j := n; j < len(post) && j <= n+8; j++ {
			if post[j].is(",") {
				return x.postAttribution(post[j+1:])
			}
			if post[j].sentenceEnd() {
				break
			}
		}
		return attribution{}, false
	}
	switch {
	case long:
		np = post[:i] // "Ilse Grath, a hydrologist at the Institute for Rivers, Lakes and Estuaries told"
	case i == 0:
		np = npAfter(post[n:])
	case adjectiveCommas(post[:i]):
		np = post[:i] // "the bespectacled, 71-year-old captain said"
	case i > 1 && isGerund(post[i]) && post[i-1].is(","):
		// `"...," he was able to name two but blanked on the third,
		// saying`: the participle's subject, not the object before it.
		np = subjectOfGerund(post[:i])
	case i > 1 && post[i-1].is(",") && i+n < len(post) && (post[i+n].capitalised() && !timeWords[post[i+n].lower()] || describedAfter(post[i+n:])) && !isGerund(post[i]) && !tellVerbs[post[i].low] && post[i].low != "according" && !slices.ContainsFunc(post[:i], token.capitalised):
		// `"..." than for the rival lines, wrote Ada Holm`: the
		// sentence the quote opens goes on, then an inverted cue; the
		// speaker follows it (not the one "told", nor a source
		// "according to"). So does a description: `"..." to outreach,
		// said a senior official`.
		if np = npAfter(post[i+n:]); np == nil {
			np = subjectBefore(post[:i])
		}
	default:
		np = subjectBefore(post[:i])
	}
	if np == nil {
		return attribution{}, false
	}
	a.np = np
	a.credit = x.creditIn(post[i+n:])
	if strings.EqualFold(a.cue[0].w, "according") && isOutlet(spanText(x.text, np)) {
		// "according to Harbourwire" credits an outlet; look for a speaker further on.
		a.credit = spanText(x.text, dropDeterminer(trimPunct(np)))
		rest := post[i+n+len(np):]
		if b, ok := x.postAttribution(rest); ok {
			b.credit = a.credit
			return b, true
		}
		// No one else is named: the outlet's own reporting is the source.
		a.np, a.outlet = trimPunct(np), true
		return a, true
	}
	return a, true
}

// placedTail reports whether the words after a closing cue are one phrase
// of where or when it was said, up to ten words with no clause of their
// own: "in the campaign's public service announcement", "at a rally on
// Friday".
func placedTail(tail []token) bool {
	if len(tail) == 0 || len(tail) > 10 || !tail[0].word || tail[0].capitalised() || !prepositions[tail[0].low] {
		return false
	}
	for i, t := range tail {
		if !t.word && !(i == len(tail)-1 && t.sentenceEnd()) && !t.is("'s") || t.word && (cueVerbs[t.low] || relativeStops[t.low]) {
			return false
		}
	}
	return true
}

// sentenceEndAttribution reads the attribution that closes the sentence
// around quoted words: `Arlen was hurt in a "cowardly act" and two guards
// were hit, Interim Premier Ivo Marchetti said on Wednesday.` The clause
// after the last comma must be a subject and a cue, with at most a few
// words after it: a name, a named body ("the Harbor Aid campaign"), a
// group ("prosecutors have said", "the judges") or "he", "she" or "they".
func (x *extractor) sentenceEndAttribution(post []token) (attribution, bool) {
	k := len(post) - 1
	for k >= 0 && !post[k].is(",") {
		k--
	}
	if k < 0 {
		return attribution{}, false
	}
	rest := post[k+1:]
	if len(rest) > 1 && isGerund(rest[0]) && rest[0].low == rest[0].w {
		// `were "an act of war" with help from inside, Hollande said,
		// using the acronym`: a participle's clause closes the sentence
		// after the cue; the clause before it holds the attribution.
		j := k - 1
		for j >= 0 && !post[j].is(",") {
			j--
		}
		if j < 0 {
			return attribution{}, false
		}
		rest = post[j+1 : k]
	}
	i, n := firstCue(rest, 12)
	if i == 0 && strings.EqualFold(rest[0].w, "according") && hasCue(post[:k]) {
		// `"a long and lonely winter" at the lighthouse, she told the
		// Lantern, according to Harbour Watch`: the clause before the
		// credit holds the attribution; the credit goes with it.
		a, ok := x.sentenceEndAttribution(post[:k])
		a.credit = x.creditIn(rest)
		return a, ok
	}
	if i <= 0 {
		return x.invertedSentenceEnd(post)
	}
	if isGerund(rest[i]) || len(rest)-i-n > 4 && !placedTail(rest[i+n:]) {
		return attribution{}, false
	}
	np := subjectBefore(rest[:i])
	if np == nil || np[0].s != rest[0].s || !x.namesSomeone(np) && !subjectPronouns[np[0].w] && bareGroup(np) == nil && !describesPeople(np) {
		return attribution{}, false
	}
	return attribution{how: attPost, cue: rest[i : i+n], np: np, partial: true}, true
}

// invertedSentenceEnd reads an inverted cue that closes the sentence
// around quoted words, in one of its last three clauses: `The port "is
// far more careful with money" than the council, which runs the ferry,
// said Omar Lind, a former harbour master.` The clause opens with the cue
// (not a participle, nor "told") and the one after it is named, "the"
// and a person's word, a group or a body ("according to a statement by
// the lawyers" is the statement's); nothing but that one and an
// appositive follows, and no cue comes before it.
func (x *extractor) invertedSentenceEnd(post []token) (attribution, bool) {
	for k, commas := len(post)-1, 0; k >= 0 && commas < 3; k-- {
		if !post[k].is(",") {
			continue
		}
		commas++
		rest := post[k+1:]
		if len(rest) == 0 {
			continue
		}
		n := cueAt(rest, 0)
		if n == 0 || isGerund(rest[0]) || tellVerbs[rest[0].low] || slices.ContainsFunc(rest, isMarkToken) {
			continue
		}
		if hasCue(post[:k]) {
			// `"exciting" ..., he told the Lantern, according to Harbour
			// Spy`: a cue before this one gives the words their speaker.
			return attribution{}, false
		}
		np := npAfter(rest[n:])
		if np == nil || n+len(np) < len(rest) && !rest[n+len(np)].is(",") {
			return attribution{}, false
		}
		if !x.namesSomeone(np) && !describesPeople(np) && bareGroup(np) == nil && !describedAfter(rest[n:]) && !(strings.EqualFold(rest[0].w, "according") && hasDocNoun(np)) {
			return attribution{}, false
		}
		return attribution{how: attPost, cue: rest[:n], np: np, partial: true, credit: x.creditIn(rest[n:])}, true
	}
	return attribution{}, false
}

// namedNotSpoken reports whether quotation c, inside its sentence, is
// the writer's marks on a name or on someone else's words rather than
// words a cue far after it could give their speaker: after a possessive
// ("The mayor's promise of "..."", "Brek's "..." remark"), after a word
// that names or shows ("known as", "a sign reading", "The inquiry found"),
// inside a name ("Tomas "the Hammer" Brek") or set in capitals like a
// title ("The "Iron Lady of the Quay"").
func (x *extractor) namedNotSpoken(c *cand) bool {
	pre := c.pre
	for i, t := range pre {
		if t.word && (namingWords[t.low] || shownWords[t.low]) || possessiveAt(pre, i) {
			return true
		}
	}
	if othersPossessive(pre) {
		return true // "their promise of "...""
	}
	if n := len(pre); n > 0 && (pre[n-1].low == "as" || pre[n-1].low == "with" || pre[n-1].capitalised() && len(c.post) > 0 && c.post[0].capitalised()) {
		return true // "known as", "greeted the crew with "...""
	}
	return x.titleQuote(c)
}

// titleQuote reports whether the words of quotation c are all capitalised
// but for "of", "for", "the" and "and": the name of a work, a law or a
// ship ("The Long Tide", "Clean Quays and Safe Ferries Act").
func (x *extractor) titleQuote(c *cand) bool {
	ts := trimPunct(x.quoteTokens(c))
	return len(ts) > 0 && allCapitalisedOrOf(ts)
}

// possessiveAt reports whether ts[i] ends a possessive: "Brek's",
// "skippers'" (the mark a word of its own or not).
func possessiveAt(ts []token, i int) bool {
	t := ts[i]
	if t.word {
		return possessive(t.w) || strings.HasSuffix(t.w, "s'") || strings.HasSuffix(t.w, "s’")
	}
	return i > 0 && (t.w == "'" || t.w == "’") && strings.HasSuffix(ts[i-1].low, "s") && t.s == ts[i-1].e
}

// othersPossessive reports whether ts, the words before a quotation in its
// sentence, give it to someone by a possessive: a name's right before it
// ("Brek's "...""), or any before a word for what was said ("the dockers'
// demand for "...", "their promise of "..."").
func othersPossessive(ts []token) bool {
	for i := range ts {
		pronoun := ts[i].word && possessivePronouns[ts[i].low]
		if !pronoun && !possessiveAt(ts, i) {
			continue
		}
		next := i + 1
		if next < len(ts) && !ts[next].word {
			next++ // past the mark of "Brek' s" read apart
		}
		if next >= len(ts) && !pronoun || next < len(ts) && ts[next].word && (sayingNouns[ts[next].low] || spokenNouns[ts[next].low]) {
			// (A pronoun right before the quotation is often the
			// writer's for the speaker's own "your": `thanked them for
			// their "touching messages"`.)
			return true
		}
	}
	return false
}

// spokenNouns are words for things said that sayingNouns leave out:
// "slogan", "oath", "message".
var spokenNouns = text.WordSet("slogan slogans motto message messages cry oath vow label claim claims description promises pledges")

// namingWords name a thing or a person before the name: "known as",
// "a sign reading", "with the words", "dubbed", "nicknamed".
var namingWords = text.WordSet("known called named dubbed nicknamed titled entitled reading read words")

// shownWords report what an inquiry or a test found: words it holds are
// its findings, not the words of one reporting them.
var shownWords = text.WordSet("found finds concluded concludes ruled rules showed shows")

// describesPeople reports whether np is "the" and words for a person or
// people: "the judges", "the harbour master".
func describesPeople(np []token) bool {
	if len(np) < 2 || len(np) > 4 || np[0].low != "the" {
		return false
	}
	w := np[len(np)-1].lower()
	return groupNouns[w] || personWord(w) || personWord(strings.TrimSuffix(w, "s"))
}

// describedAfter reports whether the words after an inverted cue are a
// description of a person or people with its article: "a senior
// official", "the harbour master", "a spokesman for the ministry". The
// head noun, before any phrase after it, must be a word the lexicons know
// for a person (roleWord, personNouns, titles, spokesRoles), a group or
// an institution; after "a", personWord's guess from the ending will do
// ("a dock worker"), not after "the" ("the dossier").
func describedAfter(ts []token) bool {
	np := npAfter(ts)
	if len(np) < 2 || np[0].low != "a" && np[0].low != "an" && np[0].low != "the" {
		return false
	}
	for k := 2; k < len(np); k++ {
		if prepositions[np[k].low] {
			np = np[:k] // "a spokesman for the ministry": the spokesman
			break
		}
	}
	if len(np) > 5 {
		return false
	}
	w := np[len(np)-1].lower()
	one := strings.TrimSuffix(w, "s")
	if groupNouns[w] || institutionNouns[w] || listedPersonWord(w) || listedPersonWord(one) {
		return true
	}
	// "said a dock worker": a guess from the word's ending, after "a"
	// only ("says the dossier" is a document).
	return np[0].low != "the" && !docNouns[w] && personWord(w)
}

// asPutIt reads `"...," as a harbour memo put it`: the words after "as"
// up to "put it" (or "puts it") name the speaker.
func asPutIt(post []token) (attribution, bool) {
	if len(post) < 4 || post[0].lower() != "as" {
		return attribution{}, false
	}
	for k := 2; k < len(post) && k <= 12; k++ {
		if w := post[k].lower(); k+1 < len(post) && (w == "put" || w == "puts") && post[k+1].lower() == "it" {
			return attribution{how: attPost, cue: post[k : k+2], np: post[1:k]}, true
		}
		n := cueAt(post, k)
		if n == 0 && rememberVerbs[post[k].low] {
			n = 1 // "as its last skipper Oona Brack remembered": her memory, her words
		}
		end := k + n
		for n > 0 && end < len(post) && post[end].word && !post[end].capitalised() && (timeWords[post[end].low] || adverbs[post[end].low]) {
			end++ // "as Oona Brack remembered yesterday"
		}
		if n > 0 && (end == len(post) || !post[end].word) && (post[1].capitalised() || k <= 7 && asDescribedName(post[1:k])) {
			// `"...," as Dana Hale of Harbour Notes observes.`
			return attribution{how: attPost, cue: post[k : k+n], np: post[1:k]}, true
		}
		if !post[k-1].word && !post[k-1].is(",") {
			break
		}
	}
	return attribution{}, false
}

// appositiveRunsOn reports whether ts, everything between a quote and a
// far cue, is a name and a description of its holder whose closing comma
// the writer left out: `Ilse Grath, a hydrologist at the Carrow-based
// Institute for Rivers, Lakes and Estuaries` before "told".
func appositiveRunsOn(ts []token) bool {
	k := 0
	for k < len(ts) && k < 4 && (ts[k].capitalised() || isInitial(ts[k])) {
		k++
	}
	if k < 2 || k+2 >= len(ts) || !ts[k].is(",") || !personRun(ts[:k]) || hasOrgWord(ts[:k]) {
		return false
	}
	if w := ts[k+1].low; w != "a" && w != "an" && w != "the" {
		return false
	}
	for j, t := range ts[k+1:] {
		if t.sentenceEnd() || isMarkToken(t) || t.word && !t.capitalised() && (questionAux[t.low] || cueAt(ts[k+1:], j) > 0 || subjectPronouns[t.low] || t.low != "and" && relativeStops[t.low]) {
			return false
		}
	}
	return true
}

// rememberVerbs tell words recalled after "as": `"...," as its last
// skipper Oona Brack remembered` (elsewhere, one who remembers a thing
// says nothing).
var rememberVerbs = text.WordSet("remembered remembers recalled recalls")

// asDescribedName reports whether ts, the words between "as" and its cue,
// are a role ending with a name: "its last skipper Oona Brack", "the
// club's captain, Ada Vell".
func asDescribedName(ts []token) bool {
	if len(ts) < 3 || !(isDeterminer(ts[0].low) || ts[0].low == "his" || ts[0].low == "her" || ts[0].low == "their" || ts[0].low == "its") {
		return false
	}
	j := len(ts)
	for j > 1 && (ts[j-1].capitalised() || isInitial(ts[j-1])) {
		j--
	}
	if j == len(ts) || len(ts)-j < 2 || !personRun(ts[j:]) {
		return false
	}
	for _, t := range ts[1:j] {
		if !t.word || t.capitalised() || cueVerbs[t.low] {
			return false
		}
	}
	return true
}

// quotedSaying reads `"...," the news website quoted Samir Taloub as
// saying`: the one quoted speaks, not the one quoting.
func quotedSaying(post []token) (attribution, bool) {
	q := -1
	for i := 0; i < len(post) && i <= 8; i++ {
		if post[i].word && post[i].low == "quoted" {
			q = i
			break
		}
	}
	if q < 0 {
		return attribution{}, false
	}
	if q >= 2 && beForms[post[q-1].low] && q+2 < len(post) && post[q+1].low == "as" && post[q+2].low == "saying" {
		// `"...," al-Rashidi was quoted as saying`: the subject is the one quoted.
		np := post[:q-1]
		if np[0].word && (np[0].capitalised() || np[0].particleName() || isDeterminer(np[0].low) || pronouns[np[0].low] || roleLeadName(np)) {
			return attribution{how: attPost, cue: post[q : q+3], np: np}, true
		}
		return attribution{}, false
	}
	for k := q + 2; k < len(post) && k <= q+16; k++ {
		if w := post[k].low; w == "saying" || w == "as" && k+1 < len(post) && post[k+1].low == "saying" {
			np := post[q+1 : k]
			if len(np) == 0 || !np[0].word || !np[0].capitalised() && !pronouns[objectPronoun(np[0].low)] && !isDeterminer(np[0].low) {
				return attribution{}, false
			}
			return attribution{how: attPost, cue: post[q : q+1], np: np}, true
		}
		if post[k].sentenceEnd() {
			break
		}
	}
	return attribution{}, false
}

// objectPronoun maps "him", "her" and the possessives to the pronouns
// that resolve them.
func objectPronoun(w string) string {
	switch w {
	case "him", "his":
		return "he"
	case "her":
		return "she"
	case "their", "them":
		return "they"
	case "its":
		return "it"
	}
	return w
}

// implicitCue reads an attribution whose verb is not in the cue list but
// whose shape is unmistakable: `"...!" beamed Walter Brenner` or
// `"...," Brenner beamed`, the clause ending right there or after an
// adverb (`he ordered softly`).
func implicitCue(post []token) (attribution, bool) {
	verb := func(t token) bool {
		w := t.lower()
		return t.word && !t.capitalised() && len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s"))
	}
	if len(post) >= 2 && verb(post[0]) && post[1].capitalised() && !timeWords[post[1].lower()] {
		// (not `"The Evening Hour" premiered Feb. 17`: a date)
		np := npAfter(post[1:])
		if np != nil && hasName(np) && len(np) <= 6 {
			return attribution{how: attPost, cue: post[:1], np: np}, true
		}
	}
	for i := 1; i < len(post) && i <= 5; i++ {
		next := i + 1
		if next < len(post) && isAdverb(post[next].lower()) && strings.HasSuffix(post[next].low, "ly") {
			next++ // `"...," he ordered softly.`
		}
		if verb(post[i]) && (next == len(post) || post[next].is(",") || npStops[post[next].lower()]) {
			np := post[:i]
			for _, t := range np {
				if !t.capitalised() && !isInitial(t) && !(len(np) == 1 && pronouns[t.lower()]) {
					return attribution{}, false
				}
			}
			return attribution{how: attPost, cue: post[i : i+1], np: np}, true
		}
	}
	return attribution{}, false
}

// roleLeadName reports whether np is a role in lower case and the name
// after it, "spokesperson Lina Morrow".
func roleLeadName(np []token) bool {
	k := slices.IndexFunc(np, func(t token) bool { return t.capitalised() })
	return k > 0 && isRoleLead(np[:k]) && allNameWords(np[k:])
}
