package summary

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// pastVerbs are the past forms news tells what happened with: of the
// auxiliaries, and of the irregular verbs (a regular one ends in -ed).
const pastVerbs = `was were had did said told went came got made took gave found saw thought knew left felt kept held
brought began ran won lost paid met sent built put set let hit cut shot fell rose sold bought led spoke wrote became
stood heard meant seemed ate drew drove flew fought grew hid hung lay laid lit rode rang sang sank sat slept slid spent
stole struck swam swore threw understood woke wore wept withdrew forgot froze broke chose bit blew dug dealt fled shook
sought stuck stung swept swung taught tore been done gone seen given taken known shown thrown driven written spoken
broken chosen stolen fallen risen`

// finiteVerbs are verbs that make a clause whatever stands before them:
// the auxiliaries and the past of the irregular verbs (pastVerbs), and
// the present of the reporting verbs a plural subject takes ("Police
// believe", "the records include").
var finiteVerbs = text.WordSet(`is are am be has have do does will would can could cannot may might must shall should
says tells seems say believe think want need know see show suggest remain appear fear expect claim hope face plan
include insist agree deny argue warn urge ` + pastVerbs)

// past are pastVerbs as a set.
var past = text.WordSet(pastVerbs)

// tellsDone reports whether s tells something that happened: a verb in
// the past ("sank", "was sentenced", "has been dubbed"), a regular one in
// -ed among them; not a feature's generic present ("In tenpin bowling,
// it's usually about the bowling.").
func tellsDone(s string) bool {
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		w := strings.ToLower(f)
		if past[w] {
			return true
		}
		if r, _ := firstRune(f); unicode.IsLower(r) && len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// clauseFunctionWords are the words after which a word is not read as a
// verb for where it stands (a determiner, a preposition, a conjunction, a
// number word: "for clients", "in happier times").
var clauseFunctionWords = text.WordSet(`the a an of for and or nor with in on at to by from into onto upon about as than
his her their its our your my some many several all more most other such few no any each every both either neither
one two three four five six seven eight nine ten what when where why how if because although though
over under after before during since until without across through against between among near off up down out
around behind beyond within not`)

// clausePronouns make the word after them a verb ("we demand", "she
// shut", "that compares").
var clausePronouns = text.WordSet(`i you he she it we they who which that this there`)

// hasVerb reports whether s reads as a clause with a finite verb, as far
// as words alone tell: an auxiliary or a verb that is one wherever it
// stands (finiteVerbs), a contraction ("don't", "it's"), a word in -ed, a
// word after a subject pronoun, or a word after a noun or a name (a
// word in -s, a capitalised one) that no function word, -ing or -ly form
// is. A caption ("Ada Holm and Ivo Brand at the harbour in 2019."), a teaser's
// answer ("Buckets of rain over Tarnport.") or a piece of a sentence the
// splitter cut at a title's "!" ("In her 2019 memoir, “Never Again!”")
// has none: no statement for a summary. It leans to finding one: a word
// in -s after a lower-case word counts ("the port expects"), and so the
// caption "... in happier times." passes; a plain verb after a singular
// noun ("the crew lack") is missed unless finiteVerbs holds it.
func hasVerb(s string) bool {
	prev, prevCap, first := "", false, true
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
	}) {
		f = strings.Trim(f, "'’-")
		if f == "" {
			continue
		}
		w := strings.ToLower(f)
		r, _ := firstRune(f)
		lower := unicode.IsLower(r)
		switch {
		case finiteVerbs[w] && prev != "to":
			return true
		case strings.ContainsAny(w, "'’") && contraction(w):
			return true
		case lower && len(w) > 4 && strings.HasSuffix(w, "ed"):
			return true
		case lower && !first && !clauseFunctionWords[w] && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") &&
			!clauseFunctionWords[prev] && prev != "to" && verbSlot(w, prev, prevCap):
			return true
		}
		// the first word is capitalised whatever it is
		prev, prevCap, first = w, !lower && !first, false
	}
	return false
}

// verbSlot reports whether w, a lower-case content word after prev,
// stands where a verb does: after a subject pronoun; in -s (not -ss)
// after a word that is no -ing form ("the port expects", not "supervising
// therapists"); or after a plural or a name ("Officials say", "Holm
// insists").
func verbSlot(w, prev string, prevCap bool) bool {
	if clausePronouns[prev] {
		return true
	}
	if inS(w) && !strings.HasSuffix(prev, "ing") {
		return true
	}
	return inS(prev) || prevCap
}

// inS reports a word in -s that is no -ss word ("times", not "press").
func inS(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3
}

// contraction reports a word with a verb's contraction: "don't", "it's",
// "they're", "we've", "she'll", "he'd", "I'm".
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	if strings.HasSuffix(w, "n't") {
		return true
	}
	for _, suf := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(w, suf) {
			// a possessive "'s" is no verb but for a pronoun's ("it's")
			return suf != "'s" || clausePronouns[strings.TrimSuffix(w, suf)] || w == "what's" || w == "here's"
		}
	}
	return false
}
