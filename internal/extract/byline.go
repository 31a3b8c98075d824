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
	reBylineLead = regexp.MustCompile(`(?i)^(?:(?:written|posted|reported|story|text|words|published|analysis|opinion|commentary|column|review|interview)\s+by|by|par|por|von|di|door|av|autor(?:e|in)?:?|author:?)\s+`)
	// URLs, e-mail addresses and handles
	reBylineLink = regexp.MustCompile(`\(?\s*(?:https?://\S+|www\.\S+|\S+@\S+\.\w+|@\w+)\s*\)?`)
	// "(with A and B)", "(avec A et B)": co-authors in parentheses
	reWithParen = regexp.MustCompile(`(?i)\(\s*(?:with|avec|con|mit|com)\s+([^)]*)\)`)
	// a credit to someone who did not write the story, up to the next
	// stop: "Photos by Ines Okafor", "Edited by Li Wei";
	// or a picture's label: "Image: Calder Police"
	reOtherRole = regexp.MustCompile(`(?i)\b(?:(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video|graphics?|edited|editing|produced|production|designed|design|additional\s+reporting|translated|translation)\s+by\b[^.;|]*|(?:photos?|pictures?|images?|credit)\s*:[^,;|]*)`)
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

// roleWords name a journalist's job, not a person: "Marta Quill, Senior
// Harbor Correspondent", "Calder Gazette Staff", "Staff Writer".
var roleWords = text.WordSet("correspondent correspondents reporter reporters writer writers editor editors " +
	"columnist columnists contributor journalist journalists producer producers photographer " +
	"photographers staff critic analyst intern bureau desk newsroom team")

// hasRoleWord reports a name holding a word of a job title (roleWords).
func hasRoleWord(p string) bool {
	for _, w := range strings.Fields(p) {
		// "Editor-at-large", "Co-Editor": a title's words joined
		for _, part := range strings.Split(strings.ToLower(strings.Trim(w, ".,")), "-") {
			if roleWords[part] {
				return true
			}
		}
	}
	return false
}

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
// are not names (too long, no capital letter, a job title, an outlet's
// name: "By Ana Ros, Reuters") are dropped, and so are the people a
// credit names for another role ("Photos by Li Wei").
func cleanByline(raw string) []string {
	s := undoubled(collapseSpace(raw))
	s = reOtherRole.ReplaceAllString(s, " ; ")
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
		// A weekday's three letters end names too ("Lena Sun"): a date's
		// when a stop or a date follows them ("Sun, 3 March", "Sun 3").
		weekday := weekdays[lw] && (len(lw) > 3 || strings.ContainsAny(w, ".,") || i+1 < len(words) && (hasDigit(words[i+1]) || isMonth(words[i+1])))
		if month || weekday || bylineJunk[lw] || hasDigit(w) {
			words = words[:i]
			break
		}
	}
	return strings.Trim(strings.Join(cutOutlet(words), " "), " .,:;-|")
}

// cutOutlet cuts a known outlet's name after a person's ("ANA ROS
// Associated Press", "Ana Ros for Calder Online"), with the word that
// joins them; two words at least must stay, and words that are an
// outlet's name alone ("The Associated Press", "Agencia EFE") stay whole.
func cutOutlet(words []string) []string {
	if _, ok := outlets.Lookup(strings.Join(words, " ")); ok {
		return words
	}
	for k := min(4, len(words)-2); k >= 1; k-- {
		tail := strings.Join(words[len(words)-k:], " ")
		_, known := outlets.Lookup(tail)
		// "Ana Ros for The Calder Post": after "for", a name that looks
		// like an outlet's is one.
		if !known && !(strings.EqualFold(words[len(words)-k-1], "for") && outlets.LooksLikeOutlet(tail)) {
			continue
		}
		rest := words[:len(words)-k]
		for len(rest) > 2 && outletJoiners[strings.ToLower(rest[len(rest)-1])] {
			rest = rest[:len(rest)-1]
		}
		if len(rest) >= 2 && !outletJoiners[strings.ToLower(rest[len(rest)-1])] {
			return rest
		}
		return words
	}
	return words
}

// outletJoiners join a person's name to an outlet's: "for", "with", "of",
// "the" ("Ana Ros for The Calder Post").
var outletJoiners = text.WordSet("for with of the at from für pour para per")

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
	// An outlet's name: one the directory knows ("By Ana Ros, Reuters"),
	// or one ending in a word only outlets' names end in ("Calder
	// Gazette"); not "Lena Sun", whose last word ends other names too.
	if _, ok := outlets.Lookup(p); ok || len(words) >= 2 && outlets.OutletWord(words[len(words)-1]) {
		return false
	}
	if hasRoleWord(p) {
		return false // "Senior Harbor Correspondent", "Calder Gazette Staff"
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

// isMonth reports a month's name or abbreviation, a stop after it or not.
func isMonth(w string) bool {
	_, ok := months[strings.ToLower(strings.Trim(w, ".,"))]
	return ok
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
