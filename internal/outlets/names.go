package outlets

import (
	"strings"
	"unicode"
)

// newsyWords end the names of outlets ("the Harbor Ledger", "Channel 4
// News", "Riverbend Radio"); other capitalised names ("the Justice
// Department") do not.
var newsyWords = map[string]bool{
	"Times": true, "Post": true, "News": true, "Journal": true, "Herald": true,
	"Tribune": true, "Gazette": true, "Chronicle": true, "Press": true,
	"Telegraph": true, "Guardian": true, "Observer": true, "Examiner": true,
	"Inquirer": true, "Courier": true, "Dispatch": true, "Register": true,
	"Bulletin": true, "Reporter": true, "Magazine": true, "Radio": true,
	"Television": true, "TV": true, "Wire": true, "Agency": true, "Service": true,
	"Broadcasting": true, "Ledger": true, "Sentinel": true, "Star": true,
	"Standard": true, "Mirror": true, "Express": true, "Monitor": true,
	"Daily": true, "Weekly": true, "Bee": true, "Beacon": true, "Globe": true,
	"Enquirer": true, "Democrat": true, "Republic": true, "Review": true,
	"Voice": true, "Sun": true, "Record": true, "Independent": true, "Online": true,
	"Media": true, "Network": true, "Newsroom": true, "Newspaper": true, "Channel": true,
	"Times-Picayune": true, "Sun-Times": true, "Star-Ledger": true, "Star-Tribune": true,
	// Names of outlets in the other languages we read.
	"Notizie": true, "Giornale": true, "Corriere": true, "Gazzetta": true, "Faro": true,
	"Noticias": true, "Diario": true, "Periódico": true, "Crónica": true,
	"Zeitung": true, "Nachrichten": true, "Rundschau": true, "Kurier": true,
	"Quotidien": true, "Jornal": true, "Notícias": true,
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
		if newsyWords[strings.TrimRight(w, ".,")] {
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
