package claims

import "strings"

// relativePronouns open a relative clause set between commas after the
// noun it describes: "the woman, whose name was not made public, was ...".
var relativePronouns = map[string]bool{"who": true, "whose": true, "which": true}

// maxRelativeWords bounds the words of a relative clause skipped on the
// way back to a subject.
const maxRelativeWords = 12

// statedSubject is the subject of the statement whose head is at
// toks[k], as subjectBefore reads it, and its token; a pronoun standing
// for the subject of a frame of saying ("the state has said it has the
// right") is that subject, and pron is then the pronoun's token, else -1.
// A relative clause between commas before the head is no subject ("The
// woman, whose name was not made public, was freed": the woman was, not
// "public"), and a second verb joined by "and" has the first's subject
// ("The woman was freed and suffered minor injuries").
func statedSubject(s string, toks []token, k int) (subj string, at, pron int) {
	if h := coordinatedHead(s, toks, k); h >= 0 {
		k = h
	}
	subj, at = subjectBefore(toks, k)
	if r := relativeBefore(s, toks, at); r >= 0 {
		subj, at = subjectBefore(toks, r)
	}
	if fs, fat := frameSubject(toks, at); fat >= 0 {
		return fs, fat, at
	}
	return subj, at, -1
}

// relativeBefore is, when toks[at] ends a relative clause set off by
// commas just before its clause's head (", whose name was not made
// public,"), the token of the clause's opener ("whose"), else -1.
func relativeBefore(s string, toks []token, at int) int {
	if at < 0 || at+1 >= len(toks) || !strings.Contains(s[toks[at].end:toks[at+1].start], ",") {
		return -1
	}
	for r := at; r > 0 && r >= at-maxRelativeWords; r-- {
		gap := s[toks[r-1].end:toks[r].start]
		if gapBreaks(s, toks[r-1].end, toks[r].start) {
			return -1
		}
		if strings.Contains(gap, ",") {
			if relativePronouns[toks[r].low] {
				return r
			}
			return -1
		}
	}
	return -1
}

// coordinatedHead is, when the head at toks[k] is a second verb joined by
// "and" to a first with no subject of its own between ("was freed from
// the machine and suffered"), the first verb's auxiliary or copula, else
// -1. The two must stand in one clause: no comma, no other clause word.
func coordinatedHead(s string, toks []token, k int) int {
	j := k - 1
	for j >= 0 && (beForms[toks[j].low] || auxForms[toks[j].low] || toks[j].low == "also" || strings.HasSuffix(toks[j].low, "ly") && !toks[j].capital) {
		j--
	}
	if j < 1 || toks[j].low != "and" || strings.ContainsAny(s[toks[j-1].end:toks[j].start], ",;—–(") {
		return -1
	}
	for h := j - 1; h >= 0 && h >= j-maxRelativeWords; h-- {
		if h < j-1 && (gapBreaks(s, toks[h].end, toks[h+1].start) || strings.ContainsAny(s[toks[h].end:toks[h+1].start], ",;—–(")) {
			return -1
		}
		if clauseBreak[toks[h].low] || pronouns[toks[h].low] {
			return -1
		}
		if beForms[toks[h].low] || auxForms[toks[h].low] {
			return h
		}
	}
	return -1
}

// fromSubject is where a side's quoted value starts: at from, or at the
// subject's phrase when the subject (token at) stands before it, a
// frame's subject a pronoun stood for ("The state has said it has ...").
func fromSubject(toks []token, from, at int) int {
	if at >= 0 && at < from {
		return phraseStart(toks, at)
	}
	return from
}

// subjOr is the subject's token, or the head's when no subject was read:
// where the statement's clause is looked for.
func subjOr(subj, head int) int {
	if subj >= 0 {
		return subj
	}
	return head
}
