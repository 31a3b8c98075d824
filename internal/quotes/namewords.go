package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// roleText turns an appositive into a role: "an economist who served..." ->
// "economist".
func roleText(text string, c []token) string {
	c = trimPunct(c)
	for i, t := range c {
		if t.low == "and" && i > 0 && i+1 < len(c) && c[i-1].capitalised() && c[i+1].capitalised() {
			continue // inside a body's name: "Center for Ferry Safety and Research"
		}
		if relativeStops[t.lower()] && !t.capitalised() {
			c = trimPunct(c[:i])
			break
		}
	}
	if n := len(c); n > 0 && n <= 4 && c[n-1].word && !c[n-1].capitalised() && (isDeterminer(c[n-1].low) || prepositions[c[n-1].low]) {
		return "" // "Gull the" before `"Miracle Cat," was buried`: words cut short by a quotation, no role
	}
	c = dropDeterminer(c)
	if len(c) == 0 || len(c) > 14 {
		return ""
	}
	if len(c) > 1 && !c[0].capitalised() && strings.HasSuffix(c[0].low, "ing") && (prepositions[c[1].lower()] || isDeterminer(c[1].lower()) || pronouns[c[1].lower()]) {
		return "" // "veering between tears and anger", "holding his son": what the person does, not a role
	}
	return spanText(text, c)
}

// quantifiers open a phrase that names no one: "None of these cities".
var quantifiers = text.WordSet("none some many all each both few most several others other nobody everyone everybody anyone someone somebody no any")

func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "one", "another", "this", "that", "his", "her", "their", "its", "my", "our", "your":
		return true
	}
	return false
}

func dropDeterminer(ts []token) []token {
	for len(ts) > 0 && isDeterminer(ts[0].low) {
		ts = ts[1:]
	}
	return ts
}

func hasName(ts []token) bool {
	for i, t := range ts {
		if t.capitalised() && (i > 0 || !isDeterminer(t.low)) {
			return true
		}
	}
	return false
}

func hasCapitalAfter(ts []token, i int) bool {
	for _, t := range ts[i+1:] {
		if t.capitalised() {
			return true
		}
	}
	return false
}

// personRun reports whether ts ends with a capitalised name that is not all titles.
func personRun(ts []token) bool {
	for _, t := range ts {
		if t.capitalised() && !titles[t.lower()] {
			return true
		}
	}
	return false
}

// inBodyName reports whether the capitalised run opening at byte pos ends a
// body's name that runs back over "for" or "of (the)" to an organisation
// word, or over "on" to one of onBodies: "American Farm Relations" in "the
// Council on American Farm Relations", never a person. A run holding a
// given name is a person after all, as in bodyStart ("Office of
// Management Director John Hale").
func inBodyName(toks []token, run []token) bool {
	for _, t := range run {
		if w := t.lower(); femaleNames[w] || maleNames[w] {
			return false
		}
	}
	pos := run[0].s
	k := sort.Search(len(toks), func(k int) bool { return toks[k].s >= pos }) - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k < 1 || toks[k].capitalised() || !toks[k-1].capitalised() {
		return false
	}
	switch toks[k].low {
	case "of", "for":
		return orgWords[toks[k-1].lower()]
	case "on":
		return onBodies[toks[k-1].lower()]
	}
	return false
}

// onBodies are the bodies whose names go on over "on": "Council on Farm
// Relations", "Commission on Human Rights" (not "La Guardia Airport on
// Christmas Eve").
var onBodies = text.WordSet("council committee commission institute center centre conference coalition alliance campaign panel forum caucus taskforce board")

func hasOrgWord(ts []token) bool {
	for i, t := range ts {
		if t.capitalised() && orgWords[t.lower()] {
			return true
		}
		if i > 0 && i == len(ts)-1 && t.capitalised() && venueEnds[t.lower()] && !knownFirstName(ts[0]) {
			return true // "Carran Rovers", not "Mara Bridge"
		}
	}
	return false
}

func isOrgPhrase(low []string) bool {
	for _, w := range low {
		if orgNouns[w] {
			return true
		}
	}
	return false
}

func isAcronym(ts []token) bool {
	if len(ts) != 1 || len(ts[0].w) < 2 {
		return false
	}
	w := stripPossessive(ts[0].w)
	return w == strings.ToUpper(w) && strings.ToLower(w) != w && !strings.Contains(w, ".")
}

func isInitial(t token) bool {
	return t.word && len(t.w) == 2 && t.w[1] == '.' && t.capitalised()
}

func lowerAll(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.lower()
	}
	return out
}

// cleanName drops possessives and honorifics: "Mr. Prew's" -> "Prew".
func cleanName(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 && (maleHonorifics[strings.ToLower(f[0])] || femaleHonorifics[strings.ToLower(f[0])]) {
		f = f[1:]
	}
	if len(f) > 0 {
		f[len(f)-1] = stripPossessive(f[len(f)-1])
	}
	return strings.Join(f, " ")
}

// isOutlet reports whether name is a news organisation: one the outlet
// directory knows, named whole or opening a short name ("Harbourwire", "KITE's
// Jane Roe", "Harbor Today's"), or a name that ends in a word only outlets'
// names end in ("the Harbor Ledger", "the Courier").
func isOutlet(name string) bool {
	words := strings.Fields(name)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	if len(words) <= 3 {
		for k := len(words); k > 0; k-- {
			if _, ok := outlets.ByName(stripPossessive(strings.Join(words[:k], " "))); ok {
				// "CNN's Ada Holm" is a person of the outlet, no outlet
				return k == len(words) || !possessive(words[k-1])
			}
		}
	}
	f := strings.Fields(strings.ToLower(strings.Join(words, " ")))
	if len(f) == 1 && outlets.OutletWord(stripPossessive(f[0])) && strings.ToLower(name) != name {
		return true // "the Ledger", "the Courier"
	}
	if len(f) >= 2 && len(f) <= 4 && outletFirst[f[0]] {
		return true // "Daily Lantern", "Sunday Beacon"
	}
	if strings.Contains(f[len(f)-1], ".com") || strings.Contains(f[len(f)-1], ".co.") {
		return true // "Harbour.com", "KITE5.com"
	}
	return len(f) >= 2 && outlets.OutletWord(stripPossessive(f[len(f)-1]))
}

// outletFirst open the name of a newspaper: "Daily Lantern".
var outletFirst = map[string]bool{"daily": true, "sunday": true, "evening": true, "morning": true, "weekly": true}

// nameGender guesses a person's gender from honorifics in titles and the first name.
func nameGender(titleToks, name []token) gender {
	for _, t := range append(append([]token{}, titleToks...), name...) {
		lw := t.low
		if g := honorificGender(lw); g != genderUnknown {
			return g
		}
		if g := roleGender(lw); g != genderUnknown {
			return g
		}
	}
	if len(name) >= 2 {
		return givenTokensGender(name)
	}
	return genderUnknown
}

// givenTokensGender is givenGender for a name as tokens.
func givenTokensGender(name []token) gender {
	for _, t := range name[:max(0, len(name)-1)] {
		if g := givenNameGender(t.w); g != genderUnknown {
			return g
		}
	}
	return genderUnknown
}

// givenGender is the gender of the first given name of a full name that
// tells one: "Laina Claire Dunmore" is a woman.
func givenGender(words []string) gender {
	for _, w := range words[:max(0, len(words)-1)] {
		if g := givenNameGender(w); g != genderUnknown {
			return g
		}
	}
	return genderUnknown
}

// givenNameGender is the gender a first name gives a person: none for a
// name given to men and women alike ("Terry", "Kim"), which the lists hold
// as a name for one of them only.
func givenNameGender(w string) gender {
	if sharedFirstNames[strings.ToLower(w)] {
		return genderUnknown
	}
	return firstNameGender(w)
}

func firstNameGender(w string) gender {
	w = strings.ToLower(w)
	switch {
	case femaleNames[w]:
		return genderFemale
	case maleNames[w]:
		return genderMale
	}
	return genderUnknown
}

// roleGender reads a gender from role words ("spokeswoman"). The words
// naming someone else, a possessor ("Mr Ibbot's lawyer", "the king's
// spokeswoman"), tell nothing of the speaker's gender.
func roleGender(s string) gender {
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return roleWordGender(strings.ToLower(s)) // one word: no slice of words to make
	}
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if i+1 < len(ws) && possessive(ws[i+1]) {
			continue
		}
		if g := roleWordGender(w); g != genderUnknown {
			return g
		}
	}
	return genderUnknown
}

// roleWordGender is roleGender of one lower-case word; none for a
// possessive ("mother's").
func roleWordGender(w string) gender {
	if possessive(w) {
		return genderUnknown
	}
	switch strings.TrimSuffix(w, "-in-law") { // "daughter-in-law"
	case "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "businesswoman", "actress",
		"mother", "wife", "daughter", "sister", "grandmother", "woman", "girl", "queen", "princess", "mrs.", "ms.", "mrs", "ms",
		"female", "aunt", "niece", "granddaughter", "stepmother", "girlfriend", "widow", "mom", "mum", "lady":
		return genderFemale
	case "spokesman", "congressman", "chairman", "councilman", "businessman", "actor",
		"father", "husband", "son", "brother", "grandfather", "man", "boy", "king", "prince", "mr.", "mr",
		"male", "uncle", "nephew", "grandson", "stepfather", "boyfriend", "widower", "dad":
		return genderMale
	}
	return genderUnknown
}

// isHonorific reports whether a lower-case word is a courtesy title: "Mr",
// "Mrs.", "Dr.". It belongs before the name, never in a role.
func isHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return maleHonorifics[w] || femaleHonorifics[w] || w == "dr" || w == "prof"
}

// dropHonorifics trims the courtesy titles that end a role, those of the
// name after it, and a rank written short after a role: "Mr" -> "", "Gov.
// Dr." -> "Gov.", "Police Chief Gen." -> "Police Chief"; "Mr Ibbot's
// lawyer" stays.
func dropHonorifics(ts []token) []token {
	for len(ts) > 0 {
		w := ts[len(ts)-1].lower()
		if !isHonorific(w) && !(len(ts) > 1 && strings.HasSuffix(w, ".") && shortRanks[strings.TrimSuffix(w, ".")]) {
			break
		}
		ts = ts[:len(ts)-1]
	}
	return ts
}

// shortRanks are ranks written short before a name: "Gen.", "Col.".
var shortRanks = text.WordSet("gen col maj lt capt sgt adm cmdr cpl pvt brig")

// possessive reports whether a lower-case word ends in 's.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// titleToken reports whether t is a title written before a name, "Police
// Chief", "Gov.", or "PM" in capitals ("Calderan PM Ivo Marsk"; "pm" in
// lower case is a time of day).
func titleToken(t token) bool {
	lw := t.lower()
	return titles[lw] || titles[strings.TrimSuffix(lw, ".")] || t.w == "PM"
}
