package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

var (
	// refuteVerbs (lemmas), before "that" or before a report of it, say
	// that what follows is not so: "denied that the city paid", "debunked
	// reports that ...". "deny" also takes a clause without "that":
	// "denied it had paid".
	refuteVerbs = lemmaSet("deny refute rebut debunk dismiss reject")
	// falseWords, after "is" or "are", call what the subject reports untrue:
	// "reports that ... are false", "the claim that ... is a hoax".
	falseWords = text.WordSet("false untrue fake baseless unfounded bogus fabricated incorrect inaccurate hoax lie myth fiction")
	// falselyVerbs (lemmas), after "falsely", report what is not so:
	// "falsely claimed that ...".
	falselyVerbs = lemmaSet("claim report say state suggest")
)

// mayRefute reports a word without which a sentence refutes nothing
// (refutations): a refuting verb, "falsely", or a word calling a report
// untrue ("reports that P are false", "... are not true"). A cheap look
// before reading one.
func mayRefute(t token) bool {
	return refuteVerbs[t.lemma] || falseWords[t.low] || t.low == "falsely" || t.low == "true"
}

// refutations finds the statements a sentence refutes without a "not" of
// their own: "<someone> denied that P", "<someone> debunked reports that
// P", "reports that P are false", "the claim that P is a hoax", "falsely
// claimed that P". Each is read as a denial of P (see negation), whose cue
// is the refuting word and whose side's text runs from the frame's
// opening to its end; P needs a subject other than a pronoun and a verb
// or a copula of its own.
func refutations(s string, toks []token) []negation {
	var out []negation
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lemma == "deny" && framePronouns[toks[i+1].low] {
			// "has denied it has the right to ...": the clause without "that"
			if n, ok := clauseDenied(s, toks, i+1); ok && n.subjAt < i {
				n.cue, n.from, n.refuted = i, fromSubject(toks, i, n.subjAt), true
				out = append(out, n)
			}
			continue
		}
		if toks[i].low != "that" || i == 0 {
			continue
		}
		// what governs "that": a refuting verb, a report noun after one, or
		// a report noun whose clause is called untrue after it
		p, cue, from := i-1, -1, -1
		if reportNouns[toks[p].low] {
			if p > 0 && refuteVerbs[toks[p-1].lemma] {
				cue, from = p-1, p-1
			} else if p > 1 && determiners[toks[p-1].low] && refuteVerbs[toks[p-2].lemma] {
				cue, from = p-2, p-2
			}
		}
		if refuteVerbs[toks[p].lemma] {
			cue, from = p, p
		}
		if p > 0 && falselyVerbs[toks[p].lemma] && toks[p-1].low == "falsely" {
			cue, from = p-1, p-1
		}
		n, ok := clauseDenied(s, toks, i+1)
		if !ok {
			continue
		}
		if n.subjAt < i && cue < 0 {
			continue // a pronoun stands for a frame's subject only after a verb
		}
		if cue < 0 && reportNouns[toks[p].low] {
			// "reports that P are false": the copula after P's clause
			f := falseAfter(s, toks, n.to)
			if f < 0 {
				continue
			}
			cue, from = f, p
			if p > 0 && determiners[toks[p-1].low] {
				from = p - 1
			}
			n.show = f + 1
		}
		if cue < 0 {
			continue
		}
		n.cue, n.from, n.refuted = cue, fromSubject(toks, from, n.subjAt), true
		out = append(out, n)
	}
	return out
}

// clauseDenied reads the clause that opens at toks[k] as a statement: its
// subject (a content word, not a pronoun) and its verb ("the city of
// Orlin paid the ransom") or its copula and complement ("Lenna County is a
// disaster area"), as negations reads a denial.
func clauseDenied(s string, toks []token, k int) (negation, bool) {
	// the clause's subject: a content word, or a pronoun opening it that
	// stands for the frame's subject ("the agency denied that it paid")
	subjectOf := func(j int) (string, int, bool) {
		subj, at, pron := statedSubject(s, toks, j)
		if pron >= 0 || at == k && framePronouns[subj] {
			return subj, at, pron == k
		}
		return subj, at, subj != "" && !pronouns[subj] && at >= k
	}
	for j := k; j < len(toks) && j <= k+6; j++ {
		if j > k && (gapBreaks(s, toks[j-1].end, toks[j].start) || strings.ContainsAny(s[toks[j-1].end:toks[j].start], ",—–")) {
			break
		}
		t := toks[j].low
		switch {
		case beForms[t] && j > k:
			c := j + 1
			for c < len(toks) && (toks[c].low == "a" || toks[c].low == "an" || toks[c].low == "the") {
				c++
			}
			if c >= len(toks) || toks[c].lemma == "" || toks[c].num {
				return negation{}, false
			}
			subj, at, ok := subjectOf(j)
			if !ok {
				return negation{}, false
			}
			n := negation{kind: "be", subj: subj, subjAt: at, phrase: []string{toks[c].lemma}, to: c + 1}
			if c+1 < len(toks) && toks[c+1].lemma != "" && !toks[c+1].num && !gapBreaks(s, toks[c].end, toks[c+1].start) &&
				strings.TrimSpace(s[toks[c].end:toks[c+1].start]) == "" {
				n.phrase = append(n.phrase, toks[c+1].lemma)
				n.to = c + 2
			}
			return n, true
		case haveForms[t] && j > k && j+1 < len(toks) && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the"):
			// "that it has the right to ...": a possession
			h := j + 2
			if h >= len(toks) || toks[h].lemma == "" || toks[h].num || gapBreaks(s, toks[j].end, toks[h].start) {
				return negation{}, false
			}
			subj, at, ok := subjectOf(j)
			if !ok {
				return negation{}, false
			}
			return negation{kind: "have", subj: subj, subjAt: at, phrase: []string{toks[h].lemma}, to: infinitive(s, toks, h+1)}, true
		case auxForms[t] && j > k:
			continue
		case j > k && isVerbish(toks, j) && !toks[j].capital:
			subj, at, ok := subjectOf(j)
			if !ok || reportVerbs[toks[j].lemma] {
				return negation{}, false
			}
			return negation{kind: "verb", subj: subj, subjAt: at, phrase: []string{toks[j].lemma}, to: infinitive(s, toks, j+1)}, true
		}
	}
	return negation{}, false
}

// falseAfter is the refuting word of "are false", "is a hoax", "is not
// true" within a few words after token k, in the same sentence; -1 when
// none.
func falseAfter(s string, toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+8; j++ {
		if j > k && gapBreaks(s, toks[j-1].end, toks[j].start) {
			return -1
		}
		if !beForms[toks[j].low] {
			continue
		}
		c := j + 1
		for c < len(toks) && (toks[c].low == "a" || toks[c].low == "an" || strings.HasSuffix(toks[c].low, "ly") || toks[c].low == "all") {
			c++
		}
		if c < len(toks) && falseWords[toks[c].low] {
			return c
		}
		if c+1 < len(toks) && toks[c].low == "not" && toks[c+1].low == "true" {
			return c + 1
		}
		return -1
	}
	return -1
}
