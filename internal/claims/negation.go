package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// negation is one denied statement found in a sentence: "X is not a
// sanctuary city", "police do not enforce ...", "expertise, though not money".
type negation struct {
	kind   string   // "be" (copula), "verb" (auxiliary + verb) or "noun"
	subj   string   // lemma of the subject for "be" and "verb"; "" for "noun"
	phrase []string // lemmas of the denied words, one or two
	preds  []string // for "noun": verb-like lemmas before the cue, nearest first
	from   int      // token index where the quoted side text starts
	to     int      // token index after the phrase
	cue    int      // token index of the negation cue
	subjAt int      // token index of the subject, -1 for "noun"
	// refuted marks a statement denied by a frame around it ("denied
	// that P", "reports that P are false"; see refutations): from and cue
	// are then the frame's, and show, when set, is where its text ends
	refuted bool
	show    int
}

// denialMood is how firmly a sentence asserts its denial n: for a
// refuting frame, the frame's own clause, where a rumour it calls untrue
// hedges nothing ("rumours that P are false").
func denialMood(s string, toks []token, n negation) mood {
	if !n.refuted {
		return moodAt(s, toks, subjOr(n.subjAt, n.cue), n.cue)
	}
	m := moodAt(s, toks, n.from, n.from)
	m.hedged = false
	for k := 0; k < n.cue && k < len(toks); k++ {
		w := toks[k].low
		if hedgeAdverbs[w] || hedgeWords[w] && !reportNouns[w] && !canNot(toks, k) {
			m.hedged = true
		}
	}
	return m
}

var (
	negCues = text.WordSet("not never no without nor neither")
	// nounCues deny a thing, not an action: "has no effect", "without money".
	nounCues = text.WordSet("no without")
	// reportVerbs say what someone said or knew; "would not comment" or
	// "could not confirm" withholds a statement, it does not deny a fact.
	reportVerbs = map[string]bool{}
	beForms     = text.WordSet("is are was were be been being am 's")
	auxForms    = text.WordSet("do does did will would can could should shall may might must has have had")
	denyVerbs   = text.WordSet("deny denies denied denying reject rejects rejected disputed disputes")
	negSkip     = text.WordSet("a an the be been being immediately yet actually really even always currently officially formally any longer ever")
	pronouns    = text.WordSet("it he she they we i you this that these those who which what there")
	clauseBreak = text.WordSet("but and or because while although though however which who that when if unless")
)

// isNegCue reports whether toks[i] negates what follows.
func isNegCue(toks []token, i int) bool {
	t := toks[i].low
	if strings.HasSuffix(t, "n't") || negCues[t] {
		if i+1 < len(toks) && (toks[i+1].low == "only" || toks[i+1].low == "just" || toks[i+1].low == "least" || toks[i+1].low == "longer" || toks[i+1].low == "doubt" || toks[i+1].low == "one") {
			return false
		}
		return true
	}
	return false
}

// negatedAt reports whether the token at i lies in the scope of a negation:
// a cue up to four tokens before it in the same clause, or a denial verb
// ("denied that ...") up to twelve.
func negatedAt(s string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if i-k <= 4 && isNegCue(toks, k) {
			return true
		}
		if denyVerbs[toks[k].low] {
			return true
		}
		if k > 0 && toks[k].low == "that" && denyVerbs[toks[k-1].low] {
			return true
		}
		if k < i-4 && clauseBreak[toks[k].low] {
			break
		}
		if gapBreaks(s, toks[k].end, toks[k+1].start) && i-k > 4 {
			break
		}
	}
	return false
}

// gapBreaks reports whether the text between two tokens ends a clause.
func gapBreaks(s string, a, b int) bool {
	return strings.ContainsAny(s[a:b], ";:.!?")
}

// negations finds the denied statements of one sentence.
func negations(s string, toks []token) []negation {
	var out []negation
	for i := range toks {
		if !isNegCue(toks, i) {
			continue
		}
		// a denial governed by "denied that" belongs to the denial verb
		n := negation{from: max(i-3, 0), cue: i, subjAt: -1}
		low := toks[i].low
		j := i + 1
		copula := beForms[strings.TrimSuffix(low, "n't")] || (i > 0 && beForms[toks[i-1].low])
		aux := auxForms[strings.TrimSuffix(strings.TrimSuffix(low, "n't"), "o")] || auxForms[strings.TrimSuffix(low, "n't")] ||
			(i > 0 && auxForms[toks[i-1].low]) || low == "won't" || low == "can't"
		for j < len(toks) && (negSkip[toks[j].low] || toks[j].low == "to") {
			if beForms[toks[j].low] {
				copula = true
			}
			j++
		}
		if h, ok := deniedHaving(s, toks, i, j); ok {
			// "does not have the right to ...", "has no right to ..."
			n.kind = "have"
			n.phrase = []string{toks[h].lemma}
			n.to = infinitive(s, toks, h+1)
			n.subjectOf(s, toks, i)
			if n.subj != "" && !pronouns[n.subj] {
				out = append(out, n)
			}
			continue
		}
		for k := j; k < len(toks) && k < j+2; k++ {
			if toks[k].lemma == "" || toks[k].num || (k > j && gapBreaks(s, toks[k-1].end, toks[k].start)) {
				break
			}
			if k > i+1 && strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",—–") {
				break
			}
			n.phrase = append(n.phrase, toks[k].lemma)
			n.to = k + 1
		}
		if len(n.phrase) == 0 {
			continue
		}
		if low == "without" && gerundClause(toks, j) {
			continue // "without marrying him" says how, it denies no thing
		}
		switch {
		case copula:
			n.kind = "be"
			n.subjectOf(s, toks, i) // "the board said it is not ...": the board's denial
		case aux && !nounCues[low]:
			n.kind = "verb"
			n.subjectOf(s, toks, i)
			n.phrase = n.phrase[:1]
			if reportVerbs[n.phrase[0]] {
				continue
			}
			for k := j; k < len(toks); k++ {
				if toks[k].lemma == n.phrase[0] {
					n.to = infinitive(s, toks, k+1)
					break
				}
			}
		default:
			n.kind = "noun"
			for k := i - 1; k >= 0 && k >= i-14; k-- {
				if verbLike(toks, k) {
					n.preds = append(n.preds, predKey(toks[k].lemma))
				}
			}
			if len(n.preds) == 0 {
				continue
			}
		}
		if n.kind != "noun" && (n.subj == "" || pronouns[n.subj]) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// haveForms say that a subject has a thing: "has the right to ...".
var haveForms = text.WordSet("have has had")

// deniedHaving reads a denied possession at the negation cue toks[i], j
// being the first word after the cue and its adverbs: "does not have the
// right", "did not have a licence", "has no right". It returns the
// token of the thing's first word: a content word, after a determiner
// or none.
func deniedHaving(s string, toks []token, i, j int) (int, bool) {
	low := toks[i].low
	switch {
	case low == "no" && i > 0 && haveForms[toks[i-1].low]:
		j = i + 1
	case (strings.HasSuffix(low, "n't") || low == "not") && j < len(toks) && toks[j].low == "have" &&
		(low == "doesn't" || low == "don't" || low == "didn't" || i > 0 && (toks[i-1].low == "does" || toks[i-1].low == "do" || toks[i-1].low == "did")):
		j++
		for j < len(toks) && (toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "the" || toks[j].low == "any") {
			j++
		}
	default:
		return 0, false
	}
	if j >= len(toks) || toks[j].lemma == "" || toks[j].num || gapBreaks(s, toks[j-1].end, toks[j].start) ||
		strings.ContainsAny(s[toks[j-1].end:toks[j].start], ",—–") {
		return 0, false
	}
	return j, true
}

// haveAt reports whether toks[i] is the thing a subject is said to have,
// after a form of "have" and perhaps an article ("has the right"), and
// returns the token of "have".
func haveAt(toks []token, i int) (int, bool) {
	k := i - 1
	for k >= 0 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") {
		k--
	}
	if k < 0 || !haveForms[toks[k].low] {
		return 0, false
	}
	if k+1 == i && strings.HasSuffix(toks[i].low, "ed") {
		return 0, false // "has issued": a verb's perfect
	}
	return k, true
}

// sayFrames (lemmas) govern a clause that tells what their subject says
// or denies of itself: "the state has said it has the right", "the police
// denied that they issued a law".
var sayFrames = lemmaSet("say tell announce claim insist state confirm admit maintain deny")

// framePronouns may stand for the subject of the frame before them.
var framePronouns = text.WordSet("it they he she")

// frameSubject resolves a pronoun subject at toks[at] of a clause a frame
// governs ("The agency has denied that it issued ...") to the frame's own
// subject: "agency" and its token. "he" and "she" stand only for a name
// (a word with a capital, not the sentence's first, where any word has
// one): "Police denied that he was shot" is about someone else. "" and -1 when the frame or its subject is missing.
func frameSubject(toks []token, at int) (string, int) {
	if at <= 0 || !framePronouns[toks[at].low] {
		return "", -1
	}
	k := at - 1
	if toks[k].low == "that" && k > 0 {
		k--
	}
	if !sayFrames[toks[k].lemma] || strings.HasSuffix(toks[k].low, "ing") && toks[k].low != "denying" {
		return "", -1 // "a statement on Friday saying it": the word before is no subject
	}
	subj, sat := subjectBefore(toks, k)
	if subj == "" || pronouns[subj] || toks[sat].num {
		return "", -1
	}
	if (toks[at].low == "he" || toks[at].low == "she") && (!toks[sat].capital || sat == 0) {
		return "", -1
	}
	return subj, sat
}

// subjectOf sets the subject of n, a denial whose cue is toks[i], as
// statedSubject reads it; the side's text then starts with a frame's
// subject a pronoun stands for.
func (n *negation) subjectOf(s string, toks []token, i int) {
	var pron int
	n.subj, n.subjAt, pron = statedSubject(s, toks, i)
	if pron >= 0 {
		n.from = fromSubject(toks, n.from, n.subjAt)
	}
}

// subjectBefore is the lemma of the nearest content word or name before
// toks[i], skipping auxiliaries and adverbs, and its index, or "" and -1
// when a clause break comes first.
func subjectBefore(toks []token, i int) (string, int) {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		if beForms[t.low] || auxForms[t.low] || t.low == "also" || t.low == "still" || (strings.HasSuffix(t.low, "ly") && !t.capital) {
			continue
		}
		if pronouns[t.low] {
			return t.low, k
		}
		if t.lemma != "" {
			// the word as written, so that "bombers" and "the bomber"
			// are not taken for one subject
			return subjForm(t), k
		}
		return "", -1
	}
	return "", -1
}

// subjForm is a subject's word as written, less a possessive ending
// ("Varga's" is Varga); a token's low form writes ’ as '.
func subjForm(t token) string {
	return strings.TrimSuffix(t.low, "'s")
}

// giveVerbs say that something is handed over; a denial of one ("offers
// advice, though not money") contradicts another ("provides money").
var giveVerbs = map[string]bool{}

// knownVerbs are verbs whatever precedes them.
var knownVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say tell confirm comment know believe think respond deny speak reveal
		disclose announce explain specify elaborate identify return answer verify discuss address
		elaborate expect want recall remember name release`) {
		reportVerbs[lemma(w)] = true
	}
	for _, w := range strings.Fields("provide offer give grant supply pay award deliver hand extend") {
		giveVerbs[lemma(w)] = true
		knownVerbs[lemma(w)] = true
	}
	for _, w := range strings.Fields("include contain receive get need allow require support cover use send make take win lose approve ban permit cut raise increase reduce build close open sign back oppose accept reject") {
		knownVerbs[lemma(w)] = true
	}
}

// predKey folds verbs of one meaning together for matching.
func predKey(l string) string {
	if giveVerbs[l] {
		return "give"
	}
	return l
}

// verbLike guesses whether toks[k] is a verb: a known verb, or a word
// after "to", a modal, a relative pronoun or a personal pronoun.
func verbLike(toks []token, k int) bool {
	t := toks[k]
	if t.lemma == "" || t.num || t.capital {
		return false
	}
	if knownVerbs[t.lemma] {
		return true
	}
	if k == 0 {
		return false
	}
	p := toks[k-1].low
	return p == "to" || auxForms[p] || p == "that" || p == "which" || p == "who" || p == "they" || p == "it" || p == "he" || p == "she" || p == "we"
}

// gerundClause reports whether toks[j] is a verb in -ing taking an object
// ("marrying him", "telling the family"), not a noun ("funding").
func gerundClause(toks []token, j int) bool {
	if j+1 >= len(toks) || !strings.HasSuffix(toks[j].low, "ing") {
		return false
	}
	next := toks[j+1]
	return determiners[next.low] || pronouns[next.low] || next.low == "him" || next.low == "them" || next.low == "her" || next.capital
}
