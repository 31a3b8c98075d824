package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// A party announcing its own plan ("Wexcombe said it would split into two
// companies") and others reporting that plan ("Wexcombe plans to break in
// two, the Lenna Post reported"; "..., according to people familiar with
// the matter") state two things, however alike the plan is worded: the
// one is the party's word, the other a report or a rumour it may confirm
// or deny. A sentence of one therefore never aligns with one of the other.

// Sourcing of a sentence's statement, as read by sourcingOf.
const (
	sourcedPlain     uint8 = iota // neither
	sourcedOwnPlan                // its subject announces its own plan
	sourcedByReports              // a report or unnamed people tell it
)

// announceVerbs, right after a sentence's subject (and a day: "on
// Monday"), make the subject the speaker.
var announceVerbs = text.WordSet("said says announced announces confirmed confirms")

// selfWords, right after the announcing verb, are the subject itself.
var selfWords = text.WordSet("it they its their")

// planWords, within a few words of the self word, make what is announced a
// plan: "said it would split", "said it plans to", "said its
// shareholders would own".
// "is" and "are" are none: "said it is not aware", "said they are
// looking for two men".
var planWords = text.WordSet("would will plans plan planned intends intended aims")

// reportWords tell a statement as others' report wherever they stand:
// reportedly, insiders, a rumour, unnamed or anonymous people. Words that
// do so only in some frames are read by reportAt.
var reportWords = text.WordSet(`reportedly insiders rumor rumors rumour rumours unnamed anonymous`)

// citedWords, right after "citing", make it cite a report: "citing people
// familiar", "citing sources"; "citing weak demand" gives a reason.
var citedWords = text.WordSet("sources officials people unnamed anonymous insiders")

// maxAnnouncerWords bounds the words of a subject before an announcing
// verb.
const maxAnnouncerWords = 6

// sourcingOf reads how sentence toks (from s; opens says it opens its
// article) sources its statement: sourcedOwnPlan when, past a dateline,
// a subject of a few capitalised words or a party noun (and a day) is followed by an
// announcing verb, a word for itself and a word of plan ("Wexcombe Co. on
// Monday said it plans to ..."); else sourcedByReports when a report
// word stands anywhere in it ("report" after "according to"); else
// sourcedPlain.
func sourcingOf(s string, toks []token, opens bool) uint8 {
	if len(toks) == 0 {
		return sourcedPlain
	}
	body := toks[0].start + outlets.DatelineEnd(s[toks[0].start:toks[len(toks)-1].end], opens)
	k := 0
	for k < len(toks) && toks[k].start < body {
		k++
	}
	start := k
	for k < len(toks) && k-start < maxAnnouncerWords && (toks[k].capital || partyNouns[toks[k].low] || toks[k].low == "on" || weekdays[toks[k].low]) && !announceVerbs[toks[k].low] {
		k++
	}
	named := false // a name or a party noun, not only "He" or "The"
	for _, t := range toks[start:k] {
		named = named || t.lemma != "" && !weekdays[t.low]
	}
	if named && k+2 < len(toks) && announceVerbs[toks[k].low] && selfWords[toks[k+1].low] {
		for j := k + 2; j < len(toks) && j <= k+5; j++ {
			if planWords[toks[j].low] {
				return sourcedOwnPlan
			}
		}
	}
	for k := range toks {
		if reportAt(s, toks, k) {
			return sourcedByReports
		}
	}
	return sourcedPlain
}

// reportAt reports a word at toks[k] (of s) that tells the sentence as
// others' report: a reportWord; a report noun ("report", "story") or
// "sources" after "according to"; "sources said", "sources close to";
// "citing" before people or sources (citedWords), a name or an outlet;
// "reported" or "reporting" closing a clause or followed by "that", "on"
// and a day, or a comma ("the Lenna Post reported on Sunday"), not
// "reported a loss"; "familiar with".
func reportAt(s string, toks []token, k int) bool {
	t := toks[k]
	next := func(d int) string {
		if k+d < len(toks) {
			return toks[k+d].low
		}
		return ""
	}
	switch t.low {
	case "sources":
		return accordingTo(toks, k) || next(1) == "said" || next(1) == "say" || next(1) == "close" && next(2) == "to"
	case "citing":
		j := k + 1
		if next(1) == "the" {
			j++
		}
		return j < len(toks) && (citedWords[toks[j].low] || toks[j].capital && !toks[j].num)
	case "reported", "reporting":
		if k+1 == len(toks) || next(1) == "that" || next(1) == "on" && k+2 < len(toks) && weekdays[toks[k+2].low] {
			return true
		}
		gap := s[t.end:toks[k+1].start]
		return strings.ContainsAny(gap, ",.;:—–")
	case "familiar":
		return next(1) == "with"
	}
	return reportWords[t.low] || reportNouns[t.low] && accordingTo(toks, k)
}

// sourcesDiffer reports two sentences of which one is a party's own
// announcement of a plan and the other a report of one.
func sourcesDiffer(a, b *unit) bool {
	return a.sourcing|b.sourcing == sourcedOwnPlan|sourcedByReports
}

// opensText reports whether the span starting at start opens text s.
func opensText(s string, start int) bool {
	return strings.TrimSpace(s[:start]) == ""
}

// accordingTo reports an "according to" within the four words before
// toks[k]: "according to a report in the Post".
func accordingTo(toks []token, k int) bool {
	for j := max(k-4, 0); j < k; j++ {
		if toks[j].low == "according" {
			return true
		}
	}
	return false
}
