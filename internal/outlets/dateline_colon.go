package outlets

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

const (
	// colonPlaceWords is how many words a place before a colon may have
	// ("RAMPUR", "NEW DELHI", "SAN LENNA DEL MAR"); a longer run of capitals
	// is a heading.
	colonPlaceWords = 4
	// colonLeadWords is how many words the line after the colon needs: a
	// lead, not a name ("BYLINE: Ada Holm.") or a short heading's item.
	colonLeadWords = 6
	// caseWords is how many words after the first show whether the line
	// after the colon is in sentence case.
	caseWords = 6
)

// colonDateline reads the dateline that opens s when it ends in a colon at
// s[c]: a place in capitals, and dates, then ": " and a lead sentence
// ("RAMPUR: All was going well…", "PORT CALDER, March 3: The…"). The shape
// is read only when nothing says it is something else:
//   - a label ("UPDATE:", "WATCH:", "EXCLUSIVE:") or a salutation ("DEAR
//     HARBOR MASTER:") is no place;
//   - a headline's teaser stands before a headline in title case ("BOOM:
//     Ferry Board Quits Over Fares"), a name or a short item before a few
//     words: a lead is a sentence in sentence case;
//   - a speaker's turn asks a question, speaks in the first or second
//     person or opens as speech does ("Well,", "Thank you", "It's");
//   - a speaker's label names a person by a title or role ("GOVERNOR
//     HALE:", "SEN. MARLOW:"), which no place opens with; a bare surname
//     ("HOLM:") before a lone sentence in the third person cannot be told
//     from a place, so callers read datelines at a text's start only;
//   - a transcript has other turns: another line of s opening with words
//     in capitals and a colon ("TAPPER:", "Q:").
func colonDateline(s string, c int) (Dateline, bool) {
	if c+1 >= len(s) || spaceAt(s, c+1) == 0 || s[c-1] == ' ' {
		return Dateline{}, false
	}
	end := sentenceAt(s, c+1)
	if end < 0 || strings.ContainsAny(s[c+1:end], "\r\n") {
		return Dateline{}, false // a label over a list or a paragraph ("PREVIOUSLY:")
	}
	lead := s[:c]
	if len(strings.Fields(lead)) > colonPlaceWords+4 || salutations[strings.ToUpper(strings.Fields(lead)[0])] {
		return Dateline{}, false
	}
	l := readLead(lead)
	if !l.clean || !l.caps || len(strings.Fields(strings.SplitN(l.place, ",", 2)[0])) > colonPlaceWords ||
		speakerTitles[strings.ToLower(strings.TrimRight(strings.Fields(lead)[0], "."))] {
		return Dateline{}, false
	}
	rest, _, _ := strings.Cut(s[end:], "\n")
	if !newsLead(rest) || transcriptTurn.MatchString(s[end:]) {
		return Dateline{}, false
	}
	return Dateline{Place: l.place, Sep: ":", End: end}, true
}

// newsLead reports a line that opens as a news report's lead does: enough
// words, in sentence case, ending a sentence (a headline does not), a
// first sentence that is a statement in the third person and does not
// open as speech.
func newsLead(line string) bool {
	words := strings.Fields(line)
	if len(words) < colonLeadWords || speechOpeners[strings.ToLower(strings.Trim(words[0], `"“‘'«,.!`))] {
		return false
	}
	capital, counted := 0, 0
	for _, w := range words[1:min(len(words), caseWords+1)] {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"“‘'«(`))
		if unicode.IsLetter(r) {
			counted++
			if unicode.IsUpper(r) {
				capital++
			}
		}
	}
	if 2*capital > counted {
		return false // a headline in title case
	}
	if !text.EndsSentence(strings.TrimSpace(line)) {
		return false // a headline: "TESLA STOCK: Shares rise on the report"
	}
	first := line
	if ss := text.SentencesIn(line, "en"); len(ss) > 0 {
		first = strings.TrimSpace(line[ss[0].Start:ss[0].End])
	}
	if strings.HasSuffix(first, "?") {
		return false
	}
	for _, w := range strings.Fields(first) {
		w = strings.Trim(w, `"“”‘’'«»,.;:!?()`)
		if personal[strings.ToLower(w)] && (len(w) == 1 || !inCapitals(w) && w != "US") {
			return false // "we", "I"; not "US", the country
		}
	}
	return true
}

// transcriptTurn matches a later line of a transcript: words in capitals
// and a colon opening a line ("HOLM: Yes.").
var transcriptTurn = regexp.MustCompile(`\n\s*\p{Lu}[\p{Lu}.'’ -]{0,40}:\s`)

// speakerTitles are the titles and roles that open a transcript speaker's
// label ("GOVERNOR HALE:", "SEN. MARLOW:", "UNIDENTIFIED MALE:"), written
// without a final period; no place's name opens with one ("GENERAL" and
// "SAINT" do, and are left out).
var speakerTitles = text.WordSet("governor gov mayor senator sen representative rep congressman congresswoman " +
	"president secretary minister premier chancellor commissioner sheriff judge justice officer detective " +
	"sergeant sgt captain capt lieutenant lt colonel col admiral dr mr mrs ms prof professor rev " +
	"host anchor moderator reporter correspondent interviewer unidentified spokesman spokeswoman spokesperson " +
	"witness prosecutor defendant attorney counsel councillor councilor councilman councilwoman chairman chairwoman")

// salutations open a letter, not a dateline ("DEAR HARBOR MASTER:").
var salutations = map[string]bool{"DEAR": true, "HI": true, "HELLO": true, "HEY": true}

// speechOpeners are the first words of a speaker's turn, which a news lead
// does not open with.
var speechOpeners = text.WordSet("well yes yeah no okay ok oh ah um uh so look listen thank thanks hello hi good sure right " +
	"let let's let’s it's it’s that's that’s there's there’s here's here’s i'm i’m i've i’ve i'll i’ll i'd i’d we're we’re you're you’re")

// personal are the words of the first and second person: a speaker's, not
// a lead's.
var personal = text.WordSet("i me my mine we us our ours you your yours")
