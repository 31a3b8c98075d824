package summary

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// ifTheReport opens a sentence with a condition on a report or claim the
// sentence before it told ("If the report is accurate, the separation
// could be announced as early as Monday.", "If true, ..."): a reader who
// did not read that sentence does not know which report, and once the
// news is confirmed the condition is moot.
var ifTheReport = regexp.MustCompile(`^(?:But |And )?[Ii]f (?:(?:the|that|this|these|those|such) (?:reports?|claims?|accounts?|rumou?rs?|speculation|story|stories|reporting)\b|(?:true|accurate|correct)\b)`)

// noComment is a sentence that tells only that someone would not comment
// or could not be reached ("A spokeswoman for Orlan Dynamics declined to
// comment."): at most noCommentWords words.
var noComment = regexp.MustCompile(`\b(?:(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?(?:immediately )?comment|declined comment|no immediate comment|(?:could not|couldn't|did not|didn't) (?:immediately )?(?:be reached|respond|reply|return)|not (?:immediately )?available for comment)\b`)

const noCommentWords = 18

// answered reports whether c tells only that a party would not comment
// (noComment) and a chosen sentence has that party say something (named
// before its speech verb, or "announced", "confirmed": speaker): its
// silence is no news once the summary has its word. The party is a
// capitalised word of c (not a day or month, nor "The" opening it), met
// in the other sentence as a word or as the initials of a run of its
// capitalised words ("HP" for "Hewlett-Packard Co"). It runs for every
// candidate weighed against the chosen ones (redundant), so what it reads
// of c is read once for as long as c's wording stands (silentParties).
func answered(c *candidate, chosen []*candidate) bool {
	parties := c.silentParties()
	if len(parties) == 0 {
		return false
	}
	for _, o := range chosen {
		if o != c && namesAny(speaker(o.text), parties) {
			return true
		}
	}
	return false
}

// silentParties is the parties c's wording names when it tells only that
// they would not comment (noComment), nil for any other sentence; kept
// while the wording stands.
func (c *candidate) silentParties() []string {
	if c.silentOf == c.text {
		return c.silent
	}
	c.silentOf, c.silent = c.text, nil
	if c.nwords > noCommentWords || !noComment.MatchString(c.text) {
		return nil
	}
	for i, w := range strings.Fields(c.text) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if r, _ := firstRune(w); unicode.IsUpper(r) && !(i == 0 && openers[strings.ToLower(w)]) && !calendar[strings.ToLower(w)] {
			c.silent = append(c.silent, w)
		}
	}
	return c.silent
}

// openers are the capitalised words that open a sentence without naming
// a party.
var openers = text.WordSet(`a an the but and in on at its it their they he she his her when while after`)

// calendar are the days and months, capitalised and no party.
var calendar = text.WordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december`)

// statedVerbs are the verbs that give a party's own word, besides
// speechVerbs.
var statedVerbs = text.WordSet(`announced confirmed confirms announces`)

// speaker is the part of s before its first speech verb (or "announced",
// "confirmed"), where its speaker is named ("Hewlett-Packard Co said
// ..."); "" when s has none.
func speaker(s string) string {
	for f, i := range wordsAt(s) {
		if w := strings.ToLower(f); speechVerbs[w] || statedVerbs[w] {
			return s[:i]
		}
	}
	return ""
}

// wordsAt yields the runs of letters of s with their offsets.
func wordsAt(s string) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		start := -1
		for i, r := range s + " " {
			if unicode.IsLetter(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 && !yield(s[start:i], start) {
				return
			}
			start = -1
		}
	}
}

// namesAny reports whether s has one of names as a word, or as the
// initials of a run of its capitalised words (hyphenated parts each
// count: "Hewlett-Packard" gives "HP").
func namesAny(s string, names []string) bool {
	var initials strings.Builder
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	flush := func() bool {
		in := initials.String()
		initials.Reset()
		for _, n := range names {
			if len(n) >= 2 && strings.HasPrefix(in, n) && strings.ToUpper(n) == n {
				return true
			}
		}
		return false
	}
	for _, w := range words {
		for _, n := range names {
			if w == n {
				return true
			}
		}
		if r, _ := firstRune(w); unicode.IsUpper(r) {
			initials.WriteRune(r)
			continue
		}
		if flush() {
			return true
		}
	}
	return flush()
}
