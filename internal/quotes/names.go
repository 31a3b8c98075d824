package quotes

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// ref is a speaker phrase as written next to a quote, analysed.
type ref struct {
	text    string // the phrase as written
	span    corroborate.Span
	name    string // the proper name or description, titles removed
	kind    string
	roles   []string
	pronoun string // lower case, when the phrase is a pronoun
	named   bool
	outlet  bool
	gender  gender
}

func (r ref) ok() bool { return r.text != "" }

// analyse reads a speaker phrase: a pronoun, a person with titles and
// appositive roles, an organisation, a document, or a description.
func analyse(text string, np []token) ref {
	np = trimPunct(np)
	for len(np) > 1 && clauseStarts[np[0].lower()] {
		np = trimPunct(np[1:])
	}
	if len(np) == 0 {
		return ref{}
	}
	r := ref{text: spanText(text, np), span: corroborate.Span{Start: np[0].s, End: np[len(np)-1].e}}
	if len(np) == 1 && pronouns[np[0].low] {
		r.pronoun = np[0].low
		r.kind = "person"
		switch r.pronoun {
		case "he":
			r.gender = genderMale
		case "she":
			r.gender = genderFemale
		case "it":
			r.kind = "organization"
		}
		return r
	}
	chunks := splitComma(np)
	head := trimPunct(chunks[0])
	var roles []string
	for _, c := range chunks[1:] {
		if role := roleText(text, c); role != "" {
			roles = append(roles, role)
		}
	}
	// "the group's director, John Smith": the name is in the appositive.
	if len(chunks) > 1 && !hasName(head) {
		if nc := trimPunct(chunks[1]); hasName(nc) && nc[0].capitalised() {
			roles = append([]string{roleText(text, head)}, roles[min(1, len(roles)):]...)
			head = nc
		}
	}
	if len(head) == 0 {
		return ref{}
	}
	analyseHead(text, head, &r)
	r.roles = append(r.roles, roles...)
	r.roles = dedupe(r.roles)
	for _, role := range r.roles {
		if g := roleGender(role); g != genderUnknown && r.gender == genderUnknown {
			r.gender = g
		}
	}
	return r
}

// analyseHead fills name, kind, roles and gender from the head chunk.
func analyseHead(text string, head []token, r *ref) {
	low := make([]string, len(head))
	for i, t := range head {
		low[i] = t.lower()
	}
	// A document: "a statement from Maryland corrections", "the letter".
	for i, w := range low {
		if docNouns[w] && !head[i].capitalised() && i <= 3 {
			r.kind = "document"
			r.name = spanText(text, dropDeterminer(head))
			r.named = hasCapitalAfter(head, i)
			return
		}
	}
	// Cut a trailing affiliation: "Peter Simonson of the ACLU in New Mexico".
	for i := 1; i < len(head); i++ {
		if (low[i] == "of" || low[i] == "for" || low[i] == "at" || low[i] == "with" || low[i] == "from") && !head[i].capitalised() {
			before := head[:i]
			if personRun(before) && !hasOrgWord(before) {
				r.roles = append(r.roles, spanText(text, head[i:]))
				head, low = before, low[:i]
			}
			break
		}
	}
	// The last run of capitalised words is the name; what precedes it,
	// titles included, is the role.
	end := len(head)
	for end > 0 && !head[end-1].capitalised() && !nameParticles[low[end-1]] {
		end--
	}
	if end == 0 {
		// No proper name: a description ("a spokesman", "officials").
		d := dropDeterminer(head)
		r.name = spanText(text, d)
		r.kind = "person"
		if isOrgPhrase(low) {
			r.kind = "organization"
		}
		r.gender = roleGender(r.name)
		return
	}
	start := end
	for start > 0 && (head[start-1].capitalised() || nameParticles[low[start-1]] || isInitial(head[start-1])) {
		start--
	}
	run := head[start:end]
	for len(run) > 0 && (isDeterminer(run[0].lower()) || quantifiers[run[0].lower()]) {
		if quantifiers[run[0].lower()] {
			// "None of these cities", "Some officials": not a name.
			r.name, r.kind = spanText(text, head), "person"
			return
		}
		run = run[1:]
		start++
	}
	tail := head[end:] // lower-case words after the name: "Clinton campaign"
	// Titles inside the run: "San Bernardino Police Chief Jarrod Burguan".
	cut := 0
	for i, t := range run {
		lw := t.lower()
		if titles[lw] || titles[strings.TrimSuffix(lw, ".")] {
			cut = i + 1
		}
	}
	for cut < len(run) && (nameParticles[run[cut].lower()] && !run[cut].capitalised()) {
		cut++
	}
	name := run[cut:]
	tailOrg := isOrgPhrase(lowerAll(tail))
	if len(run) == 0 || hasOrgWord(name) || tailOrg || isAcronym(name) || (len(name) == 0 && hasOrgWord(run)) {
		if len(run) == 0 {
			r.name, r.kind = spanText(text, dropDeterminer(head)), "person"
			return
		}
		r.kind = "organization"
		r.named = true
		r.name = spanText(text, run)
		if tailOrg {
			r.name = spanText(text, head[start:])
		}
		r.outlet = isOutlet(r.name)
		return
	}
	if len(tail) > 0 && len(name) > 0 {
		// "the Vermont senator": the capitalised word qualifies a role.
		r.name, r.kind = spanText(text, dropDeterminer(head)), "person"
		r.gender = roleGender(r.name)
		return
	}
	r.kind = "person"
	if len(name) == 0 {
		r.name = spanText(text, dropDeterminer(head))
		r.gender = roleGender(r.name)
		if isOutlet(r.name) {
			r.kind, r.named, r.outlet = "organization", true, true
		}
		return
	}
	if role := strings.TrimSpace(text[head[0].s:name[0].s]); role != "" && len(head[:start+cut]) > 0 {
		role = strings.TrimSpace(spanText(text, dropDeterminer(head[:start+cut])))
		if role != "" {
			r.roles = append(r.roles, role)
		}
	}
	r.name = cleanName(spanText(text, name))
	r.named = true
	r.gender = nameGender(run[:cut], name)
	if isOutlet(r.name) {
		r.kind, r.outlet = "organization", true
	}
}

// roleText turns an appositive into a role: "an economist who served..." ->
// "economist".
func roleText(text string, c []token) string {
	c = trimPunct(c)
	for i, t := range c {
		if relativeStops[t.lower()] && !t.capitalised() {
			c = trimPunct(c[:i])
			break
		}
	}
	c = dropDeterminer(c)
	if len(c) == 0 || len(c) > 14 {
		return ""
	}
	return spanText(text, c)
}

// quantifiers open a phrase that names no one: "None of these cities".
var quantifiers = words("none some many all each both few most several others other nobody everyone everybody anyone someone somebody no any")

func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "one", "another", "this", "that", "his", "her", "their", "its":
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

func hasOrgWord(ts []token) bool {
	for _, t := range ts {
		if t.capitalised() && orgWords[t.lower()] {
			return true
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

// cleanName drops possessives and honorifics: "Mr. Burman's" -> "Burman".
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

// isOutlet reports whether name is a news organisation.
func isOutlet(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	if f[0] == "the" {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	if len(f) <= 3 && outletNames[stripPossessive(f[0])] {
		return true
	}
	if len(f) >= 2 && outletWords[stripPossessive(f[len(f)-1])] {
		return true
	}
	j := strings.Join(f, " ")
	return j == "associated press" || j == "usa today" || j == "the hill" || j == "wall street journal"
}

// nameGender guesses a person's gender from honorifics in titles and the first name.
func nameGender(titleToks, name []token) gender {
	for _, t := range append(append([]token{}, titleToks...), name...) {
		lw := t.low
		switch {
		case maleHonorifics[lw]:
			return genderMale
		case femaleHonorifics[lw]:
			return genderFemale
		}
		if g := roleGender(lw); g != genderUnknown {
			return g
		}
	}
	if len(name) >= 2 {
		return firstNameGender(name[0].w)
	}
	return genderUnknown
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

// roleGender reads a gender from role words ("spokeswoman").
func roleGender(s string) gender {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "businesswoman", "actress",
			"mother", "wife", "daughter", "sister", "grandmother", "woman", "girl", "queen", "princess", "mrs.", "ms.", "mrs", "ms":
			return genderFemale
		case "spokesman", "congressman", "chairman", "councilman", "businessman", "actor",
			"father", "husband", "son", "brother", "grandfather", "man", "boy", "king", "prince", "mr.", "mr":
			return genderMale
		}
	}
	return genderUnknown
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
