package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// mood is how firmly a sentence asserts the statement at one of its tokens.
// A fact conflict needs two assertions: a conditional ("if the alarm had not
// gone off"), a question or a clause under a negated frame ("it is not known
// whether ...") asserts nothing; a hedge ("may have", "reportedly") asserts
// less than a plain statement or denial.
type mood struct {
	conditional bool // if, unless, whether; a counterfactual "would have"
	question    bool
	embedded    bool // under an earlier negation: "not informing them that X would not come"
	hedged      bool
}

// asserts reports whether the statement is asserted at all.
func (m mood) asserts() bool { return !m.conditional && !m.question && !m.embedded }

var (
	// condWords make a clause a condition or an open question.
	condWords = text.WordSet("if unless whether lest")
	// hedgeWords put a statement in doubt. "expected to" and "said" are
	// plans and attribution, the ordinary way news states facts: not hedges.
	hedgeWords = text.WordSet(`may might could reportedly allegedly alleged possibly perhaps probably likely
		apparently supposedly seemingly purportedly purported rumored rumoured rumor rumour rumors rumours
		appears appear appeared seems seem seemed suspected unconfirmed unverified speculated speculation
		believed thought suggests suggested`)
	// claimVerbs report what a party says without vouching for it, when a
	// clause follows ("claimed that ...", "insists the video is real"); as
	// nouns ("damage claims") they hedge nothing.
	claimVerbs    = text.WordSet("claim claims claimed claiming insist insists insisted insisting")
	clauseOpeners = text.WordSet("that the a an he she they it we i his her their its this")
	// counterModals with "have" make a counterfactual: "would have died".
	counterModals = text.WordSet("would could might should must")
)

// moodAt tells how firmly the sentence of toks asserts the statement whose
// subject starts at token from and whose head is at token at. The sentence
// is the whole of toks (one unit); s is the article text. A relative clause
// ("a program that provides money") states its content whatever the clause
// around it says: a condition or negation outside it does not reach it.
func moodAt(s string, toks []token, from, at int) mood {
	var m mood
	if len(toks) == 0 {
		return m
	}
	at = min(at, len(toks)-1)
	from = min(from, at)
	end := min(toks[len(toks)-1].end+3, len(s))
	if i := strings.IndexAny(s[toks[at].start:end], ".!?;"); i >= 0 && s[toks[at].start+i] == '?' {
		m.question = true
	}
	open, relative := clauseOpen(s, toks, from)
	// A condition reaches the statement when it comes before it ("If X,
	// Y"; "not known whether Y") or after it within its clause ("Y if X");
	// not after a comma ("Y, police said, adding they would act if ..."),
	// and in a relative clause only inside it: "not eligible for a program
	// that provides money unless ..." states that the program provides money.
	reaches := func(k int) bool {
		if relative {
			return k >= open && k <= at
		}
		if k < open {
			// not across a clause of its own: "would not say whether X,
			// though one said that Y"
			for x := k + 1; x < open; x++ {
				if contrastWords[toks[x].low] || strings.ContainsAny(s[toks[x-1].end:toks[x].start], ";:") {
					return false
				}
			}
			return true
		}
		if k <= at {
			return true
		}
		return !strings.ContainsAny(s[toks[at].end:toks[k].start], ",;:—–()")
	}
	for k, t := range toks {
		if condWords[t.low] && reaches(k) {
			m.conditional = true
		}
		if counterModals[strings.TrimSuffix(t.low, "n't")] && k+1 < len(toks) && reaches(k) {
			n := toks[k+1].low
			if n == "not" && k+2 < len(toks) {
				n = toks[k+2].low
			}
			if n == "have" || n == "'ve" {
				m.conditional = true
			}
		}
	}
	if len(toks) > 2 && (toks[0].low == "had" || toks[0].low == "were") && !toks[1].capital && !relative {
		m.conditional = true // inverted condition: "Had the alarm not sounded, ..."
	}
	// hedges: within the clause, up to the head; sentence adverbs anywhere
	// in the clause
	for k := max(open-2, 0); k < len(toks); k++ {
		// from the word that governs the clause: "claimed that ..."
		if k > at && strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",;:—–") {
			break
		}
		if (k <= at && hedgeWords[toks[k].low] && !canNot(toks, k)) || hedgeAdverbs[toks[k].low] {
			m.hedged = true
		}
		if k < at && claimVerbs[toks[k].low] && (clauseOpeners[toks[k+1].low] || toks[k+1].capital) {
			m.hedged = true
		}
	}
	// a passive attribution anywhere after it: "..., it has been claimed"
	for k := at + 1; k < len(toks); k++ {
		if attributed[toks[k].low] && (beForms[toks[k-1].low] || toks[k-1].low == "widely") &&
			(toks[max(k-2, 0)].low == "it" || toks[max(k-3, 0)].low == "it") {
			m.hedged = true
		}
	}
	// an earlier negation or denial governing the clause, with no break
	// between: "Not informing the parents their son would not come"
	if !relative {
		for k := from - 1; k >= 0 && k >= from-15; k-- {
			if isNegCue(toks, k) || denyVerbs[toks[k].low] {
				m.embedded = true
				break
			}
			if toks[k].low == "but" || strings.ContainsAny(s[toks[k].end:toks[k+1].start], ",;:.—–()") {
				break
			}
		}
	}
	return m
}

// contrastWords open a clause of their own, out of reach of a condition
// before them.
var contrastWords = text.WordSet("though although but however whereas while because yet")

// attributed, after "is", "was" or "been", leave a statement to others:
// "it has been claimed", "it is alleged".
var attributed = text.WordSet("claimed alleged rumoured rumored reported suggested believed")

// canNot reports whether toks[k] is "could" denying an ability ("could not
// create"): a statement of what happened, not a hedge.
func canNot(toks []token, k int) bool {
	if toks[k].low == "couldn't" {
		return true
	}
	return toks[k].low == "could" && k+1 < len(toks) && toks[k+1].low == "not"
}

// hedgeAdverbs hedge a clause wherever they stand in it.
var hedgeAdverbs = text.WordSet("reportedly allegedly apparently supposedly purportedly possibly perhaps probably")

// clauseOpen finds where the clause holding toks[from] opens: after a
// break in the text (";", ":", "—", a full stop) or at a subordinating word
// before it. relative reports a relative clause: opened by "which", "who"
// or a "that" after a noun ("a program that provides ...").
func clauseOpen(s string, toks []token, from int) (open int, relative bool) {
	for k := from; k > 0; k-- {
		if strings.ContainsAny(s[toks[k-1].end:toks[k].start], ";:—–") {
			return k, false
		}
		switch toks[k-1].low {
		case "which", "who", "whose":
			return k, true
		case "that":
			return k, k-2 >= 0 && !isVerbish(toks, k-2) && toks[k-2].lemma != ""
		case "if", "unless", "whether", "because", "although", "though", "while", "when":
			return k - 1, false
		}
	}
	return 0, false
}

// tenseOf tells whether the verb group from token from to at speaks of
// what is planned ('f': will, would, going to) or what happened ('p': did,
// was, had, a past form), or neither (0).
func tenseOf(toks []token, from, at int) byte {
	for k := max(from, 0); k < at && k < len(toks); k++ {
		switch w := strings.TrimSuffix(toks[k].low, "n't"); w {
		case "will", "would", "shall", "'ll", "wo", "going":
			return 'f'
		case "did", "was", "were", "had":
			return 'p'
		}
	}
	if at < len(toks) && at >= 0 {
		w := toks[at].low
		if strings.HasSuffix(w, "ed") || (irregular[w] != "" && irregular[w] != w && !strings.HasSuffix(w, "s")) {
			if at == 0 || !beForms[toks[at-1].low] && !auxForms[toks[at-1].low] {
				return 'p'
			}
		}
	}
	return 0
}

// determiners open a noun phrase.
var determiners = text.WordSet("a an the this that these those his her its their our my your some any all each every")

// prepositions before a noun phrase make it an object, not a subject.
var prepositions = text.WordSet("of with in for from on at by about to than into like among between without over under")

// nounPhrase reads the noun phrase whose head is toks[h]: the content words
// written just before it. of is, when the phrase follows a preposition, the
// noun the preposition hangs from ("guidelines with saturated fats" gives
// "guideline"; "those with" gives "-"): the phrase is then not the subject
// of a verb after it, that noun's phrase is.
func nounPhrase(s string, toks []token, h int) (mods []string, of string) {
	k := h - 1
	for k >= 0 && k >= h-3 && toks[k].lemma != "" && !toks[k].num && !gapBreaks(s, toks[k].end, toks[k+1].start) &&
		!strings.ContainsAny(s[toks[k].end:toks[k+1].start], ",—–") && !verbLike(toks, k) {
		mods = append(mods, toks[k].lemma)
		k--
	}
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k >= 0 && prepositions[toks[k].low] && !gapBreaks(s, toks[k].end, toks[k+1].start) {
		of = "-"
		if k > 0 && toks[k-1].lemma != "" {
			of = toks[k-1].lemma
		}
	}
	return mods, of
}

// objectAfter reads the content words of the noun phrase after the verb at
// toks[v], nil when the verb takes none there.
func objectAfter(s string, toks []token, v int) []string {
	from, to := objectSpan(s, toks, v)
	var words []string
	for _, t := range toks[from:to] {
		words = append(words, t.lemma)
	}
	return words
}

// objectSpan is the token range of the content words of the noun phrase
// after the verb at toks[v] (empty when there is none), past any
// determiner or possessive before them.
func objectSpan(s string, toks []token, v int) (int, int) {
	k := v + 1
	for k < len(toks) && (determiners[toks[k].low] || strings.HasSuffix(toks[k].low, "'s")) {
		if gapBreaks(s, toks[k-1].end, toks[k].start) {
			return k, k
		}
		k++
	}
	from := k
	for ; k < len(toks) && k-from < 4; k++ {
		t := toks[k]
		if t.lemma == "" || t.num || gapBreaks(s, toks[k-1].end, t.start) || strings.ContainsAny(s[toks[k-1].end:t.start], ",—–") {
			break
		}
	}
	return from, k
}

// objectEnd is where a verb's quoted statement ends with its object: after
// "the journalist" in "beheaded the journalist", at to when there is none.
func objectEnd(s string, toks []token, to int) int {
	if from, end := objectSpan(s, toks, to-1); end > from {
		return end
	}
	return to
}

// sameObject reports whether two verbs' objects can be one thing: either is
// missing, or they share a word, and when their heads are the same their
// modifiers do not differ ("destroyed crew weapons" / "did not destroy
// personal weapons" are two things).
func sameObject(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if a[len(a)-1] == b[len(b)-1] {
		return !disjoint(a[:len(a)-1], b[:len(b)-1])
	}
	return !disjoint(a, b)
}

// isVerbish guesses whether toks[k] is a verb: verbLike, or a past or
// present participle form, or an irregular past form.
func isVerbish(toks []token, k int) bool {
	t := toks[k]
	if t.lemma == "" || t.num || t.capital {
		return false
	}
	if verbLike(toks, k) {
		return true
	}
	w := t.low
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return true
	}
	if r, ok := irregular[w]; ok && r != w && !strings.HasSuffix(w, "s") {
		return true
	}
	return k > 0 && (toks[k-1].low == "not" || strings.HasSuffix(toks[k-1].low, "n't"))
}

// disjoint reports whether two non-empty word lists share no word: "crew
// weapons" and "personal weapons" are two things; "weapons" and "personal
// weapons" may be one.
func disjoint(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}
