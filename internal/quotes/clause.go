package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// cueAt reports whether ts[i] is a speech cue, and how many tokens it takes
// ("according to" takes two). A "read" is a cue only after a document
// ("a statement ... read"); an infinitive ("to say") is not a cue unless
// a comma or colon and the quotation follow it (`was quick to add, "..."`).
func cueAt(ts []token, i int) int {
	t := ts[i]
	if !t.word {
		return 0
	}
	lw := t.low
	if i > 1 && lw != "according" && strings.HasSuffix(ts[i-1].low, "ly") && isDeterminer(ts[i-2].low) {
		return 0 // "a swiftly called meeting": an adjective
	}
	if i > 0 && ts[i-1].low == "to" && (speechBases[lw] || lw == "add" || lw == "explain" || lw == "note") && i+1 < len(ts) && (ts[i+1].is(",") || ts[i+1].is(":")) && (i+2 == len(ts) || isMarkToken(ts[i+2])) {
		return 1 // `He was proud to add, "..."`: the infinitive introduces the words
	}
	if i > 0 && lw != "according" {
		switch ts[i-1].low {
		case "to", "the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "such", "new", "more":
			return 0 // an infinitive or a noun: "to say", "the demands"
		}
	}
	if t.opener && i+1 < len(ts) && askedAbout[ts[i+1].low] {
		return 0 // "Asked why he was "confident", Okafor ...": a participle opening the sentence
	}
	switch {
	case lw == "according":
		if i+1 < len(ts) && ts[i+1].low == "to" {
			return 2
		}
		return 0
	case cueVerbs[lw]:
		if t.capitalised() && i > 0 && !ts[i-1].sentenceEnd() {
			return 0 // "Said" inside a name
		}
		if i > 0 && passiveCues[lw] && (beForms[ts[i-1].low] || i > 1 && isAdverb(ts[i-1].low) && beForms[ts[i-2].low]) {
			return 0 // "Mr Varga was said to have been": a description of him, not his words
		}
		if i > 0 && impersonalBe[ts[i-1].low] && strings.HasSuffix(lw, "ed") {
			return 0 // "It's claimed that ...": no one speaking
		}
		if i > 0 && (ts[i-1].low == "being" || ts[i-1].low == "been" || ts[i-1].low == "be") && strings.HasSuffix(lw, "ed") {
			// "the claims are being repeated", "it had to be concluded
			// that": done to them, no one speaking
			return 0
		}
		if continueVerbs[lw] && gerundNext(ts, i+1) {
			return 0 // "Dunmore continued playing the invalid": she kept doing it
		}
		if lw == "assured" && i > 0 && ts[i-1].low == "rest" {
			return 0 // "Rest assured, ..."
		}
		if i > 0 && pluralNounCues[lw] && (quantifiers[ts[i-1].low] || isNumeral(ts[i-1]) || ts[i-1].low == "of" || nounCueBefore[ts[i-1].low] || !ts[i-1].capitalised() && isGerund(ts[i-1])) {
			return 0 // "one of several demands from the thief", "to press charges", "for introducing charges": a noun
		}
		if i+1 < len(ts) && ts[i+1].word && !isGerund(ts[i+1]) && (cueVerbs[ts[i+1].low] || docCueVerbs[ts[i+1].low]) {
			return 0 // "the angry notes reads", "reports said": a noun, the verb after it
		}
		return 1
	case lw == "claim" && i > 0 && (groupNouns[ts[i-1].low] || ts[i-1].low == "they" || ts[i-1].low == "we" ||
		ts[i-1].capitalised() && possessive(ts[i-1].w) && i+1 < len(ts) && ts[i+1].low == "that"):
		// "police claim", "Harwick's claim that ...": a noun elsewhere,
		// "her wild claim".
		return 1
	case lw == "let" || lw == "lets":
		// "He let her know that he ...": telling, the one told a pronoun
		// or a name ("she would let all staff know" tells of a deed to come).
		if i+2 < len(ts) && ts[i+2].low == "know" && ts[i+1].word && (letObjects[ts[i+1].low] || ts[i+1].capitalised()) {
			return 3
		}
		return 0
	case statementVerbs[lw] && i+2 < len(ts) && statementOwners[ts[i+1].low] && ts[i+2].low == "statement" && !t.capitalised():
		// "Brandt released a statement that he had called ...": the
		// one who released it speaks, as with "said".
		return 3
	case directiveVerbs[lw] && !t.capitalised() && directedToQuote(ts, i):
		// "Judge Holm ordered Vell to "take part in ..."": the words of
		// the order are the one ordering's.
		return 1
	case lw == "comments" && i+1 < len(ts) && ts[i+1].is(":"):
		return 1 // "Wendy comments:" (a noun elsewhere: "restricted comments")
	case speakOf[lw] && i+2 == len(ts) && ts[i+1].low == "of" && !t.capitalised() && !(i > 1 && pronouns[ts[i-1].low] && (clauseLinks[ts[i-2].low] || gerundPrepositions[ts[i-2].low])) && !(i > 0 && habitualAdverbs[ts[i-1].low]):
		// `Governor Marten spoke of "a blow to every family"`: the words
		// right after "of" are the speaker's ("after she spoke of" is
		// another clause's pronoun, left to no one).
		return 2
	case phrasalCues[lw] != "" && i+1 < len(ts) && strings.EqualFold(ts[i+1].w, phrasalCues[lw]):
		if strings.HasPrefix(lw, "refer") && !referredAs(ts, i) {
			// "refers to the Partnership": no words of its own; "the man
			// referred to as", "is referred to": a name given to him.
			return 0
		}
		return 2
	case docCueVerbs[lw]:
		if i == 1 && ts[0].low == "it" && (lw == "read" || lw == "reads") {
			return 1 // `A note was pinned to the gate. "...," it read.`
		}
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			if docNouns[ts[j].lower()] {
				return 1
			}
		}
		// `"...," read a typical tweet`, `reads the headline`.
		for j := i + 1; j < len(ts) && j <= i+4 && ts[j].word; j++ {
			if docNouns[ts[j].lower()] {
				return 1
			}
		}
	}
	return 0
}

// directiveVerbs tell someone to do something; with "to" and a quotation
// right after, the quoted words are the directive's (directedToQuote).
var directiveVerbs = text.WordSet("ordered orders invited invites instructed instructs")

// directedToQuote reports whether the directive verb at ts[i] is followed,
// past its object (a few words), by "to" and a quotation mark or the end
// of ts: "ordered Vell to "take part"". With no object ("was ordered to",
// "followed orders to") or an agent ("was ordered by a judge to") the
// subject is the one told, not the one telling.
func directedToQuote(ts []token, i int) bool {
	if i+1 < len(ts) && ts[i+1].low == "by" {
		return false
	}
	for j := i + 1; j < len(ts) && j <= i+5; j++ {
		if !ts[j].word {
			return false
		}
		if ts[j].low == "to" {
			return j > i+1 && (j+1 == len(ts) || isMarkToken(ts[j+1]))
		}
	}
	return false
}

// statementVerbs put out a statement: "released a statement that ...".
var statementVerbs = text.WordSet("released releases issued issues")

// statementOwners stand between a statement verb and "statement".
var statementOwners = text.WordSet("a an his her its their another")

// continueVerbs are cues that, before a participle, tell of doing, not
// saying: "continued stringing them along".
var continueVerbs = text.WordSet("continue continues continued")

// askedAbout follow a participle that opens a sentence: "Asked why ...",
// "Pressed about ...".
var askedAbout = text.WordSet("why what how whether if about when where who")

// intentVerbs before "to" tell of a deed, not of words: "agreed to buy",
// "continued to rise" ("pledged to" and "vowed to" are words given).
var intentVerbs = text.WordSet("agreed agrees continued continues")

// speechBases after "to" make an intent verb speech again: "continued to
// chant", "continues to insist".
var speechBases = text.WordSet("say tell insist argue claim chant shout warn ask deny maintain call write tweet post speak repeat stress complain question")

// deedAt reports whether the cue at ts[i] tells of a deed to come: an
// intent verb, "to" and no verb of speech ("agreed to buy", but
// "continues to insist").
func deedAt(ts []token, i int) bool {
	return intentVerbs[ts[i].low] && i+1 < len(ts) && ts[i+1].low == "to" && !(i+2 < len(ts) && speechBases[ts[i+2].low]) || wroteWork(ts, i)
}

// wroteWork reports whether ts[i], a verb of writing, has a creative work
// for its object: "who wrote the film's screenplay", "wrote a novel". One
// who wrote a play made it; the words of a later quote are not its.
func wroteWork(ts []token, i int) bool {
	if !writeVerbs[ts[i].low] || i+1 >= len(ts) || !isDeterminer(ts[i+1].low) {
		return false
	}
	for j := i + 2; j < len(ts) && j <= i+4; j++ {
		if creativeWorks[ts[j].lower()] {
			return true
		}
		if !ts[j].word {
			return false
		}
	}
	return false
}

// writeVerbs are the forms of "write" that can make a work.
var writeVerbs = text.WordSet("wrote write writes written writing penned composed co-wrote")

// creativeWorks are works one writes that give no one's words in a quote
// after them.
var creativeWorks = text.WordSet(`screenplay screenplays script scripts play plays novel novels song songs lyrics poem
poems music score opera symphony musical film films movie book books biography memoir`)

// gerundNext reports whether the first word at or after ts[i], past
// quotation marks, is a participle: `continued "stringing them along"`.
func gerundNext(ts []token, i int) bool {
	for ; i < len(ts); i++ {
		if ts[i].word {
			return isGerund(ts[i])
		}
		if !isMarkToken(ts[i]) && !ts[i].is("'") && !ts[i].is("‘") {
			return false
		}
	}
	return false
}

// passiveCues are cue verbs that, after a form of "be", describe their
// subject instead of giving its words: "was said to be", "is described as";
// "the Courier is told" and "was informed" make it the one who heard them.
var passiveCues = text.WordSet("said described reported called dubbed termed labeled labelled branded alleged written told informed referred")

// beForms are the forms of "be" that make a cue passive.
var beForms = text.WordSet("is are was were be been being")

// phrasalCues are cue verbs of two words: "pointed out", "put it".
var phrasalCues = map[string]string{
	"pointed": "out", "points": "out", "put": "it", "puts": "it", "shot": "back", "fired": "back",
	"went": "on", "goes": "on", "summed": "up", "chimed": "in", "weighed": "in", "spoke": "up",
	"referred": "to", "refers": "to", "referring": "to",
}

// habitualAdverbs make "spoke of" a habit, no words said once: "Veterans
// rarely spoke of "the long march"".
var habitualAdverbs = text.WordSet("never rarely seldom often sometimes always")

// impersonalBe are "it is" run together: "It's claimed that ...".
var impersonalBe = text.WordSet("it's it’s that's that’s")

// speakOf are the verbs whose "of" takes the speaker's own words when a
// quotation follows it at once.
var speakOf = text.WordSet("spoke speaks talked talks")

// referredAs reports whether "referred to" at ts[i] names its object in
// the speaker's words: `she referred to islanders as "ferry people"`, the
// "as" a few words on, not right after "to", nor after a form of "be".
func referredAs(ts []token, i int) bool {
	if i > 0 && beForms[ts[i-1].low] || i+2 < len(ts) && ts[i+2].low == "as" {
		return false
	}
	for j := i + 3; j < len(ts) && j <= i+7; j++ {
		if !ts[j].word {
			return false
		}
		if ts[j].low == "as" {
			return true
		}
	}
	return false
}

// phoneCall reports whether "called" at ts[i] is a telephone call: the one
// called, a name or "him", "her" or "them", then "to" and a verb ("called
// Holm to express his sympathy"), where no words are named ("called
// him to say" says them).
func phoneCall(ts []token, i int) bool {
	if w := ts[i].low; w != "called" && w != "calls" && w != "call" {
		return false
	}
	j := i + 1
	if j < len(ts) && (ts[j].low == "him" || ts[j].low == "her" || ts[j].low == "them") {
		j++
	} else {
		for j < len(ts) && ts[j].word && ts[j].capitalised() {
			j++
		}
	}
	return j > i+1 && j+1 < len(ts) && ts[j].low == "to" && ts[j+1].word && !ts[j+1].capitalised() && !isDeterminer(ts[j+1].low) && !speechBases[ts[j+1].low] && !calledToNouns[ts[j+1].low]
}

// calledToNouns follow "called X to" in a summons, not a call: "called Pell
// to order", "to account", "to arms".
var calledToNouns = text.WordSet("order account arms task attention court book stand testify appear")

// firstCue returns the index and length of the first cue in ts[:limit].
func firstCue(ts []token, limit int) (int, int) {
	for i := 0; i < len(ts) && i < limit; i++ {
		if n := cueAt(ts, i); n > 0 {
			return i, n
		}
	}
	return -1, 0
}

// lastCue returns the index and length of the last cue in ts.
func lastCue(ts []token) (int, int) {
	for i := len(ts) - 1; i >= 0; i-- {
		if n := cueAt(ts, i); n > 0 {
			return i, n
		}
	}
	return -1, 0
}

// pluralNounCues are cue verbs that are also plural nouns: after "several"
// or "of" they are the nouns.
var pluralNounCues = text.WordSet("demands claims notes reports charges promises pledges vows remarks comments calls posts tweets answers replies warns urges counters")

// nounCueBefore are words after which a plural noun cue is the noun:
// "press charges", "faces claims", "criminal charges", "were investigating
// claims that ...", "denied reports that ...".
var nounCueBefore = text.WordSet(`press pressed pressing file filed filing bring brought bringing drop dropped dropping
face faces faced facing criminal federal murder serious further fresh false these those
investigate investigates investigated investigating examine examines examined examining probe probes probed probing
deny denies denied denying dismiss dismisses dismissed dismissing reject rejects rejected rejecting
refute refutes refuted refuting amid`)

// indefinitePersons speak without being named: "heard someone say".
var indefinitePersons = text.WordSet("someone somebody anyone anybody")

// modals before a cue make the speech imagined: "what it might say".
var modals = text.WordSet("might could would may")

// reflexives stress a subject without naming another: "Quarrie himself".
var reflexives = text.WordSet("himself herself themselves itself")

// joinWords is the words of ts joined by spaces, for a lookup by name
// where the article's text is not at hand.
func joinWords(ts []token) string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.w
	}
	return strings.Join(ws, " ")
}

// agoAfterLink is the index of the "and", "but" or "then" that a time
// phrase ending in "ago" follows at the end of ts ("but a few days
// ago", "and two weeks ago"), or 0.
func agoAfterLink(ts []token) int {
	n := len(ts)
	if n < 3 || ts[n-1].low != "ago" {
		return 0
	}
	for j := n - 2; j >= max(0, n-6); j-- {
		switch w := ts[j].low; {
		case w == "and" || w == "but" || w == "then":
			return j
		case !ts[j].word || ts[j].capitalised() && !timeNouns[w] && !isNumeral(ts[j]):
			return 0
		}
	}
	return 0
}

// nameNotTimeOrPlace reports whether pc, a capitalised run, has no word
// that opens a phrase, no day of the week and is no place: "On Tuesday"
// and "In Carrowby" open a sentence; they are no one's name.
func nameNotTimeOrPlace(pc []token) bool {
	words := make([]string, len(pc))
	for i, t := range pc {
		if notNameWord(t) || weekdays[t.lower()] {
			return false // ("June Ashby" is a name, "On Tuesday" none)
		}
		words[i] = t.w
	}
	return !isPlace(strings.Join(words, " "))
}

// weekdays name no one.
var weekdays = text.WordSet(text.Weekdays)

// relatedRole reports whether c is a role that relates its holder to
// another, lowercase up to its "of" or "to": "the sister of the harbour
// master", "the younger brother of the heir to the Carrow estate".
func relatedRole(c []token) bool {
	if len(c) < 3 || !isDeterminer(c[0].lower()) || c[0].capitalised() {
		return false
	}
	for _, t := range c[1:] {
		switch {
		case t.low == "of" || t.low == "to":
			return true
		case !t.word || t.capitalised():
			return false
		}
	}
	return false
}

// possessedRole reports whether c opens with a role a capitalised
// possessor qualifies (possessorsTitle), whatever follows the role:
// "Carrow's deputy harbour master for the Northern Quays", "the Tenants
// Union's director".
func possessedRole(c []token) bool {
	for j := 2; j <= len(c) && j <= 6; j++ {
		if possessorsTitle(c[:j]) {
			return true
		}
	}
	return false
}

// momentNouns end a time phrase before a verb: "at one point", "at that
// moment".
var momentNouns = text.WordSet("point moment stage time")

// subjectBefore finds the speaker phrase that ends just before a cue verb:
// "Harbor City Police Chief Victor Whitfield", "Petra Lisle, executive
// director of ..., " (the name with its appositive), "he". It returns nil
// when what precedes the cue is not a plausible subject.
func subjectBefore(ts []token) []token {
	ts = dropLinkingAdverb(dropParens(ts))
	if j := reportedImpersonal(ts); j > 0 {
		// "the leader said it had to be concluded": the passive cue has
		// no subject of its own; the one who said so speaks.
		return subjectBefore(ts[:j])
	}
	if n := len(ts); n >= 2 && subjectPronouns[ts[n-1].low] && !ts[n-2].capitalised() && (ts[n-2].low == "what" || ts[n-2].low == "which") {
		// "pledged to fight what they called": the pronoun before the
		// cue speaks, whatever the clause before it holds.
		return ts[n-1:]
	}
	if n := len(ts); n >= 2 && indefinitePersons[ts[n-1].low] && perceptionVerbs[ts[n-2].low] {
		// "Olin, ..., said that when she heard someone say": the one
		// heard, no one the sentence names.
		return ts[n-1:]
	}
	if j, n := lastCue(ts); j > 0 && !isGerund(ts[j]) && ts[j].low != "according" && j+n < len(ts) && len(ts)-j-n <= 3 && ts[j+n].capitalised() && allNameWords(ts[j+n:]) {
		// "Varga said Ibbot suggested": the subject of the last verb
		// is the one reported speaking; the one reporting it is not
		// part of the phrase.
		ts = ts[j+n:]
	} else if j > 0 && !isGerund(ts[j]) && ts[j].low != "according" && !tellVerbs[ts[j].low] && j+n+1 < len(ts) && len(ts)-j-n <= 4 && isDeterminer(ts[j+n].low) && !ts[j+n].capitalised() && plainPhrase(ts[j+n+1:]) {
		// "Pell said the girl's aunt told": so does a description.
		ts = ts[j+n:]
	} else if j > 0 && !isGerund(ts[j]) && ts[j].low != "according" && j+n < len(ts) && len(ts)-j-n <= 7 && (ts[j+n].w == "he" || ts[j+n].w == "she") {
		// "O'Neill said he and his deputies have argued": the pronoun.
		return ts[j+n : j+n+1]
	}
	end := len(ts)
	for end > 0 && ts[end-1].word && (isAdverb(ts[end-1].lower()) || reflexives[ts[end-1].lower()]) && !ts[end-1].capitalised() {
		end-- // "what Quarrie himself told": Quarrie
	}
	if n := end; n >= 3 && ts[n-3].low == "at" && momentNouns[ts[n-1].low] && (ts[n-2].low == "one" || isDeterminer(ts[n-2].low)) {
		end -= 3 // "and at one point sang": a time, no subject
	}
	ts = ts[:end]
	if len(ts) == 0 {
		return nil
	}
	if n := len(ts); n >= 2 && !ts[n-1].capitalised() && subjectPronouns[ts[n-1].low] && (ts[n-2].capitalised() || ts[n-2].low != "what" && (cueAt(ts, n-2) == 0 || n >= 3 && ts[n-3].capitalised())) {
		// "from his home in North Hollister, Vermont he said", "after
		// the card on Friday and he claims", "Printed on a postcard it says": the
		// pronoun is the subject, the words before it another phrase.
		return ts[n-1:]
	}
	if j := agoAfterLink(ts); j > 0 {
		// "..., but a few days ago added:": the time is no subject; the
		// one who added opens the sentence, as after "but added".
		ts = ts[:j+1]
	}
	if w := ts[len(ts)-1].lower(); !ts[len(ts)-1].capitalised() && (w == "and" || w == "but" || w == "then") {
		// "The president noted ..., and added:": the subject opens the
		// sentence, or is the first verb's ("During his years as
		// governor, he called for ..., and referred to").
		if j, _ := lastCue(ts[:len(ts)-1]); j > 0 && !isGerund(ts[j]) {
			if np := subjectBefore(ts[:j]); np != nil && len(np) == 1 && subjectPronouns[np[0].low] {
				return np
			}
		}
		if len(ts) > 2 && ts[0].opener && ts[1].word && prepositions[ts[1].low] {
			// "Halfway through the operation, a patient woke up and
			// asked": the phrase before the comma is no subject; the
			// one described after it is.
			for c := 2; c < len(ts)-1; c++ {
				if ts[c].is(",") {
					if np := describedSubject(ts[c+1 : len(ts)-1]); np != nil {
						return np
					}
					break
				}
			}
			// "Based on two weeks of tests, Carran Rail this week
			// declared ... and said": the name opening the chunk that
			// holds the verb, after the last comma ("at a rally in
			// Dunmore, Kansas, Senator Ada Fenwick laughed and said").
			last := 0
			for c := 2; c < len(ts)-1; c++ {
				if ts[c].is(",") {
					last = c + 1
				}
			}
			if c := ts[last : len(ts)-1]; last > 0 && len(c) > 1 && c[0].capitalised() {
				if np := leadingNP(c); np != nil && hasName(np) && len(np) < len(c) && !isPlace(joinWords(np)) {
					return np
				}
			}
			return nil
		}
		return leadingNP(ts[:len(ts)-1])
	}
	// Walk back over comma-separated chunks: a comma right before the cue
	// closes an appositive ("Lisle, executive director of X, called").
	var starts []int // start index of each chunk
	starts = append(starts, 0)
	for i, t := range ts {
		if isChunkBreak(t) {
			starts = append(starts, i+1)
		}
	}
	chunk := func(k int) []token {
		end := len(ts)
		if k+1 < len(starts) {
			end = starts[k+1] - 1
		}
		return trimPunct(ts[starts[k]:end])
	}
	k := len(starts) - 1
	if c := chunk(k); k > 0 && len(c) > 2 && (c[0].low == "which" || c[0].low == "whom") && (isDeterminer(c[1].low) || c[1].capitalised()) && !hasVerb(c[1:]) {
		// "The plan, which the governor said was": the relative clause's
		// own subject speaks.
		return c[1:]
	}
	relative := k > 0 && len(chunk(k)) > 0 && (chunk(k)[0].low == "who" || chunk(k)[0].low == "whose" || chunk(k)[0].low == "which" || unclosedRole(chunk(k-1), chunk(k)))
	// "Segal, legal director of the union, in a statement called": a
	// phrase of place or manner before the cue is an aside too.
	prep := k > 0 && len(chunk(k)) > 1 && !chunk(k)[0].capitalised() && prepositions[chunk(k)[0].low] && !hasName(chunk(k))
	if len(chunk(k)) == 0 || relative || prep {
		// "Marchbank, who runs ..., said", and with no comma to close the
		// clause, "J.D. Marsh, who replaced Mr Haas as adviser said".
		if k == 0 {
			return nil
		}
		which := relative && chunk(k)[0].low == "which"
		if relative {
			ts, starts = ts[:starts[k]-1], starts[:k]
		}
		k--
		for k > 0 && isAside(chunk(k)) && !titledName(chunk(k)) && !opensAdverbial(chunk(k-1)) && !(k == 1 && prepOpener(chunk(0))) {
			k--
		}
		if which && hasVerb(chunk(k)) {
			// "The Wexcombe Onion has a disclaimer, which says": the
			// thing "which" stands for ends the clause before it.
			return docPhraseBefore(chunk(k))
		}
	}
	if k >= 2 && (isHometown(chunk(k-1), chunk(k)) || isHometown(appositiveTown(chunk(k-1)), chunk(k))) {
		// "Ruben Tally, of Ossing, Va., said": the state is not the speaker.
		k -= 2
	} else if k >= 1 && isHometown(namedTown(chunk(k-1)), chunk(k)) {
		// "Ruben Tally of Ossing, Va., said": the name and its town speak.
		k--
	}
	if c := chunk(k); k >= 1 && len(c) >= 2 && (c[0].low == "from" || c[0].low == "of") && allNameWords(c[1:]) {
		// "Tomas, 35, from Valdoria, told": the person from the place,
		// past the age.
		j := k - 1
		if a := chunk(j); j >= 1 && len(a) == 1 && isNumeral(a[0]) {
			j--
		}
		if pc := chunk(j); len(pc) > 0 && len(pc) <= 4 && pc[0].capitalised() && personRun(pc) {
			k = j
		}
	}
	if last := chunk(k); k > 0 && len(last) >= 2 && !last[0].capitalised() && isAppositive(last) && (!endsWithName(last) || nameAfterPreposition(last)) && (len(chunk(k-1)) == 0 || !isGerund(chunk(k - 1)[0])) {
		// "Lina, daughter of Okoro said": the name before the role speaks;
		// so does a full name opening the sentence before "the ...":
		// "General Ada Holm, the Chief of the Naval Staff told".
		pc := chunk(k - 1)
		det := isDeterminer(last[0].lower())
		if len(pc) > 0 && len(pc) <= 5 && pc[0].capitalised() && !notNameWord(pc[0]) && !timeWords[pc[0].lower()] && personRun(pc) && !strings.EqualFold(pc[0].w, "according") && (!det || k == 1 && len(pc) >= 2 && allNameWords(pc)) {
			k--
		}
	}
	if pc := chunk(max(k-1, 0)); k > 0 && possessedRole(chunk(k)) && (len(pc) >= 2 && len(pc) <= 4 && allNameWords(pc) && personRun(pc) || len(pc) == 1 && pc[0].word && !notNameWord(pc[0]) && !isPlace(pc[0].w) && !timeWords[pc[0].lower()] && !isAdverb(pc[0].lower()) && !strings.HasSuffix(pc[0].lower(), "wards")) && pc[0].capitalised() {
		// "Tomas Vell, Carrow's deputy harbour master for the Northern
		// Quays, said": the name before the role speaks; a surname
		// alone too ("Morrow, Vellum's superior, said").
		k--
	}
	if nc, rc, pc := chunk(k), chunk(max(k-1, 0)), chunk(max(k-2, 0)); k >= 2 && len(nc) <= 4 && hasName(nc) && nc[0].capitalised() && allNameWords(nc) &&
		relatedRole(rc) &&
		len(pc) >= 2 && len(pc) <= 5 && pc[0].capitalised() && allNameWords(pc) && personRun(pc) && nameNotTimeOrPlace(pc) {
		// "Mara Voss, the sister of the harbour master, Ivo Lund, said":
		// the name after the role names the one the role is related to;
		// the name before it speaks.
		k -= 2
	}
	if k > 0 && hasName(chunk(k)) && chunk(k)[0].capitalised() {
		// "a spokesman, Leo Haas, said": the role before the name is his.
		// So does a title a possessor qualifies: "Norland's prime
		// minister, Tomas Vell, said".
		if pc := chunk(k - 1); len(pc) >= 2 && len(pc) <= 6 && (isDeterminer(pc[0].lower()) && !pc[0].capitalised() && !hasName(pc[1:]) || possessorsTitle(pc)) {
			k--
		}
	}
	headStart := starts[k]
	head := ts[headStart:]
	// "... so heated that Vermont Gov. Ada Brennan said": the subject
	// follows the last clause word.
	// So does a clause word inside the subject's chunk when asides follow
	// it: "local radio reported that the keeper, who had just
	// retired, had complained".
	headEnd := len(head)
	for j, t := range head {
		if isChunkBreak(t) {
			headEnd = j
			break
		}
	}
	for j := headEnd - 1; j > 0; j-- {
		// "what Quarrie himself told": the one after "what" speaks, unless
		// only in thought: "imagine what an invitation might say".
		if lw := head[j].lower(); lw == "what" && !head[j].capitalised() && modals[head[len(head)-1].low] {
			return nil
		}
		if lw := head[j].lower(); !head[j].capitalised() && (clauseStarts[lw] || lw == "what") && lw != "and" && lw != "or" {
			head = head[j+1:]
			break
		}
	}
	// A leading clause word or preposition: keep the last noun phrase.
	for len(head) > 0 && !head[0].word {
		head = head[1:]
	}
	first := len(head) // end of the head's first chunk; appositives follow
	for j, t := range head {
		if isChunkBreak(t) {
			first = j
			break
		}
	}
	var np []token
	switch {
	case len(head) == 0:
	case first >= 3 && first <= 8 && !head[0].capitalised() && (groupNouns[head[0].lower()] || pluralOfPerson(head[0].lower())) && (participle(head[1]) || head[1].lower() == "of"):
		// "reports that migrants stranded on the Norland side chanted":
		// the group, not the place the participle's phrase names; so
		// "relatives of passengers on board the ferry released …": the
		// relatives, not the ferry.
		np = head[:first]
	case !head[0].capitalised() && !head[0].particleName() && !isDeterminer(head[0].lower()) && !pronouns[head[0].lower()]:
		np = trailingNP(head[:first])
		if len(np) == 0 {
			// `"...," police said`, `local officials said`: a group with
			// no determiner.
			np = bareGroup(head[:first])
		}
		if len(np) > 0 && isRoleLead(head[:len(head[:first])-len(np)]) {
			np = head[:first] // "harbour security adviser J.D. Marsh": the role is his
		}
	case head[0].capitalised() && (clauseStarts[head[0].lower()] || prepositions[head[0].lower()] || timeWords[head[0].lower()]):
		np = trailingNP(head[1:first])
	default:
		np = head[:first]
	}
	if len(np) == 0 {
		return nil
	}
	np = afterOutletName(np)
	for k := range ts {
		if ts[k].s == np[0].s {
			head = ts[k:] // the noun phrase and its appositives
			break
		}
	}
	n, k := 0, len(head)
	for j, t := range head {
		if isChunkBreak(t) {
			k = j
			break
		}
		if t.word {
			n++
		}
	}
	if n > 12 && nameThenAffiliation(head[:k]) {
		// "Dr. Jeffrey Bender of the University of Oklahoma Medical
		// Center in Oklahoma City": a long affiliation after the name.
		return head
	}
	if n > 12 {
		for j, t := range head[:min(k, 5)] {
			if t.word && !t.capitalised() && docNouns[t.lower()] && j+1 < k && prepositions[head[j+1].low] && !hasVerb(head[:k]) {
				// "The 2014 report for ministers by the Panel on
				// Coastal Erosion": a document and its author, whole.
				return head[:k]
			}
		}
		// A long title before the name: "Second Adjutant General of the
		// Northern Armed Forces Brigadier General Oren Vashti". Keep
		// the name and the capitalised words right before it.
		j := k
		for j > 0 && (head[j-1].capitalised() || isInitial(head[j-1]) || head[j-1].particleName()) {
			j--
		}
		if o := lastOrgWord(head[j:k]); o >= 0 {
			j += o + 1 // "... Harbours Authority Rear Admiral Ines Calloway"
		}
		j = max(j, k-6)
		if k-j >= 2 && personRun(head[j:k]) {
			return head[j:]
		}
		return nil
	}
	if n == 0 {
		return nil
	}
	return head
}

// reportedImpersonal is the index of the cue before an impersonal
// passive that ends ts, "said it had to be" (concluded), "said it must
// be" (noted): the subject of that cue is the speaker. 0 when ts does not
// end so.
func reportedImpersonal(ts []token) int {
	k := len(ts)
	for k > 0 && ts[k-1].word && !ts[k-1].capitalised() && (auxiliaries[ts[k-1].low] || modals[ts[k-1].low] || impersonalLinks[ts[k-1].low]) {
		k--
	}
	if k == len(ts) || k < 3 || ts[k-1].low != "it" {
		return 0
	}
	j, n := lastCue(ts[:k-1])
	if j <= 0 || j+n != k-1 || isGerund(ts[j]) {
		return 0
	}
	return j
}

// impersonalLinks join "it" to a passive cue: "it had to be", "it will
// be", "it must be".
var impersonalLinks = text.WordSet("to must will should can shall")

// dropLinkingAdverb drops an adverb set off by commas that links the
// sentence to the one before, and the comma after it: "The union,
// though, called" reads as "The union, called", the subject before the
// comma; "On Harbour Radio, meanwhile, the mayor said" as "On Harbour
// Radio, the mayor said".
func dropLinkingAdverb(ts []token) []token {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].is(",") && ts[i+1].word && !ts[i+1].capitalised() && sentenceAdverbs[ts[i+1].low] && ts[i+2].is(",") {
			out := make([]token, 0, len(ts)-2)
			return append(append(out, ts[:i+1]...), ts[i+3:]...)
		}
	}
	return ts
}

// bareGroup is the run of lower-case words ending ts that names a group of
// people with no determiner, "police", "federal prosecutors"; nil if none.
func bareGroup(ts []token) []token {
	n := len(ts)
	if n == 0 || !ts[n-1].word || !groupNouns[ts[n-1].lower()] {
		return nil
	}
	start := n - 1
	for start > 0 && n-start < 3 && ts[start-1].word && !ts[start-1].capitalised() {
		w := ts[start-1].lower()
		if clauseStarts[w] || prepositions[w] || cueVerbs[w] || adverbs[w] || questionAux[w] || isDeterminer(w) || pronouns[w] {
			break
		}
		start--
	}
	return ts[start:]
}

// isRoleLead reports whether the lower-case words before a name read as
// his role, "national security adviser", rather than a clause: a few
// words, none a verb, preposition or clause word, the last a title.
func isRoleLead(ts []token) bool {
	if len(ts) == 0 || len(ts) > 4 || !titles[ts[len(ts)-1].lower()] {
		return false
	}
	for _, t := range ts {
		lw := t.lower()
		if !t.word || t.capitalised() || prepositions[lw] || clauseStarts[lw] || cueVerbs[lw] || adverbs[lw] || isDeterminer(lw) {
			return false
		}
	}
	return true
}

// opensAdverbial reports whether a chunk is an opening phrase naming no
// one, so not the subject: "According to a source", "In a statement" (but
// "As Steven Rosenthal, a tax lawyer, put it").
func opensAdverbial(c []token) bool {
	return len(c) > 0 && c[0].capitalised() && (c[0].low == "according" || prepositions[c[0].low]) && !hasName(c[1:])
}

// prepOpener reports whether a chunk opening the sentence is a short
// phrase of time or place, "On Monday", "In Kessport": what follows it is
// the subject, though it reads as an aside ("On Monday, the Harbour
// Daily, the party's paper, warned"), and so is a phrase set against it
// ("Unlike Tark, ...", "With Tark away, ..."). Only such prepositions
// count: "Over Grove Holdings" and "Beyond Meadows" are names.
func prepOpener(c []token) bool {
	return len(c) >= 2 && len(c) <= 5 && c[0].capitalised() && openerPrepositions[c[0].low]
}

// openerPrepositions open a phrase of time, place or contrast before the
// subject.
var openerPrepositions = text.WordSet("in on at during after before since across inside outside following throughout amid until with unlike like despite among besides")

// titledName reports whether a chunk is a name with its title, "Dr.
// Patrizia Okonjo": the subject, not an aside before the cue.
func titledName(c []token) bool {
	return len(c) > 0 && c[0].capitalised() && endsWithName(c)
}

// allNameWords reports whether every word of ts may be part of a name.
// unclosedRole reports an appositive role whose closing comma is missing,
// after a person's name: "General Ada Holm, the Chief of the Naval Staff
// told ...". The role is not the speaker; the name before it is.
func unclosedRole(name, role []token) bool {
	if len(name) < 2 || len(role) < 3 || !allNameWords(name) {
		return false
	}
	switch w := role[0]; {
	case w.capitalised():
		return false
	case w.low == "the" || w.low == "a" || w.low == "an":
		for _, t := range role[1:] {
			if t.low == "of" || t.low == "for" {
				return true
			}
		}
	}
	return false
}

func allNameWords(ts []token) bool {
	for _, t := range ts {
		if !t.capitalised() && !t.particleName() && !isInitial(t) && !nameParticles[t.lower()] {
			return false
		}
	}
	return true
}

// namedTown is the town part of a name followed by its town, "of
// Ossing" in "Ruben Tally of Ossing"; nil if the chunk is not that.
func namedTown(c []token) []token {
	for j := len(c) - 2; j >= 1; j-- {
		if w := c[j].low; (w == "of" || w == "from") && !c[j].capitalised() {
			if allNameWords(c[:j]) && allNameWords(c[j+1:]) && j >= 2 {
				return c[j:]
			}
			return nil
		}
	}
	return nil
}

// isHometown reports whether two comma chunks read as a hometown, "of
// Ossing" then "Va." or "Vermont".
func isHometown(town, state []token) bool {
	if len(town) < 2 || len(state) == 0 || len(state) > 2 {
		return false
	}
	// "of Ossing", or a role ending in its town: "spokesman for
	// Harbor Safety Command in Pinebridge".
	j := len(town) - 1
	for j > 0 && town[j].capitalised() {
		j--
	}
	// So does a role at a body: "a geologist at Northfield University".
	if w := town[j].lower(); j == len(town)-1 || town[j].capitalised() || w != "of" && w != "from" && w != "in" && w != "at" || j > 0 && w != "in" && w != "at" || j == 0 && w == "at" {
		return false
	}
	for _, t := range state {
		if !t.capitalised() {
			return false
		}
	}
	words := make([]string, len(state))
	for i, t := range state {
		words[i] = t.w
	}
	name := strings.Join(words, " ")
	// "Va.", "Md.", "Calif.", "N.Y." or a state's full name.
	return len(state) == 1 && len(strings.TrimSuffix(name, ".")) <= 5 || isPlace(name)
}

// appositiveTown is the town an appositive after a name ends in, "from
// Port Hale" in "a 19-year-old junior from Port Hale"; nil if none.
func appositiveTown(ts []token) []token {
	if len(ts) < 4 || !isDeterminer(ts[0].lower()) || ts[0].capitalised() {
		return nil
	}
	j := len(ts) - 1
	for j > 0 && ts[j].capitalised() {
		j--
	}
	if ts[j].low != "from" || j == len(ts)-1 {
		return nil
	}
	return ts[j:]
}

// openers are adverbs that open a sentence before its subject.
var openers = text.WordSet("later earlier meanwhile however now instead last next this thus still yet so also then nevertheless nonetheless moreover furthermore indeed therefore otherwise besides hence anyway regardless overall")

// prepositions open a phrase that is not a subject ("In a letter, ...").
var prepositions = text.WordSet(`in on at during after before from for with by since of about under over into to as
beside besides behind alongside near toward towards against among amid without upon via unlike around
between through across within despite throughout beyond`)

func isChunkBreak(t token) bool {
	return t.is(",") || t.is(";") || t.is("—") || t.is("–") || t.is("(") || t.is(")") || t.is(":")
}

// speakerNoun reports whether w is a word for one who may speak: a
// person, people or a group ("skipper", "residents", "crew").
func speakerNoun(w string) bool {
	return personWord(w) || groupNouns[w] || pluralOfPerson(w)
}

// plainPhrase reports whether ts are the words of a short noun phrase
// after its determiner: words only, none a verb, preposition or clause
// word ("girl's aunt", "new harbour master").
func plainPhrase(ts []token) bool {
	for _, t := range ts {
		if !t.word || prepositions[t.low] || clauseStarts[t.low] || cueVerbs[t.low] || questionAux[t.low] || adverbs[t.low] {
			return false
		}
	}
	return len(ts) > 0
}

// nameThenAffiliation reports whether ts opens with a person's name of two
// words or more, titles allowed, followed by "of", "at", "for" or "from":
// "Dr. Lena Okafor of the Harbor Institute for ...".
func nameThenAffiliation(ts []token) bool {
	j := 0
	for j < len(ts) && (ts[j].capitalised() || isInitial(ts[j]) || ts[j].particleName()) {
		j++
	}
	return j >= 2 && j < len(ts) && affiliation[ts[j].low] && endsWithName(ts[:j])
}

// participle reports whether t is a lower-case word ending in -ed or -ing
// right after a noun: "migrants stranded", "travellers waiting".
func participle(t token) bool {
	return t.word && !t.capitalised() && len(t.low) > 4 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) && !cueVerbs[t.low]
}

// letObjects are the ones told in "let her know": "he let her know that".
var letObjects = text.WordSet("her him them us me everyone")

// agentNouns are people no suffix tells that open a clause as its actor:
// "The lunch thief then came back".
var agentNouns = text.WordSet("thief suspect gunman guard pilot chef hostage fan critic boss")

// describedSubject is the description of one person that opens clause c
// before its verb, "a patient" in "a patient suddenly woke up"; nil if c
// opens otherwise.
func describedSubject(c []token) []token {
	if len(c) < 3 || !isDeterminer(c[0].lower()) {
		return nil
	}
	for k := 1; k < len(c) && k <= 3; k++ {
		t := c[k]
		if !t.word || t.capitalised() || prepositions[t.low] || relativeStops[t.low] {
			return nil
		}
		if (personWord(t.low) || agentNouns[t.low]) && k+1 < len(c) && c[k+1].word && !c[k+1].capitalised() && !personWord(c[k+1].low) {
			return c[:k+1]
		}
	}
	return nil
}

// onlyTimeNames reports whether every capitalised word of ts is a day, a
// month or another word of time: "on Wednesday" names no one.
func onlyTimeNames(ts []token) bool {
	for _, t := range ts {
		if t.capitalised() && !timeWords[t.lower()] {
			return false
		}
	}
	return true
}

// afterOutletName drops a paper's name run together with the name after
// it, "The Harbour Ledger Bowman" in "In an article for The Harbour
// Ledger Bowman wrote": Bowman writes. np is kept when no outlet's name
// opens it or nothing but capitalised words follow.
func afterOutletName(np []token) []token {
	if len(np) < 2 {
		return np
	}
	for _, t := range np {
		if !t.word || !t.capitalised() && !isDeterminer(t.low) {
			return np
		}
	}
	var words []string
	for k := len(np) - 1; k >= 1 && len(np)-k <= 3; k-- {
		if last := np[k-1]; !outlets.OutletWord(last.lower()) && !isUpperWord(last.w) {
			continue // a paper's name ends with a word for one ("Ledger", "Post") or is an acronym
		}
		if words == nil {
			words = make([]string, len(np))
			for i, t := range np {
				words[i] = t.w
			}
		}
		if isOutlet(strings.Join(words[:k], " ")) && !hasOrgWord(np[k:]) && !isOutlet(strings.Join(words[k:], " ")) {
			return np[k:]
		}
	}
	return np
}

// nameAfterPreposition reports whether the name ending an appositive is
// the object of a preposition in it, "a baker living close to Cafe
// Marisol", rather than the appositive's own head, "the deputy mayor Ada
// Holm": a place or body the role is tied to never speaks for the person.
func nameAfterPreposition(ts []token) bool {
	j := len(ts) - 1
	for j > 0 && (ts[j].capitalised() || ts[j].particleName()) {
		j--
	}
	return j > 0 && j < len(ts)-1 && ts[j].word && !ts[j].capitalised() && prepositions[ts[j].low]
}
