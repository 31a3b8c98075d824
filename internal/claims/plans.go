package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// A sentence telling what someone means to do ("Officials in Wexley have
// vowed to respond with the same tariffs", "Ana Vell is to be sworn in on
// Thursday") and one telling that it was done ("Wexley responded by
// imposing the same tariffs", "Ana Vell was sworn in on Thursday") state
// two things: the plan, and what happened. However alike, the first does
// not state the second.

// planLeadVerbs, before "to", make the verb after them a plan: "vowed to
// respond", "is expected to sign"; a verb, not the noun after a
// determiner ("kept his promise to resign").
var planLeadVerbs = lemmaSet("vow pledge promise plan intend threaten expect set aim prepare schedule")

// groupAdverbs may stand within a verb group: "has already signed".
var groupAdverbs = text.WordSet("not never also ever still already just yet")

// verbTense is how a sentence tells its verb at toks[k], read from the
// words of its verb group before it: 'f' a plan or what will be ("will
// sign", "would sign", "vowed to sign", "is to be signed"), 'p' done
// ("signed", "was signed", "did sign", "has signed"), 0 neither or unknown
// ("can be signed", "is signed", "has to sign", "demanded that it be
// signed").
func verbTense(toks []token, k int) byte {
	var chain []string // the verb group's words before it, nearest first
	j := k - 1
	for ; j >= 0 && len(chain) < 5; j-- {
		w := strings.TrimSuffix(toks[j].low, "n't")
		if toks[j].capital || !(beForms[w] || auxForms[w] || w == "to" || w == "'ll" || w == "wo" || w == "going" || groupAdverbs[w] || strings.HasSuffix(w, "ly")) {
			break
		}
		chain = append(chain, w)
	}
	for i, w := range chain {
		switch w {
		case "to":
			// "vowed to sign", "is to be signed"; "has to sign" is no plan,
			// nor a noun after a determiner ("kept his promise to resign"
			// tells the deed)
			if j >= 0 && i == len(chain)-1 && planLeadVerbs[toks[j].lemma] && !(j > 0 && determiners[toks[j-1].low]) || i+1 < len(chain) && beForms[chain[i+1]] {
				return 'f'
			}
			return 0
		case "will", "shall", "'ll", "wo", "would", "going":
			return 'f'
		case "be":
			if i+1 < len(chain) && chain[i+1] == "to" {
				continue // "is to be signed": "to" tells
			}
			return 0
		case "can", "could", "may", "might", "must", "should", "is", "are", "am", "'s", "being":
			return 0
		case "was", "were", "did", "had", "has", "have":
			return 'p'
		}
	}
	w := toks[k].low
	if len(chain) == 0 && (strings.HasSuffix(w, "ed") || irregular[w] != "" && irregular[w] != w && !strings.HasSuffix(w, "s")) {
		return 'p'
	}
	return 0
}

// planAndDeed reports whether, of the verbs units a and b share (not in
// a relative clause), every one is a plan in one of them and done in the other
// (verbTense), with one such verb at least.
func planAndDeed(a, b *unit) bool {
	found := false
	for i := range a.toks {
		if !mainVerb(a.toks, i) || saying[a.toks[i].low] {
			continue
		}
		ta := verbTense(a.toks, i)
		for j := range b.toks {
			if b.toks[j].lemma != a.toks[i].lemma || !mainVerb(b.toks, j) {
				continue
			}
			tb := verbTense(b.toks, j)
			if ta == 0 || tb == 0 || ta == tb {
				return false
			}
			found = true
		}
	}
	return found
}

// relativeWords open a clause describing a noun before them: its verb
// ("those who worked with him") tells no plan or deed of the sentence.
var relativeWords = text.WordSet("who which that whom whose")

// mainVerb reports a word used as a verb (isVerbish) that does not open a
// relative clause's verb group.
func mainVerb(toks []token, k int) bool {
	if toks[k].lemma == "" || !isVerbish(toks, k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := toks[j].low
		if relativeWords[w] {
			return false
		}
		if !(beForms[w] || auxForms[w] || groupAdverbs[w]) {
			break
		}
	}
	return true
}
