package summary

import (
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/claims"
	"github.com/corroborate/corroborate/internal/text"
)

// loaded words take a side; a summary prefers the wording without them.
var loaded = text.WordSet(`assault assaults offensive unrelenting slam slams slammed blast blasts
blasted rip rips ripped bully bullying outrageous shocking shocked disgraceful scheme radical extremist
regime thug thugs crusade so-called infamous notorious disastrous heroic brave cowardly evil vile
sham hoax lies lied furious fury baffled bewildered bewilderment puzzling confounding unhinged
draconian crackdown cracking anti-immigrant`)

// hedges and outlet credits make a sentence less fit to stand alone.
var attributionCues = []string{"according to", " reported", " reports ", "told reporters", "the ap", "from the ap"}

// wording scores how well a sentence reads on its own in a neutral summary:
// plain narrative of readable length, no loaded words, no dangling pronoun.
func wording(s string) float64 {
	sc := 0.0
	words := strings.Fields(s)
	n := len(words)
	switch {
	case n < 8:
		sc -= 2
	case n > 55:
		sc -= 1.5
	case n > 40:
		sc -= 0.5
	}
	sc -= quoteCost(s)
	low := strings.ToLower(s)
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if loaded[w] {
			sc -= 1.5
		}
	}
	if opensWith(s, backOpeners) {
		sc -= 1.5
	}
	for _, c := range attributionCues {
		if strings.Contains(low, c) {
			sc -= 0.5
		}
	}
	if n > 0 {
		first := strings.ToLower(strings.Trim(words[0], `"“'‘`))
		if k := strings.IndexAny(first, "'’"); k > 0 {
			first = first[:k] // "He’s"
		}
		switch first {
		case "it", "he", "she", "they", "this", "that", "these", "those", "his", "her", "their", "its", "we", "i", "you", "our":
			sc -= 1.5
		}
	}
	// a writer's own voice ("I", "we") belongs to an opinion, not to a
	// summary of what happened
	first := 0.0
	for _, w := range words {
		switch strings.Trim(w, `"“”'‘’,.;:!?()`) {
		case "I", "my", "me", "we", "We", "our", "Our", "My":
			first += 0.7
		}
	}
	sc -= math.Min(first, 2)
	// one that speaks to its reader ("If you were watching, you might
	// have noticed ...") is a column's voice, not the news
	if secondPerson(s) {
		sc -= 1.5
	}
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":") {
		sc -= 3
	}
	// a rumour passed on ("There are whispers that ...") is no fact a
	// summary may state in its own voice, whoever repeats it: the cost
	// leaves it below what a wording needs (see candidateFor)
	for _, h := range hearsay {
		if strings.Contains(low, h) {
			sc -= 6
			break
		}
	}
	return sc
}

// hearsay are the phrases that pass a rumour on as the sentence's news,
// not one that reports a denial of it ("took to Instagram to deny rumors
// that ...").
var hearsay = []string{"there are whispers", "whispers that", "rumor has it", "rumour has it", "is rumored to", "is rumoured to",
	"are rumored to", "are rumoured to", "it is rumored", "it is rumoured", "rumors are swirling", "rumours are swirling", "word on the street"}

// backOpeners open a sentence that leans on the one before it in its
// article ("Of those, ...", "In addition, ..."): alone in a summary it
// refers to nothing.
var backOpeners = []string{"of those", "of them", "of these", "in addition", "in fact", "also,", "as a result", "instead,",
	"that's", "that is why", "it's", "the same ", "such ", "even so", "then,", "after that",
	// a contrast with the sentence before, which cannot be left out
	// before a word in lower case ("But halfway through ...")
	"but ", "yet ", "and "}

// opensWith reports whether sentence s opens with one of openers (lower
// case, straight apostrophes), after any opening quotation mark.
func opensWith(s string, openers []string) bool {
	low := strings.Replace(strings.ToLower(strings.TrimLeft(s, `"“‘'`)), "’", "'", 1)
	for _, o := range openers {
		if strings.HasPrefix(low, o) {
			return true
		}
	}
	return false
}

// monthWords are month names as they stand before a day ("Aug. 18").
var monthWords = []string{"Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"}

// informative rewards the specifics a summary should carry: names, figures
// and dates.
func informative(s string) float64 {
	caps, digits := 0, 0
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.Trim(w, `"“”'‘’(),.;:`))
		if len(r) == 0 {
			continue
		}
		if i > 0 && unicode.IsUpper(r[0]) {
			caps++
		}
		if unicode.IsDigit(r[0]) {
			digits++
		}
	}
	v := 0.15*float64(min(caps, 8)) + 0.6*float64(min(digits, 2))
	for _, m := range monthWords {
		if strings.Contains(s, m+" ") {
			v += 0.8
			break
		}
	}
	return v
}

// ownVoice reports a sentence in a voice the summary never introduces:
// a first or second person outside quotation marks ("I still think of
// you ...", "Almost all of my class ...", "Today ... should give us ...")
// that no speaker is said to speak. It comes from inside a quotation that
// runs over several sentences, a letter, or a column's writer; in a
// summary its "I" would stand for no one.
func ownVoice(s string) bool {
	return unquotedPerson(s) && (!attributed(s) || writersSource.MatchString(s))
}

// writersSource is the writer's own source or reporter ("Although our
// source says he told the agents ..."): whoever else the sentence has
// speak, the writer tells it.
var writersSource = regexp.MustCompile(`(?i)\b(?:our|my) (?:sources?|reporters?|correspondents?|informants?|tipsters?|investigation|reporting)\b`)

// firstPersons are the words of a first person, secondPersons of a second.
var (
	firstPersons  = text.WordSet(`i i'm i've i'd i'll me my mine we we're we've we'd we'll us our ours`)
	secondPersons = text.WordSet(`you you're you've you'd you'll your`)
	// addressed are the second persons that speak to the reader wherever
	// they stand: a contraction or a possessive is no one's in general
	addressed = text.WordSet(`you're you've you'd you'll your yours`)
)

// person reports a first- or second-person word ("US", the country, is none).
func person(w string) bool {
	low := strings.ToLower(w)
	return w != "US" && (firstPersons[low] || secondPersons[low])
}

// unquotedPerson reports a first-person word outside quotation marks, or a
// sentence that opens with a second person ("You taught me ..."), or one
// that speaks to its reader further on ("like nothing you've ever seen",
// "Thanks for your help", "many of you were ..."); a bare "you" further on
// is most often anyone's ("when you are trapped ...").
func unquotedPerson(s string) bool {
	check := func(part string, opens bool) bool {
		i, prev := 0, ""
		for w := range strings.FieldsSeq(part) {
			// the longest is "you’re" (eight bytes); "US" is the country
			if w = strings.Trim(w, `"“”'‘’,.;:!?()`); len(w) <= 8 && w != "US" {
				w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
				// "many of you": some of the readers
				if firstPersons[w] || addressed[w] || opens && i == 0 && secondPersons[w] || w == "you" && prev == "of" {
					return true
				}
			}
			i++
			prev = strings.ToLower(w)
		}
		return false
	}
	return outsideQuotes(s, func(part string, i int) bool { return check(part, i == 0) })
}

// attributed reports a speaker said to speak in s: a speech verb with a
// third person or a name beside it ("..., he said", "said Ada Holm",
// "told the court"), or "according to" someone; "I said", "told us",
// "our source says" or "had said" is no speaker.
func attributed(s string) bool {
	fs := strings.Fields(s)
	word := func(i int) string {
		if i < 0 || i >= len(fs) {
			return ""
		}
		return strings.ReplaceAll(strings.Trim(fs[i], `"“”'‘’,.;:!?()`), "’", "'")
	}
	speaker := func(w string) bool {
		if w == "" || person(w) {
			return false
		}
		r, _ := firstRune(w)
		return unicode.IsUpper(r) || speakerWords[strings.ToLower(w)]
	}
	for i := range fs {
		v := strings.ToLower(word(i))
		if !speechVerbs[v] {
			continue
		}
		if v == "according" {
			if strings.ToLower(word(i+1)) == "to" && speaker(word(i+2)) {
				return true
			}
			continue
		}
		// "told us", "we said", "our source says": the speaker or the one
		// told is the writer
		prev, next := word(i-1), word(i+1)
		if person(prev) || person(next) || person(word(i-2)) {
			continue
		}
		if speaker(prev) || speaker(next) {
			return true
		}
	}
	return false
}

// speakerWords stand beside a speech verb for its speaker ("he said",
// "told the court", "said a spokesman").
var speakerWords = text.WordSet(`he she they it the a an his her their its one officials police`)

// secondPerson reports a second-person word outside quotation marks.
func secondPerson(s string) bool {
	if !strings.Contains(s, "you") && !strings.Contains(s, "You") {
		return false
	}
	return outsideQuotes(s, func(part string, _ int) bool {
		for w := range strings.FieldsSeq(part) {
			if secondPersons[strings.ToLower(strings.ReplaceAll(strings.Trim(w, `"“”'‘’,.;:!?()…`), "’", "'"))] {
				return true
			}
		}
		return false
	})
}

// outsideQuotes calls found with the parts of s outside quotation marks,
// in order, each with its index, until it reports true, and reports
// whether it did.
func outsideQuotes(s string, found func(part string, i int) bool) bool {
	in, start, n := false, 0, 0
	for i, r := range s {
		if r == '"' || r == '“' || r == '”' {
			if !in {
				if found(s[start:i], n) {
					return true
				}
				n++
			}
			in = !in
			start = i + len(string(r))
		}
	}
	return !in && found(s[start:], n)
}

// quoteCost is what a sentence's quoted share costs its wording: a
// quotation with its speaker tells what someone said, not what happened.
func quoteCost(s string) float64 {
	q := claims.QuotedShare(s)
	if q >= mostlyQuotedShare {
		return 4*q + mostlyQuoted
	}
	return 4 * q
}

// mostlyQuoted is what a sentence mostly quoted (mostlyQuotedShare of it
// in quotation marks at least) costs its wording on top of its quoted
// share.
const (
	mostlyQuoted      = 3
	mostlyQuotedShare = 0.6
)

// spokenCost is what s's quoted share costs its wording in this story's
// summary: quoteCost, but under a word budget a quotation that names its
// speaker (saidBy: '"..., " Ada Holm said.') does not pay mostlyQuoted: a
// summary cut to a hundred words tells a story's people by their own
// words as a writer of one does, who is named with them.
func (st *story) spokenCost(s string) float64 { return quoteCost(s) - st.spokenRebate(s) }

// spokenRebate is the mostlyQuoted that spokenCost spares s: under a word
// budget, a sentence mostly quoted that names its speaker.
func (st *story) spokenRebate(s string) float64 {
	if st.budgeted && claims.QuotedShare(s) >= mostlyQuotedShare && saidBy(s) {
		return mostlyQuoted
	}
	return 0
}

// saidBy reports whether s is a quotation that names its speaker outside
// the quotation marks ("..., Ada Holm said.", "Holm told the court:
// ..."): who says it, the sentence itself tells.
func saidBy(s string) bool {
	return attributed(s) && outsideQuotes(s, func(part string, _ int) bool { return namesSomeone(part) })
}
