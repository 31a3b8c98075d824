package outlets

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// lead is what a dateline holds before its mark or separator.
type lead struct {
	// place is its place parts joined by ", " ("PORT CALDER, Ore."), "" when
	// it has none.
	place string
	// clean says the lead is only places and dates (or nothing): not a
	// byline, notes or a sentence.
	clean bool
	// caps says its first place part is in capitals, as a dateline's city is
	// ("PORT CALDER", not "Lenna"); dated that it holds a date.
	caps, dated bool
	words       int
}

// readLead reads the lead before a dateline's mark or separator: comma
// parts that are places ("SAN LENNA", "Calif.", "Porto de Lenna") and then
// dates ("March 3", "Jan. 6", "THURSDAY").
func readLead(s string) lead {
	s = strings.TrimSpace(s)
	l := lead{clean: true, words: len(strings.Fields(s))}
	if s == "" {
		return l
	}
	var places []string
	parts := strings.Split(strings.TrimSuffix(s, ","), ",")
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case isDate(p):
			l.dated = true
		case !l.dated && isPlace(p):
			places = append(places, p)
		default:
			return lead{words: l.words}
		}
	}
	if len(places) > 3 || len(places) > 0 && labels[strings.ToUpper(places[0])] {
		return lead{words: l.words}
	}
	l.place = strings.Join(places, ", ")
	l.caps = len(places) > 0 && inCapitals(places[0])
	return l
}

// isPlace reports a place's name: one to five words, each capitalised but
// for particles inside it ("Porto de Lenna"), with no digit, and not opened
// by "By" (a byline).
func isPlace(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 5 || strings.EqualFold(words[0], "by") {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || i == len(words)-1 || !particles[w]) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune(".'’-/&", c) {
				return false
			}
		}
	}
	return true
}

// inCapitals reports a name in capitals of three letters or more
// ("PORT CALDER", "ZÜRLEN"; not "TN", which opens sentences too).
func inCapitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 3
}

// isDate reports a dateline's date: month and weekday names and numbers
// ("March 3", "Jan. 6", "2017", "THURSDAY").
func isDate(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		w = strings.ToLower(strings.TrimSuffix(w, "."))
		if !dateWords[w] && !(len(w) <= 4 && strings.Trim(w, "0123456789") == "") {
			return false
		}
	}
	return true
}

// opensSentence reports text that opens a sentence: a capital, a digit, a
// quotation mark or a currency sign, or a word in lower case with a
// capital inside ("eFerry").
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'«$£€`, r):
		return true
	case unicode.IsLower(r):
		word, _, _ := strings.Cut(s, " ")
		return strings.IndexFunc(word, unicode.IsUpper) > 0
	}
	return false
}

// particles stand in lower case inside a place's name.
var particles = map[string]bool{"de": true, "da": true, "das": true, "del": true, "della": true, "di": true, "do": true,
	"dos": true, "du": true, "la": true, "le": true, "les": true, "al": true, "el": true, "van": true, "von": true,
	"der": true, "den": true, "upon": true, "on": true, "of": true, "sur": true, "en": true}

// dateWords are the month and weekday names a dateline's date is written
// with, in lower case, abbreviations without their full stop.
var dateWords = text.WordSet(text.Months + " " + text.Weekdays + `
	jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun`)

// labels are the words in capitals that open a caption, a link, a note or
// a teaser, not a dateline ("FILE - In this photo ...", "UPDATE: ...").
var labels = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(`FILE|MORE|UPDATE|UPDATED|RELATED|SEE ALSO|READ|READ MORE|READ ALSO|WATCH|VIDEO|`+
		`PHOTO|PHOTOS|PICS|AUDIO|LISTEN|LIVE|BREAKING|BREAKING NEWS|EXCLUSIVE|LATEST|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|`+
		`CORRECTION|CLARIFICATION|OPINION|ANALYSIS|COMMENT|SOURCE|SOURCES|FROM|DATE|DON'T MISS|DON’T MISS|ALSO|ADVERTISEMENT|`+
		`SPONSORED|GALLERY|CLICK|SUBSCRIBE|TOPICS|TAGS|SHARE|`+
		// teasers and labels before a colon ("BOOM: …", "JUST IN: …")
		`ALERT|JUST IN|DEVELOPING|FROM EARLIER|EARLIER|BYLINE|DATELINE|SPOILER|SPOILERS|SPOILER ALERT|WARNING|REMINDER|`+
		`POLL|QUIZ|RECAP|TRANSCRIPT|INTERVIEW|REVIEW|PREVIEW|EDITORIAL|BACKGROUND|CONTEXT|MUST READ|MUST SEE|MUST WATCH|`+
		`THE FACTS|FACTS|FACT CHECK|THE CLAIM|CLAIM|THE VERDICT|VERDICT|TOP STORIES|QUESTION|ANSWER|BOOM|BUSTED|LOOK|WOW|OOPS|SHOCK|SHOCKING|REVEALED|CONFIRMED|OFFICIAL|LEAKED|`+
		// the same in the other languages we read
		`ÚLTIMA HORA|URGENTE|EXCLUSIVA|EXCLUSIVO|EN VIVO|EN DIRECTO|ACTUALIZACIÓN|ACTUALIZADO|VÍDEO|`+
		`URGENT|ALERTE|EN DIRECT|MISE À JOUR|DERNIÈRE MINUTE|VIDÉO|`+
		`ULTIM'ORA|ULTIM’ORA|ULTIMA ORA|ESCLUSIVO|ESCLUSIVA|AGGIORNAMENTO|IN DIRETTA|`+
		`EILMELDUNG|EXKLUSIV|AKTUALISIERUNG|AKTUELL|`+
		`ATUALIZAÇÃO|AO VIVO|ÚLTIMAS`, "|") {
		m[w] = true
	}
	return m
}()
