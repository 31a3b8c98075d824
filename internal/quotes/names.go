package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// ref is a speaker phrase as written next to a quote, analysed.
type ref struct {
	text    string // the phrase as written
	span    corroborate.Span
	name    string // the proper name or description, titles removed
	kind    string
	roles   []string
	pronoun string // lower case, when the phrase is a pronoun
	named   bool
	outlet  bool
	gender  gender
	// honorific: the name was written with a courtesy title, "Mr Tally".
	honorific bool
}

func (r ref) ok() bool { return r.text != "" }

// questionAux open a question before its subject: "Did the mayor say ...".
var questionAux = text.WordSet("did does do has have had will would can could should is was were")

// isNumeral reports whether t is a word of digits only: "2" in "KITE 5 News".
func isNumeral(t token) bool {
	if !t.word || t.w == "" {
		return false
	}
	for _, r := range t.w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// placeAdverbs open a sentence in a subject's place and name no one:
// "Here's all the details", "There was no answer".
var placeAdverbs = text.WordSet("here there here's there's")

// copularClause reports whether np is a clause of being rather than a
// phrase naming someone: "the winners are those who can", a form of "be"
// followed by a determiner before any relative word ("the man who is
// the mayor" keeps its relative clause).
func copularClause(np []token) bool {
	for k := 1; k+1 < len(np); k++ {
		w := np[k].low
		if relativeStops[w] || np[k].is(",") {
			return false
		}
		if (w == "is" || w == "are" || w == "was" || w == "were") && (isDeterminer(np[k+1].low) || np[k+1].low == "those" || np[k+1].low == "these") {
			return true
		}
	}
	return false
}

// analyse reads a speaker phrase: a pronoun, a person with titles and
// appositive roles, an organisation, a document, or a description.
func analyse(text string, np []token) ref {
	np = trimPunct(np)
	if len(np) > 2 && np[1].low == "caption" && captionKinds[np[0].low] && np[2].capitalised() {
		// "Media caption Jo Blake: '...'", a page's label on a video: the
		// one speaking in it.
		np = np[2:]
	}
	for len(np) > 1 && (clauseStarts[np[0].lower()] || questionAux[np[0].lower()] || openers[np[0].lower()]) {
		np = trimPunct(np[1:])
	}
	np = afterPrepositionWhich(np)
	if n := len(np); n > 1 && (np[n-1].low == "who" || np[n-1].low == "which") && embeddedAskers[np[n-2].low] {
		// "Harper first learned who had written it": a question the
		// sentence tells of, no one named as the one who wrote.
		return ref{}
	}
	if len(np) == 0 || placeAdverbs[np[0].lower()] {
		// "Here's all the details ...": a sentence opener, not a speaker.
		return ref{}
	}
	if len(np) == 1 && relativeStops[np[0].low] || copularClause(np) {
		// `a course ... that claims to treat men who "..."`, `the winners
		// are those who can say: "..."`: a relative pronoun or a clause
		// of being, no one named.
		return ref{}
	}
	if len(np) > 2 && (np[0].low == "he" || np[0].low == "she" || np[0].low == "they") && np[1].word && !np[1].capitalised() && np[1].low != "and" && np[1].low != "or" && !hasName(np) {
		// "when asked why she would not allow it, replied": a clause
		// the pronoun opens is no one's name; the pronoun is the one.
		np = np[:1]
	}
	np = cutReducedRelative(np)
	r := ref{text: spanText(text, np), span: corroborate.Span{Start: np[0].s, End: np[len(np)-1].e}}
	if len(np) == 1 && pronouns[objectPronoun(np[0].low)] {
		r.pronoun = objectPronoun(np[0].low)
		r.kind = "person"
		switch r.pronoun {
		case "he":
			r.gender = genderMale
		case "she":
			r.gender = genderFemale
		case "it":
			r.kind = "organization"
		}
		return r
	}
	if adjectiveCommas(np) {
		// "the bespectacled, 71-year-old captain": one description.
		np = slices.DeleteFunc(slices.Clone(np), func(t token) bool { return t.is(",") })
	}
	chunks := joinPlaceChunks(splitComma(np))
	head := trimPunct(chunks[0])
	var roles []string
	if coordinated(chunks) {
		// "Ada Holm, her crew, and others": a list, not a name and
		// its roles.
		chunks = chunks[:1]
	}
	for _, c := range chunks[1:] {
		if c := trimPunct(c); len(c) > 1 && c[0].word && prepositions[c[0].low] && timeWords[c[len(c)-1].lower()] && onlyTimeNames(c) {
			continue // "Pruitt, on Wednesday, said": a time, no role
		}
		if c := trimPunct(c); asideChunk(c) {
			continue // "Holm, for her part, said", "Holm, however,": no role
		}
		if role := roleText(text, c); role != "" {
			roles = append(roles, role)
		}
	}
	// "the group's director, John Smith": the name is in the appositive.
	if len(chunks) > 1 && (!hasName(head) || possessorsTitle(head) || qualifiedTitle(head) || describedOf(head)) {
		if nc := trimPunct(chunks[1]); hasName(nc) && nc[0].capitalised() && (!hasName(head) || personRun(nc) && !hasOrgWord(nc)) {
			roles = append([]string{roleText(text, head)}, roles[min(1, len(roles)):]...)
			head = nc
		}
	}
	if len(head) == 0 {
		return ref{}
	}
	nick := ""
	for j := 1; j+3 < len(head); j++ {
		if k := nicknameInName(text, head, j); k > 0 {
			// `founder Ada "Gull" Holm`: the name is Ada Holm.
			nick = text[head[j].s:head[k].s]
			head = append(append(make([]token, 0, len(head)), head[:j]...), head[k:]...)
			break
		}
	}
	if members := groupMembers(head); members != nil {
		// "A group of senior engineers": the engineers speak.
		head = members
	}
	if pair, ok := namedPair(text, head); ok {
		// "Judge Ada Holm and Judge Ivo Lund said": both speak.
		pair.text, pair.span = r.text, r.span
		pair.roles = dedupe(append(pair.roles, roles...))
		return pair
	}
	analyseHead(text, head, &r)
	if body := dropDeterminer(head); r.kind == "person" && r.pronoun == "" && len(body) >= 3 && body[0].capitalised() && allCapitalisedOrOf(body) && groupBeforeOf(body) && bodyAppositive(chunks[1:]) {
		// "Wardens of Grey Harbour, a folk band that was playing,
		// said": the appositive makes the whole name a body's. Not a
		// name before "of" (groupBeforeOf): "Ivo Lund of Carrow
		// Shipping, a haulage firm," is a person of a firm.
		r.name, r.kind, r.named, r.gender = spanText(text, body), "organization", true, genderUnknown
		r.roles = slices.DeleteFunc(r.roles, func(role string) bool { return strings.HasPrefix(role, "for ") || strings.HasPrefix(role, "of ") })
	}
	if nick != "" {
		r.name = strings.Replace(r.name, nick, "", 1)
	}
	if n := len(head); n > 2 && (head[0].low == "one" || head[0].low == "a" || head[0].low == "an") && r.kind == "organization" && head[n-1].word && !head[n-1].capitalised() && personWord(head[n-1].lower()) {
		// "one Senate party aide": a person the body's name describes,
		// not the body.
		r.name, r.kind, r.named, r.outlet = spanText(text, head[1:]), "person", false, false
	}
	if strings.TrimSpace(r.name) == "" {
		if w := head[0].low; len(head) > 1 || w == "a" || w == "an" || w == "the" {
			return ref{} // "a": an article names no one
		}
		r.name = head[0].w // "tweeted another"
	}
	r.roles = append(r.roles, roles...)
	r.roles = dedupe(r.roles)
	for _, role := range r.roles {
		if g := roleGender(role); g != genderUnknown && r.gender == genderUnknown {
			r.gender = g
		}
	}
	return r
}

// embeddedAskers are verbs whose object may be a question, "learned who
// had written it", "asked which had said so".
var embeddedAskers = text.WordSet("know knew learn learned learnt ask asked wonder wondered discover discovered")

// describedHolder reports whether ts is an article in lower case and a
// few lower-case words ending in a word for a person or an office: "the
// mayor", "a senior director".
func describedHolder(ts []token) bool {
	if len(ts) < 2 || len(ts) > 4 || ts[0].capitalised() || !isDeterminer(ts[0].low) || ts[0].low == "his" || ts[0].low == "her" {
		return false
	}
	for _, t := range ts[1:] {
		if !t.word || t.capitalised() {
			return false
		}
	}
	return listedPersonWord(ts[len(ts)-1].low)
}

// listedPersonWord reports whether w is a word the lexicons list for a
// person or an office (roleWord, titles, personNouns, spokesRoles), not a
// guess from its ending as personWord makes.
func listedPersonWord(w string) bool {
	return roleWord(w) || titles[w] || personNouns[w] || spokesRoles[w]
}

// describedOf reports whether head is a description, "of" or "for" and
// one name: "the mayor of Kessport", whose name may follow in an
// appositive ("the mayor of Kessport, Ada Holm").
func describedOf(head []token) bool {
	for i := 2; i < len(head)-1; i++ {
		if w := head[i].low; (w == "of" || w == "for") && !head[i].capitalised() {
			return describedOfAt(head, i)
		}
	}
	return false
}

// describedOfAt reports whether head[:i] is a description (describedHolder)
// and head[i] the "of" or "for" that joins it to one name (placeOrPerson).
func describedOfAt(head []token, i int) bool {
	w := head[i].low
	return (w == "of" || w == "for") && !head[i].capitalised() && i+1 < len(head) && describedHolder(head[:i]) && placeOrPerson(head[i+1:])
}

// placeOrPerson reports whether ts, after the "of" or "for" of a
// description, is one name and nothing after it: an optional "the" and
// capitalised words with no organisation's word, no title and no given
// name inside ("Kessport", "Ada Holm"; not "police Ivo Tark" nor
// "Kessport Ada Holm", where the name after the role is the speaker's).
func placeOrPerson(ts []token) bool {
	if len(ts) > 0 && ts[0].low == "the" {
		ts = ts[1:]
	}
	if len(ts) == 0 || len(ts) > 4 || !allNameWords(ts) || hasOrgWord(ts) || possessive(ts[len(ts)-1].w) {
		return false
	}
	for k, t := range ts {
		if titleToken(t) || k > 0 && knownFirstName(t) {
			return false
		}
	}
	return true
}

// groupBeforeOf reports whether the words of body before its "of" name
// a group rather than a person: one word ("Wardens of Grey Harbour") or
// a word for a kind of people before a plural ("Young Farmers of
// Ostland", "Disabled Workers of ...").
func groupBeforeOf(body []token) bool {
	switch {
	case len(body) > 1 && body[1].low == "of":
		return true
	case len(body) > 2 && body[2].low == "of":
		first, second := body[0].lower(), body[1].lower()
		return (strings.HasSuffix(first, "ed") || groupAdjectives[first]) && strings.HasSuffix(second, "s")
	}
	return false
}

// groupAdjectives qualify a group in a body's name: "Young Farmers".
var groupAdjectives = text.WordSet("young old united free new national global royal independent working")

// bodyHeads end a body's name before its "for": "Observatory for Human
// Rights", "Centre for Coastal Studies" (besides orgWords).
var bodyHeads = text.WordSet("observatory academy forum project initiative movement partnership centre center institute")

// allCapitalisedOrOf reports whether ts are capitalised words joined by
// lower-case "of", "for", "the" or "and": "Wardens of Grey Harbour".
func allCapitalisedOrOf(ts []token) bool {
	for _, t := range ts {
		if !t.word || !t.capitalised() && t.low != "of" && t.low != "for" && t.low != "the" && t.low != "and" {
			return false
		}
	}
	return true
}

// bodyAppositive reports whether the first of chunks, the appositives
// after a name, says what kind of body the name is: "a folk band that
// was playing", "an American rock band", "the charity".
func bodyAppositive(chunks [][]token) bool {
	if len(chunks) == 0 {
		return false
	}
	c := trimPunct(chunks[0])
	if len(c) < 2 || !isDeterminer(c[0].low) || c[0].capitalised() {
		return false
	}
	// The kind is the appositive's head noun: the last word before a
	// preposition, a relative word or its end ("a member of the
	// council" is a person).
	end := 1
	for end < len(c) && c[end].word && !prepositions[c[end].low] && !relativeStops[c[end].low] {
		end++
	}
	w := c[end-1].lower()
	return bodyKinds[w] || orgNouns[w] && w != "police" && w != "staff"
}

// bodyKinds are kinds of body an appositive may give a name: "a folk
// band", "a charity".
var bodyKinds = text.WordSet("band orchestra choir club charity trio duo quartet label brand startup retailer chain airline carrier manufacturer maker publisher studio")

// groupMembers is the plural noun phrase of the people a collective
// opens, "A group of senior engineers from around the world" -> "senior
// engineers"; nil when head is no such phrase.
func groupMembers(head []token) []token {
	if len(head) < 4 || !isDeterminer(head[0].low) || !groupOfNouns[head[1].low] || head[2].low != "of" {
		return nil
	}
	end := 3
	for end < len(head) && head[end].word && !head[end].capitalised() && !prepositions[head[end].low] && end < 6 {
		end++
	}
	if end == 3 || !pluralOfPerson(head[end-1].low) {
		return nil
	}
	return head[3:end]
}

// groupOfNouns are nouns of a number of people that speak as one:
// "a group of scientists said".
var groupOfNouns = text.WordSet("group team panel coalition handful number couple dozen bunch delegation band")

// namedPair reads a subject that joins two people's names with "and",
// "Judge Ada Holm and Judge Ivo Lund", as the pair: one speaker named
// "Ada Holm and Ivo Lund" holding the roles of both. Either side must read
// as a named person by itself, so "Johnson and Johnson" or "Health and
// Human Services" stay one name.
func namedPair(text string, head []token) (ref, bool) {
	k := slices.IndexFunc(head, func(t token) bool { return t.low == "and" })
	if k < 2 || k+3 > len(head) || !head[k-1].capitalised() || !head[k+1].capitalised() || slices.ContainsFunc(head[k+1:], func(t token) bool { return t.low == "and" || !t.word }) {
		return ref{}, false
	}
	var left, right ref
	analyseHead(text, head[:k], &left)
	analyseHead(text, head[k+1:], &right)
	for _, r := range []ref{left, right} {
		if !r.named || r.kind != "person" || r.outlet || r.pronoun != "" || !strings.Contains(r.name, " ") && len(r.roles) == 0 {
			return ref{}, false
		}
	}
	return ref{name: left.name + " and " + right.name, kind: "person", named: true, roles: dedupe(append(left.roles, right.roles...))}, true
}

// cutTrailingPlace drops the place after a name: "the Humane Society of
// Wexcombe Bay in Norland" is the society, "Ada Holm in Ulby" is Ada Holm.
// The place is where the speaker is, not who speaks; "Tobias in December"
// is a time, left to the reading of the name.
func cutTrailingPlace(head []token) []token {
	i := len(head) - 1
	for i > 0 && (head[i].capitalised() || head[i].low == "the" || isNumeral(head[i]) && head[i-1].capitalised()) {
		i--
	}
	if i == len(head)-1 || i == 0 || head[i].low != "in" && head[i].low != "outside" || !head[i+1].capitalised() || timeWords[head[len(head)-1].lower()] {
		return head
	}
	if !head[i-1].capitalised() && head[i-1].word && roleWord(head[i-1].low) && (head[0].low == "one" || head[0].low == "a" || head[0].low == "an") {
		// "one Harbour Union official in Kelmford": a person the body
		// describes, where he works; the town does not speak.
		return head[:i]
	}
	if !head[i-1].capitalised() || !hasName(head[:i]) {
		return head
	}
	return head[:i]
}

// partitive reports whether low opens with one of a number: "the first
// of many", "one of the" before the noun of a document.
func partitive(low []string) bool {
	if len(low) > 0 && isDeterminer(low[0]) {
		low = low[1:]
	}
	return len(low) > 2 && partitiveWords[low[0]] && low[1] == "of" && !slices.ContainsFunc(low[2:], isPreposition)
}

var partitiveWords = text.WordSet("first second third last latest one another each")

// qualifiedTitle reports a description with a determiner whose
// capitalised words qualify a lower-case word for a person: "the
// Ukrainian leader", "a Vermont senator". The name in an appositive after
// it is the person's ("the Ukrainian leader, Pavlo Marchenko").
func qualifiedTitle(ts []token) bool {
	n := len(ts)
	if n < 3 || n > 5 || !isDeterminer(ts[0].low) || !ts[n-1].word || ts[n-1].capitalised() || !personWord(ts[n-1].low) {
		return false
	}
	return ts[1].capitalised() && !possessive(ts[n-2].low)
}

// possessorsTitle reports whether words are a title a capitalised possessor
// qualifies, and no name: "Norland's prime minister", "the Tenants Union's
// director", "Interpol's head". Before an appositive name, the title is
// the role.
func possessorsTitle(ts []token) bool {
	n := len(ts)
	if n < 2 || ts[n-1].capitalised() || !ts[n-1].word {
		return false
	}
	if last := ts[n-1].lower(); !personWord(last) && !personWord(strings.TrimSuffix(last, "s")) && last != "head" {
		return false // "Carrey's tweets", "Monday's hearing": no title
	}
	for i, t := range ts {
		rest := ts[i+1:]
		if bare := bareApostrophe(ts, i); bare || possessive(t.low) && t.capitalised() && !contractions[t.lower()] && !timeWords[stripPossessive(t.lower())] {
			if bare {
				rest = ts[i+2:]
			}
			for _, u := range rest {
				if u.capitalised() || !u.word {
					return false
				}
			}
			return true
		}
	}
	return false
}

// bareApostrophe reports a capitalised word ending in s at ts[i] made
// possessive by the apostrophe alone, a mark of its own right after it:
// "Holmes' executive director".
func bareApostrophe(ts []token, i int) bool {
	t := ts[i]
	return i+1 < len(ts) && t.word && t.capitalised() && len(t.low) > 2 && strings.HasSuffix(t.low, "s") && (ts[i+1].w == "'" || ts[i+1].w == "’") && ts[i+1].s == t.e
}

// contractions are a word and "is", not a possessor: "It's not unusual".
var contractions = text.WordSet("it's it’s that's that’s he's he’s she's she’s there's there’s here's here’s what's what’s who's who’s")

// listJoiners, after "and" or "or", go on a list of things rather than a
// role's own words: "the crew and those who sailed", "and others".
var listJoiners = text.WordSet("the those these his her their its others other many all")

// coordinated reports whether the comma chunks of a phrase are a list of
// coordinated nouns: "Ada Holm, her crew, and others", "the skipper, the
// voyage and those who sailed with her". A role's own "and" joins words of
// one title, "director of Safety and Standards", and is left alone.
func coordinated(chunks [][]token) bool {
	if len(chunks) < 2 {
		return false
	}
	return slices.ContainsFunc(chunks[1:], func(c []token) bool { return listAnd(trimPunct(c)) })
}

// listAnd reports whether words open with "and" or join another thing with
// it: "and others", "the voyage and those who sailed".
func listAnd(c []token) bool {
	for i, t := range c {
		if (t.low == "and" || t.low == "or") && (i == 0 || i+1 < len(c) && listJoiners[c[i+1].lower()]) {
			return true
		}
	}
	return false
}

// clauseCut drops from the words before a name what belongs to a clause or
// a coordination, not to a title: "Both he and" before "Ada Holm", "Lund
// said the skipper's" before the skipper's name keeps "skipper's", "Ada
// and Ivo have argued about" before "Ivo's claims" keeps nothing.
func clauseCut(rt []token) []token {
	for j := len(rt) - 1; j >= 0; j-- {
		if t := rt[j]; t.word && !t.capitalised() && (cueVerbs[t.low] || auxiliaries[t.low] || j == len(rt)-1 && (t.low == "and" || t.low == "or" || prepositions[t.low])) {
			return rt[j+1:]
		}
	}
	return rt
}

// joinPlaceChunks puts back together a place split by a comma before a
// word it qualifies: "the Kessmouth, Ontario-based company" is one phrase,
// not a name and a role.
func joinPlaceChunks(chunks [][]token) [][]token {
	for k := 0; k+1 < len(chunks); k++ {
		c, next := chunks[k], chunks[k+1]
		if len(c) == 0 || len(next) == 0 || !c[len(c)-1].capitalised() || !strings.HasSuffix(next[0].lower(), "-based") {
			continue
		}
		chunks[k] = c[:len(c)+1+len(next)] // the comma between them and the next chunk
		chunks = append(chunks[:k+1], chunks[k+2:]...)
		k--
	}
	return chunks
}

// endsWithName reports whether ts ends with a person's name of two or
// more words: "of the committee Nadim al-Farsi".
func endsWithName(ts []token) bool {
	n := 0
	for i := len(ts) - 1; i >= 0 && (ts[i].capitalised() || ts[i].particleName()) && !titles[ts[i].lower()] && !orgWords[ts[i].lower()]; i-- {
		n++
	}
	return n >= 2
}

// firstNameAt is where a person's name starts in a capitalised run that
// begins with the end of a title: 1 for "Intelligence Tomas Brenner", 0
// when the run opens with a first name or holds none ("Mary Ann Smith").
func firstNameAt(run []token) int {
	for k := 0; k+1 < len(run); k++ {
		if w := run[k].lower(); femaleNames[w] || maleNames[w] || hyphenedGiven(w) {
			return k
		}
		if !run[k].capitalised() {
			return 0
		}
	}
	return 0
}

// roleTo reports whether a and b are a role and "to", the place the role
// is to coming next: "ambassador to", "envoy to".
func roleTo(a, b token) bool {
	return b.low == "to" && a.word && !a.capitalised() && personWord(a.low)
}

// placeBeforeName reports whether t is a place that is no given name.
func placeBeforeName(t token) bool {
	return isPlace(t.w) && !knownFirstName(t)
}

// afterPrepositionWhich is the plural noun that closes np after "in
// which", "by whom" and the like: "billboards in which people say" is the
// people's. Any other clause after them ("The company for which he
// worked said", "The union to which the nurses belong said") has its own
// verb, and the cue is the subject's before it: np as it is.
func afterPrepositionWhich(np []token) []token {
	n := len(np)
	if n < 2 || np[n-2].low != "which" && np[n-2].low != "whom" || n > 2 && !prepositions[np[n-3].low] {
		return np
	}
	if w := np[n-1]; w.word && !w.capitalised() && (w.low == "people" || w.low == "men" || w.low == "women" || w.low == "children" || pluralOfPerson(w.low)) {
		return np[n-1:]
	}
	return np
}

// hyphenedGiven reports whether w is two given names joined by a hyphen:
// "eva-marie", "jean-luc".
func hyphenedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && firstNameGender(a) != genderUnknown && firstNameGender(b) != genderUnknown
}

// nameStart is where a person's name starts in a capitalised run with no
// title in it: firstNameAt, except that three words opening a phrase
// (opens) are a three-part name, "Laina Claire Dunmore", not the end of a
// title before "Claire Dunmore", and a trade ("Fisherman") before two
// words is no part of the name, nor a place after a role and "to"
// (afterTo).
func nameStart(run []token, opens, afterTo bool) int {
	k := firstNameAt(run)
	if k == 0 && len(run) == 3 && (tradeWord(run[0].lower()) || personNouns[run[0].lower()] || afterTo && placeBeforeName(run[0])) {
		// "Fisherman Ivo Marsh", "Neighbour Ivo Marsh": a trade or a
		// role, then the name; "ambassador to Britain Tan Weilin": the
		// place the role is to, then the name ("said Chad Le Clos" is
		// one name)
		return 1
	}
	if k != 1 || !opens || len(run) != 3 {
		return k
	}
	if w := run[0].lower(); !orgWords[w] && !personWord(w) && !tradeWord(w) && !titles[w] && !possessive(run[0].low) && !strings.HasSuffix(w, "ed") && !isPlace(run[0].w) && !compoundRole(w) {
		// not "KITE's Dana Hale", "Determined Jane Hale"
		return 0
	}
	return k
}

// compoundRole reports whether w is a role of two or more person words
// joined by hyphens, plural or not: "singer-guitarists" before "Ivo
// Marsh and Dana Hale".
func compoundRole(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !personWord(p) && !personWord(strings.TrimSuffix(p, "s")) {
			return false
		}
	}
	return true
}

// tradeWord reports whether w names a trade by "-man" or "-woman":
// "Postman John Woodring", "Fireman Ivo Lund" are the trade, then the name.
func tradeWord(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "man") && !maleNames[w] && !femaleNames[w]
}

// lastOrgWord is the index of the last capitalised organisation word of
// ts ("Council"), or -1.
func lastOrgWord(ts []token) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].capitalised() && orgWords[ts[i].lower()] {
			return i
		}
	}
	return -1
}

// bodyStart is where a body's name begins when the capitalised run at
// head[start:] follows "of (the)", "for" or "on" (after one of onBodies)
// and a capitalised run with an organisation word ("Union of the National
// Police", "Council on Farm Relations"); else start.
func bodyStart(head []token, low []string, start int) int {
	for _, w := range low[start:] {
		if femaleNames[w] || maleNames[w] {
			return start // "Office of Management Director John Hale" is a person
		}
	}
	j := start - 1
	if j >= 0 && low[j] == "the" && !head[j].capitalised() {
		j--
	}
	if j < 1 || (low[j] != "of" && low[j] != "for" && (low[j] != "on" || !onBodies[low[j-1]])) || head[j].capitalised() || !head[j-1].capitalised() {
		return start
	}
	b := j
	for b > 0 && (head[b-1].capitalised() || !head[b-1].word && b > 1 && head[b-2].capitalised()) {
		b--
	}
	for b < j && (isDeterminer(low[b]) || !head[b].word) {
		b++
	}
	if !hasOrgWord(head[b:j]) {
		return start
	}
	return b
}

// adjectiveCommas reports whether the commas of np only part the
// adjectives of one description, "the bespectacled, 71-year-old captain":
// a determiner, lower-case words, and a word for a person at the end, with
// none before a comma.
func adjectiveCommas(np []token) bool {
	if len(np) < 4 || len(np) > 8 || !isDeterminer(np[0].low) || !personWord(np[len(np)-1].lower()) {
		return false
	}
	commas := 0
	for i, t := range np[1:] {
		i++
		switch {
		case t.is(","):
			if i+1 >= len(np) || !np[i-1].word || !np[i+1].word || personWord(np[i-1].lower()) || i == 1 {
				return false
			}
			commas++
		case !t.word || t.capitalised() || relativeStops[t.lower()] || prepositions[t.lower()]:
			return false
		}
	}
	return commas > 0
}

// timeOpeners open a time phrase set between a subject and its verb,
// "Marsh earlier this week called ..."; timeNouns end one.
var (
	timeOpeners = text.WordSet("earlier later last this late early")
	timeNouns   = text.WordSet("week weekend month year morning afternoon evening night day")
)

// timePhrase reports whether ts is only a time, "earlier this week",
// "last Friday", "late on Tuesday": lower-case time words ending in a
// day, a month or a word such as "week".
func timePhrase(ts []token) bool {
	for i, t := range ts {
		w := t.lower()
		last := i == len(ts)-1
		switch {
		case last && (timeNouns[t.w] || timeWords[w]):
			return true
		case !last && (timeOpeners[t.w] || t.w == "on" || timeWords[w]):
		default:
			return false
		}
	}
	return false
}

// cutReducedRelative ends a description at a participle that opens a
// clause about it: "an audit released Sunday" is "an audit", "the
// trawlermen pointed to" is "the trawlermen", "a letter obtained by the
// Courier" is "a letter". Only a description: a phrase with a name in it
// is read by the name rules. The participle follows a lowercase word
// that is no determiner, adverb or pronoun ("they turned to" is a verb),
// is no adjective of state ("the accused", "a retired teacher") and
// stands before no noun of its own ("a local registered nurse").
func cutReducedRelative(np []token) []token {
	for i := 1; i < len(np); i++ {
		t, prev := np[i], np[i-1]
		if !t.word || t.capitalised() || strings.Contains(t.w, "-") || !strings.HasSuffix(t.low, "ed") || len(t.low) < 5 || stateParticiples[t.low] {
			continue
		}
		if !prev.word || prev.capitalised() || isDeterminer(prev.low) || isAdverb(prev.low) || strings.HasSuffix(prev.low, "ed") {
			continue
		}
		if pronouns[prev.low] {
			return np // "they turned to the police, which reported": a verb, no description's clause
		}
		if hasName(np[:i]) || slices.ContainsFunc(np[:i], func(t token) bool { return !t.word }) {
			return np
		}
		if i+1 < len(np) && np[i+1].word && !np[i+1].capitalised() && stateBeside[np[i+1].low] {
			continue // "families stranded on the far bank": where they are, a description
		}
		if i+1 < len(np) && np[i+1].word && !np[i+1].capitalised() && !prepositions[np[i+1].low] && !timeWords[np[i+1].low] && !isAdverb(np[i+1].low) && !timeOpeners[np[i+1].low] && !isNumeral(np[i+1]) && !numberWords[np[i+1].low] && !participleTails[np[i+1].low] {
			continue // "a local registered nurse", "the team's suspended captain": an adjective before its noun
		}
		return np[:i]
	}
	return np
}

// participleTails go on a participle's clause rather than name the noun
// an adjective in -ed stands before: "seated next to", "briefed because
// of", "stationed right behind".
var participleTails = text.WordSet("next because close just right only as so too far back away up down out off here there alongside nearby")

// stateParticiples are participles that describe a person or thing
// rather than open a clause about it.
var stateParticiples = text.WordSet("accused deceased injured wounded retired elected unnamed armed masked detained unidentified bearded concerned interested affected aged married related qualified skilled respected renowned talented unemployed employed trained licensed certified appointed designated disabled displaced exiled jailed imprisoned convicted indicted suspected alleged disgraced embattled beleaguered celebrated decorated distinguished noted learned sacked fired dismissed ousted estranged bereaved named called dubbed titled nicknamed entitled")

// stateBeside are the prepositions that place what a participle
// describes: "stranded on", "trapped in".
var stateBeside = text.WordSet("on in at near inside outside across along behind beside under")

// analyseHead fills name, kind, roles and gender from the head chunk.
func analyseHead(text string, head []token, r *ref) {
	for i := 1; i < len(head); i++ {
		if w := head[i].low; (w == "who" || w == "whose" || w == "which") && !hasName(head[:i]) && (head[0].low == "a" || head[0].low == "an" || head[0].low == "one") {
			// "a doctor who tended the miners near Port Alder": the
			// clause after the description names no speaker.
			head = head[:i]
			break
		}
	}
	for i := 1; i < len(head); i++ {
		if w := head[i].low; (w == "who" || w == "whose") && head[i-1].capitalised() && hasName(head[:i]) {
			// "Li Wen whose brother was on board": the clause after
			// the name is about them, no part of it.
			head = head[:i]
			break
		}
	}
	for i := 1; i+1 < len(head) && !pronouns[head[0].low]; i++ {
		if (head[i].low == "on" || head[i].low == "in") && timeWords[head[i+1].lower()] {
			head = head[:i] // "President Okafor on Wednesday"
			break
		}
	}
	for i := 1; i < len(head) && !pronouns[head[0].low]; i++ {
		if (timeOpeners[head[i].w] || timeWords[head[i].w]) && head[i-1].capitalised() && hasName(head[:i]) && timePhrase(head[i:]) {
			head = head[:i] // "Marsh earlier this week", "Marsh yesterday"
			break
		}
	}
	head = cutTrailingPlace(head)
	low := make([]string, len(head))
	for i, t := range head {
		low[i] = t.lower()
	}
	if len(head) >= 4 && isDeterminer(low[0]) && relationNouns[low[1]] && affiliation[low[2]] && !head[len(head)-1].capitalised() {
		// "a spokesman for the Kessmouth, Ontario-based company": a
		// described person, whatever names the body's description holds.
		r.name, r.kind = spanText(text, head[1:]), "person"
		r.gender = roleGender(low[1])
		return
	}
	for i := 2; i < len(head)-1 && i <= 4 && isDeterminer(low[0]) && !head[i-1].capitalised(); i++ {
		if low[i] == "to" && relationNouns[low[i-1]] {
			// "a top adviser to President Okafor": the adviser, whom
			// the name only places.
			r.name, r.kind = spanText(text, head[1:]), "person"
			r.gender = roleGender(low[i-1])
			return
		}
	}
	// A document: "a statement from Vermont corrections", "the letter",
	// a page or an account: "the show's Facebook and Twitter pages",
	// "the description of contest details".
	for i, w := range low {
		isDoc := docNouns[w] || pageNouns[w] || i == len(head)-1 && len(w) > 4 && docNouns[strings.TrimSuffix(w, "s")] // "placards"
		// "Statement:", "Response:" opening a line: a label, no one's name
		// ("Bill" is a name).
		label := len(head) == 1 && (isDoc || labelWords[w]) && !maleNames[w] && !femaleNames[w]
		if isDoc && !head[i].capitalised() && (i <= 3 || i == len(head)-1 && (!slices.ContainsFunc(low[:i], isPreposition) || partitive(low[:i]))) && !(i+1 < len(head) && personWord(low[i+1]) && !prepositions[low[i+1]] && len(low[i+1]) > 3) {
			// not "study coauthor Mira Castell": a person the document's
			// noun describes
			r.kind = "document"
			r.name = spanText(text, dropDeterminer(head))
			r.named = hasCapitalAfter(head, i)
			return
		}
		if label {
			r.kind, r.name = "document", spanText(text, head)
			return
		}
	}
	if d := dropDeterminer(head); len(d) >= 2 && d[len(d)-1].capitalised() && lawHeads[d[len(d)-1].lower()] && !titles[d[len(d)-2].lower()] && !isHonorific(d[len(d)-2].lower()) && firstNameGender(d[len(d)-2].w) == genderUnknown {
		// "the Publications Act says": a law, a document by its name,
		// not a person.
		r.kind, r.named, r.name = "document", true, spanText(text, d)
		return
	}
	if len(head) == 2 && low[0] == "the" && platformName(head[1].w) {
		// "the GoFundMe reads": a page on a site, not a person.
		r.kind, r.named, r.name = "document", true, head[1].w
		return
	}
	if d := dropDeterminer(head); len(d) >= 2 && len(d) <= 3 && d[0].capitalised() && bodyNames[stripPossessive(strings.Join(lowerAll(d), " "))] {
		// "Downing Street", "Number 10": a seat of government speaking
		// for it is a body, not a person named Street.
		r.kind, r.named, r.name = "organization", true, spanText(text, d)
		return
	}
	// Cut a trailing affiliation: "Petra Lisle of the Tenants Union in New Mexico".
	for i := 1; i < len(head); i++ {
		if low[i] == "of" && i+1 < len(head) && low[i+1] == "staff" {
			continue // "chief of staff": one title
		}
		if low[i] == "with" && sourceLink(head, i) {
			// "a source familiar with the talks", "an official with
			// knowledge of the plan": the description is the source.
			break
		}
		if (low[i] == "of" || low[i] == "for" || low[i] == "at" || low[i] == "with" || low[i] == "from") && !head[i].capitalised() {
			before := head[:i]
			if i == 2 && isDeterminer(low[0]) && head[1].capitalised() && i+1 < len(head) && head[i+1].capitalised() {
				// "the Book of Tides reading room": one name across
				// "of", not a person and a body.
				break
			}
			if len(before) == 1 && endsWithName(head[i:]) {
				// "Head of Al-Wadi Provincial Council Samir Taloub":
				// the name comes after the role.
				break
			}
			if body := dropDeterminer(head); low[i] == "for" && i+1 < len(head) && head[i+1].capitalised() && len(dropDeterminer(before)) >= 2 && (orgWords[low[i-1]] || bodyHeads[low[i-1]]) && allCapitalisedOrOf(body) {
				// "the Orrin Observatory for Human Rights": one body's name
				r.name, r.kind, r.named = spanText(text, body), "organization", true
				return
			}
			if personRun(before) && !hasOrgWord(before) && !initialsOnly(before) {
				r.roles = append(r.roles, spanText(text, head[i:]))
				head, low = before, low[:i]
			} else if describedOfAt(head, i) {
				// "said the mayor of Kessport", "the lawyer for Ada
				// Holm": the one described, whom the name only places;
				// not a person called Kessport. A body by its own
				// word ("the director of the Signals Office") speaks
				// through them, as below, and so does a body one is
				// "from" or "at" ("the researcher from SRE").
				r.name, r.kind = spanText(text, before[1:]), "person"
				r.roles = append(r.roles, spanText(text, head[i:]))
				r.gender = roleGender(low[i-1])
				return
			}
			break
		}
	}
	// The last run of capitalised words is the name; what precedes it,
	// titles included, is the role.
	end := len(head)
	for end > 0 && !head[end-1].capitalised() && !nameParticles[low[end-1]] && !head[end-1].particleName() {
		end--
	}
	if end > 0 && end < len(head) && end+2 >= len(head) && (pluralOfPerson(low[len(low)-1]) || groupNouns[low[len(low)-1]] && low[len(low)-1] != "police") && !possessive(head[end-1].w) && !slices.ContainsFunc(low[end:], isPreposition) && (end == 1 || !head[end-2].capitalised() || head[end-2].opener) {
		// "Former court PR aides", "senior Tory aides": the capitalised word
		// qualifies a group of people; no one of that name speaks.
		d := dropDeterminer(head)
		r.name, r.kind = spanText(text, d), "person"
		return
	}
	if end == 0 {
		// No proper name: a description ("a spokesman", "officials"; "one
		// resident's" before the resident's tweet).
		d := dropDeterminer(head)
		if len(head) > 2 && head[1].low == "of" {
			d = head // "one of the protest leaders": the one, of them
		}
		r.name = spanText(text, d)
		if len(d) > 0 && possessive(d[len(d)-1].w) {
			r.name = stripPossessive(r.name)
		}
		r.kind = "person"
		if isOrgPhrase(low) && !possessorsRole(head) || len(low) > 0 && institutionNouns[low[len(low)-1]] {
			r.kind = "organization"
		}
		r.gender = roleGender(r.name)
		return
	}
	start := end
	for start > 0 && (head[start-1].capitalised() || nameParticles[low[start-1]] || isInitial(head[start-1]) || head[start-1].particleName() || start > 1 && (isNumeral(head[start-1]) || head[start-1].w == "&") && head[start-2].capitalised()) {
		// A numeral inside a capitalised run is part of the name: "KITE 5 News".
		start--
	}
	if start > 1 && isDeterminer(low[0]) && !head[1].capitalised() && (placeWords[low[start-1]] || low[start-1] == "at") {
		// "an unnamed activist at the party office in Varnholm", "An
		// unnamed protester in Ulby" opening a sentence: the capitalised
		// words name the place, not the one described, and the
		// description is kept whole.
		k := 1
		for k < start && !prepositions[low[k]] {
			k++
		}
		r.name, r.kind = spanText(text, head[1:]), "person"
		r.gender = roleGender(spanText(text, head[1:k]))
		return
	}
	run := head[start:end]
	for len(run) > 0 && (isDeterminer(run[0].lower()) || quantifiers[run[0].lower()]) {
		if quantifiers[run[0].lower()] {
			// "None of these cities", "Some officials": not a name.
			r.name, r.kind = spanText(text, head), "person"
			return
		}
		run = run[1:]
		start++
	}
	tail := head[end:] // lower-case words after the name: "Brennan campaign"
	if len(run) >= 3 && len(tail) == 0 && slices.ContainsFunc(run[1:len(run)-1], func(t token) bool { return t.w == "&" }) {
		// "Harbour Global Corporate & Specialty": a firm's name; no
		// person's name holds "&".
		r.kind, r.named, r.name = "organization", true, spanText(text, run)
		r.outlet = isOutlet(r.name)
		return
	}
	// Titles inside the run: "Harbor City Police Chief Victor Whitfield".
	cut := 0
	for i, t := range run {
		if titleToken(t) && !titleAsSurname(run, i) {
			cut = i + 1
		}
	}
	for cut < len(run) && (nameParticles[run[cut].lower()] && !run[cut].capitalised()) {
		cut++
	}
	if cut == 0 {
		cut = nameStart(run, start == 0, start > 1 && roleTo(head[start-2], head[start-1]))
	} else {
		cut += firstNameAt(run[cut:])
	}
	name := run[cut:]
	if k := lastOrgWord(name); k >= 0 && len(tail) == 0 && endsWithName(name[k+1:]) && len(name)-k-1 <= 4 {
		// "Al-Wadi Provincial Council Samir Taloub": the body is the
		// person's role.
		cut += k + 1
		name = run[cut:]
	}
	if b := bodyStart(head, low, start); b < start {
		// "The Wardens' Union of the Harbor Police": the body's
		// name runs back over "of the" to the capitalised words before.
		r.kind, r.named = "organization", true
		r.name = spanText(text, head[b:end])
		r.outlet = isOutlet(r.name)
		return
	}
	if len(tail) > 0 && len(run) > 0 && (possessive(run[len(run)-1].low) || hasOrgWord(run)) && endsWithRole(tail) {
		// "The Northern League's foreign policy chief", "the White House
		// chief of staff": a person the body's name qualifies, not the
		// body.
		r.name, r.kind = spanText(text, dropDeterminer(head)), "person"
		r.gender = roleGender(r.name)
		return
	}
	tailOrg := isOrgPhrase(lowerAll(tail))
	if len(run) == 0 || hasOrgWord(name) || tailOrg || isAcronym(name) || (len(name) == 0 && hasOrgWord(run)) {
		if len(run) == 0 {
			// Only a capitalised determiner: "The council", "The spokesman".
			r.name, r.kind = spanText(text, dropDeterminer(head)), "person"
			r.gender = roleGender(r.name)
			if isOrgPhrase(low) && !possessorsRole(head) {
				r.kind, r.gender = "organization", genderUnknown
			}
			return
		}
		r.kind = "organization"
		r.named = true
		r.name = spanText(text, run)
		if tailOrg {
			r.name = spanText(text, head[start:])
		}
		r.outlet = isOutlet(r.name)
		return
	}
	if len(tail) > 1 && len(name) >= 2 && isDeterminer(tail[0].low) && !isDeterminer(low[0]) {
		// "Emma Norton the head of legal casework": a role with its comma
		// left out.
		r.roles = append(r.roles, roleText(text, tail))
		tail = nil
	}
	if len(tail) > 0 && len(name) > 0 {
		// "the Vermont senator": the capitalised word qualifies a role.
		r.name, r.kind = spanText(text, dropDeterminer(head)), "person"
		r.gender = roleGender(r.name)
		return
	}
	if theOneWordBody(head) {
		// "As the Metro stated": "the" and one capitalised word that is
		// no one's name, title or people: a paper or a body.
		r.kind, r.named, r.name = "organization", true, head[1].w
		r.outlet = isOutlet(r.name)
		return
	}
	r.kind = "person"
	if len(name) == 0 {
		r.name = spanText(text, dropDeterminer(head))
		r.gender = roleGender(r.name)
		if isOutlet(r.name) {
			r.kind, r.named, r.outlet = "organization", true, true
		}
		return
	}
	if role := strings.TrimSpace(text[head[0].s:name[0].s]); role != "" && len(head[:start+cut]) > 0 {
		rt := dropDeterminer(clauseCut(dropDeterminer(head[:start+cut])))
		if n := len(rt); n >= 2 && isHonorific(rt[n-1].lower()) && !titles[rt[n-2].lower()] && !possessive(rt[n-2].low) {
			rt = nil // "Puzzled Mr Tally": a word before the courtesy title is no role
		}
		role = strings.TrimSpace(spanText(text, dropHonorifics(rt)))
		if role != "" {
			r.roles = append(r.roles, role)
		}
	}
	r.name = cleanName(spanText(text, name))
	r.named = !timeWords[strings.ToLower(r.name)] // "... with Marsh in December": no one
	if len(name) == 1 && len(run) == 1 && groupNouns[name[0].lower()] {
		// "Women will say ...": a sentence-initial capital on a group.
		r.name, r.named = name[0].lower(), false
		return
	}
	r.honorific = cut > 0 && isHonorific(run[cut-1].lower())
	if (len(name) == 1 || placeLastWords[low[end-1]]) && isPlace(r.name) {
		// "Pinebridge, Maine, said": a place, not the person speaking;
		// "Moscow called the vote a sham": its government, a body.
		r.named, r.kind = false, "organization"
	}
	r.gender = nameGender(run[:cut], name)
	if isOutlet(r.name) {
		r.kind, r.outlet = "organization", true
	}
}

// initialsOnly reports whether the capitalised words of ts are all
// initials: "a female U." of "a female U. of W. student" names no one.
func initialsOnly(ts []token) bool {
	n := 0
	for _, t := range ts {
		if t.capitalised() {
			if !isInitial(t) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// possessorsRole reports a description whose last word is a person's role
// held in a body named before it with a possessive: "the harbour
// commission's chief of staff", "the council's spokeswoman".
func possessorsRole(head []token) bool {
	return endsWithRole(head) && slices.ContainsFunc(head[:len(head)-1], func(t token) bool { return possessive(t.low) })
}

// endsWithRole reports whether ts ends with a person's role: a title or a
// noun for a person ("chief", "spokeswoman", "chief of staff").
func endsWithRole(ts []token) bool {
	n := len(ts)
	if n >= 3 && ts[n-2].low == "of" && ts[n-1].low == "staff" {
		n -= 2
	}
	if n == 0 {
		return false
	}
	w := ts[n-1].lower()
	return titles[w] || personNouns[w] || relationNouns[w]
}

// pageNouns are pages and accounts that "say" what is posted on them.
var pageNouns = text.WordSet("page pages account accounts profile profiles feed feeds description blog blogs site sites")

func isPreposition(w string) bool { return prepositions[w] }

// platformName reports whether w is written like a site's name, with a
// capital inside after lower-case letters ("GoFundMe", "YouTube"), and
// not like a surname ("McDonald", "DeSantis", "LaRue").
func platformName(w string) bool {
	if possessive(w) || len(w) < 4 {
		return false
	}
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	rs := []rune(w)
	if !unicode.IsUpper(rs[0]) {
		return false
	}
	for k := 2; k < len(rs); k++ {
		if unicode.IsUpper(rs[k]) && unicode.IsLower(rs[k-1]) {
			return true
		}
	}
	return false
}

// theOneWordBody reports whether head is "the" and one capitalised word
// that names a paper or a body, not a person: no first name, title or
// word for people ("the Dutchman", "the American", "the Speaker").
func theOneWordBody(head []token) bool {
	if len(head) != 2 || head[0].low != "the" || !head[1].word || !head[1].capitalised() || isUpperWord(head[1].w) {
		return false
	}
	w := head[1].lower()
	if titles[w] || isHonorific(w) || maleNames[w] || femaleNames[w] || deityWords[w] {
		return false
	}
	for _, suffix := range []string{"man", "men", "an", "ans", "ese", "ish", "er", "ers", "i", "is", "ist", "ists"} {
		if strings.HasSuffix(w, suffix) {
			return false
		}
	}
	return true
}

// deityWords are one-word names for a person or a god set after "the":
// "the Lord", "the Almighty".
var deityWords = text.WordSet("lord almighty creator prophet messiah pope saviour savior")

// institutionNouns head a description of a body: "the college said".
var institutionNouns = text.WordSet("college university school hospital museum airline clinic prison church charity studio academy nursery")

// asideChunk reports whether c, a part of a subject between commas, is an
// aside of the writer's and no role: a connective ("however", "in
// turn"), "for her part", "in a statement", "in an interview", "at the
// time", "by contrast", "on the other hand". "at the clinic", "from the
// harbour office" and "in charge of the rescue" stay roles.
func asideChunk(c []token) bool {
	if len(c) == 0 || !c[0].word {
		return false
	}
	if len(c) == 1 && asideWords[c[0].low] {
		return true
	}
	if len(c) < 2 || len(c) > 4 || slices.ContainsFunc(c[1:], func(t token) bool { return t.capitalised() }) {
		return false
	}
	switch c[0].low {
	case "for":
		return c[len(c)-1].low == "part" // "for her part"
	case "in":
		// "in turn", "in response", "in a statement", "in an interview"
		return asideAfterIn[c[1].low] || (c[1].low == "a" || c[1].low == "an") && (docNouns[c[len(c)-1].low] || c[len(c)-1].low == "interview")
	case "by", "on":
		// "by contrast", "by comparison", "on the other hand"
		return c[1].low == "contrast" || c[1].low == "comparison" || len(c) == 4 && c[3].low == "hand"
	case "at":
		return c[1].low == "first" || c[1].low == "times" || len(c) == 3 && c[1].low == "the" && c[2].low == "time"
	}
	return false
}

// asideAfterIn make "in turn", "in response" and the like a writer's aside.
var asideAfterIn = text.WordSet("turn response reply return fact particular short addition contrast truth")

// asideWords are connectives a writer sets off by commas after a subject.
var asideWords = text.WordSet("however meanwhile though too also instead moreover nevertheless nonetheless likewise separately")
