package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

var (
	// "By", "Written by", "Posted by", "Par", "Por", "Von", "Di", "Door", "Av"
	reBylineLead = regexp.MustCompile(`(?i)^(?:(?:written|posted|reported|story|text|words|published)\s+by|by|par|por|von|di|door|av|autor(?:e|in)?:?|author:?)\s+`)
	// URLs, e-mail addresses and handles
	reBylineLink = regexp.MustCompile(`\(?\s*(?:https?://\S+|www\.\S+|\S+@\S+\.\w+|@\w+)\s*\)?`)
	// "(with A and B)", "(avec A et B)": co-authors in parentheses
	reWithParen = regexp.MustCompile(`(?i)\(\s*(?:with|avec|con|mit|com)\s+([^)]*)\)`)
	// separators of several names
	reAuthorSep = regexp.MustCompile(`(?i)\s*(?:;|\||,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*`)
)

// bylineJunk are words that are never part of a person's name in a byline:
// buttons and labels around it, and what follows a name (a time, a place).
var bylineJunk = text.WordSet("share shares tweet email e-mail print comment comments follow subscribe login " +
	"username user password facebook twitter linkedin whatsapp pinterest reddit save bookmark more view profile " +
	"posted updated published modified ago hours hour minutes minute seconds days day yesterday today " +
	"před hodinami minutami včera hace horas minutos ayer fa ore minuti ieri heures vor stunden minuten gestern há atrás " +
	"am pm edt est cdt cst pdt pst gmt utc at on control contact staff-writer")

// degrees follow a name; they are not authors: "Brenda Goodman, MA".
var degrees = text.WordSet("ma ms msc mba md phd ph.d ph.d. mph rn bsc ba jd dds mfa dr.ph lmft")

// weekdays in the languages we read, for dates glued to names.
var weekdays = text.WordSet("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun " +
	"lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica " +
	"lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag")

// cleanByline turns a raw byline into authors' names: the lead word ("By")
// dropped, links and handles dropped, co-authors in parentheses taken out,
// names split on commas, semicolons and "and" in the languages we read,
// and in each name everything from the first date, time or interface word
// on cut ("Nathan Willis March 25" -> "Nathan Willis"). Degrees ("MA") are
// dropped; a "Last, First" pair of single words stays one name. Parts that
// are not names (too long, no capital letter) are dropped.
func cleanByline(raw string) []string {
	s := collapseSpace(raw)
	s = reBylineLink.ReplaceAllString(s, " ")
	var extra []string
	s = reWithParen.ReplaceAllStringFunc(s, func(m string) string {
		extra = append(extra, reWithParen.FindStringSubmatch(m)[1])
		return " , "
	})
	s = strings.NewReplacer("(", " ", ")", " ", "[", " ", "]", " ", "·", ",", "•", ",", "—", ",", "–", ",").Replace(s)
	var names []string
	for _, chunk := range append([]string{s}, extra...) {
		names = append(names, splitNames(chunk)...)
	}
	return dedupeNames(names)
}

// splitNames splits one byline chunk into cleaned names.
func splitNames(s string) []string {
	s = strings.TrimSpace(reBylineLead.ReplaceAllString(strings.TrimSpace(s), ""))
	parts := reAuthorSep.Split(s, -1)
	var kept []string
	for _, p := range parts {
		p = trimName(p)
		if p == "" || degrees[strings.ToLower(strings.TrimRight(p, "."))] || degrees[strings.ToLower(p)] {
			continue
		}
		kept = append(kept, p)
	}
	// "Jong, Michiel de": a surname and a given name, not two authors.
	if len(kept) == 2 && strings.Contains(s, ",") && !strings.Contains(s, ";") && len(strings.Fields(kept[0])) == 1 {
		kept = []string{kept[0] + ", " + kept[1]}
	}
	var out []string
	for _, p := range kept {
		if isBylineName(p) {
			out = append(out, p)
		}
	}
	return out
}

// trimName cuts a name at its first word that cannot belong to it (a
// date, a number, an interface word) and drops a lead word left inside.
func trimName(p string) string {
	p = strings.TrimSpace(reBylineLead.ReplaceAllString(strings.TrimSpace(p), ""))
	words := strings.Fields(p)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:;!?\"'’"))
		// A month is a date's when a number follows it or it ends a
		// name of three words or more ("Laura June Topolsky July").
		_, month := months[lw]
		month = month && i > 0 && (i+1 < len(words) && hasDigit(words[i+1]) || i+1 == len(words) && i >= 2)
		if month || weekdays[lw] || bylineJunk[lw] || hasDigit(w) {
			words = words[:i]
			break
		}
	}
	return strings.Trim(strings.Join(words, " "), " .,:;-|")
}

// isBylineName reports a plausible name: one to six words, the first
// starting with a letter in upper case (or a name all in lower case
// handles would not be), no sentence.
func isBylineName(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	r := []rune(words[0])
	if !unicode.IsLetter(r[0]) || strings.Contains(p, "/") {
		return false // "Ana Ros/Reuters" credits a photo
	}
	upper, long := 0, 0
	for _, w := range words {
		if len([]rune(strings.Trim(w, "."))) > 2 {
			long++
		}
		if unicode.IsUpper([]rune(w)[0]) {
			upper++
		}
	}
	return upper > 0 && upper*2 >= len(words) && long > 0 // "J J" is initials alone
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

func dedupeNames(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := strings.ToLower(n)
		if !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

var (
	// reSignoff matches a wire story's sign-off naming its staff: "(Reporting
	// by A in Seoul, B; Editing by C)", or a line of its own opening with
	// "Reporting by".
	reSignoff = regexp.MustCompile(`(?m)\((?i:reporting|writing|written)\s+by\s[^()]{2,300}\)|^(?i:reporting)\s+by\s.{2,300}$`)
	// reSignoffRole matches the roles a sign-off lists, each before its
	// names.
	reSignoffRole = regexp.MustCompile(`(?i)\b(additional\s+reporting|reporting|writing|written|editing|edited|compiled|graphics?|photos?|video|research|produced|production)\s+by\s`)
	// reNamePlace cuts the place after a reporter's name ("David Ros in
	// Seoul").
	reNamePlace = regexp.MustCompile(`\s+(?:in|from|at)\s+.*$`)
)

// signoffReach is how far from a text's end a staff sign-off is read.
const signoffReach = 1500

// signoffByline reads the reporters and writers a wire story's sign-off
// names ("(Reporting by Ana Ros in Calder; Editing by Li Wei)" -> Ana Ros),
// near the end of text: the authors, not the editors nor those who added
// reporting. Nil when there is no sign-off or it names no person.
func signoffByline(text string) []string {
	tail := text[max(0, len(text)-signoffReach):]
	locs := reSignoff.FindAllStringIndex(tail, -1)
	if len(locs) == 0 {
		return nil
	}
	s := strings.Trim(tail[locs[len(locs)-1][0]:locs[len(locs)-1][1]], "() \t")
	roles := reSignoffRole.FindAllStringSubmatchIndex(s, -1)
	var names []string
	for i, r := range roles {
		role := strings.ToLower(s[r[2]:r[3]])
		if role != "reporting" && role != "writing" && role != "written" {
			continue
		}
		end := len(s)
		if i+1 < len(roles) {
			end = roles[i+1][0]
		}
		for _, p := range reAuthorSep.Split(s[r[1]:end], -1) {
			p = strings.TrimSpace(reNamePlace.ReplaceAllString(strings.TrimSpace(p), ""))
			if _, outlet := outlets.Lookup(p); !outlet && isNameLike(p) {
				names = append(names, p)
			}
		}
	}
	return dedupeNames(names)
}
