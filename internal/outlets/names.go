package outlets

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameEnd says how surely a word that ends a name makes it an outlet's.
type nameEnd uint8

const (
	// onlyOutlets: only outlets' names end in it ("the Harbor Ledger",
	// "Channel 4 News"), so a credit or a speaker named so is an outlet.
	onlyOutlets nameEnd = iota + 1
	// alsoOthers: outlets' names end in it, and so do other bodies' ("the
	// National Weather Service", "the Czech Republic"): enough for the name
	// a page gives its own site, not for a name in running text.
	alsoOthers
)

// nameEnds are the words that end the names of outlets (or, in the other
// languages we read, open them: "Il Faro di Calder").
var nameEnds = map[string]nameEnd{
	"Times": onlyOutlets, "Post": onlyOutlets, "News": onlyOutlets, "Journal": onlyOutlets,
	"Herald": onlyOutlets, "Tribune": onlyOutlets, "Gazette": onlyOutlets, "Chronicle": onlyOutlets,
	"Press": onlyOutlets, "Telegraph": onlyOutlets, "Guardian": onlyOutlets, "Observer": onlyOutlets,
	"Examiner": onlyOutlets, "Inquirer": onlyOutlets, "Courier": onlyOutlets, "Dispatch": onlyOutlets,
	"Register": onlyOutlets, "Bulletin": onlyOutlets, "Reporter": onlyOutlets, "Magazine": onlyOutlets,
	"Radio": onlyOutlets, "Television": onlyOutlets, "TV": onlyOutlets, "Wire": onlyOutlets,
	"Broadcasting": onlyOutlets, "Ledger": onlyOutlets, "Sentinel": onlyOutlets, "Star": onlyOutlets,
	"Standard": onlyOutlets, "Mirror": onlyOutlets, "Express": onlyOutlets, "Daily": onlyOutlets,
	"Weekly": onlyOutlets, "Bee": onlyOutlets, "Beacon": onlyOutlets, "Globe": onlyOutlets,
	"Enquirer": onlyOutlets, "Review": onlyOutlets, "Network": onlyOutlets, "Newsroom": onlyOutlets,
	"Newspaper": onlyOutlets, "Channel": onlyOutlets, "Caller": onlyOutlets, "Blaze": onlyOutlets,
	"Mail": onlyOutlets, "Statesman": onlyOutlets,
	"Times-Picayune": onlyOutlets, "Sun-Times": onlyOutlets, "Star-Ledger": onlyOutlets, "Star-Tribune": onlyOutlets,
	"Agency": alsoOthers, "Service": alsoOthers, "Voice": alsoOthers, "Sun": alsoOthers,
	"Record": alsoOthers, "Independent": alsoOthers, "Online": alsoOthers, "Media": alsoOthers,
	"Democrat": alsoOthers, "Republic": alsoOthers, "Monitor": alsoOthers,
	"Notizie": onlyOutlets, "Giornale": onlyOutlets, "Corriere": onlyOutlets, "Gazzetta": onlyOutlets, "Faro": onlyOutlets,
	"Noticias": onlyOutlets, "Diario": onlyOutlets, "Periódico": onlyOutlets, "Crónica": onlyOutlets,
	"Zeitung": onlyOutlets, "Nachrichten": onlyOutlets, "Rundschau": onlyOutlets, "Kurier": onlyOutlets,
	"Quotidien": onlyOutlets, "Jornal": onlyOutlets, "Notícias": onlyOutlets,
}

// foldedEnds are nameEnds by lower-case word.
var foldedEnds = func() map[string]nameEnd {
	m := make(map[string]nameEnd, len(nameEnds))
	for w, e := range nameEnds {
		m[strings.ToLower(w)] = e
	}
	return m
}()

// OutletWord reports whether a name in running text that ends in w, in any
// case, is an outlet's: "Ledger", "times" yes; "Service", "Republic" no,
// for other bodies' names end in them too.
func OutletWord(w string) bool {
	if e, ok := nameEnds[w]; ok {
		return e == onlyOutlets
	}
	// Fold ASCII case on the stack: the callers ask for every capitalised
	// name they meet.
	var buf [24]byte
	if len(w) > len(buf) {
		return foldedEnds[strings.ToLower(w)] == onlyOutlets
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return foldedEnds[strings.ToLower(w)] == onlyOutlets
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return foldedEnds[string(buf[:len(w)])] == onlyOutlets
}

// LooksLikeOutlet reports whether name is a known outlet or a run of one to
// six capitalised words (articles and prepositions allowed inside) whose
// last word, or first for names like "Il Faro di Calder", only outlets use.
func LooksLikeOutlet(name string) bool {
	name = strings.TrimSpace(name)
	if _, ok := Lookup(name); ok {
		return true
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	newsy := false
	for i, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			if i == 0 || i == len(words)-1 || !connectors[w] {
				return false
			}
		}
		if nameEnds[strings.TrimRight(w, ".,")] != 0 {
			newsy = newsy || i == len(words)-1 || i <= 1
		}
	}
	return newsy
}

// connectors may stand inside an outlet's name: "Il Faro di Calder".
var connectors = map[string]bool{
	"of": true, "and": true, "&": true, "the": true, "di": true, "del": true, "della": true,
	"de": true, "la": true, "du": true, "des": true, "do": true, "da": true, "am": true, "für": true,
}

// mediumWords are the words of a label that says in which medium an outlet
// published, as lists of outlets append it to the name: "NPR (Online
// News)", "Wall Street Journal (News)", "NBC News (Online)". A label that
// names a section ("(Opinion)") is no medium: it tells the outlet's opinion
// pages from its news and stays.
var mediumWords = map[string]bool{"online": true, "news": true, "web": true, "print": true,
	"digital": true, "tv": true, "television": true, "radio": true}

// GivenName is the name of an outlet given in a record's metadata without
// the medium label in brackets that closes it ("NPR (Online News)" ->
// "NPR"), trimmed. Another closing bracket is part of the name ("New York
// Times (Opinion)").
func GivenName(name string) string {
	name = strings.TrimSpace(name)
	if !strings.HasSuffix(name, ")") {
		return name
	}
	open := strings.LastIndexByte(name, '(')
	if open <= 0 || name[open-1] != ' ' {
		return name
	}
	label := strings.Fields(name[open+1 : len(name)-1])
	if len(label) == 0 {
		return name
	}
	for _, w := range label {
		if !mediumWords[strings.ToLower(w)] {
			return name
		}
	}
	if rest := strings.TrimSpace(name[:open]); rest != "" {
		return rest
	}
	return name
}
