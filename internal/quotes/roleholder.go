package quotes

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// roleHolder gives a definite description that speaks ("the sophomore
// said", "The council leader said") to the one person the text named
// before with that role, in an appositive or before the name (`Lena Voss,
// a sophomore from Carran,`, `Council leader Edwin Pellam`); and a
// description that varies a name with an age or a place ("the Kessport
// councillor", "the 61-year-old senator") to the person last reported
// speaking, in its paragraph or the three before, when no one else is
// named since and the text gave them no other role (a bare "the actor"
// as lastSpeakerVaried tells); and, failing those,
// an age, an office in capitals or "the First Lady" ("The 56-year-old
// said", "said the President") to the person the article is about
// (protagonist).
func (x *extractor) roleHolder(r ref, sp Speaker, recent []event) (*Speaker, bool) {
	if (sp.Named || r.named) && !firstLady(r) || r.pronoun != "" {
		return nil, false
	}
	desc := r.text
	if i := strings.IndexByte(desc, ','); i > 0 {
		desc = desc[:i] // "The new king, clad in uniform,": the description before its aside
	}
	orig := withoutQuoted(desc) // "the 'Frost Bite Baby' rapper"
	if len(orig) < 2 || len(orig) > 4 || !strings.EqualFold(orig[0], "the") {
		return nil, false
	}
	head := strings.ToLower(strings.Trim(orig[len(orig)-1], ".,;:"))
	if head == "lady" && len(orig) >= 3 && strings.EqualFold(orig[len(orig)-2], "first") {
		head = "first lady" // "the First Lady": an office, held by a woman
	}
	if r.kind == "person" && len(orig) == 2 && (head == "teen" || head == "teenager") && !x.introducedUnnamed([]string{"teen"}, r.span.Start) && !x.introducedUnnamed([]string{"teenager"}, r.span.Start) {
		// "The teen told ..." after "19-year-old Iga Vance"
		if out := x.teenGiven(r.span.Start); out != nil {
			out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
			return out, true
		}
	}
	switch {
	case r.kind == "person" && isAgeWord(head):
		// "The 56-year-old said": only the person the article is about.
		if x.introducedUnnamed(orig[1:], r.span.Start) {
			return nil, false
		}
		return x.protagonist(orig, head, r)
	case len(head) < 5 && !offices[head] || groupNouns[head] || docNouns[head] || outletHeads[head] || sp.Outlet:
		return nil, false
	case r.kind == "person" && (personWord(head) || monarchs[head] != nil):
	case r.kind == "organization" && (titles[head] || personNouns[head] || head == "leader"):
		// "The council leader": a person, though "council" names a body.
	default:
		return nil, false
	}
	if len(orig) == 2 && spokesRoles[head] {
		if body, ok := x.spokespersonsBody(head, r.span.Start); ok {
			return body, true
		}
	}
	if x.introducedUnnamed(orig[1:], r.span.Start) || unnamedOnPurpose(r.text) {
		return nil, false // "a senior official said" before: the same one, unnamed
	}
	for _, w := range append([]string{head}, monarchs[head]...) {
		if out, at, ok := x.names.withRoleWord(w, r); ok && !x.placedElsewhere(at, orig[1:len(orig)-1]) {
			out.Kind = "person"
			out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
			return out, true
		}
	}
	if out, ok := x.roleWrittenBefore(head, r, recent); ok {
		return out, true
	}
	if out, ok := x.monarchBefore(head, r); ok {
		return out, true
	}
	if out, ok := x.lastSpeakerVaried(orig, head, r, recent); ok {
		return out, true
	}
	if out, ok := x.epithetOfSubject(orig, head, r); ok {
		return out, true
	}
	return x.protagonist(orig, head, r)
}

// lastSpeakerVaried gives a description that varies a name with an age
// or a place ("the Kessport councillor") to the person last reported
// speaking, in its paragraph or the three before, when no one else is
// named since and the text gave them no other role; a bare one ("the
// actor") to the one last reported speaking in its paragraph or the one
// before, or in the three before when an earlier event read the same
// description as them (then only a person of their gender, or one given
// the description, named since is a rival).
func (x *extractor) lastSpeakerVaried(orig []string, head string, r ref, recent []event) (*Speaker, bool) {
	varied := false
	for _, w := range orig[1 : len(orig)-1] {
		varied = varied || strings.HasSuffix(strings.ToLower(w), "-year-old") || unicode.IsUpper([]rune(w)[0]) && !titles[strings.ToLower(w)]
	}
	if r.kind != "person" || !varied && !bareVariation(head) {
		return nil, false
	}
	// A bare description ("said the actor") follows its holder closely:
	// the last speaker of its paragraph or the one before.
	back := 3
	if !varied {
		back = 1
	}
	lo := x.paras[max(0, x.paraOf(r.span.Start)-back)].Start
	far := x.paras[max(0, x.paraOf(r.span.Start)-3)].Start
	for k := len(recent) - 1; k >= 0; k-- {
		e := recent[k]
		if e.pos >= r.span.Start {
			continue
		}
		again := e.pos < lo && e.pos >= far && !varied && len(orig) == 2 && readAs(recent[:k+1], e.sp.Name, head, far)
		if e.pos < lo && !again {
			return nil, false
		}
		// again: "said the actor", then two paragraphs on "the actor
		// said" (no word added: "the bus driver" may be another), the
		// one the same description was read as before; of those named
		// since, a rival is one of that person's gender or one the text
		// gives the description.
		rivalGender := genderUnknown
		if again {
			rivalGender = e.sp.gender
			if fn, ok := x.names.full(lastWord(e.sp.Name), e.pos, genderUnknown); ok && rivalGender == genderUnknown && strings.HasSuffix(fn.name, e.sp.Name) {
				rivalGender = fn.gender // "Van Der Beek" of "James Van Der Beek"
			}
		}
		if e.described || e.pronoun != "" || !e.sp.Named || e.sp.Kind != "person" || !e.sp.gender.compatible(roleGender(head)) {
			return nil, false
		}
		if x.names.rivalOfGender(e.pos, r.span.Start, e.sp.Name, rivalGender) || x.otherOffice(e.sp.Name, head, r.span.Start) || again && x.describedSince(e.pos, r.span.Start, e.sp.Name, head) {
			return nil, false
		}
		roles := x.rolesOf(e.sp.Name, r.span.Start)
		if again {
			roles = personRoles(roles) // a stray word read as a role ("after") is none
		}
		if !varied && (strings.TrimSpace(strings.Join(roles, "")) != "" && !hasRoleWord(roles, head) || x.anotherThanQuoted(head, r, e.sp.Name)) {
			// "the striker" after "manager Petr Kask": another person
			return nil, false
		}
		out := e.sp
		out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
		return &out, true
	}
	return nil, false
}

// describedSince reports whether a person other than the one of full
// name is named from byte from up to pos with a role holding head, or as
// the subject of a sentence: "The lorry driver, Anna Roth," or "Anna
// Roth was driving the second car." between "said the driver" and "the
// driver said" may be the driver; "Vell announced that Kimberly was
// expecting" names no other actor.
func (x *extractor) describedSince(from, pos int, name, head string) bool {
	for _, p := range x.names.persons {
		if p.pos <= from || p.pos >= pos {
			continue
		}
		fn, ok := x.names.full(p.last, p.pos, genderUnknown)
		if ok && fn.name == name {
			continue
		}
		if ok && hasRoleWord(x.rolesOf(fn.name, pos), head) || x.opensSentence(x.tokAt(p.pos)) {
			return true
		}
	}
	// "The driver of a second lorry fled", "The opposing team's striker
	// missed": another one of that description, unnamed
	for i := x.tokAt(from); i < len(x.toks) && x.toks[i].s < pos; i++ {
		if t := x.toks[i]; t.low != head && t.low != head+"s" || x.inQuote(t.s) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3 && !x.toks[j].sentenceEnd(); j-- {
			if w := x.toks[j].low; otherOne[w] || possessive(w) {
				return true
			}
		}
		if i+1 < len(x.toks) && x.toks[i+1].low == "of" {
			for j := i + 2; j < len(x.toks) && j <= i+4 && !x.toks[j].sentenceEnd(); j++ {
				if otherOne[x.toks[j].low] && x.toks[j].low != "a" && x.toks[j].low != "an" {
					return true // "the driver of a second lorry"
				}
			}
		}
	}
	return false
}

// otherOne are words that bring in another holder of a description: "a
// driver", "the other driver", "the opposing team's striker", "the driver
// of a second lorry".
var otherOne = text.WordSet("a an another other second third opposing rival")

// opensSentence reports whether the name at token k is its sentence's
// subject: at most a short description before it, set off by a comma
// ("The bus driver, Anna Roth,") or of determiners and words for people
// only ("A second witness Anna Kay"); no verb ("Police also spoke to Anna
// Roth" is an object).
func (x *extractor) opensSentence(k int) bool {
	from := x.sentenceFrom(k)
	if k-from > 5 {
		return false
	}
	appos := k > from && x.toks[k-1].is(",") // "The bus driver, Anna Roth,"
	for i := from; i < k; i++ {
		t := x.toks[i]
		if x.lineBetween(i, i+1) || t.word && !t.capitalised() && (t.low == "that" || cueVerbs[t.low] || auxiliaries[t.low] || strings.HasSuffix(t.low, "ed") ||
			!appos && !isDeterminer(t.low) && !otherOne[t.low] && !namedPersonWord(t.low) && !titles[t.low]) {
			return false
		}
	}
	return true
}

// personRoles is roles without those holding no word for a person or an
// office.
func personRoles(roles []string) []string {
	var out []string
	for _, role := range roles {
		for _, w := range strings.Fields(role) {
			if w = strings.Trim(w, ".,"); namedPersonWord(w) || titles[w] || offices[w] {
				out = append(out, role)
				break
			}
		}
	}
	return out
}

// readAs reports whether an event of recent since byte from gave the
// person of full name the description head: "said the actor" read as them.
func readAs(recent []event, name, head string, from int) bool {
	for _, e := range recent {
		if e.pos >= from && e.sp.Name == name && slices.ContainsFunc(e.sp.Roles, func(role string) bool { return lastWord(role) == head }) {
			return true
		}
	}
	return false
}

// bareVariation reports whether a description with no place or age
// ("said the actor", "the teen told") may vary the name of the one last
// reported speaking: a trade or a stage of life, not an office ("the
// minister" is as often someone the story has not named); the caller
// asks anotherThanQuoted too.
func bareVariation(head string) bool {
	return personWord(head) && !offices[head] && !legislators[head]
}

// anotherThanQuoted reports whether a description of head speaking
// after the person of full name was quoted is, by its words, someone
// else: one who acts for another or is kin ("the lawyer", "the
// spokesman", "the coach", "the mother"), unless the text gives the
// person that role ("Dr Ada Holm" and "the doctor"); one set apart ("the
// other officer", "the same fighter who ..."); one the text brought in
// unnamed after naming that person ("a source close to Lund" then "the
// source said"; a lead's "A government investigator said" before the
// name is the one named later); or one asking a question put to someone
// ("...your sources?" the anchor asked): the one who asks is not the one
// answering.
func (x *extractor) anotherThanQuoted(head string, r ref, name string) bool {
	if (spokesRoles[head] || actsForAnother[head]) && !x.holdsRole(name, head, r.span.Start) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(r.text)) {
		if setApart[w] || w == "who" || w == "that" || w == "whose" {
			return true // "the other officer", "the same fighter who ..."
		}
	}
	after := strings.Fields(x.text[r.span.End:min(len(x.text), r.span.End+12)])
	before := strings.Fields(x.text[max(0, r.span.Start-12):r.span.Start])
	if (len(after) > 0 && askCues[strings.Trim(after[0], ".,:")] || len(before) > 0 && askCues[before[len(before)-1]]) && x.putToSomeone(r) {
		return true // "...?" the anchor asked: a question put to the one quoted
	}
	k := x.tokAt(r.span.Start)
	for i := x.tokAt(x.firstNamed(name)); i < k; i++ {
		if x.toks[i].low != head && x.toks[i].low != head+"s" || x.inQuote(x.toks[i].s) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3 && x.toks[j].word && !x.toks[j].capitalised(); j-- {
			if d := x.toks[j].low; d == "a" || d == "an" || d == "one" || d == "another" || d == "some" {
				return true
			}
		}
	}
	return false
}

// actsForAnother are roles held for someone else, whose holder is seldom
// the one just quoted.
var actsForAnother = text.WordSet(`lawyer attorney solicitor barrister counsel aide adviser advisor agent
manager coach doctor physician officer official representative owner boss employer detective prosecutor
interviewer host anchor presenter mother father son daughter wife husband brother sister parent
neighbour neighbor friend`)

// holdsRole reports whether the text gives the person of full name,
// before byte pos, the role head, by a word or a title ("Dr" for "the
// doctor"): then "the doctor said" may be them.
func (x *extractor) holdsRole(name, head string, pos int) bool {
	if hasRoleWord(x.rolesOf(name, pos), head) {
		return true
	}
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	for _, fn := range x.names.byLast[ws[len(ws)-1]] {
		if k := x.tokAt(fn.pos); fn.name == name && fn.pos < pos && k > 0 && slices.Contains(titleRoles[strings.Trim(x.toks[k-1].low, ".")], head) {
			return true // "Dr Ada Holm", then "the doctor"
		}
	}
	return false
}

// titleRoles are the roles a title before a name gives its holder.
var titleRoles = map[string][]string{
	"dr": {"doctor", "physician", "surgeon"}, "det": {"detective", "officer"}, "sgt": {"officer", "sergeant"},
	"insp": {"inspector", "officer"}, "prof": {"professor", "researcher"}, "coach": {"coach"},
}

// putToSomeone reports whether the quotation that ends right before the
// description r asks someone else, by "you" or "your": "Was he one of
// your sources?" the anchor asked; "Why would I stop now?" the skater
// asked is the skater's own.
func (x *extractor) putToSomeone(r ref) bool {
	before := x.text[max(0, r.span.Start-400):r.span.Start]
	if i := strings.LastIndexAny(before, "\"\u201d"); i >= 0 {
		// the closing mark first, then the opening one before it
		if j := strings.LastIndexAny(before[:i], "\"\u201c"); j >= 0 {
			before = before[j:i]
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(before), func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' }) {
		if w == "you" || w == "your" || w == "you're" || w == "yours" {
			return true
		}
	}
	return false
}

// askCues tell of a question put, by someone else than the one who
// answers.
var askCues = text.WordSet("asked asks inquired")

// setApart modify a description to tell a person apart from one met
// before: "the other officer", "the same fighter".
var setApart = text.WordSet("other another same second first new former latter")

// otherOffice reports whether the text gives the person name, before byte
// pos, an office other than head ("Rep." for "the senator"); a role that
// is no office ("presidential candidate") leaves the senator possible.
func (x *extractor) otherOffice(name, head string, pos int) bool {
	for _, role := range x.rolesOf(name, pos) {
		for _, w := range strings.Fields(role) {
			if w = strings.Trim(w, ".,"); offices[w] && !hasRoleWord([]string{w}, head) && !(legislators[head] && legislatorTitles[w]) {
				return true
			}
		}
	}
	return false
}

// offices are titles of one office each: a person holding one is not
// described by another.
var offices = text.WordSet(`sen senator rep representative gov governor mayor president minister premier
chancellor judge sheriff ambassador councillor councilor councilman councilwoman alderman king queen
monarch emperor empress pope`)

// legislators are words for any member of a legislature, whose
// legislatorTitles ("Rep.", "Sen.") are no other office: "the Ostland
// lawmaker" after "Rep. Dana Whitcombe".
var (
	legislators      = text.WordSet("lawmaker legislator congressman congresswoman")
	legislatorTitles = text.WordSet("sen senator rep representative")
)

// outletHeads end descriptions of a news outlet ("The Harbour newspaper"),
// never of a person.
var outletHeads = text.WordSet("newspaper magazine broadcaster publisher network tabloid")

// placedElsewhere reports whether the name at byte pos is set after a
// capitalised qualifier that the description's words quals lack ("Texas
// Sen. Ivo Tark" for "the Kessport senator"): another senator than the
// description's.
func (x *extractor) placedElsewhere(pos int, quals []string) bool {
	k := x.tokAt(pos)
	for i := k - 1; i >= max(0, k-3) && !x.toks[i].sentenceEnd(); i-- {
		t := x.toks[i]
		if !t.capitalised() || titleToken(t) {
			continue
		}
		if !slices.ContainsFunc(quals, func(q string) bool { return strings.EqualFold(q, t.w) }) {
			return true
		}
	}
	return false
}

// spokespersonsBody gives "the spokesman" to the body the text last
// introduced an unnamed spokesman for, in the description's paragraph or
// the three before: `a spokesman for the Carran Port Authority told the
// Courier ...` then `"...," the spokesman said.` is the Authority, as
// `said a spokesman for the Carran Port Authority` is. A spokesman the
// text named, or one for a person, gives no body.
func (x *extractor) spokespersonsBody(head string, pos int) (*Speaker, bool) {
	k := x.tokAt(pos)
	lo := x.paras[max(0, x.paraOf(pos)-3)].Start
	for i := k - 1; i > 0 && x.toks[i].s >= lo; i-- {
		t := x.toks[i]
		if t.low != head || x.inQuote(t.s) {
			continue
		}
		if det := x.toks[i-1].low; det != "a" && det != "an" || i+2 >= len(x.toks) || x.toks[i+1].low != "for" && x.toks[i+1].low != "at" {
			return nil, false // "the spokesman" before, "spokesman Leo Haas": not one introduced unnamed for a body
		}
		end, named := i+2, false
		for end < len(x.toks) && end < i+10 && x.toks[end].word && !cueVerbs[x.toks[end].low] && !(named && !x.toks[end].capitalised() && !possessive(x.toks[end].low)) {
			named = named || x.toks[end].capitalised()
			end++
		}
		body := x.analyse(x.toks[i+2 : end])
		if !body.ok() || !body.named || body.kind != "organization" || body.outlet {
			return nil, false
		}
		sp := x.speaker(body, x.toks[i+2].s)
		return &sp, true
	}
	return nil, false
}

// firstLady reports whether r is "the First Lady", which the rules read
// as a name for its capitals: an office, held by the one the text names.
func firstLady(r ref) bool {
	return strings.EqualFold(strings.Join(strings.Fields(r.text), " "), "the first lady")
}

// teenGiven is the one person the text gives an age of 13 to 19 before
// byte pos ("19-year-old Iga Vance", "Iga Vance, 17,"), whom a later "the
// teen" or "the teenager" names; nil when none is, or two are.
func (x *extractor) teenGiven(pos int) *Speaker {
	var who *Speaker
	for age := 13; age <= 19; age++ {
		sp, given := x.givenAge(strconv.Itoa(age)+"-year-old", pos)
		switch {
		case given && sp == nil:
			return nil // two of that age, or named after pos
		case sp == nil:
		case who != nil && who.Name != sp.Name:
			return nil
		default:
			who = sp
		}
	}
	return who
}
