package claims

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// Faults of a sentence as a claim's wording, worst first: a fragment words
// no claim; a sentence opening with a pronoun or "This"/"That" points back
// to a sentence the reader does not have; a quotation with no speaker when
// another sentence names one; first person outside quotation marks ("Our
// source") is the outlet's own voice.
const (
	faultFragment    = 100
	faultPointsBack  = 4
	faultNoSpeaker   = 2
	faultFirstPerson = 2
)

// backOpeners open a sentence that leans on the one before it.
var backOpeners = text.WordSet(`he she it they we i this that these those his her its their our my
him them another such`)

// outletVoice words are the outlet's own voice outside quotation marks.
var outletVoice = text.WordSet("we our us i my me")

// attribution words name who said a quotation.
var attribution = text.WordSet(`said says say told tells according added adds explained stated wrote
writes asked asks insisted claimed noted`)

// wireDateline is a place in capitals and an optional agency before a dash
// that opens wire copy: "PORT CALDER — ", "LENNA (Reuters) - ".
var wireDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.,' ]{2,40}(?:\([\p{L} ]{1,20}\) ?)?\s*[—–-]{1,2}\s+`)

// wordingFaults scores how badly a sentence reads as a claim on its own;
// hasSpeaker tells whether it names the speaker of its quotation.
func wordingFaults(s string) (faults int, hasSpeaker bool) {
	if fragment(s) {
		faults += faultFragment
	}
	outside := outsideQuotes(s)
	toks := tokenize(outside, 0, len(outside))
	quoted := isQuotation(s)
	for _, t := range toks {
		if attribution[t.low] {
			hasSpeaker = true
		}
	}
	if quoted && !hasSpeaker {
		faults += faultNoSpeaker
	}
	if first := tokenize(s, 0, len(s)); len(first) > 0 && !quoted && backOpeners[first[0].low] {
		// "It was not known ...", "It is unclear ..." point nowhere
		if !(first[0].low == "it" && len(first) > 1 && beForms[first[1].low]) {
			faults += faultPointsBack
		}
	}
	if !strings.ContainsAny(s, `"“”‘'`) {
		for _, t := range toks {
			if outletVoice[t.low] && !(t.low == "us" && t.text == "US") {
				faults += faultFirstPerson
				break
			}
		}
	}
	return faults, hasSpeaker
}

// isQuotation reports a sentence that is mostly a quotation, in double
// marks or opened by a single one ("Roe said: ‘We ...").
func isQuotation(s string) bool {
	return QuotedShare(s) > 0.3 || strings.HasPrefix(s, "‘") || strings.Contains(s, ": ‘") || strings.Contains(s, ": '")
}

// outsideQuotes is s with the text inside double quotation marks blanked.
func outsideQuotes(s string) string {
	in := false
	return strings.Map(func(r rune) rune {
		switch r {
		case '"', '“', '”':
			in = !in
			return ' '
		}
		if in {
			return ' '
		}
		return r
	}, s)
}

// stripDateline removes the wire dateline that opens a sentence ("PORT
// CALDER — City officials closed ..." reads "City officials closed ...").
func stripDateline(s string) string {
	m := wireDateline.FindStringIndex(s)
	if m == nil || m[1] >= len(s) {
		return s
	}
	rest := s[m[1]:]
	r := []rune(rest)
	if len(r) == 0 || !unicode.IsUpper(r[0]) && !strings.ContainsRune(`"“`, r[0]) {
		return s
	}
	return rest
}

// bestWording picks, among the sentences stating a claim (the leader's
// first), the one that reads best alone: fewest faults, a quotation with
// its speaker when some sentence names one, then the leader, then the
// shortest. It returns "" when every sentence is a fragment.
func bestWording(texts []string) string {
	best, bestFaults := "", 0
	anySpeaker := false
	faults := make([]int, len(texts))
	for i, t := range texts {
		var sp bool
		faults[i], sp = wordingFaults(t)
		anySpeaker = anySpeaker || sp && isQuotation(t)
	}
	for i, t := range texts {
		f := faults[i]
		if !anySpeaker {
			// no sentence names the speaker: none is the worse for it
			if _, sp := wordingFaults(t); !sp && isQuotation(t) {
				f -= faultNoSpeaker
			}
		}
		if f >= faultFragment {
			continue
		}
		if best == "" || f < bestFaults || f == bestFaults && i > 0 && best != texts[0] && (len(t) < len(best) || len(t) == len(best) && t < best) {
			best, bestFaults = t, f
		}
	}
	if best == "" {
		return ""
	}
	return stripDateline(best)
}
