package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// refuteCues say that something is not so, or that someone says it is not.
var refuteCues = text.WordSet(`fake fakes faked fraud fraudulent hoax hoaxes hoaxer hoaxed false falsely deny
denies denied denying denial debunk debunked debunks debunking bogus untrue myth nope retract retracted
retraction fabricated fabrication misleading incorrect refute refuted refutes dismissed dismisses
satire satirical prank pranks phony phoney spoof disputed disputes exposed rubbish nonsense baseless
parody parodies fictitious made-up concocted`)

// denialVerbs say that someone denies; "denies hoax claims" turns the
// refutation round.
var denialVerbs = text.WordSet("deny denies denied denying dismiss dismissed dismisses disputes disputed refute refutes refuted")

// strongHedges report a claim while saying that nobody has vouched for it.
var strongHedges = text.WordSet(`reportedly allegedly alleged alleges claim claims claimed claiming rumor
rumors rumour rumours rumored rumoured unconfirmed unverified purportedly purported purports purport
apparently apparent supposedly speculation speculated unclear whether unsubstantiated uncorroborated
unverifiable`)

// weakHedges leave room for doubt without saying so.
var weakHedges = text.WordSet(`may might could possibly possible likely believe believes believed appear
appears appeared seem seems seemed suggest suggests suggested suspect suspects suspected if`)

// assertCues vouch for a claim.
var assertCues = text.WordSet(`confirmed confirms confirm announced announces revealed reveals official officially
proved proven indeed verified`)

// speechVerbs attribute what a sentence says to someone.
var speechVerbs = text.WordSet(`said says say told tells telling stated states statement insisted insists
added adds wrote writes tweeted posted explained spokesman spokeswoman spokesperson`)

// truthWords turned round by a negation refute: "not true", "isn't real".
var truthWords = text.WordSet("true real genuine authentic accurate")

// refutesAt reports whether toks[i] refutes: a refuting word that no
// negation just before turns round ("no hoax", "not fake" vouch for the
// claim), a word of truth that one does ("not true"), or a negation
// shouted in capitals (see emphaticNeg).
func refutesAt(toks []token, i int) bool {
	if emphaticNeg(toks, i) {
		return true
	}
	truth := truthWords[toks[i].low]
	if !truth && !refuteCues[toks[i].low] {
		return false
	}
	if toks[i].low == "exposed" && (i+2 >= len(toks) || toks[i+1].low != "as" || pronouns[toks[i+2].low]) {
		return false // "exposed as a fraud" refutes, "her brain was exposed as she spoke" does not
	}
	if notRefuting(toks, i) {
		return false
	}
	neg := false
	for j := max(0, i-3); j < i; j++ {
		neg = neg || isNegCue(toks, j)
	}
	return neg == truth
}

// objectPronouns after "denied" make it a refusal: "denied him parole".
var objectPronouns = text.WordSet("him her them me us")

// notRefuting reports whether the refuting word toks[i] is used in a sense
// that refutes nothing: "would not confirm or deny" (withholding), "was
// denied parole" and "denied him entry" (refusal), "in denial", "a false
// flag", "dismissed from his post".
func notRefuting(toks []token, i int) bool {
	w := toks[i].low
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].low
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].low
	}
	switch {
	case denialVerbs[w] && (prev == "or" || prev == "nor") && i > 1 && strings.HasPrefix(toks[i-2].low, "confirm"):
		return true
	case w == "denial" && prev == "in":
		return true
	case w == "false" && (next == "flag" || next == "alarm" || next == "start"):
		return true
	case strings.HasPrefix(w, "deni") || strings.HasPrefix(w, "dismiss"):
		if objectPronouns[next] || next == "from" {
			return true
		}
		// a passive with an object: "was denied bail", not "was denied by police"
		return i > 0 && (beForms[prev] || prev == "got") && next != "" && next != "by" && next != "that" && (toks[i+1].lemma != "" || next == "a" || next == "an")
	}
	return false
}

// withholders before a word of confirmation withhold it: "cannot confirm",
// "unable to verify", "yet to confirm".
var withholders = text.WordSet("cannot unable yet difficult impossible hard")

// withheldAt reports whether toks[i] is a word of confirmation withheld:
// "could not confirm", "cannot verify", "has yet to be confirmed", which
// hedge the claim rather than vouch for it.
func withheldAt(toks []token, i int) bool {
	if !assertCues[toks[i].low] && toks[i].low != "verify" {
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		if isNegCue(toks, j) || withholders[toks[j].low] {
			return true
		}
	}
	return false
}

// emphaticNeg reports whether toks[i] is a negation written in capitals
// in a sentence that is not ("he NEVER touched her", "I was NOT there"):
// someone insisting that a thing did not happen.
func emphaticNeg(toks []token, i int) bool {
	if w := toks[i].text; w != "NOT" && w != "NEVER" {
		return false
	}
	for j := max(0, i-3); j < min(len(toks), i+4); j++ {
		if j != i && len(toks[j].text) > 1 && strings.ToUpper(toks[j].text) == toks[j].text && toks[j].lemma != "" {
			return false // a line in capitals: a headline, not emphasis
		}
	}
	return true
}

// hearsayVerbs, passive before "to", pass a claim on from unnamed others:
// "is said to", "are believed to".
var hearsayVerbs = text.WordSet("said thought believed understood reported rumoured rumored alleged claimed")

// hearsayAt reports whether toks[i] ends a phrase that passes the claim on
// from others without vouching for it: "is said to" (at "to"),
// "according to" (at "to"), "it has been reported" (at "reported").
func hearsayAt(toks []token, i int) bool {
	w := toks[i].low
	switch {
	case w == "to" && i > 0 && toks[i-1].low == "according":
		return true
	case w == "to" && i > 1 && hearsayVerbs[toks[i-1].low] && beForms[toks[i-2].low]:
		return true
	case hearsayVerbs[w] && w != "said" && i > 1 && beForms[toks[i-1].low]:
		for j := max(0, i-4); j < i; j++ {
			if toks[j].low == "it" {
				return true // "it has been reported", "it is claimed"
			}
		}
	}
	return false
}
