package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// fullName is a person's name of two or more words seen in an article.
type fullName struct {
	name   string
	pos    int
	gender gender
	role   string // titles written before the name: "Police Chief"
	// before is a lower-case word for a person set right before the
	// name: "journalist" in "according to journalist Owen Tull".
	before string
	appos  string // a role set after it: "Anton Mercer, a spokesman for the mayor"
	// lead is a role of more than one word set right before the name,
	// a qualifier and its noun: "Ukrainian leader" in "Ukrainian leader
	// Pavlo Marchenko" and in "the Ukrainian leader, Pavlo Marchenko,".
	lead string
	// caps: written all in capitals, as in a line shouted in capitals
	// ("KATE OKAFOR GOT A JOB"), where a name's end is anyone's guess.
	caps bool
}

// nameIndex finds the full names of an article by last (or first) name, and
// the gender a text gives a surname ("Mrs. Brennan").
type nameIndex struct {
	byLast, byFirst map[string][]fullName
	surnameGender   map[string]gender
	// byFirstAlone holds the first names the text gives a parent ("Ruben's
	// father"): a child, never "Mr Tally".
	byFirstAlone map[string]bool
	persons      []personAt // every person's name outside quotations, in text order
	// nicknames are the names a person goes by, in lower case: "Laina
	// Claire Dunmore, who calls herself 'Wren'".
	nicknames map[string]fullName
}

// personAt is a person named at a position: "Prince Arvid", "Mr Ibbot".
type personAt struct {
	pos  int
	last string // lower case
}

// reportsLikeOutlet reports whether a name that "reports" something is a
// publication rather than a person: two or more words, none a first name
// or courtesy title, the last a plural ("Quiet Numbers", "Open Ledgers").
func reportsLikeOutlet(r ref, cue []token) bool {
	if len(cue) == 0 || r.kind != "person" || !r.named || r.honorific || r.gender != genderUnknown {
		return false
	}
	if w := cue[0].low; w != "reports" && w != "reported" {
		return false
	}
	ws := strings.Fields(strings.ToLower(r.name))
	if len(ws) < 2 || femaleNames[ws[0]] || maleNames[ws[0]] {
		return false
	}
	last := ws[len(ws)-1]
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// familyWords after a child's first name: "Ruben's father".
var familyWords = text.WordSet("father mother parents dad mum mom")

// placeWords put a capitalised run after them in a place: "in North
// Hollister".
var placeWords = text.WordSet("in near outside across")

// rivalBetween reports whether a person other than name is named after
// from and before to: then a pronoun at to may not point back to name.
func (ix nameIndex) rivalBetween(from, to int, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, p := range ix.persons {
		if p.pos <= from || p.pos >= to {
			continue
		}
		same := false
		for _, w := range words {
			if w == p.last {
				same = true
			}
		}
		if !same {
			return true
		}
	}
	return false
}

// buildNameIndex collects the capitalised runs outside quotations that read
// as a person's full name.
func buildNameIndex(text string, toks []token, raws []rawQuote) nameIndex {
	ix := nameIndex{byLast: map[string][]fullName{}, byFirst: map[string][]fullName{}, surnameGender: map[string]gender{}, byFirstAlone: map[string]bool{}, nicknames: map[string]fullName{}}
	qi := 0
	inQuote := func(pos int) bool {
		for qi < len(raws) && raws[qi].end() <= pos {
			qi++
		}
		return qi < len(raws) && raws[qi].start() <= pos
	}
	for i := 0; i < len(toks); {
		if !toks[i].capitalised() || inQuote(toks[i].s) {
			i++
			continue
		}
		j := i
		nick, nickEnd := -1, -1 // a nickname in marks inside the name
		for j < len(toks) && (toks[j].capitalised() || isInitial(toks[j]) || toks[j].particleName() || (nameParticles[toks[j].lower()] && j+1 < len(toks) && toks[j+1].capitalised())) {
			if j > i && strings.ContainsRune(text[toks[j-1].e:toks[j].s], '\n') {
				break // a name does not run over a line break
			}
			j++
			if possessive(toks[j-1].w) {
				break
			}
			if k := nicknameInName(text, toks, j); nick < 0 && k > 0 {
				nick, nickEnd = j, k
				j = k
			}
		}
		run := toks[i:j]
		if markedTitle(text, run) {
			i = j
			continue // "creator of 'Expel Oskar Lindqvist' petition": a title in marks, no person's name
		}
		if nick >= 0 {
			// `Tomas "Skipper" Vell`: the name is Tomas Vell.
			run = append(append(make([]token, 0, j-i), toks[i:nick]...), toks[nickEnd:j]...)
		}
		i = j
		run = trimRun(run)
		if len(run) == 0 {
			continue
		}
		cut := 0
		var g gender
		for k, t := range run {
			lw := t.lower()
			if (titles[lw] || titles[strings.TrimSuffix(lw, ".")]) && !titleAsSurname(run, k) {
				cut = k + 1
			}
			if maleHonorifics[lw] {
				g = genderMale
			} else if femaleHonorifics[lw] {
				g = genderFemale
			}
		}
		if cut == 0 {
			k := sort.Search(len(toks), func(k int) bool { return toks[k].s >= run[0].s })
			cut = nameStart(run, k == 0 || toks[k-1].sentenceEnd() || !toks[k-1].word || !affiliation[toks[k-1].low])
		} else {
			cut += firstNameAt(run[cut:])
		}
		name := afterOutletName(run[cut:])
		if len(name) == 0 || hasOrgWord(name) || isOutlet(spanText(text, name)) || orgAfterAnd(toks, j) {
			continue
		}
		if j < len(toks) && toks[j].word && !toks[j].capitalised() && pageNouns[toks[j].low] && !possessive(toks[j-1].w) {
			continue // "the Wexcombe Toys USA Facebook page": a page's name, no person
		}
		last := strings.ToLower(stripPossessive(name[len(name)-1].w))
		if g != genderUnknown && len(name) == 1 {
			ix.surnameGender[last] = g
		}
		if len(name) == 1 && possessive(name[0].low) && j < len(toks) && familyWords[toks[j].low] {
			ix.byFirstAlone[name[0].lower()] = true
		}
		if k := sort.Search(len(toks), func(k int) bool { return toks[k].s >= name[0].s }); cut == 0 && k > 0 && (placeWords[toks[k-1].low] || toks[k-1].low == "at" || placeNouns[toks[k-1].low] || toks[k-1].low == "company" || toks[k-1].low == "firm") {
			continue // "from his home in North Hollister", "research at Western Costume", "website Coupon Cabin": a place or a body
		}
		if (len(name) >= 2 && len(name) <= 4 || cut > 0) && !isPlace(spanText(text, name)) {
			ix.persons = append(ix.persons, personAt{pos: name[0].s, last: last})
		}
		if len(name) < 2 || len(name) > 4 || timeWords[name[0].lower()] {
			continue
		}
		if g == genderUnknown {
			g = givenTokensGender(name)
		}
		written := spanText(text, name)
		if nick > 0 && name[0].s < toks[nick].s && toks[nickEnd].s <= name[len(name)-1].s {
			written = strings.TrimSpace(text[name[0].s:toks[nick].s]) + " " + text[toks[nickEnd].s:name[len(name)-1].e]
		}
		fn := fullName{name: cleanName(written), pos: name[0].s, gender: g, caps: isUpperWord(spanText(text, name))}
		if r := dropHonorifics(run[:cut]); len(r) > 0 {
			fn.role = spanText(text, r)
		}
		if k := sort.Search(len(toks), func(k int) bool { return toks[k].s >= run[0].s }); k > 0 && toks[k-1].word && !toks[k-1].capitalised() && personWord(toks[k-1].low) {
			fn.before = toks[k-1].low
		}
		fn.appos = appositiveAfter(text, toks, sort.Search(len(toks), func(k int) bool { return toks[k].s >= name[len(name)-1].e }))
		if cut == 0 {
			fn.lead = leadRole(text, toks, sort.Search(len(toks), func(k int) bool { return toks[k].s >= run[0].s }))
		}
		ix.byLast[last] = append(ix.byLast[last], fn)
		if t := name[len(name)-1]; t.particleName() {
			// "Majid al-Harawi" is "Harawi" later too.
			bare := last[strings.IndexByte(last, '-')+1:]
			ix.byLast[bare] = append(ix.byLast[bare], fn)
		}
		if nick >= 0 && len(name) >= 2 {
			ix.nicknames[toks[nick+1].lower()] = fn
		}
		if nick := nicknameAfter(toks, sort.Search(len(toks), func(k int) bool { return toks[k].s >= name[len(name)-1].e })); nick != "" {
			ix.nicknames[nick] = fn
		}
		first := strings.ToLower(name[0].w)
		ix.byFirst[first] = append(ix.byFirst[first], fn)
	}
	return ix
}

// markedTitle reports whether a capitalised run stands whole inside
// quotation marks, single or double: the title of a petition, show or
// campaign ("'Deport Lena Brisk' petition"), never a person's full name.
func markedTitle(text string, run []token) bool {
	if len(run) < 2 || !quoteOpener(text[:run[0].s]) {
		return false
	}
	last := run[len(run)-1].w
	// A closing single mark may be read into the last word as a possessive.
	return quoteCloser(text[run[len(run)-1].e:]) || strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’")
}

// quoteOpener reports whether s ends with an opening quotation mark.
func quoteOpener(s string) bool {
	for _, m := range []string{"\"", "“", "'", "‘", "«"} {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// quoteCloser reports whether s starts with a closing quotation mark.
func quoteCloser(s string) bool {
	for _, m := range []string{"\"", "”", "'", "’", "»"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// captioned reports whether the words before a quotation end with
// "captioned": `a photo captioned "…"`.
func captioned(pre []token) bool {
	n := len(pre)
	if n > 0 && pre[n-1].is(",") {
		n--
	}
	return n > 0 && pre[n-1].low == "captioned"
}

// nicknameInName reports where the name goes on after a nickname set in
// marks inside it, opening at toks[j]: `Tomas "Skipper" Vell` (0 when
// there is none). The nickname is one capitalised word, the name's words
// on each side of it, on one line.
func nicknameInName(text string, toks []token, j int) int {
	if j == 0 || j+3 >= len(toks) || !nickMark(toks[j]) || !toks[j+1].capitalised() || !nickMark(toks[j+2]) || !toks[j+3].capitalised() || !toks[j-1].capitalised() {
		return 0
	}
	if strings.ContainsRune(text[toks[j-1].e:toks[j+3].s], '\n') {
		return 0
	}
	return j + 3
}

func nickMark(t token) bool {
	return isMarkToken(t) || t.is("'") || t.is("‘") || t.is("’")
}

// nicknameAfter reads the one-word name a person goes by, set after the
// name that ends before toks[k]: `, who calls herself 'Wren'`, `, known
// as Wren`, `, aka Wren`. It is "" when none follows.
func nicknameAfter(toks []token, k int) string {
	if k >= len(toks) || !toks[k].is(",") {
		return ""
	}
	var words []string
	for j := k + 1; j < len(toks) && len(words) < 5; j++ {
		if !toks[j].word {
			continue
		}
		if toks[j].capitalised() {
			if j+1 < len(toks) && toks[j+1].word && toks[j+1].capitalised() {
				return "" // a name of two words or more: not a nickname
			}
			switch strings.Join(words, " ") {
			case "who calls herself", "who calls himself", "known as", "also known as", "now known as", "aka":
				return toks[j].lower()
			}
			return ""
		}
		words = append(words, toks[j].low)
	}
	return ""
}

// appositiveAfter reads the role set after a name that ends before
// toks[k]: `, a spokesman for Mayor Ines Calloway,` -> "spokesman for
// Mayor Ines Calloway". It is "" when no appositive follows.
func appositiveAfter(text string, toks []token, k int) string {
	if k+2 >= len(toks) || !toks[k].is(",") || toks[k+1].capitalised() {
		return ""
	}
	end := k + 1
	for end < len(toks) && end-k <= 15 && !isChunkBreak(toks[end]) && !toks[end].sentenceEnd() && !isMarkToken(toks[end]) {
		end++
	}
	c := toks[k+1 : end]
	if len(c) < 2 || !isDeterminer(c[0].lower()) || !isAppositive(c) || isClause(c) {
		return ""
	}
	if listAnd(c) || end+1 < len(toks) && toks[end].is(",") && (toks[end+1].low == "and" || toks[end+1].low == "or") {
		// "the skipper, the voyage and those who sailed", "Ada Holm,
		// her crew, and others": a list of things, not a role.
		return ""
	}
	return roleText(text, c)
}

// leadRole is the role that ends right before toks[k], where a name
// begins: one or two capitalised qualifiers and a lower-case word for a
// person ("Ukrainian leader Pavlo Marchenko"), or the same with a
// determiner and a comma ("the Ukrainian leader, Pavlo Marchenko"), with
// the lower-case words for a person before them ("former Ukrainian
// leader"). It is "" when there is none.
func leadRole(text string, toks []token, k int) string {
	end := k - 1
	comma := end >= 0 && toks[end].is(",")
	if comma {
		end--
	}
	if end < 1 || !toks[end].word || toks[end].capitalised() || !personWord(toks[end].low) {
		return ""
	}
	from := end
	for from > 0 && end-from < 2 && toks[from-1].word && !isDeterminer(toks[from-1].low) && toks[from-1].capitalised() {
		from--
	}
	if from == end || !toks[from].capitalised() || strings.ContainsRune(text[toks[from].s:toks[k].s], '\n') {
		return ""
	}
	if comma && (from == 0 || !isDeterminer(toks[from-1].low)) {
		return "" // "Reporters, Ada Holm": a list, not a role
	}
	for from > 0 && end-from < 3 && toks[from-1].word && !toks[from-1].capitalised() && personWord(toks[from-1].low) && !isDeterminer(toks[from-1].low) {
		from-- // "former Ukrainian leader": the whole role, so that byRole tells the two apart
	}
	return spanText(text, toks[from:end+1])
}

// endsWithWords reports whether phrase is words or ends with them, in any
// case: "former Ukrainian leader" ends with "Ukrainian leader".
func endsWithWords(phrase, words string) bool {
	if len(phrase) < len(words) || words == "" {
		return false
	}
	tail := phrase[len(phrase)-len(words):]
	return strings.EqualFold(tail, words) && (len(phrase) == len(words) || phrase[len(phrase)-len(words)-1] == ' ')
}

// isClause reports whether words after a comma make a clause, not a
// role: "the 31-year-old planned to sell the fleet so she could ..." has a
// subject pronoun or an auxiliary of its own before any relative clause.
func isClause(c []token) bool {
	for k, t := range c {
		if t.low == "who" || t.low == "whose" || t.low == "which" {
			c = c[:k] // "a journalist who has spoken to him": a role
			break
		}
	}
	for _, t := range c {
		if t.word && !t.capitalised() && subjectPronouns[t.low] {
			return true
		}
	}
	return hasVerb(c)
}

// trimRun drops the words that open a capitalised run without being part
// of a name ("But Tull", "The Reyes", "When Dario Venn") and cuts
// it at a pronoun or a determiner inside it ("Hoverly She", "Harbour.com The").
func trimRun(run []token) []token {
	for len(run) > 0 && notNameWord(run[0]) {
		run = run[1:]
	}
	for k := 1; k < len(run); k++ {
		if notNameWord(run[k]) {
			return run[:k]
		}
	}
	return run
}

// notNameWord reports whether a capitalised word cannot be part of a
// person's name: a determiner, pronoun, clause word, number word or
// sentence adverb written with a capital.
func notNameWord(t token) bool {
	w := t.lower()
	return isDeterminer(w) || pronouns[w] || clauseStarts[w] || numberWords[w] || openers[w] || sentenceOpeners[w] || prepositions[w]
}

// leadingName cuts np to the full name of a person of the article that
// opens it, as in a headline set in capitals: "Lena Okafor Slams Harbor
// Board" -> "Lena Okafor". np is returned whole when no name opens it.
func (ix nameIndex) leadingName(text string, np []token) []token {
	for _, fn := range ix.byFirst[strings.ToLower(np[0].w)] {
		for k := 2; k < len(np) && k <= 4; k++ {
			if fn.name == spanText(text, np[:k]) {
				return np[:k]
			}
		}
	}
	return np
}

// full returns the full name a one-word name stands for near pos: the
// latest compatible full name before pos, else the first after it.
func (ix nameIndex) full(word string, pos int, g gender) (fullName, bool) {
	w := strings.ToLower(stripPossessive(word))
	for _, m := range []map[string][]fullName{ix.byLast, ix.byFirst} {
		var best fullName
		found := false
		caps := true // every name for w is in capitals: then one may do
		for _, fn := range m[w] {
			caps = caps && fn.caps
		}
		for _, fn := range m[w] {
			if !fn.gender.compatible(g) || fn.caps && !caps {
				continue
			}
			if fn.pos < pos || !found {
				best, found = fn, true
			}
			if fn.pos >= pos {
				break
			}
		}
		if found {
			if best.gender == genderUnknown {
				best.gender = ix.surnameGender[w]
			}
			for _, fn := range m[w] {
				// The role given where the name was written in full.
				if best.appos == "" && fn.appos != "" && fn.name == best.name && fn.pos < pos {
					best.appos = fn.appos
				}
			}
			return best, true
		}
	}
	return fullName{}, false
}

// byRole is the person the text gave a role before pos, written before
// the name ("Interim Premier Ivo Marchetti") or after it ("Ivo Marchetti,
// the interim premier"); ok is false when no one or more than one person
// had it.
func (ix nameIndex) byRole(role string, pos int) (fullName, bool) {
	var found fullName
	for _, fns := range ix.byLast {
		for _, fn := range fns {
			if fn.pos >= pos || !strings.EqualFold(fn.role, role) && !strings.EqualFold(fn.appos, role) && !strings.EqualFold(fn.before, role) && !endsWithWords(fn.lead, role) && !roleShortened(fn.role, role) && !roleShortened(fn.lead, role) {
				continue
			}
			if found.name != "" && found.name != fn.name {
				return fullName{}, false
			}
			found = fn
		}
	}
	return found, found.name != ""
}

// roleShortened reports whether description d is role written shorter:
// "former governor" for "former Texas governor". Its words are the role's,
// in order, it ends with the role's head word, and it is "former" when
// the role is.
func roleShortened(role, d string) bool {
	if head := d[strings.LastIndexByte(d, ' ')+1:]; len(role) <= len(d) || !endsWithWords(role, head) {
		return false // read cheaply: most roles end otherwise
	}
	rs, ds := strings.Fields(strings.ToLower(role)), strings.Fields(strings.ToLower(d))
	return len(ds) >= 2 && slices.Contains(rs, "former") == slices.Contains(ds, "former") && wordsWithin(ds, rs)
}

// event is a named speaker at a position: a quote's attribution or
// reported speech ("Ian Royce said his officers ...").
type event struct {
	pos   int
	sp    Speaker
	rival bool // the speaker came from a pronoun with another person named in between
	// described: the speaker is a description, "an unidentified
	// journalist", not a name; pronouns do not point to it.
	described bool
	// pronoun: the subject is a pronoun still to resolve ("she said"),
	// of gender pgender.
	pronoun string
	pgender gender
	// one: a description of one person not named, "one former official",
	// "a spokeswoman": a later "he" or "she" may point to it.
	one bool
	// the: a definite description of one person, "the teacher": a "he"
	// or "she" points to it when no one named could be meant.
	the bool
	// within: the speaking is told by a participle in a clause of a
	// sentence that reports someone else speaking before it, `said Ivo
	// Tark, who remembered Tomas claiming ...`.
	within bool
}

// speechEvents lists the reported-speech cues outside quotations whose
// subject is a named person or organisation, in text order.
func (x *extractor) speechEvents(cands []cand) []event {
	var out []event
	qi := 0
	runOn := x.runOnParagraphs()
	for i := range x.toks {
		t := x.toks[i]
		for qi < len(cands) && cands[qi].raw.end() <= t.s {
			qi++
		}
		if qi < len(cands) && cands[qi].raw.start() <= t.s {
			continue
		}
		if runOn != nil && runOn[x.paraOf(t.s)] {
			continue
		}
		n := cueAt(x.toks, i)
		if n == 0 && (t.low == "spoke" || t.low == "speaks") && i > 0 && !isDeterminer(x.toks[i-1].low) {
			// `Ada Love spoke outside the court.` then her words: someone
			// speaking, though "spoke" introduces no quotation itself.
			n = 1
		}
		progressive := false
		if n == 0 && (t.low == "speaking" || t.low == "talking") && i > 1 && beForms[x.toks[i-1].low] && i+1 < len(x.toks) && x.toks[i+1].low == "out" {
			// `another co-star, Maren Lisle, is speaking out about it.`
			// then her words: someone speaking.
			n, progressive = 1, true
		}
		if n == 0 || deedAt(x.toks, i) {
			continue // "Norvale agreed to buy the line": no one speaking
		}
		if isGerund(t) && i > 0 && (x.toks[i-1].is("—") || x.toks[i-1].is("–")) {
			continue // "she read the label — telling her to ...": the label tells, no one speaks
		}
		if i > 0 && !isGerund(t) && beForms[x.toks[i-1].low] {
			continue // "the boys were asked to give an example": asked, not speaking
		}
		if strings.EqualFold(t.w, "according") {
			// "..., according to a statement from Ministry spokesperson
			// Leo Haas." then a quote paragraph: a person named after
			// it speaks; an outlet credited does not.
			if e, ok := x.accordingEvent(i + n); ok {
				out = append(out, e)
			}
			continue
		}
		// The clause before the cue, back to a sentence end or quotation.
		from := i
		for from > 0 && !x.toks[from-1].sentenceEnd() && !isMarkToken(x.toks[from-1]) && i-from < 30 && !x.lineBetween(from-1, from) {
			from--
		}
		if from < i && x.toks[from].low == "as" && i+n < len(x.toks) && x.toks[i+n].is(",") && !isGerund(t) {
			continue // "As the Metro reported, Nash ...": a credit for the sentence, no one's words
		}
		var np []token
		pos := t.s
		if progressive {
			np = subjectBefore(x.toks[from : i-1])
		} else if from < i {
			np = subjectBefore(x.toks[from:i])
		} else if isGerund(t) && t.opener {
			// `Writing in the Law Review, lawyer Jack Penrow raises ...`:
			// the participle opening the sentence is the subject's, after
			// the comma that closes it.
			if np = x.subjectAfterOpening(i); np != nil {
				pos = np[0].s
			}
		}
		var r ref
		if np != nil {
			r = analyse(x.text, np)
		}
		if from < i && isGerund(t) && !progressive && !r.named {
			// "Dunmore's aunt rejects the account, insisting that ...":
			// the participle's subject, not the clause before it.
			if g := subjectOfGerund(x.toks[from:i]); g != nil {
				np, r = g, analyse(x.text, g)
			}
		}
		if !r.named && i > 0 && x.toks[i-1].is(",") && !isGerund(t) && i+n < len(x.toks) && x.toks[i+n].capitalised() {
			// `..., said Dana Whitfield, the harbour master.`
			if np = npAfter(x.toks[i+n : min(len(x.toks), i+n+30)]); np != nil {
				r = analyse(x.text, np)
			}
		}
		if !r.ok() || np != nil && joinsTwo(np) {
			continue // "Lena Okafor and Marta Quell spoke": no one person
		}
		if r.pronoun != "" {
			// "She said the bridge would reopen.": resolved in text order,
			// when the speakers before it are known.
			out = append(out, event{pos: pos, pronoun: r.pronoun, pgender: r.gender})
			continue
		}
		if np != nil && x.creditsStatement(out, x.tokAt(np[0].s), i, n) {
			continue
		}
		sp := x.speaker(r, pos)
		within := false
		for k := from; isGerund(t) && !progressive && k < i && (np == nil || x.toks[k].s < np[0].s); k++ {
			if cueAt(x.toks, k) > 0 && !deedAt(x.toks, k) {
				within = true
				break
			}
		}
		if named, ok := x.titleHolder(r, sp, out); ok {
			// "Later the Marovian leader said that ...": the one named.
			out = append(out, event{pos: pos, sp: *named, within: within})
			continue
		}
		if named, ok := x.roleHolder(r, sp, out); ok {
			// "The council leader said ...": the one given that role.
			out = append(out, event{pos: pos, sp: *named, within: within})
			continue
		}
		out = append(out, event{pos: pos, sp: sp, described: !r.named, one: x.onePerson(r), the: x.thePerson(r), within: within})
	}
	return out
}

// runOnParagraphs marks the paragraphs that go on a quotation left open at
// the end of the paragraph before though they do not open with a mark:
// `‘I was part of their lives.` ¶ `In fact, the photo Oliver posted was
// taken on holiday.’` is still the speaker's words, and "Oliver posted"
// in it is no one reported speaking. Nil when there are none.
func (x *extractor) runOnParagraphs() []bool {
	var out []bool
	for k, q := range x.raws {
		p := q.last + 1
		if q.closed || p >= len(x.paras) || k+1 < len(x.raws) && x.raws[k+1].para <= p {
			continue
		}
		body := strings.TrimRightFunc(x.text[x.paras[p].Start:x.paras[p].End], unicode.IsSpace)
		if r, _ := utf8.DecodeLastRuneInString(body); r != '’' && r != '”' && r != '"' && r != '\'' {
			continue
		}
		if out == nil {
			out = make([]bool, len(x.paras))
		}
		out[p] = true
	}
	return out
}

// joinsTwo reports whether a subject joins two capitalised names with
// "and": "Lena Okafor and Marta Quell".
func joinsTwo(np []token) bool {
	for k := 1; k+1 < len(np); k++ {
		if np[k].low == "and" && np[k-1].capitalised() && np[k+1].capitalised() {
			return true
		}
	}
	return false
}

// accordingEvent reads the person named after "according to" at toks[i:],
// directly or as the author of a document ("a statement from Ministry
// spokesperson Leo Haas").
func (x *extractor) accordingEvent(i int) (event, bool) {
	ts := x.toks[i:min(len(x.toks), i+30)]
	for k := 1; k+1 < len(ts) && k <= 4; k++ {
		if w := ts[k].low; (w == "from" || w == "by") && docNouns[ts[k-1].lower()] {
			ts = ts[k+1:] // the document's author
			break
		}
	}
	np := npAfter(ts)
	for k, t := range np {
		if t.is(",") {
			np = np[:k] // "According to Okonjo, the pair had been dating": no role
			break
		}
	}
	if len(np) == 0 {
		return event{}, false
	}
	r := analyse(x.text, np)
	if !r.named || r.kind != "person" || r.outlet || r.pronoun != "" || x.cueBeforeAccording(i) {
		return event{}, false
	}
	return event{pos: np[0].s, sp: x.speaker(r, np[0].s)}, true
}

// cueBeforeAccording reports whether the sentence before "according to"
// (which ends before token i) has a cue of its own: `he told the Sunday
// Lantern, according to Harbour Spy`. The one it names after "according
// to" credits the report; they are not reported speaking.
func (x *extractor) cueBeforeAccording(i int) bool {
	for k := i - 3; k >= 0 && !x.toks[k].sentenceEnd() && !x.lineBetween(k, k+1); k-- {
		if isMarkToken(x.toks[k]) {
			return false
		}
		if x.toks[k].word && !x.toks[k].capitalised() && cueAt(x.toks, k) > 0 {
			return true
		}
	}
	return false
}

// nickname is the person whose one-word nickname r names.
func (x *extractor) nickname(r ref) (fullName, bool) {
	if len(x.names.nicknames) == 0 || !r.named || strings.Contains(r.name, " ") {
		return fullName{}, false
	}
	fn, ok := x.names.nicknames[strings.ToLower(r.name)]
	return fn, ok
}

// speaker resolves a named phrase to the article's fullest form of the name.
func (x *extractor) speaker(r ref, pos int) Speaker {
	if fn, ok := x.nickname(r); ok && fn.pos < pos {
		// "Wren" after "Laina Claire Dunmore, who calls herself 'Wren'":
		// the person, not the newspaper of that name.
		sp := Speaker{Name: fn.name, Kind: "person", Roles: r.roles, Named: true, gender: fn.gender, written: r.name}
		if fn.role != "" {
			sp.Roles = dedupe(append([]string{fn.role}, sp.Roles...))
		}
		return sp
	}
	if r.kind == "document" {
		if author := x.documentAuthor(r); author != nil {
			return *author
		}
	}
	if body, ok := x.bodyNamedBefore(r); ok {
		return body
	}
	if body, ok := x.agencyNamedBefore(r); ok {
		return body
	}
	if one, ok := x.oneOfGroup(r); ok {
		return one
	}
	if r.kind == "person" && !r.named && r.pronoun == "" && timeWords[strings.ToLower(r.name)] && !strings.Contains(r.name, " ") {
		// "May also introduced ..." after "Theresa May": the surname
		// of the person named in full before, not the month.
		if _, ok := x.names.full(r.name, pos, r.gender); ok {
			r.named = true
		}
	}
	sp := Speaker{Name: r.name, Kind: r.kind, Roles: r.roles, Named: r.named, Outlet: r.outlet, gender: r.gender, written: r.name}
	if r.outlet {
		sp.Roles = dedupe(append(sp.Roles, "news outlet"))
	}
	if sp.Kind == "person" && r.named && !strings.Contains(r.name, " ") {
		if fn, ok := x.names.full(r.name, pos, r.gender); ok && !(r.honorific && x.names.byFirstAlone[strings.ToLower(strings.Fields(fn.name)[0])]) {
			sp.Name = fn.name
			if fn.role != "" {
				sp.Roles = dedupe(append([]string{fn.role}, sp.Roles...))
			}
			if fn.appos != "" {
				sp.Roles = dedupe(append(sp.Roles, fn.appos))
			}
			if sp.gender == genderUnknown {
				sp.gender = fn.gender
			}
		} else if g := x.names.surnameGender[strings.ToLower(r.name)]; sp.gender == genderUnknown {
			sp.gender = g
		}
	}
	if fn, ok := x.handleOwner(r, pos); ok {
		// "@TomDunnMayor wrote" after "Mayor Tom Dunn": his account.
		sp.Name, sp.gender = fn.name, fn.gender
		if fn.role != "" {
			sp.Roles = dedupe(append([]string{fn.role}, sp.Roles...))
		}
	}
	if sp.Kind == "person" && !r.named && r.pronoun == "" && len(r.text) > 4 && strings.EqualFold(r.text[:4], "the ") && !unnamedOnPurpose(r.text) {
		// "The interim premier characterized ..." after "Ivo Marchetti,
		// the interim premier,": the one person the text gave that role.
		if fn, ok := x.names.byRole(r.name, pos); ok {
			sp.Name, sp.Named, sp.written = fn.name, true, fn.name
			sp.Roles = dedupe(append(sp.Roles, r.name))
			sp.gender = fn.gender
		}
	}
	if sp.Kind == "person" && sp.gender == genderUnknown && strings.Contains(sp.Name, " ") {
		sp.gender = givenGender(strings.Fields(sp.Name))
	}
	return sp
}

// resolve turns attributed candidates into mentions, resolving pronouns to
// the latest compatible named speaker before them.
func (x *extractor) resolve(cands []cand) []Mention {
	events := x.speechEvents(cands)
	var out []Mention
	index := map[int]int{} // candidate -> mention
	ev := 0
	var recent []event // events seen so far, in order
	for i := range cands {
		c := &cands[i]
		pos := c.raw.start()
		for ev < len(events) && events[ev].pos < pos {
			if e, ok := x.resolveEvent(events[ev], recent); ok {
				recent = append(recent, e)
			}
			ev++
		}
		if c.mergedInto >= 0 {
			ri, ok := index[c.mergedInto]
			if !ok {
				continue // the quote it continues was dropped
			}
			m := &out[ri]
			for _, s := range c.raw.segs {
				m.Parts = append(m.Parts, corroborate.Span{Start: s.s, End: s.e})
			}
			m.End = c.raw.end()
			m.Text = strings.Join(m.partTexts(x.text), " ")
			index[i] = ri
			continue
		}
		if c.att.nickname {
			continue
		}
		m := Mention{Start: pos, End: c.raw.end(), Partial: c.att.partial, Credit: c.att.credit}
		for _, s := range c.raw.segs {
			m.Parts = append(m.Parts, corroborate.Span{Start: s.s, End: s.e})
		}
		m.Text = strings.Join(m.partTexts(x.text), " ")
		switch {
		case x.embeds[c.raw.start()] != "":
			// An embedded post: the poster's words.
			name := x.embeds[c.raw.start()]
			sp := x.speaker(ref{name: name, kind: posterKind(name), named: true}, c.raw.start())
			m.Speaker, m.how = &sp, resName
		case c.att.how == attNone && len(c.pre) == 0 && x.startsParagraph(c) && len(out) > 0 && c.raw.para > 0:
			// A paragraph that is only a quote continues the speaker of
			// the quote that ended the previous paragraph.
			prev := out[len(out)-1]
			if prev.Speaker != nil && x.quoteEndsParagraph(cands, i) && x.endsSentence(c) {
				m.Speaker, m.SpeakerText, m.SpeakerSpan = prev.Speaker, prev.SpeakerText, prev.SpeakerSpan
				m.how, m.rival = resCarried, prev.rival
			} else if e, ok := x.namedBefore(recent, c); ok {
				m.Speaker, m.how, m.rival = &e.sp, resCarried, e.rival
			} else if sp, ok := x.leadInParagraph(c); ok {
				m.Speaker, m.how = sp, resCarried
			} else if x.carries(out, recent, c) {
				m.Speaker, m.SpeakerText, m.SpeakerSpan = prev.Speaker, prev.SpeakerText, prev.SpeakerSpan
				m.how, m.rival = resCarried, prev.rival
				if prev.Speaker == nil {
					m.how = prev.how // an unresolved pronoun, carried on
				}
			} else if sp, ok := x.pronounLeadIn(c, recent, prev); ok {
				m.Speaker, m.how, m.rival = sp, resCarried, true
			}
		case c.att.how == attNone && len(c.pre) == 0 && (c.raw.para > 0 || !x.startsParagraph(c)):
			// The first quote after a sentence or a paragraph that names
			// someone speaking: `... said Dana Whitfield, the harbour
			// master.` then a quote alone.
			if e, ok := x.namedBefore(recent, c); ok {
				m.Speaker, m.how, m.rival = &e.sp, resCarried, e.rival
			} else if sp, ok := x.subjectJustBefore(c, recent); ok {
				m.Speaker, m.how = sp, resCarried
			} else if sp, ok := x.leadInParagraph(c); ok && len(out) == 0 && x.endsSentence(c) && x.names.onlyPersonIn(x.paras[c.raw.para-1].Start, x.paras[c.raw.para-1].End) != "" && !x.namedAsSubjectOf(x.paras[c.raw.para-1].Start, x.paras[c.raw.para-1].End) {
				// The first quote, alone after a short paragraph that
				// names one person: `Kara Mills, 45, has lived in the
				// street since 1990.` ¶ `"They only come here ..."`
				m.Speaker, m.how = sp, resCarried
			}
		case c.att.np != nil:
			r := analyse(x.text, c.att.np)
			if !r.ok() {
				break
			}
			if c.att.how == attColon && x.transcript() && isAcronym(trimPunct(c.att.np)) {
				// `MARLOWE: "..."` in a transcript: a person, not a body.
				r.kind, r.named = "person", true
			}
			if reportsLikeOutlet(r, c.att.cue) {
				// "Quiet Numbers reports that ...": a site, not a person.
				r.kind, r.outlet = "organization", true
			}
			if c.att.outlet {
				// "according to the Valley Herald" and no one else: the
				// outlet's reporting is the source.
				r.kind, r.named, r.outlet, r.name = "organization", true, true, c.att.credit
			}
			m.Cue = spanText(x.text, c.att.cue)
			m.SpeakerText, m.SpeakerSpan = r.text, r.span
			if sp := x.sentenceSubject(r, recent); sp != nil {
				// `Ms. Odell drew cheers when, after her last number, she added`.
				m.Speaker, m.how = sp, resPronoun
			} else if sp := x.namedInSentenceBefore(r); sp != nil {
				m.Speaker, m.how = sp, resPronoun
			} else if r.pronoun != "" {
				var ev event
				m.Speaker, ev = x.antecedent(r, recent)
				if sp := x.statementJustBefore(cands, i, out, index, r); sp != nil {
					// `"...," the family said in a statement.` then `"...,"
					// it added`: the statement, its authors' words.
					m.Speaker, ev = sp, event{pos: cands[i-1].raw.start(), sp: *sp}
				}
				if sp, from, ok := x.namedSince(r, c.raw.para, recent, ev); ok {
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, ok := x.leadIn(c, recent); ok && c.att.how == attPost && r.mayBe(sp) && sp.gender.compatible(r.gender) && (m.Speaker == nil || ev.pos < from) {
					// `Koss, for one, is impatient. "I'm 71," he
					// says.`: the person the sentence before names, not
					// someone reported speaking further back.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, ok := x.subjectOfSentenceBefore(c, r); ok && r.mayBe(sp) && (m.Speaker == nil || (ev.pos < from || ev.pos >= r.span.Start) && m.Speaker.Name != sp.Name) {
					// `Despite the odds, his aunt, Nadia Ferro, believes
					// he will walk.` ¶ `"...," she said.`: the one the
					// sentence before is about, not the last speaker (nor
					// the one this pronoun's own cue was first read as).
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, ok := x.secondClauseSubject(c, r); ok && (m.Speaker == nil || ev.pos < from) {
					// `Brenner condemned the attack, and the league's
					// Secretary-General, Omar Haddad, sent a letter.` then
					// `"...," he said.`: the subject of the last clause.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, from, ok := x.describedSubjectBefore(c, r); ok && (m.Speaker == nil || ev.pos < from || ev.pos >= r.span.Start) {
					// `Anna Kovacs opened the meeting.` ¶ `A retired sea
					// captain disagreed. "...," he said.`: the one the
					// sentence before brings in, not a person named before.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if sp, ok := x.describedLead(c, r, recent); ok && m.Speaker == nil {
					// `A 17-year-old Kelmford girl ... has blamed anger.`
					// ¶ `"...," she told a reporter.`: the one the lead
					// describes, when no one is named before.
					m.Speaker, ev = sp, event{pos: c.raw.start(), sp: *sp}
				}
				if sp, from, ok := x.askedBefore(c, r); ok && r.mayBe(sp) {
					// `Dunn asked Rask whether ... "...," he replied.`:
					// the one asked answers, not the one who asked.
					m.Speaker, ev = sp, event{pos: from, sp: *sp}
				}
				if w := x.roleBefore(r); w != "" && m.Speaker != nil && !hasRoleWord(m.Speaker.Roles, w) {
					// `During 14 years as governor, he called it
					// "unsettled"`: the one who was governor.
					if sp, e, ok := byRoleWord(recent, w, r); ok {
						m.Speaker, ev = sp, e
					} else if sp, pos, ok := x.names.withRoleWord(w, r); ok {
						m.Speaker, ev = sp, event{pos: pos, sp: *sp}
					}
				}
				if m.Speaker != nil && m.Speaker.Kind == "person" && (r.pronoun == "he" || r.pronoun == "she") && x.namedInQuote(c, m.Speaker.Name) {
					// `Hal is still hurt. He says: "Tom could have
					// called me."`: the one the quote speaks of by name is
					// not the one speaking it.
					if sp, e := x.antecedent(r, withoutSpeaker(recent, m.Speaker.Name)); sp != nil && !x.namedInQuote(c, sp.Name) {
						m.Speaker, ev = sp, e
					}
				}
				if m.Speaker == nil && r.pronoun != "it" {
					m.Speaker, _ = x.onlyPersonBefore(r, c.raw.para, recent)
				}
				if m.Speaker == nil && r.pronoun == "it" {
					// `A teacher shared a note from a pupil. ... it says:`
					m.Speaker = x.documentBefore(c)
				}
				if m.Speaker == nil {
					if sp := x.recentSubject(r); r.mayBe(sp) {
						m.Speaker = sp
					}
				}
				if m.Speaker == nil {
					if sp, at := x.personNamedLast(r); sp != nil {
						m.Speaker, ev = sp, event{pos: at, sp: *sp}
					}
				}
				m.how = resPronoun
				if m.Speaker != nil {
					m.rival = ev.rival || x.names.rivalBetween(ev.pos, r.span.Start, m.Speaker.Name)
				}
			} else {
				sp := x.speaker(r, r.span.Start)
				if e, ok := lastEventIn(recent, x.paras[c.raw.para].Start, c.raw.start()); ok && sp.Outlet && c.att.how == attPost && len(c.pre) == 0 && len(c.att.cue) > 0 && (c.att.cue[0].low == "reported" || c.att.cue[0].low == "reports") && e.sp.Name != "" && !e.sp.Outlet {
					// `Her lawyer, Ivo Marsh, argued that ... "...," the
					// Herald reported at the time.`: the one reported
					// speaking just before in the paragraph said it; the
					// outlet reported it.
					sp = e.sp
				} else if named, ok := x.subjectDescribed(c, r, sp, recent); ok {
					sp = *named
				} else if named, ok := x.titleHolder(r, sp, recent); ok {
					sp = *named
				} else if named, ok := x.roleHolder(r, sp, recent); ok {
					sp = *named
				}
				m.Speaker = &sp
				m.how = resName
			}
			if m.Speaker != nil && m.Speaker.Kind == "person" && x.cueObjectNames(c, m.Speaker.Name) {
				// `He informed Vell that "..."`, `Vell said a stranger
				// came and told Vell that "..."`: the one told is not the
				// one telling; a pronoun goes to someone else, a name
				// read too far back to no one.
				sp := m.Speaker
				m.Speaker, m.rival = nil, true
				if r.pronoun != "" {
					m.Speaker, _ = x.antecedent(r, withoutSpeaker(recent, sp.Name))
				}
				if m.Speaker != nil && x.cueObjectNames(c, m.Speaker.Name) {
					m.Speaker = nil
				}
			}
			m.title = c.att.title
			if m.Speaker != nil && m.Speaker.Named {
				recent = append(recent, event{pos: r.span.Start, sp: *m.Speaker, rival: m.rival})
			} else if m.Speaker != nil && r.pronoun == "" {
				// `"...," said one former official.` then `he added`.
				recent = append(recent, event{pos: r.span.Start, sp: *m.Speaker, described: true, one: x.onePerson(r), the: x.thePerson(r)})
			}
			if x.isExcerpt(c, m) {
				recent = append(recent, x.excerptPersons(c)...)
			}
		}
		if m.Speaker == nil && m.Partial && c.att.how == attNone && firstPersonWords(m.Text) {
			if sp := x.firstPersonSubject(c, recent); sp != nil {
				m.Speaker, m.how = sp, resPronoun
			}
		}
		if m.Speaker == nil && m.Cue == "" && m.Credit == "" && wordCount(m.Text) < x.opt.minUnattributed() && !x.sentenceParagraph(c) {
			continue
		}
		if c.att.title && m.Partial && x.nobody(m) && m.Credit == "" && !captioned(c.pre) {
			// `The blog, titled "…"`: a work's name no one is said to
			// speak (a caption is a poster's own words).
			continue
		}
		if m.Partial && x.nobody(m) && wordCount(m.Text) < x.opt.minUnattributed() && !(m.Cue != "" && m.Credit != "") {
			// (Words a cue gives to someone an outlet is credited for
			// reporting are speech, whoever "he" is.)
			continue
		}
		index[i] = len(out)
		out = append(out, m)
	}
	x.mainSpeakerSpeaks(out)
	x.pulledQuotesSpeak(out)
	return out
}

// mainSpeakerSpeaks gives the article's main speaker the quote paragraphs
// in the first person that found no speaker: in an interview piece where
// one person is given most of the quotes with a speaker, four or more and
// three times as many as anyone else, `'I wanted a quiet life.'` alone in its paragraph after a
// passage of narrative naming others is theirs. A quote that names them is
// about them, not theirs. The speaker is marked as read past a rival.
func (x *extractor) mainSpeakerSpeaks(out []Mention) {
	if !slices.ContainsFunc(out, x.mayTakeMainSpeaker) {
		return
	}
	count := map[string]int{}
	total, best := 0, ""
	var main *Speaker
	for _, m := range out {
		if m.Speaker == nil || !m.Speaker.Named || m.Speaker.Kind != "person" {
			continue
		}
		total++
		count[m.Speaker.Name]++
		if count[m.Speaker.Name] > count[best] {
			best, main = m.Speaker.Name, m.Speaker
		}
	}
	second := 0
	for name, n := range count {
		if name != best {
			second = max(second, n)
		}
	}
	if count[best] < 4 || 2*count[best] <= total || count[best] < 3*second {
		return
	}
	for i := range out {
		m := &out[i]
		if !x.mayTakeMainSpeaker(*m) || !firstPersonWords(m.Text) || nameWordIn(m.Text, best) {
			continue
		}
		m.Speaker, m.how, m.rival = main, resCarried, true
	}
}

// mayTakeMainSpeaker reports whether m is a whole quotation with no
// speaker, cue or credit that opens its paragraph.
func (x *extractor) mayTakeMainSpeaker(m Mention) bool {
	return m.Speaker == nil && !m.Partial && m.SpeakerText == "" && m.Credit == "" && x.opensParagraph(m.Start)
}

// opensParagraph reports whether only white space stands between the start
// of its line and pos.
func (x *extractor) opensParagraph(pos int) bool {
	line := x.text[strings.LastIndexByte(x.text[:pos], '\n')+1 : pos]
	return strings.TrimSpace(line) == ""
}

// firstPersonWords reports whether s speaks in the first person singular.
func firstPersonWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch strings.ToLower(w) {
		case "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my":
			return true
		}
	}
	return false
}

// nameWordIn reports whether a word of name (titles aside) stands
// capitalised in quotation s, outside the quotations nested in it (`the
// drip of 'Rubin's losing'` quotes others speaking of him).
func nameWordIn(s, name string) bool {
	named := false
	for rest := name; rest != "" && !named; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		named = len(w) > 2 && strings.Contains(s, w)
	}
	if !named {
		return false // no word of the name at all: the common case, read cheaply
	}
	words := personNameWords(name)
	inner := outsideNested(s)
	fields := strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	at := 0
	for k, w := range fields {
		i := at + strings.Index(inner[at:], w)
		at = i + len(w)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !slices.Contains(words, strings.ToLower(w)) {
			continue
		}
		if k+1 < len(fields) && inner[at:] != "" && inner[at] == ' ' && strings.HasPrefix(inner[at+1:], fields[k+1]) {
			// "the post in Abdul Rahim village" names a place, or
			// someone else, after a man called Abdul Karim: a word of
			// the name run on by a capitalised word not of it.
			if r, _ := utf8.DecodeRuneInString(fields[k+1]); unicode.IsUpper(r) && !slices.Contains(words, strings.ToLower(fields[k+1])) {
				continue
			}
		}
		return true
	}
	return false
}

// outsideNested is quotation s, its outer marks dropped, with the words of
// the quotations nested in it (a mark opening after a space or a dash up to
// a mark closing before one) left out.
func outsideNested(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	_, m := utf8.DecodeLastRuneInString(s)
	if n+m > len(s) {
		return s
	}
	s = s[n : len(s)-m]
	var b strings.Builder
	var closer rune
	prev := ' '
	for i, r := range s {
		_, w := utf8.DecodeRuneInString(s[i:]) // an invalid byte is one byte wide, though RuneError is three
		next, _ := utf8.DecodeRuneInString(s[i+w:])
		switch {
		case closer == 0 && (r == '‘' || r == '“' || r == '"' || r == '\'') && (unicode.IsSpace(prev) || prev == '—' || prev == '(' || i == 0):
			closer = map[rune]rune{'‘': '’', '“': '”', '"': '"', '\'': '\''}[r]
		case closer != 0 && r == closer && !unicode.IsLetter(next):
			closer = 0
		case closer == 0:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// personNameWords are the lower-case words of a person's name, titles
// and initials aside.
func personNameWords(name string) []string {
	var words []string
	for _, w := range nameWords(name) {
		if len(w) > 2 && !titles[w] {
			words = append(words, w)
		}
	}
	return words
}

// resolveEvent gives a speech event whose subject is a pronoun the
// speaker it points to; ok is false when it points to no one.
func (x *extractor) resolveEvent(e event, recent []event) (event, bool) {
	if e.pronoun == "" {
		return e, true
	}
	r := ref{pronoun: e.pronoun, gender: e.pgender, span: corroborate.Span{Start: e.pos, End: e.pos}}
	sp, from := x.antecedent(r, recent)
	if named := x.namedInSentenceBefore(r); named != nil && (sp == nil || from.pos < e.pos-1 && named.Name != sp.Name) {
		// `Press officer Ada Lusk could not confirm it. She noted
		// ...`: the one the sentence before names.
		sp, from = named, event{pos: e.pos, sp: *named}
	} else if named, at, ok := x.namedSince(r, x.paraOf(e.pos), recent, from); ok && sp != nil {
		sp, from = named, event{pos: at, sp: *named}
	}
	if sp == nil {
		return event{}, false
	}
	// A "she said" that points to a description stays a description: a
	// later "he" in another paragraph does not reach it through the pronoun.
	return event{pos: e.pos, sp: *sp, rival: from.rival || x.names.rivalBetween(from.pos, e.pos, sp.Name), described: from.described, one: from.one, the: from.the}, true
}

// namedSince is the one person named in the paragraph of a "he" or "she"
// or the one before when the antecedent e found was heard speaking before
// that: `Press officer Ada Lusk could not confirm it. She noted ...` ¶
// `"...," she said.` is Lusk, not someone quoted paragraphs before.
func (x *extractor) namedSince(r ref, para int, recent []event, e event) (*Speaker, int, bool) {
	if e.sp.Name == "" || e.pos >= x.paras[max(0, para-1)].Start {
		return nil, 0, false
	}
	sp, from := x.onlyPersonBefore(r, para, recent)
	if sp == nil || from <= e.pos || sp.Name == e.sp.Name {
		return nil, 0, false
	}
	at := from // the last time the text names them
	last := x.names.onlyPersonIn(x.paras[max(0, para-1)].Start, r.span.Start)
	for _, p := range x.names.persons {
		if p.pos > at && p.pos < r.span.Start && p.last == last {
			at = p.pos
		}
	}
	start := x.tokAt(at)
	for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
		start--
	}
	if !x.titlesOnlyBefore(start, at) && !x.agedOpening(start, x.tokAt(at)) {
		return nil, 0, false // "a man attacked Walter Brenner": not the subject
	}
	return sp, from, true
}

// agedOpening reports whether tokens [from, to) open a sentence with
// titles and an age only: "The 37-year-old", "Former Mayor".
func (x *extractor) agedOpening(from, to int) bool {
	for i, t := range x.toks[from:to] {
		switch {
		case t.capitalised(), i == 0 && isDeterminer(t.low), t.is("-"), t.low == "year" || t.low == "old" || t.low == "years":
		case strings.IndexFunc(t.w, unicode.IsDigit) >= 0:
		default:
			return false
		}
	}
	return true
}

// onlyPersonBefore resolves "he" or "she" that no speech before it explains
// to the one person named in this paragraph or the one before, before the
// pronoun: `Lena Okafor spoke first. She called the ruling "a mistake."`
func (x *extractor) onlyPersonBefore(r ref, para int, recent []event) (*Speaker, int) {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil, 0
	}
	last := x.names.onlyPersonIn(x.paras[max(0, para-1)].Start, r.span.Start)
	if last == "" {
		return nil, 0
	}
	fn, ok := x.names.full(last, r.span.Start, r.gender)
	if !ok || fn.pos >= r.span.Start || !fn.gender.compatible(r.gender) || fn.gender == genderUnknown && !x.genderShown(fn.pos, r.span.Start).compatible(r.gender) {
		return nil, 0
	}
	if n := len(recent); n > 0 && recent[n-1].described && recent[n-1].pos < fn.pos && x.objectOf(recent[n-1].pos, fn.pos) {
		// `an unnamed activist asked Russian President Vladimir Putin to
		// send troops.` ¶ `"...," he said`: the one asked does not speak.
		return nil, 0
	}
	return fn.speaker(), fn.pos
}

// objectOf reports whether the name at byte b is the object of the cue at
// byte a: only its titles stand between them, "asked Russian President
// Vladimir Putin" (not "alleged that Brendt Christensen").
func (x *extractor) objectOf(a, b int) bool {
	i := x.tokAt(a) + 1
	for ; i < len(x.toks) && x.toks[i].s < b; i++ {
		if t := x.toks[i]; !t.capitalised() && !isDeterminer(t.low) {
			return false
		}
	}
	return i < len(x.toks)
}

// onlyPersonIn is the surname (lower case) of the one person named from
// byte lo up to hi, "" when no one or more than one person is named there.
func (ix nameIndex) onlyPersonIn(lo, hi int) string {
	last := ""
	for _, p := range ix.persons {
		if p.pos >= hi {
			break
		}
		if p.pos < lo {
			continue
		}
		if last != "" && p.last != last {
			return ""
		}
		last = p.last
	}
	return last
}

// speaker is the person of a full name, with the role written before it.
func (fn fullName) speaker() *Speaker {
	sp := Speaker{Name: fn.name, Kind: "person", Named: true, gender: fn.gender, written: fn.name}
	if fn.role != "" {
		sp.Roles = []string{fn.role}
	}
	return &sp
}

// nobody reports whether a mention has no speaker to keep a few quoted
// words for: none, a phrase that names no one ("None of the cities"), or
// one that is not a noun phrase ("Brennan as a", "FactDesk rated 32%").
func (x *extractor) nobody(m Mention) bool {
	if m.Speaker == nil {
		return true
	}
	if m.Speaker.Named {
		return false
	}
	// The head of the phrase: an aside after it ("the officer, who had
	// just retired,") says who, not whether, someone is named.
	head, _, aside := strings.Cut(m.SpeakerText, ",")
	words := strings.Fields(strings.ToLower(head))
	for k := 1; k < len(words); k++ {
		if prepositions[words[k]] && personWord(words[k-1]) {
			words = words[:k] // "a top adviser to the governor of ...": an adviser
			break
		}
	}
	if len(words) == 0 || len(words) > 6 || quantifiers[words[0]] {
		return true
	}
	last := words[len(words)-1]
	if aside && !personWord(last) && !groupNouns[last] {
		// "The law, which states ...": a thing with an aside says nothing.
		return true
	}
	if isDeterminer(last) || prepositions[last] || clauseStarts[last] {
		return true
	}
	return strings.ContainsAny(head, "0123456789%")
}

// speechLeftOpen reports whether quotation c, ending with a comma and no
// attribution after it, is speech all the same: a sentence at least
// before the comma ("... and hurt herself,").
func (x *extractor) speechLeftOpen(c *cand) bool {
	return x.endRune(c.raw) == ',' && strings.ContainsAny(x.text[c.raw.start():c.raw.end()], ".?!") && wordCount(x.text[c.raw.start():c.raw.end()]) >= 8
}

// endsSentence reports whether quotation c ends with a full stop, a
// question or an exclamation mark: a quoted subheading does not.
func (x *extractor) endsSentence(c *cand) bool {
	r := x.endRune(c.raw)
	return r == '.' || r == '!' || r == '?'
}

// namedBefore is the speaker named last, when that was in the paragraph
// right before quotation c's, or in c's own paragraph before it, and no one
// else was named after it. A quotation with no closing full stop is a
// subheading, not speech carried on.
func (x *extractor) namedBefore(recent []event, c *cand) (event, bool) {
	if len(recent) == 0 || !x.endsSentence(c) && !x.speechLeftOpen(c) {
		return event{}, false
	}
	for len(recent) > 1 && recent[len(recent)-1].within {
		// `"...," said his friend Ivo Tark, who remembered Tomas
		// claiming he was a sailor. It was not. "..."`: Tomas speaks in
		// a clause of the friend's sentence; the friend speaks on.
		recent = recent[:len(recent)-1]
	}
	e := recent[len(recent)-1]
	from := x.paras[c.raw.para].Start
	if x.startsParagraph(c) {
		from = x.paras[c.raw.para-1].Start
	}
	if e.pos < from || x.names.rivalBetween(x.aboutOther(e, c), c.raw.start(), e.sp.Name) || e.sp.Kind == "person" && x.namedInQuote(c, e.sp.Name) {
		return event{}, false
	}
	if !e.sp.Named && (!e.described || !x.startsParagraph(c) || x.nobody(Mention{Speaker: &e.sp, SpeakerText: e.sp.Name})) {
		// A description speaks on only into a quote paragraph of its own:
		// `An unidentified journalist best describes it.` ¶ `"..."`
		return event{}, false
	}
	return e, true
}

// aboutOther is where rivals to the speaker of event e are looked for
// before quotation c: from the event on, or from the end of its sentence
// when the quotation speaks of someone in the third person ("He feels
// ..."), as of the one the reported clause names: `Voss adds that Ibbot
// will never retire.` then `"He feels he will never stop."`.
func (x *extractor) aboutOther(e event, c *cand) int {
	ts := x.quoteTokens(c)
	for len(ts) > 0 && !ts[0].word {
		ts = ts[1:]
	}
	if len(ts) == 0 || (ts[0].low != "he" && ts[0].low != "she" && ts[0].low != "they") {
		return e.pos
	}
	for k := x.tokAt(e.pos); k < len(x.toks) && x.toks[k].s < c.raw.start(); k++ {
		if x.toks[k].sentenceEnd() {
			return x.toks[k].s
		}
	}
	return e.pos
}

// subjectJustBefore reads the short sentence right before quotation c in
// its paragraph when that sentence opens with a person's name and names no
// one else: `Lena Okafor was blunt. "This is a mistake."`
func (x *extractor) subjectJustBefore(c *cand, recent []event) (*Speaker, bool) {
	if x.startsParagraph(c) || !x.endsSentence(c) {
		return nil, false
	}
	sp, _, ok := x.leadIn(c, recent)
	return sp, ok
}

// leadIn reads the short sentence right before quotation c in its
// paragraph when it opens with a person's name, or a "he" or "she" that
// resolves, and names no one else; from is where that sentence starts.
func (x *extractor) leadIn(c *cand, recent []event) (*Speaker, int, bool) {
	if x.startsParagraph(c) {
		return nil, 0, false
	}
	ts := x.toks[c.before[0]:c.before[1]]
	if len(ts) == 0 || !ts[len(ts)-1].sentenceEnd() {
		return nil, 0, false
	}
	from := 0
	for j := len(ts) - 2; j >= 0; j-- {
		if ts[j].sentenceEnd() || isMarkToken(ts[j]) {
			from = j + 1
			break
		}
	}
	if c.before[0] != x.tokAt(x.paras[c.raw.para].Start) && from == 0 {
		return nil, 0, false // the sentence began inside another quotation
	}
	sent := ts[from:]
	words := wordCountTokens(sent)
	if words > 2*maxLeadInWords {
		return nil, 0, false
	}
	if len(sent) > 0 && (sent[0].low == "he" || sent[0].low == "she") && words <= maxLeadInWords {
		r := analyse(x.text, sent[:1])
		ante, e := x.antecedent(r, recent)
		if sp, from, ok := x.namedSince(r, c.raw.para, recent, e); ok && ante != nil {
			ante, e = sp, event{pos: from, sp: *sp}
		}
		if ante == nil || x.names.rivalBetween(e.pos, c.raw.start(), ante.Name) {
			return nil, 0, false
		}
		return ante, sent[0].s, true
	}
	n := 0
	for n < len(sent) && n < 8 && (sent[n].capitalised() || isInitial(sent[n]) || sent[n].particleName()) {
		n++
	}
	if n == 0 || n == len(sent) || !(sent[n].word || sent[n].is(",")) || sent[n].capitalised() {
		return nil, 0, false
	}
	r := analyse(x.text, sent[:n])
	if !r.named || r.kind != "person" || r.pronoun != "" || (n == 1 && !strings.Contains(x.speaker(r, sent[0].s).Name, " ")) {
		return nil, 0, false
	}
	if x.names.rivalBetween(sent[0].s, c.raw.start(), r.name) {
		return nil, 0, false
	}
	named := x.speaker(r, sent[0].s)
	return &named, sent[0].s, true
}

// subjectOfSentenceBefore is the person named as the subject of the
// sentence right before quotation c, in its paragraph or ending the one
// before, for a "he" or "she" after the quotation: the sentence names that
// one person only, at its start, after a comma ("Despite the odds, his
// aunt, Nadia Ferro, believes ...") or after titles, and not as a
// possessor ("Lenz's wife"); from is where the sentence starts.
func (x *extractor) subjectOfSentenceBefore(c *cand, r ref) (*Speaker, int, bool) {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil, 0, false
	}
	k := x.tokAt(c.raw.start())
	switch {
	case c.att.how == attPost && len(c.pre) == 0:
	case c.att.how == attPre && len(c.att.np) == 1 && c.att.np[0].s == c.pre[0].s && c.att.np[0].capitalised():
		// `Then, Tapp had enough. He said that the guest was
		// "obsequious"`: the pronoun opens the quote's sentence.
		k = x.tokAt(r.span.Start)
	default:
		return nil, 0, false
	}
	if k == 0 || !x.toks[k-1].sentenceEnd() {
		return nil, 0, false
	}
	from := k - 1
	for from > 0 && !x.toks[from-1].sentenceEnd() && !isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		from--
	}
	if x.paraOf(x.toks[from].s) < c.raw.para-1 || x.inQuote(x.toks[from].s) || from > 0 && isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		return nil, 0, false
	}
	sent := x.toks[from : k-1]
	if len(sent) == 0 || wordCountTokens(sent) > 4*maxLeadInWords {
		return nil, 0, false
	}
	var who personAt
	for _, p := range x.names.persons {
		if p.pos < sent[0].s || p.pos >= x.toks[k-1].s {
			continue
		}
		if who.last != "" && who.last != p.last && isPlace(p.last) {
			continue // "Longtime Boston resident Peter Lind": a place, then the name
		}
		if who.last != "" && who.last != p.last && isPlace(who.last) {
			who = p
			continue
		}
		if who.last != "" && who.last != p.last && x.kinOfSubject(p.pos) {
			continue // "Prince Oren, ... as his father King Abel": the subject's kin
		}
		if who.last != "" && who.last != p.last {
			return nil, 0, false // two people: no one subject
		}
		who = p
	}
	if who.last == "" {
		who = x.knownSurnameIn(sent)
	}
	if who.last == "" {
		return nil, 0, false
	}
	j := x.tokAt(who.pos)
	end := j
	for end < k && x.toks[end].lower() != who.last {
		end++
	}
	if end >= k-1 || possessive(x.toks[end].w) {
		return nil, 0, false
	}
	start := j
	for start > from && (x.toks[start-1].capitalised() || isInitial(x.toks[start-1])) {
		start--
	}
	described := start > from && !x.toks[start-1].is(",") && x.describedOpening(from, start)
	if described {
		// "Harbour newcomer and keen sailor Simon Lind was ...": the
		// words before the name describe him; the name opens the sentence.
		start = j
	} else if start > from && !x.toks[start-1].is(",") || notNameWord(x.toks[start]) {
		return nil, 0, false // "accused Lenz of ...": an object; "Like Lenz, ..."
	}
	if start > from && !described && wordCountTokens(sent) > 2*maxLeadInWords {
		return nil, 0, false // a long sentence is about its opening name only
	}
	if next := x.toks[end+1]; !next.is(",") && !(next.word && !next.capitalised()) {
		return nil, 0, false
	}
	sp := x.speaker(analyse(x.text, x.toks[start:end+1]), who.pos)
	g := sp.gender
	if g == genderUnknown {
		g = x.told[sp.Name]
	}
	if g == genderUnknown {
		g = x.genderShown(x.toks[end].s, x.toks[k-1].s)
	}
	if sp.Kind != "person" || !sp.Named || !g.compatible(r.gender) || g == genderUnknown && len(sp.Roles) == 0 {
		// A person is known by a first name or a "she" of theirs, or
		// by a title ("Prime Minister Otto Lenz"): "In that sense, Sandy
		// Hook was ..." names a place.
		return nil, 0, false
	}
	return &sp, sent[0].s, true
}

// subjectDescribed gives a definite description that speaks after the
// quotation ("the little fighter added") to the person whose name opens
// the sentence just before it, in its paragraph or ending the one before,
// when that sentence names no one else: `Benno, the youngest of the
// family, fought too.` then `"...," the little fighter added.`
func (x *extractor) subjectDescribed(c *cand, r ref, sp Speaker, recent []event) (*Speaker, bool) {
	if c.att.how != attPost || sp.Named || !x.thePerson(r) {
		return nil, false
	}
	k := x.tokAt(c.raw.start())
	if k == 0 || !x.toks[k-1].sentenceEnd() || len(c.pre) > 0 {
		return nil, false
	}
	from := k - 1
	for from > 0 && !x.toks[from-1].sentenceEnd() && !x.lineBetween(from-1, from) {
		if isMarkToken(x.toks[from-1]) {
			// `Tomas Renn said he heard "three bangs" that came from
			// the car park.`: a few words quoted inside the sentence
			// do not end it.
			q := x.quoteOpening(from - 1)
			if q < 0 || x.toks[from].capitalised() || !x.toks[from].word {
				break
			}
			from = q
			continue
		}
		from--
	}
	sent := x.toks[from : k-1]
	if len(sent) == 0 || wordCountTokens(sent) > 2*maxLeadInWords {
		return nil, false // no sentence before ('"a disgrace". "We …'): no one it reports
	}
	if out, ok := x.nameOpening(sent, c.raw.start()); ok && !x.roleOfAnother(r, out.Name) {
		out.Roles = dedupe(append(out.Roles, r.name))
		return out, true
	}
	// `Following the posts, Varga wrote a reply.` then `"...," the author
	// wrote`: the one the sentence before reports writing or speaking,
	// when no one else is named after them.
	if e, ok := lastEventIn(recent, sent[0].s, c.raw.start()); ok && e.sp.Named && e.sp.Kind == "person" && !x.names.rivalBetween(e.pos, c.raw.start(), e.sp.Name) && !x.roleOfAnother(r, e.sp.Name) {
		out := e.sp
		out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
		return &out, true
	}
	return nil, false
}

// titleHolder gives "the president" or "the Ukrainian leader" to the one
// named person the text gives that title: the last person named speaking
// when the narration since calls them by the description (`Vell said ...
// On Sunday, the governor added a post.` then `"...," the governor
// wrote`), or the one person named in the paragraphs before with a role
// of that head and that country ("Marovia's president Ivo Tark" then
// "the Marovian leader said").
func (x *extractor) titleHolder(r ref, sp Speaker, recent []event) (*Speaker, bool) {
	if sp.Named || !x.thePerson(r) {
		return nil, false
	}
	ws := strings.Fields(strings.ToLower(r.name))
	if len(ws) == 0 || !headOfState[ws[len(ws)-1]] {
		return nil, false
	}
	head := ws[len(ws)-1]
	for k := len(recent) - 1; k >= 0; k-- {
		e := recent[k]
		if e.pos >= r.span.Start || e.described {
			continue
		}
		if !e.sp.Named || e.sp.Kind != "person" || len(ws) > 1 || x.otherThanNamed(event{sp: sp}, recent[:k+1]) || x.names.rivalBetween(e.pos, r.span.Start, e.sp.Name) {
			break
		}
		if x.otherRole(e.sp.Name, head, r.span.Start) {
			break // "defense secretary Ivo Tark": not the president
		}
		if between := strings.ToLower(x.text[e.pos:r.span.Start]); strings.Contains(between, "the "+head+" ") {
			out := e.sp
			out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
			return &out, true
		}
		break
	}
	if len(ws) != 2 {
		return nil, false
	}
	lo := x.paras[max(0, x.paraOf(r.span.Start)-2)].Start
	var found *fullName
	for _, fns := range x.names.byLast {
		for i := range fns {
			fn := &fns[i]
			if fn.pos < lo || fn.pos >= r.span.Start {
				continue
			}
			role := strings.ToLower(fn.role + " " + fn.before + " " + fn.appos + " " + fn.lead)
			if fn.before != "" {
				// "Marovia's legitimate president Ivo Tark": the words
				// before the role word.
				k := x.tokAt(fn.pos)
				role += " " + strings.ToLower(spanText(x.text, x.toks[max(0, k-3):k]))
			}
			if !sameCountry(role, ws[0]) || !strings.Contains(role, head) && !(head == "leader" && anyWord(role, headOfState)) {
				continue
			}
			if found != nil && found.name != fn.name {
				return nil, false
			}
			found = fn
		}
	}
	if found == nil {
		return nil, false
	}
	out := found.speaker()
	out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
	return out, true
}

// otherRole reports whether the text gives the person name a role
// without the word head anywhere before byte pos.
func (x *extractor) otherRole(name, head string, pos int) bool {
	for _, role := range x.rolesOf(name, pos) {
		if strings.TrimSpace(role) != "" && !strings.Contains(role, head) {
			return true
		}
	}
	return false
}

// rolesOf are the roles, in lower case, the text gives the person name at
// each place it names them before byte pos.
func (x *extractor) rolesOf(name string, pos int) []string {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return nil
	}
	var out []string
	for _, fn := range x.names.byLast[ws[len(ws)-1]] {
		if fn.name == name && fn.pos < pos {
			out = append(out, strings.ToLower(fn.role+" "+fn.before+" "+fn.appos+" "+fn.lead))
		}
	}
	return out
}

// headOfState are the heads of a description that names one office.
var headOfState = text.WordSet("president leader premier chancellor king queen monarch emperor")

// sameCountry reports whether role holds a word of the country of the
// adjective adj: "marovia's" for "marovian" (a shared stem of five letters).
func sameCountry(role, adj string) bool {
	if len(adj) < 5 {
		return false
	}
	for _, w := range strings.Fields(role) {
		if len(w) >= 5 && w[:5] == adj[:5] {
			return true
		}
	}
	return false
}

// anyWord reports whether s holds a word of set.
func anyWord(s string, set map[string]bool) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,")
		if set[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] {
			return true
		}
	}
	return false
}

// nameOpening is the person whose name opens sentence sent, when no one
// else is named from there up to byte to: "Benno, the youngest of the
// family, fought too."
func (x *extractor) nameOpening(sent []token, to int) (*Speaker, bool) {
	n := 0
	for n < len(sent) && n < 4 && (sent[n].capitalised() || sent[n].particleName()) {
		n++
	}
	if n == 0 || n == len(sent) || sent[n].capitalised() || !(sent[n].is(",") || sent[n].word) || notNameWord(sent[0]) {
		return nil, false
	}
	if n == 1 && !(sent[1].is(",") && len(sent) > 2 && (isDeterminer(sent[2].low) || sent[2].low == "who" || isNumeral(sent[2]) && len(sent) > 3 && sent[3].is(","))) && !x.names.surnameGivenBefore(sent[0]) {
		// One word is a name only with an appositive after it, "Benno,
		// the youngest", "Lars, who ...", "Lars, 32,": "Determined to
		// win, she ..." names no one; the surname of the one person the
		// text has named in full does ("Dorsk never found ...").
		return nil, false
	}
	named := analyse(x.text, sent[:n])
	if !named.named || named.kind != "person" || named.pronoun != "" || x.names.rivalBetween(sent[0].s, to, named.name) {
		return nil, false
	}
	out := x.speaker(named, sent[0].s)
	return &out, true
}

// recentSubject resolves "he" or "she" that nothing else explains to the
// person whose name opens one of the sentences before it, in its paragraph
// or the two before, when no one else is named from there to the pronoun:
// `Lauri Vance, 32, has a rare illness.` ... `"...," he said.`
func (x *extractor) recentSubject(r ref) *Speaker {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil
	}
	minPara := x.paraOf(r.span.Start) - 2
	for end := x.tokAt(r.span.Start); end > 0; {
		from := end - 1
		for from > 0 && !x.toks[from-1].sentenceEnd() && !x.lineBetween(from-1, from) {
			from--
		}
		if x.paraOf(x.toks[from].s) < minPara {
			return nil
		}
		if !x.inQuote(x.toks[from].s) {
			if sp, ok := x.nameOpening(x.toks[from:end], r.span.Start); ok {
				if sp.Kind != "person" || !sp.gender.compatible(r.gender) || sp.gender == genderUnknown && !x.genderShown(x.toks[from].s, r.span.Start).compatible(r.gender) {
					return nil
				}
				return sp
			}
		}
		end = from
	}
	return nil
}

// personNamedLast resolves "he" or "she" that nothing else explains to the
// person named last before it, within maxPronounParas paragraphs, when no
// one is reported speaking there: `... the £12 Mr Harlow paid for the
// cloak.` ¶ `He found it in a warehouse.` ¶ `"...," he said.` The
// sentence naming them must show their gender, the pronoun's, and name no
// one else who could have it: with two men named there, "he" is no one.
func (x *extractor) personNamedLast(r ref) (*Speaker, int) {
	if r.pronoun != "he" && r.pronoun != "she" || r.gender == genderUnknown {
		return nil, 0
	}
	persons := x.names.persons
	k := sort.Search(len(persons), func(i int) bool { return persons[i].pos >= r.span.Start })
	lo := x.paras[max(0, x.paraOf(r.span.Start)-maxPronounParas)].Start
	var who *Speaker
	at, sentence := 0, 0
	for i := k - 1; i >= 0 && persons[i].pos >= lo && i >= k-maxNamedBack; i-- {
		p := persons[i]
		if who != nil && p.pos < sentence {
			break // the sentence naming them names no one else of their gender
		}
		if fn, ok := x.names.full(p.last, p.pos, genderUnknown); ok && fn.gender != genderUnknown && fn.gender != r.gender && x.told[fn.name] == genderUnknown {
			continue // the name gives the other gender: no need to read it
		}
		if x.describedBetween(p.pos, r.span.Start, r.gender) {
			return nil, 0 // "A driver ... was not impressed.": he may be the driver
		}
		if x.creditLine(p.pos) {
			continue // "Photograph: Tom Pike/Ulby Post" names no speaker
		}
		j := x.tokAt(p.pos)
		end := j
		for end < len(x.toks) && x.toks[end].capitalised() && x.toks[end].lower() != p.last {
			end++
		}
		if end >= len(x.toks) || x.toks[end].lower() != p.last {
			return nil, 0
		}
		named := analyse(x.text, x.toks[j:end+1])
		if !named.named || named.kind != "person" || named.pronoun != "" {
			return nil, 0
		}
		sp := x.speaker(named, p.pos)
		if sp.gender == genderUnknown {
			sp.gender = x.told[sp.Name]
		}
		switch {
		case sp.gender == genderUnknown:
			return nil, 0 // "Sam Lind": who knows
		case sp.gender != r.gender:
			continue // "a hat Anna Sorel wore", "her neighbour, Peter Grant": not "she"
		case who != nil && who.Name != sp.Name:
			return nil, 0 // two men named: either could be "he"
		}
		if who == nil {
			from := j
			for from > 0 && !x.toks[from-1].sentenceEnd() && !x.lineBetween(from-1, from) {
				from--
			}
			sentence = x.toks[from].s
		}
		who, at = &sp, p.pos
	}
	if who == nil || x.spokenBetween(at, r.span.Start) {
		return nil, 0
	}
	return who, at
}

// maxNamedBack is how many people's names personNamedLast reads back
// from a pronoun: in a long text with no paragraph breaks, its window of
// maxPronounParas paragraphs would be the whole article.
const maxNamedBack = 12

// creditLine reports whether the name at byte pos is given on a short
// line that credits a picture or a source ("Photograph: Tom Pike/Ulby
// Post"): a credit's label and a colon right before it, or a slash and a
// capitalised word right after its words. A paragraph of prose is a line
// too: its "7:30pm" or "24/7" credits nothing.
func (x *extractor) creditLine(pos int) bool {
	start := strings.LastIndexByte(x.text[:pos], '\n') + 1
	end := strings.IndexByte(x.text[pos:], '\n')
	if end < 0 {
		end = len(x.text) - pos
	}
	if len(strings.Fields(x.text[start:pos+end])) > maxCreditWords {
		return false
	}
	if label, ok := strings.CutSuffix(strings.TrimSpace(x.text[start:pos]), ":"); ok {
		f := strings.Fields(label)
		return len(f) > 0 && creditLabels[strings.ToLower(f[len(f)-1])]
	}
	rest := x.text[pos : pos+end]
	i := strings.IndexByte(rest, '/')
	if i < 0 || strings.ContainsAny(rest[:i], ".,;:") || i+1 >= len(rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[i+1:])
	return unicode.IsUpper(r)
}

// maxCreditWords is the longest line read as a picture's or a source's
// credit.
const maxCreditWords = 10

// creditLabels open a line that credits a picture or a source.
var creditLabels = text.WordSet("photograph photo picture image credit credits source illustration video")

// describedBetween reports whether a sentence or clause from byte a up to
// b opens with a person described without a name, whom a pronoun of
// gender g may stand for: "A driver who parks ... was not impressed.",
// "..., and the union's regional organiser was relieved".
func (x *extractor) describedBetween(a, b int, g gender) bool {
	start := x.tokAt(a)
	for i := start; i < len(x.toks) && x.toks[i].s < b; i++ {
		t := x.toks[i]
		if !t.word || x.inQuote(t.s) || !namedPersonWord(t.low) {
			continue
		}
		if gw := roleGender(t.low); gw != genderUnknown && gw != g {
			continue
		}
		if n := i + 1; n < len(x.toks) && (x.toks[n].capitalised() || x.toks[n].s == t.e && x.text[t.e] == ',' && n+1 < len(x.toks) && x.toks[n+1].capitalised()) {
			continue // "her neighbour, Peter Grant": named, and read as such
		}
		// A determiner or a possessive opens the phrase, which opens a
		// sentence or a clause: "A driver", "and the union's organiser".
		for j := i - 1; j > start && j >= i-4; j-- {
			w := x.toks[j].low
			if !x.toks[j].word || x.toks[j].capitalised() && j < i-1 && !isDeterminer(w) {
				break
			}
			if !isDeterminer(w) {
				continue
			}
			p := x.toks[j-1]
			if p.sentenceEnd() || p.low == "and" || p.low == "but" || x.lineBetween(j-1, j) {
				return true
			}
			break
		}
	}
	return false
}

// namedPersonWord reports whether w describes a person: a title, a role
// or a relation ("organiser", "driver", "aunt"). A word ending in "-ent"
// or "-ant" is one only when listed ("resident", "tenant"): "The
// government will pay" and "The accident last year" describe no one; nor
// does a preposition that ends like a role ("pays for the lane").
func namedPersonWord(w string) bool {
	if notPersonWords[w] || prepositions[w] || w == "nor" || w == "or" {
		return false
	}
	if relationNouns[w] || entPersons[w] {
		return true
	}
	if strings.HasSuffix(w, "ent") || strings.HasSuffix(w, "ant") {
		return titles[w] || personNouns[w] || roleGender(w) != genderUnknown
	}
	return personWord(w)
}

// entPersons are the people whose word ends like an abstract noun's.
var entPersons = text.WordSet("resident residents student students agent agents assistant assistants attendant tenant tenants patient patients servant participant applicant migrant immigrant parent parents")

// spokenBetween reports whether anyone is reported speaking from byte a up
// to b outside quotations: then a pronoun after it is theirs to explain.
func (x *extractor) spokenBetween(a, b int) bool {
	for i := x.tokAt(a); i < len(x.toks) && x.toks[i].s < b; i++ {
		if !x.inQuote(x.toks[i].s) && cueAt(x.toks, i) > 0 && !deedAt(x.toks, i) {
			return true
		}
	}
	return false
}

// firstPersonSubject is who speaks the words of quotation c, quoted in the
// first person inside a sentence that reports no one speaking, when a "he"
// or "she" that resolves, or a person's name, opens the sentence: `He has
// thrown away the little shoes "which I kept in the car."` is his.
func (x *extractor) firstPersonSubject(c *cand, recent []event) *Speaker {
	k := x.tokAt(c.raw.start())
	from := k
	for from > 0 && !x.toks[from-1].sentenceEnd() && !isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		from--
	}
	if from == k || from > 0 && isMarkToken(x.toks[from-1]) && !x.lineBetween(from-1, from) {
		return nil
	}
	t := x.toks[from]
	if x.otherVoiceBetween(from, k, c) {
		return nil
	}
	if t.low != "he" && t.low != "she" {
		sp, ok := x.nameOpening(x.toks[from:k], c.raw.start())
		if !ok || sp.Kind != "person" {
			return nil
		}
		return sp
	}
	r := ref{text: t.w, pronoun: t.low, kind: "person", span: corroborate.Span{Start: t.s, End: t.e}, gender: genderMale}
	if t.low == "she" {
		r.gender = genderFemale
	}
	if sp, _ := x.antecedent(r, recent); sp != nil {
		return sp
	}
	sp, _ := x.personNamedLast(r)
	return sp
}

// namedAsSubjectOf reports whether the text from byte a up to b names its
// person as one the news befell rather than one who speaks: "The victim
// was Kara Mills, 45", "named as", "died": the words after are more likely
// the family's than theirs.
func (x *extractor) namedAsSubjectOf(a, b int) bool {
	for i := x.tokAt(a); i < len(x.toks) && x.toks[i].s < b; i++ {
		t := x.toks[i]
		if victimWords[t.low] {
			return true
		}
		if (t.low == "was" || t.low == "is") && i+1 < len(x.toks) && x.toks[i+1].capitalised() && x.personAt(x.toks[i+1].s) {
			return true // "The victim was Kara Mills"
		}
	}
	return false
}

// victimWords tell a person the news befell.
var victimWords = text.WordSet(`victim victims died dead killed murdered named identified body injured
death funeral tribute tributes late missing`)

// otherVoiceBetween reports whether the words between a sentence's
// subject at token from and a quotation at token k give the quotation
// another voice: a name after the subject's own ("the meeting with Tom
// Brell"), a person ("a stranger", "his daughter", "her landlord"), "by",
// or a text ("a T-shirt", "a card", "a letter").
//
// A quotation that opens with a relative word describes the thing named
// right before it, so only the words of that phrase count: `thrown away
// photographs of Kate and Oliver and their booties "which I carried ..."`.
func (x *extractor) otherVoiceBetween(from, k int, c *cand) bool {
	i := from + 1
	for i < k && x.toks[i].capitalised() && x.toks[i].word {
		i++ // the subject's own name
	}
	j := k
	for j < len(x.toks) && !x.toks[j].word {
		j++
	}
	if j < len(x.toks) && j < k+3 && c.raw.start() <= x.toks[j].s {
		if w := x.toks[j].low; w == "which" || w == "that" || w == "who" || w == "whom" {
			i = max(i, k-4)
		}
	}
	for ; i < k; i++ {
		t := x.toks[i]
		if !t.word {
			continue
		}
		w := t.low
		if w == "by" || docNouns[strings.TrimSuffix(w, "s")] || pageNouns[w] || writtenThings[w] || relationNouns[w] || len(w) > 4 && personWord(w) && !notPersonWords[w] {
			return true
		}
		if t.capitalised() && x.personAt(t.s) {
			return true
		}
	}
	return false
}

// writtenThings carry words someone wrote or printed on them.
var writtenThings = text.WordSet("card cards t-shirt shirt t-shirts shirts mug banner label plaque")

// notPersonWords end like a word for a person ("-er", "-ent") but are not.
var notPersonWords = text.WordSet(`never after other others over under ever however whether rather later
further number order water paper power weather moment present recent`)

// inQuote reports whether byte pos lies inside a quotation.
func (x *extractor) inQuote(pos int) bool {
	k := sort.Search(len(x.raws), func(i int) bool { return x.raws[i].end() > pos })
	return k < len(x.raws) && x.raws[k].start() <= pos
}

// lineBetween reports whether a line break stands between tokens i and j.
func (x *extractor) lineBetween(i, j int) bool {
	return strings.ContainsRune(x.text[x.toks[i].e:x.toks[j].s], '\n')
}

// lastEventIn is the last of the events from byte from up to to.
func lastEventIn(recent []event, from, to int) (event, bool) {
	for k := len(recent) - 1; k >= 0; k-- {
		if e := recent[k]; e.pos < to {
			return e, e.pos >= from
		}
	}
	return event{}, false
}

// maxLeadInWords is the longest sentence whose subject a quotation right
// after it is given to.
const maxLeadInWords = 12

func wordCountTokens(ts []token) int {
	n := 0
	for _, t := range ts {
		if t.word {
			n++
		}
	}
	return n
}

// carries reports whether quotation c, a paragraph of its own, goes on
// with the speaker of the quote before it, a few paragraphs back, when no
// one else was named or reported speaking in between:
// `"The levee held," said Dana Whitfield.` ¶ `Crews worked all night.` ¶
// `"We lost two days."`
func (x *extractor) carries(out []Mention, recent []event, c *cand) bool {
	if len(out) == 0 || !x.endsSentence(c) {
		return false
	}
	prev := out[len(out)-1]
	name := ""
	switch {
	case prev.Speaker != nil && !prev.Speaker.Outlet:
		name = prev.Speaker.Name
	case prev.Speaker == nil && prev.how == resPronoun:
		// `"...," she told a reporter.` with no one named for "she": the
		// next quote is hers all the same.
	default:
		return false
	}
	if name != "" && prev.Speaker.Kind == "person" && x.namedInQuote(c, name) {
		return false // the quote speaks of the one before: someone else speaks
	}
	pp := x.paraOf(prev.End)
	if c.raw.para-pp > maxCarryParagraphs {
		return false
	}
	prose := 0
	for p := pp + 1; p < c.raw.para; p++ {
		if x.isProse(p) {
			prose++
		}
	}
	if prose > maxCarryProse {
		return false
	}
	for p := pp; p <= c.raw.para; p++ {
		// Names in a caption or another line of page furniture between
		// the two ("Getty Firefighters carry a victim at the scene of
		// the Marlow ferry bombing") are no one speaking.
		if p != pp && p != c.raw.para && !x.isProse(p) {
			continue
		}
		from, to := max(prev.End, x.paras[p].Start), min(c.raw.start(), x.paras[p].End)
		if from < to && (x.names.rivalBetween(from, to, name) || x.otherSurnameBetween(from, to, name)) && x.rivalNotInQuote(from, to, name, c) && !x.othersOfOtherGender(from, to, prev.Speaker) {
			return false
		}
	}
	if b := x.tokAt(x.paras[c.raw.para].Start); b > 0 && x.toks[b-1].is(":") {
		// The paragraph before introduces the quote and names no one we
		// could read: better no speaker than the one before.
		return false
	}
	for k := len(recent) - 1; k >= 0 && recent[k].pos > prev.End; k-- {
		if recent[k].sp.Name != name {
			return false
		}
	}
	return true
}

// orgAfterAnd reports whether toks[j] is an "and" that joins the run
// before it, no first name in its last two words, to a body's name that
// ends with a word for a body: "the Ski Slope and Snowboard Centre", but
// not "John Bolton and Breitbart News editor ...".
func orgAfterAnd(toks []token, j int) bool {
	if j >= len(toks) || toks[j].low != "and" {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].capitalised() {
		k++
	}
	return k > j+1 && hasOrgWord(toks[k-1:k]) && !knownFirstName(toks[j-1]) && (j < 2 || !knownFirstName(toks[j-2]))
}

// othersOfOtherGender reports whether the narration from byte from up to to
// speaks of sp by a pronoun of their gender and names only people of the
// other gender: `"...," said Tom Reed.` ¶ `The storm took his barns, and
// his wife, Jane, lost her car.` ¶ `"..."` is still Tom Reed.
func (x *extractor) othersOfOtherGender(from, to int, sp *Speaker) bool {
	if sp == nil || sp.Kind != "person" {
		return false
	}
	g := sp.gender
	if g == genderUnknown {
		g = x.told[sp.Name]
	}
	own := map[gender]string{genderMale: "he", genderFemale: "she"}[g]
	if own == "" {
		return false
	}
	words := strings.Fields(strings.ToLower(sp.Name))
	shown := false
	for i := x.tokAt(from); i < len(x.toks) && x.toks[i].s < to; i++ {
		t := x.toks[i]
		if !t.word {
			continue
		}
		if genderPronouns[own][t.low] {
			shown = true
			continue
		}
		if t.low == "he" || t.low == "she" {
			return false // "she hid under the stairs": someone else is spoken of
		}
		w := t.lower()
		if !t.capitalised() || slices.Contains(words, w) {
			continue
		}
		fns := append(slices.Clip(x.names.byLast[w]), x.names.byFirst[w]...)
		if len(fns) == 0 && x.personAt(t.s) {
			return false // a person of no gender we know
		}
		for _, fn := range fns {
			if fn.gender == genderUnknown || fn.gender == g {
				return false
			}
		}
	}
	return shown
}

// rivalNotInQuote reports whether someone other than the person named
// name is named between from and to and not in quotation c: one the
// quotation speaks of ("asked if Ruby was coming") is not its speaker, so
// no rival to the speaker carried on.
func (x *extractor) rivalNotInQuote(from, to int, name string, c *cand) bool {
	words := strings.Fields(strings.ToLower(name))
	quote := x.text[c.raw.start():c.raw.end()]
	for i := x.tokAt(from); i < len(x.toks) && x.toks[i].s < to; i++ {
		t := x.toks[i]
		if !t.word || !t.capitalised() {
			continue
		}
		w := t.lower()
		if slices.Contains(words, w) || len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 && !x.personAt(t.s) {
			continue
		}
		if !nameWordIn(quote, stripPossessive(t.w)) {
			return true
		}
	}
	return false
}

// personAt reports whether a person's name is written at pos.
func (x *extractor) personAt(pos int) bool {
	k := sort.Search(len(x.names.persons), func(k int) bool { return x.names.persons[k].pos >= pos })
	return k < len(x.names.persons) && x.names.persons[k].pos == pos
}

// namedInQuote reports whether a word of the person's name (titles
// aside) stands capitalised among the words of quotation c: then the quote
// speaks of them, and they are not its speaker.
func (x *extractor) namedInQuote(c *cand, name string) bool {
	return nameWordIn(x.text[c.raw.start():c.raw.end()], name)
}

// withoutSpeaker is recent without the events of the speaker named name.
func withoutSpeaker(recent []event, name string) []event {
	out := make([]event, 0, len(recent))
	for _, e := range recent {
		if e.sp.Name != name {
			out = append(out, e)
		}
	}
	return out
}

// otherSurnameBetween reports whether a word between from and to is the
// surname of a person of the article other than name: "a statement by
// Harwick" between a quote of Lindqvist and the next.
func (x *extractor) otherSurnameBetween(from, to int, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for i := x.tokAt(from); i < len(x.toks) && x.toks[i].s < to; i++ {
		t := x.toks[i]
		if !t.capitalised() {
			continue
		}
		w := t.lower()
		if len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 || slices.Contains(words, w) {
			continue
		}
		return true
	}
	return false
}

// transcript reports whether the article reads as a transcript: two or
// more speakers given in capitals at the start of a paragraph, `MARLOWE:`.
func (x *extractor) transcript() bool {
	if x.isTranscript != 0 {
		return x.isTranscript > 0
	}
	x.isTranscript = -1
	first := ""
	for _, p := range x.paras {
		i := x.tokAt(p.Start)
		if i < len(x.toks) && isMarkToken(x.toks[i]) {
			i++ // `"QUARRIE: ...`, a transcript set in quotation marks
		}
		j := i + labelEnd(x.toks[i:min(len(x.toks), i+4)])
		if j == i || j >= len(x.toks) || x.toks[j].s >= p.End {
			continue
		}
		name := spanText(x.text, x.toks[i:j])
		if first == "" {
			first = name
		} else if name != first {
			x.isTranscript = 1
			break
		}
	}
	return x.isTranscript > 0
}

// labelEnd is the length of a speaker's label in capitals that opens ts
// and is followed by a colon, `MARLOWE:`; 0 when there is none.
func labelEnd(ts []token) int {
	j := 0
	for j < len(ts) && j < 3 && ts[j].word && isUpperWord(ts[j].w) {
		j++
	}
	if j == 0 || j >= len(ts) || !ts[j].is(":") {
		return 0
	}
	return j
}

// A speaker carries over to a quotation standing alone across at most
// maxCarryParagraphs paragraphs, of which at most maxCarryProse are
// sentences of the story (the rest are captions, links and other lines a
// page puts between the paragraphs of the story).
const (
	maxCarryParagraphs = 6
	maxCarryProse      = 2
)

// isProse reports whether paragraph p reads as a sentence of the story:
// eight words or more, ending with a full stop, question or exclamation.
func (x *extractor) isProse(p int) bool {
	ts := x.toks[x.tokAt(x.paras[p].Start):x.tokAt(x.paras[p].End)]
	if len(ts) == 0 || !ts[len(ts)-1].sentenceEnd() {
		return false
	}
	n := 0
	for _, t := range ts {
		if t.word {
			n++
		}
	}
	return n >= 8
}

// paraOf is the index of the paragraph holding byte offset pos.
func (x *extractor) paraOf(pos int) int {
	return max(0, sort.Search(len(x.paras), func(i int) bool { return x.paras[i].End >= pos }))
}

// startsParagraph reports whether candidate c opens its paragraph.
func (x *extractor) startsParagraph(c *cand) bool {
	return c.raw.start() == x.paras[c.raw.para].Start
}

// sentenceParagraph reports whether quotation c is a paragraph of its
// own, one or more sentences from a capital to a full stop, a question or
// an exclamation mark: `'Please don't sink my boat.'` is someone's words,
// however short, not a scare quote.
func (x *extractor) sentenceParagraph(c *cand) bool {
	if c.raw.para != c.raw.last || !x.startsParagraph(c) || c.raw.end() < x.paras[c.raw.para].End-1 || !x.endsSentence(c) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(stripMarks(x.text[c.raw.start():c.raw.end()]))
	return unicode.IsUpper(r)
}

// quoteEndsParagraph reports whether the paragraph before candidate i ends
// with a quotation (so that i continues it).
func (x *extractor) quoteEndsParagraph(cands []cand, i int) bool {
	if i == 0 {
		return false
	}
	p := cands[i-1]
	if p.raw.last != cands[i].raw.para-1 {
		return false
	}
	end := x.paras[p.raw.last].End
	return p.after[1] == x.tokAt(end) && len(x.toks[p.after[0]:p.after[1]]) <= 12
}

// antecedent resolves a pronoun to the latest compatible named speaker,
// and says where that speaker was named.
func (x *extractor) antecedent(r ref, recent []event) (*Speaker, event) {
	switch r.pronoun {
	case "he", "she":
		if sp, pos, ok := x.possessorBefore(r, recent); ok {
			return sp, event{pos: pos, sp: *sp}
		}
		skipped := false
		for k := len(recent) - 1; k >= 0; k-- {
			if recent[k].described && !x.describedJustBefore(recent[k], r) && (!recent[k].one && !(recent[k].the && x.otherThanNamed(recent[k], recent[:k])) || x.paraOf(recent[k].pos) != x.paraOf(r.span.Start)) {
				// A description is "he" or "she" only in its own paragraph:
				// `"...?" said one former official. ..., he added.`, and
				// "the former mayor said he opposed it. "...," he said."
				// after a speaker the text gave another role; or in a
				// quote paragraph right after its own.
				continue
			}
			sp := recent[k].sp
			if isPair(sp) {
				continue // two people are no "he"
			}
			if sp.gender == genderUnknown {
				sp.gender = x.told[sp.Name]
			}
			if skipped && x.paraOf(recent[k].pos) < x.paraOf(r.span.Start)-maxPronounParas {
				// Past a person of the other gender, far back: no one.
				break
			}
			if sp.gender == genderUnknown && sp.Kind == "person" && sp.Named {
				// `Senator Hale snapped at a reporter after his speech.`:
				// "his" shows Hale's gender, so a later "she" is not Hale.
				sp.gender = x.genderShown(recent[k].pos, r.span.Start)
				skipped = skipped || !sp.gender.compatible(r.gender)
			}
			if sp.Kind == "person" && sp.gender.compatible(r.gender) {
				if sp.gender == genderUnknown && r.gender != genderUnknown {
					// "She said ..." after "Ada Brennan said": a later
					// "he" is someone else.
					x.told[sp.Name] = r.gender
				}
				return &sp, recent[k]
			}
		}
		if skipped {
			// The one heard last is of the other gender: a "she" the
			// text does not name is no one found further back.
			break
		}
		// No one else: the last person the text described speaking with
		// a word of the pronoun's gender, "The man told the website" then
		// "He told the Gazette:".
		for k := len(recent) - 1; k >= 0 && r.gender != genderUnknown; k-- {
			if sp := recent[k].sp; recent[k].described && sp.Kind == "person" && sp.gender == r.gender {
				return &sp, recent[k]
			}
		}
		// Nor a word of its gender: the last person described speaking
		// as "the" one, "The teacher told the paper he ..." then "He
		// said:" ("a student wrote" is someone else's paragraph only).
		for k := len(recent) - 1; k >= 0; k-- {
			if sp := recent[k].sp; recent[k].described && recent[k].the && sp.Kind == "person" && sp.gender.compatible(r.gender) {
				return &sp, recent[k]
			}
		}
	case "it":
		for k := len(recent) - 1; k >= 0; k-- {
			if recent[k].described {
				continue
			}
			sp := recent[k].sp
			if sp.Kind != "person" {
				return &sp, recent[k]
			}
		}
	case "they":
		// "their statements": the last body, or the many described,
		// reported speaking ("police claim ..."). A bare "they said" is
		// too often someone else to resolve, save after a pair named
		// speaking just before: "Judge Ada Holm and Judge Ivo Lund said
		// ..." then "They said:".
		if !strings.EqualFold(r.text, "their") {
			if k := len(recent) - 1; k >= 0 && isPair(recent[k].sp) && x.paraOf(recent[k].pos) >= x.paraOf(r.span.Start)-1 {
				sp := recent[k].sp
				return &sp, recent[k]
			}
			break
		}
		for k := len(recent) - 1; k >= 0; k-- {
			sp := recent[k].sp
			if sp.Kind == "organization" && !sp.Outlet || recent[k].described && manyPeople(sp.Name) {
				return &sp, recent[k]
			}
		}
	}
	return nil, event{}
}

// isPair reports whether sp is two people named together as one speaker.
func isPair(sp Speaker) bool {
	return sp.Kind == "person" && sp.Named && strings.Contains(sp.Name, " and ")
}

// maxPronounParas is how many paragraphs back a "he" or "she" reaches
// for its speaker past a person the text shows is of the other gender.
const maxPronounParas = 4

// otherThanNamed reports whether a definite description speaking, "the
// former mayor", is someone other than the last person named speaking
// before it: that person was given roles ("Tom Reddle, president of the
// Fen Trust"), none of them with the description's head word. A person
// given no role may well be "the longtime senator".
func (x *extractor) otherThanNamed(d event, before []event) bool {
	for k := len(before) - 1; k >= 0; k-- {
		sp := before[k].sp
		if !sp.Named || sp.Kind != "person" {
			continue
		}
		ws := strings.Fields(strings.ToLower(d.sp.Name))
		if len(sp.Roles) == 0 || len(ws) == 0 {
			return false
		}
		return !hasRoleWord(sp.Roles, ws[len(ws)-1])
	}
	return false
}

// hasRoleWord reports whether one of roles holds the word head, or its
// abbreviation: "Sen." for "senator", "Gov." for "governor".
func hasRoleWord(roles []string, head string) bool {
	for _, role := range roles {
		for _, w := range strings.Fields(strings.ToLower(role)) {
			w = strings.Trim(w, ".,")
			if w == head || len(w) >= 3 && strings.HasPrefix(head, w) {
				return true
			}
		}
	}
	return false
}

// roleBefore is the role a "he" or "she" is given in its own sentence
// before it, "During 14 years as governor, he ...": "governor"; "" if none.
func (x *extractor) roleBefore(r ref) string {
	k := x.tokAt(r.span.Start)
	for i := k - 1; i > 0 && !x.toks[i].sentenceEnd() && !x.lineBetween(i, i+1); i-- {
		if x.toks[i-1].low == "as" && x.toks[i].word && !x.toks[i].capitalised() && personWord(x.toks[i].low) && !isDeterminer(x.toks[i].low) {
			return x.toks[i].low
		}
	}
	return ""
}

// withRoleWord is the one person the article names with a title holding
// word before r ("ex-Tarnland Governor Ada Holm" for "governor"), with a
// gender that fits it.
func (ix nameIndex) withRoleWord(word string, r ref) (*Speaker, int, bool) {
	var found *fullName
	for _, fns := range ix.byLast {
		for i := range fns {
			fn := &fns[i]
			if fn.pos >= r.span.Start || !hasRoleWord([]string{fn.role, fn.appos, fn.before, fn.lead}, word) || !fn.gender.compatible(r.gender) {
				continue
			}
			if found != nil && found.name != fn.name {
				return nil, 0, false // two people held it
			}
			found = fn
		}
	}
	if found == nil {
		return nil, 0, false
	}
	return found.speaker(), found.pos, true
}

// byRoleWord is the latest person reported speaking before whose roles
// hold word, with a gender that fits r.
func byRoleWord(recent []event, word string, r ref) (*Speaker, event, bool) {
	for k := len(recent) - 1; k >= 0; k-- {
		sp := recent[k].sp
		if sp.Named && sp.Kind == "person" && sp.gender.compatible(r.gender) && hasRoleWord(sp.Roles, word) {
			return &sp, recent[k], true
		}
	}
	return nil, event{}, false
}

// possessorBefore is the person whose name, as a possessor, is the only
// name in the pronoun's own sentence before it, when no one is reported
// speaking in that sentence before the pronoun: `That was the origin of
// Ibbot's gaffe, when he said ...`, `During Ibbot's campaigns he called
// for ...`.
func (x *extractor) possessorBefore(r ref, recent []event) (*Speaker, int, bool) {
	k := x.tokAt(r.span.Start)
	start := k
	for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
		start--
	}
	if start == k {
		return nil, 0, false
	}
	if n := len(recent); n > 0 && recent[n-1].pos >= x.toks[start].s && recent[n-1].pos < r.span.Start {
		return nil, 0, false
	}
	if k-start > 2 && x.toks[start].low == "as" && x.toks[start+1].low == "for" {
		return nil, 0, false // "As for Holm's record, she said": the topic
	}
	var found *fullName
	for i := start; i < k; i++ {
		t := x.toks[i]
		if genderPronouns["he"][t.low] || genderPronouns["she"][t.low] {
			if found != nil && genderPronouns[r.pronoun][t.low] {
				break // "As Ibbot's fame grew she, too, ...: "...," she said": the possessor's
			}
			return nil, 0, false // "When he took the stage after Ibbot's speech, he said"
		}
		if !t.capitalised() || x.inQuote(t.s) {
			continue
		}
		w := t.lower()
		if len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 {
			continue
		}
		if !possessive(t.w) && i+1 < k && x.toks[i+1].capitalised() {
			continue // a first name: the run's last word decides
		}
		if !possessive(t.w) {
			return nil, 0, false // someone named, not as a possessor
		}
		fn, ok := x.names.full(w, t.s, r.gender)
		if !ok || fn.pos >= t.s && len(x.names.byFirst[w])+len(x.names.byLast[w]) > 1 || found != nil && found.name != fn.name {
			// (A first name the text gives in full only further on is
			// that one person's.)
			return nil, 0, false
		}
		found = &fn
	}
	if found == nil || !found.gender.compatible(r.gender) {
		return nil, 0, false
	}
	return found.speaker(), x.toks[start].s, true
}

// manyPeople reports whether a description names more than one person:
// "officials", "police", "local residents".
func manyPeople(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	return groupNouns[last]
}

// sentenceSubject resolves "he" or "she" to the person whose name opens
// the pronoun's own sentence, when the gender fits and no one is reported
// speaking in the sentence before the pronoun: `Ms. Odell drew cheers
// when, after her final number, she added the words, "..."`.
func (x *extractor) sentenceSubject(r ref, recent []event) *Speaker {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil
	}
	k := x.tokAt(r.span.Start)
	start := k
	for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
		start--
	}
	if start == k || isMarkToken(x.toks[start]) {
		return nil
	}
	if n := len(recent); n > 0 && recent[n-1].pos >= x.toks[start].s {
		return nil
	}
	var p personAt
	found := false
	for _, q := range x.names.persons {
		if q.pos >= x.toks[start].s && q.pos <= x.toks[min(start+1, k)].s {
			p, found = q, true
		}
		if q.pos > x.toks[start].s && q.pos < r.span.Start && q.last != p.last {
			return nil // someone else named in between
		}
	}
	if !found {
		return nil
	}
	j := x.tokAt(p.pos)
	for j < k && x.toks[j].lower() != p.last {
		j++
	}
	if j >= k || x.otherGenderBetween(j+1, k, r.pronoun) {
		// `Senator Hale snapped at a reporter after his speech when
		// she asked`: "his" is the subject's, so "she" is someone else.
		return nil
	}
	sp := x.speaker(analyse(x.text, x.toks[start:j+1]), p.pos)
	if sp.Kind != "person" || !sp.Named || !sp.gender.compatible(r.gender) || sp.gender == genderUnknown && x.told[sp.Name] != genderUnknown && !x.told[sp.Name].compatible(r.gender) {
		return nil
	}
	return &sp
}

// otherGenderBetween reports whether tokens [from, to) hold a pronoun of
// the gender other than pronoun's ("his" before "she").
func (x *extractor) otherGenderBetween(from, to int, pronoun string) bool {
	other := "she"
	if pronoun == "she" {
		other = "he"
	}
	for _, t := range x.toks[from:to] {
		if t.word && genderPronouns[other][t.low] {
			return true
		}
	}
	return false
}

// genderShown is the gender of the first "he"/"his"/"him" or
// "she"/"her" after the name at pos in its sentence, before until and
// before anyone else is named, or of a "He" or "She" opening the next
// sentence: the text's word for that person.
func (x *extractor) genderShown(pos, until int) gender {
	if g := x.genderInSentence(pos, until); g != genderUnknown {
		return g
	}
	// `Clara Voss said the town would dredge. She said ...`: the next
	// sentence, in the same paragraph, opens on the person it is about.
	i := x.tokAt(pos)
	for i < len(x.toks) && x.toks[i].s < until && !x.toks[i].sentenceEnd() && !isMarkToken(x.toks[i]) {
		i++
	}
	if i+1 >= len(x.toks) || !x.toks[i].sentenceEnd() || x.toks[i+1].s >= until || x.lineBetween(i, i+1) {
		return genderUnknown
	}
	switch x.toks[i+1].w {
	case "He":
		return genderMale
	case "She":
		return genderFemale
	}
	return genderUnknown
}

// genderInSentence is the gender a pronoun shows for the name at byte pos
// in the rest of its sentence, before until and anyone else named.
func (x *extractor) genderInSentence(pos, until int) gender {
	i := x.tokAt(pos)
	for i < len(x.toks) && x.toks[i].capitalised() {
		i++
	}
	for ; i < len(x.toks) && x.toks[i].s < until; i++ {
		t := x.toks[i]
		switch {
		case t.word && genderPronouns["he"][t.low]:
			return genderMale
		case t.word && genderPronouns["she"][t.low]:
			return genderFemale
		case t.sentenceEnd() || isMarkToken(t) || i > 0 && x.lineBetween(i-1, i) || t.low == "that":
			return genderUnknown
		case cueAt(x.toks, i) > 0 && !(i+1 < len(x.toks) && prepositions[x.toks[i+1].low]):
			// "Vell said the suspect ... his": the words reported are
			// about someone else.
			return genderUnknown
		case t.capitalised() && (len(x.names.byLast[t.lower()]) > 0 || len(x.names.byFirst[t.lower()]) > 0):
			return genderUnknown
		}
	}
	return genderUnknown
}

// kinOfSubject reports whether the name at byte pos is given as someone's
// kin or fellow, "his father King Abel", "her husband, Tom Reddle": a
// person the sentence names in passing, not its subject.
func (x *extractor) kinOfSubject(pos int) bool {
	j := x.tokAt(pos)
	for i := j - 1; i >= max(0, j-3); i-- {
		t := x.toks[i]
		if t.sentenceEnd() {
			return false
		}
		if t.low == "his" || t.low == "her" || t.low == "their" {
			return i+1 < j && kinWords[x.toks[i+1].low]
		}
	}
	return false
}

// kinWords are the words for a relative or close associate.
var kinWords = text.WordSet("father mother son daughter brother sister husband wife uncle aunt cousin nephew niece grandfather grandmother grandson granddaughter partner fiance fiancee boyfriend girlfriend stepfather stepmother")

func wordCount(s string) int { return len(strings.Fields(s)) }

// statementJustBefore is the speaker of the quotation just before
// quotation i in its paragraph when that one was given in a statement
// (`"...," the family said in a joint statement`) and i's pronoun is "it":
// the statement goes on, whatever outlet was named before.
func (x *extractor) statementJustBefore(cands []cand, i int, out []Mention, index map[int]int, r ref) *Speaker {
	if r.pronoun != "it" || i == 0 {
		return nil
	}
	p := &cands[i-1]
	k, ok := index[i-1]
	if !ok || p.raw.last != cands[i].raw.para || p.att.np == nil || out[k].Speaker == nil || out[k].Speaker.Outlet {
		return nil
	}
	if !hasDocNoun(p.post) && !hasDocNoun(p.pre) {
		return nil
	}
	return out[k].Speaker
}

// describedOpening reports whether the tokens from..to open a sentence with
// words that only describe the person named after them: no verb, no
// preposition, no punctuation ("Harbour newcomer and keen sailor").
func (x *extractor) describedOpening(from, to int) bool {
	if to-from > 8 {
		return false
	}
	for _, t := range x.toks[from:to] {
		if !t.word || prepositions[t.lower()] || cueAt(x.toks, x.tokAt(t.s)) > 0 || auxiliaries[t.lower()] || isDeterminer(t.lower()) && t.s != x.toks[from].s {
			return false
		}
	}
	return !hasVerb(x.toks[from:to])
}

// knownSurnameIn is the one surname in sent, set alone, of a person the
// text names in full elsewhere ("Then, Tapp had enough." after "Host Jim
// Tapp"); none when sent has none or two.
func (x *extractor) knownSurnameIn(sent []token) personAt {
	var who personAt
	for _, t := range sent {
		if !t.word || !t.capitalised() || len(x.names.byLast[t.lower()]) != 1 {
			continue
		}
		if who.last != "" && who.last != t.lower() {
			return personAt{}
		}
		who = personAt{pos: t.s, last: t.lower()}
	}
	return who
}

// subjectAfterOpening is the subject after a participle phrase that opens
// a sentence at toks[i] ("Writing in the Review, Jack Penrow raises"): the
// noun phrase after the phrase's comma when a name opens it; nil if none.
func (x *extractor) subjectAfterOpening(i int) []token {
	for k := i + 1; k < len(x.toks) && k <= i+15; k++ {
		t := x.toks[k]
		if t.sentenceEnd() || isMarkToken(t) || x.lineBetween(k-1, k) {
			return nil
		}
		if t.is(",") {
			// The capitalised run after the comma, past an owner's name:
			// "Ulby Law's Jack Penrow".
			from, end := k+1, k+1
			for end < len(x.toks) && end <= k+8 && x.toks[end].word && (x.toks[end].capitalised() || isInitial(x.toks[end])) {
				if possessive(x.toks[end].w) {
					from = end + 1
				}
				end++
			}
			if end-from < 2 || end < len(x.toks) && x.toks[end].word && x.toks[end].capitalised() {
				return nil
			}
			return x.toks[from:end]
		}
	}
	return nil
}

// describedJustBefore reports whether event e, one person described
// speaking ("an unnamed dock worker asked the mayor ..."), ends the
// paragraph right before the one pronoun r opens a quote in: `"...," he
// said` goes on with that person.
func (x *extractor) describedJustBefore(e event, r ref) bool {
	p := x.paraOf(r.span.Start)
	if !e.described || p == 0 || x.paraOf(e.pos) != p-1 || !e.one && !onePersonPlaced(e.sp.Name) {
		return false
	}
	q := x.tokAt(x.paras[p].Start)
	return q < len(x.toks) && isMarkToken(x.toks[q])
}

// onePersonPlaced reports whether a description names one person and the
// place they are in, "unnamed dock worker in the harbour office": a word
// for a person right before the first preposition, no plural before it.
func onePersonPlaced(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for k, w := range ws {
		if prepositions[w] {
			return k > 0 && personWord(ws[k-1]) && !strings.HasSuffix(ws[k-1], "s")
		}
	}
	return false
}

// bodyHeads are the heads of a body's name that "the <head>" points back
// to: "the society" after "the Humane Society of Wexcombe Bay".
var bodyHeads = text.WordSet(`society foundation institute association agency department committee commission
council organization organisation company trust`)

// bodyNamedBefore is the body the article last named with r's head word
// capitalised, when r is a bare "the society", "the foundation" and the
// like: `The Humane Society of Wexcombe Bay released a statement.` then
// `"...," the society said.` A body described with that word in between
// ("the Wexcombe regional council") leaves it unresolved.
func (x *extractor) bodyNamedBefore(r ref) (Speaker, bool) {
	if r.named || r.kind != "organization" || len(r.text) < 5 || !strings.EqualFold(r.text[:4], "the ") || strings.Contains(r.text[4:], " ") {
		return Speaker{}, false
	}
	head := strings.ToLower(r.text[4:])
	if !bodyHeads[head] {
		return Speaker{}, false
	}
	for j := x.tokAt(r.span.Start) - 1; j >= 0; j-- {
		t := x.toks[j]
		if t.lower() != head || x.inQuote(t.s) {
			continue
		}
		if !t.capitalised() {
			if j > 0 && !isDeterminer(x.toks[j-1].low) {
				// "the Donetsk regional council": another body, or the
				// same one, described; which the later "the council" is,
				// the text does not say.
				return Speaker{}, false
			}
			continue
		}
		from := x.nameRunStart(j)
		to := j + 1
		for to < len(x.toks) && !x.lineBetween(to-1, to) {
			if n := x.toks[to]; n.word && n.capitalised() {
				to++
			} else if (n.low == "of" || n.low == "for") && to+1 < len(x.toks) && x.toks[to+1].capitalised() {
				to += 2
			} else {
				break
			}
		}
		if to-from < 2 {
			continue
		}
		a := analyse(x.text, x.toks[from:to])
		if !a.ok() || !a.named || a.kind != "organization" || a.pronoun != "" {
			continue
		}
		sp := Speaker{Name: a.name, Kind: a.kind, Roles: r.roles, Named: true, written: a.name}
		return sp, true
	}
	return Speaker{}, false
}

// oneOfGroup names a bare "one" or "another" speaking after the text
// mentioned many of a kind, in its sentence or the one before: `Some
// traders ... , one said` is "one of the traders"; `Twitter accounts
// rushed to deny it, with one tweeting:` is "one of the Twitter
// accounts", a page. The group is the last plural of people or pages
// outside quotations, with the capitalised or hyphenated words before it,
// or the one word between it and a quantifier ("Some fish traders").
func (x *extractor) oneOfGroup(r ref) (Speaker, bool) {
	low := strings.ToLower(r.text)
	ordinal := strings.HasPrefix(low, "a ") && ordinalOne[low[2:]]
	if r.named || r.pronoun != "" || low != "one" && low != "another" && !ordinal {
		return Speaker{}, false
	}
	k := x.tokAt(r.span.Start)
	// "one" looks in its sentence and the one before; "another" and "a
	// third" one more sentence back for each "one" said before them.
	ends, most := 0, 2
	if low == "another" {
		most = 3
	} else if ordinal {
		most = 4
	}
	for j := k - 1; j >= 0 && ends < most && x.paraOf(x.toks[j].s) >= x.paraOf(r.span.Start)-1; j-- {
		t := x.toks[j]
		if t.sentenceEnd() && j < k-1 && !x.inQuote(t.s) {
			ends++
		}
		if !t.word || t.capitalised() || x.inQuote(t.s) || !groupNouns[t.low] && !pageNouns[t.low] && !pluralOfPerson(t.low) || !strings.HasSuffix(t.low, "s") && t.low != "people" && t.low != "men" && t.low != "women" && t.low != "children" {
			continue
		}
		from := j
		for from > 0 && j-from < 3 && x.toks[from-1].word && !quantifiers[x.toks[from-1].low] && !isDeterminer(x.toks[from-1].low) && (x.toks[from-1].capitalised() || strings.Contains(x.toks[from-1].w, "-")) {
			from--
		}
		if mods := j - 1; mods > 0 && x.toks[mods].word && !x.toks[mods].capitalised() && !prepositions[x.toks[mods].low] && mods-1 >= 0 && (quantifiers[x.toks[mods-1].low] || isDeterminer(x.toks[mods-1].low)) {
			from = mods // "Some fish traders": the noun before the plural, after a quantifier
		}
		group := spanText(x.text, x.toks[from:j+1])
		kind := "person"
		if pageNouns[t.low] {
			kind = "document"
		}
		if ordinal {
			// "a third Facebook user": "a third of the users" would read
			// as a share of them.
			one, ok := strings.CutSuffix(group, "s")
			if !ok || !strings.HasSuffix(t.low, "s") {
				return Speaker{}, false
			}
			return Speaker{Name: low + " " + one, Kind: kind, written: r.text}, true
		}
		return Speaker{Name: low + " of the " + group, Kind: kind, written: r.text}, true
	}
	return Speaker{}, false
}

// ordinalOne are the ordinals of "a second", "a third" ... of a group
// speaking.
var ordinalOne = text.WordSet("second third fourth fifth")

// pluralOfPerson reports whether w is the plural of a word for a person:
// "traders", "officials".
func pluralOfPerson(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(one) > 3 && !docNouns[one] && personWord(one)
}

// mayBe reports whether the pronoun of r may stand for sp: "it" is never a
// person the text names or describes by the sentence around it (`Lane gave
// readers a link to the clinic's page. "...," it says.` is the page).
func (r ref) mayBe(sp *Speaker) bool {
	return r.pronoun != "it" || sp == nil || sp.Kind != "person"
}

// surnameGivenBefore reports whether t is the surname of the one person
// the text named in full before it: "Dorsk" after "guide Hanna Dorsk".
func (ix *nameIndex) surnameGivenBefore(t token) bool {
	fns := ix.byLast[t.lower()]
	if !t.word || len(fns) == 0 || fns[0].pos >= t.s || len(ix.byFirst[t.lower()]) > 0 {
		return false
	}
	for _, fn := range fns[1:] {
		if fn.name != fns[0].name {
			return false
		}
	}
	return true
}

// titleAsSurname reports whether the title word run[k] is a surname: the
// last word of the run, right after a known first name ("Robert King",
// "Ana Bishop").
func titleAsSurname(run []token, k int) bool {
	return k > 0 && k == len(run)-1 && !strings.HasSuffix(run[k].w, ".") && knownFirstName(run[k-1])
}

// knownFirstName reports whether t is a first name the lexicon knows.
func knownFirstName(t token) bool { return firstNameGender(t.lower()) != genderUnknown }

// creditsStatement reports whether the cue at toks[i:i+n], its subject
// opening at toks[from], only credits the statement of a named speaker earlier in
// its sentence: `MP Ivo Castran stated that ..., Norland TradeLink
// reported.` The one reporting closes the sentence after a comma; a "he"
// after it is Castran, not the source that reported him.
func (x *extractor) creditsStatement(out []event, from, i, n int) bool {
	if w := x.toks[i].low; w != "reported" && w != "reports" || len(out) == 0 {
		return false
	}
	if from == 0 || !x.toks[from-1].is(",") || i+n >= len(x.toks) || !x.toks[i+n].sentenceEnd() {
		return false
	}
	start := from - 1
	for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
		start--
	}
	for k := len(out) - 1; k >= 0 && out[k].pos >= x.toks[start].s; k-- {
		if e := out[k]; e.pronoun == "" && e.sp.Named && e.sp.Kind == "person" {
			return true
		}
	}
	return false
}

// quoteOpening is the index of the token that opens the short quotation
// whose closing mark is toks[k], within its sentence and paragraph: "three
// loud bangs" in `said he heard "three loud bangs" that came`. -1 when the
// mark closes no such quotation.
func (x *extractor) quoteOpening(k int) int {
	for j := k - 1; j >= 0 && k-j <= maxPartialTokens; j-- {
		t := x.toks[j]
		if x.lineBetween(j, j+1) || t.sentenceEnd() {
			return -1
		}
		if isMarkToken(t) {
			if j == 0 || x.toks[j-1].sentenceEnd() || isMarkToken(x.toks[j-1]) {
				return -1
			}
			return j
		}
	}
	return -1
}

// maxPartialTokens is the longest quotation read as a few words inside a
// sentence.
const maxPartialTokens = 12

// roleHolder gives a definite description that speaks ("the sophomore
// said", "The council leader said") to the one person the text named
// before with that role, in an appositive or before the name (`Lena Voss,
// a sophomore from Carran,`, `Council leader Edwin Pellam`); and a
// description that varies a name with an age or a place ("the Kessport
// councillor", "the 61-year-old senator") to the person last reported
// speaking, in its paragraph or the three before, when no one else is
// named since and the text gave them no other role.
func (x *extractor) roleHolder(r ref, sp Speaker, recent []event) (*Speaker, bool) {
	if sp.Named || r.named || r.pronoun != "" {
		return nil, false
	}
	orig := strings.Fields(r.text)
	if len(orig) < 2 || len(orig) > 4 || !strings.EqualFold(orig[0], "the") {
		return nil, false
	}
	head := strings.ToLower(strings.Trim(orig[len(orig)-1], ".,;:"))
	switch {
	case len(head) < 5 || groupNouns[head] || docNouns[head] || outletHeads[head] || sp.Outlet:
		return nil, false
	case r.kind == "person" && (personWord(head) || monarchs[head] != nil):
	case r.kind == "organization" && (titles[head] || personNouns[head] || head == "leader"):
		// "The council leader": a person, though "council" names a body.
	default:
		return nil, false
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
	if out, ok := x.monarchBefore(head, r); ok {
		return out, true
	}
	varied := false
	for _, w := range orig[1 : len(orig)-1] {
		varied = varied || strings.HasSuffix(strings.ToLower(w), "-year-old") || unicode.IsUpper([]rune(w)[0]) && !titles[strings.ToLower(w)]
	}
	if !varied || r.kind != "person" {
		return nil, false
	}
	lo := x.paras[max(0, x.paraOf(r.span.Start)-3)].Start
	for k := len(recent) - 1; k >= 0; k-- {
		e := recent[k]
		if e.pos >= r.span.Start {
			continue
		}
		if e.pos < lo || e.described || e.pronoun != "" || !e.sp.Named || e.sp.Kind != "person" || !e.sp.gender.compatible(roleGender(head)) {
			return nil, false
		}
		if x.names.rivalBetween(e.pos, r.span.Start, e.sp.Name) || x.otherOffice(e.sp.Name, head, r.span.Start) {
			return nil, false
		}
		out := e.sp
		out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
		return &out, true
	}
	return nil, false
}

// otherOffice reports whether the text gives the person name, before byte
// pos, an office other than head ("Rep." for "the senator"); a role that
// is no office ("presidential candidate") leaves the senator possible.
func (x *extractor) otherOffice(name, head string, pos int) bool {
	for _, role := range x.rolesOf(name, pos) {
		for _, w := range strings.Fields(role) {
			if w = strings.Trim(w, ".,"); offices[w] && !hasRoleWord([]string{w}, head) {
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
		if !t.capitalised() || titles[strings.Trim(t.low, ".")] {
			continue
		}
		if !slices.ContainsFunc(quals, func(q string) bool { return strings.EqualFold(q, t.w) }) {
			return true
		}
	}
	return false
}

// monarchs are the titles "the monarch" stands for.
var monarchs = map[string][]string{"monarch": {"queen", "king", "emperor", "empress"}}

// monarchBefore gives "the monarch" (or "the queen") to the one royal the
// text names before r by title and given name ("Queen Adela"), written as
// that name speaking is ("Adela"), when it names no other.
func (x *extractor) monarchBefore(head string, r ref) (*Speaker, bool) {
	heads := monarchs[head]
	if heads == nil && slices.Contains(monarchs["monarch"], head) {
		heads = []string{head}
	}
	var out *Speaker
	for i := x.tokAt(r.span.Start) - 1; i > 0; i-- {
		t, name := x.toks[i-1], x.toks[i]
		if !t.capitalised() || !slices.Contains(heads, t.low) || !name.word || !name.capitalised() || name.opener {
			continue
		}
		if out != nil && out.Name != name.w {
			return nil, false
		}
		g := genderMale
		if t.low == "queen" || t.low == "empress" {
			g = genderFemale
		}
		out = &Speaker{Name: name.w, Kind: "person", Named: true, gender: g, written: name.w, Roles: []string{t.w, r.name}}
	}
	return out, out != nil
}

// roleOfAnother reports whether the description r ("the sophomore") is
// the role the text gave one other person than name, name having been
// given another: `Lena Voss, a sophomore,` ... `Police chief Dale Brandt
// said ...` then `"...," the sophomore said` is not Brandt.
func (x *extractor) roleOfAnother(r ref, name string) bool {
	ws := strings.Fields(strings.ToLower(r.text))
	if len(ws) == 0 {
		return false
	}
	head := strings.Trim(ws[len(ws)-1], ".,;:")
	holder, _, ok := x.names.withRoleWord(head, r)
	return ok && holder.Name != name && x.otherRole(name, head, r.span.Start)
}

// unnamedOnPurpose reports whether a description says its person is not
// named ("the neighbour, who wished to remain anonymous"): someone other
// than anyone the text names with that role.
func unnamedOnPurpose(desc string) bool {
	d := strings.ToLower(desc)
	for _, w := range []string{"anonymous", "anonymity", "unnamed", "not be named", "not to be named", "not be identified", "not to be identified"} {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// nounGoesOn reports whether s opens with a word in lower case that goes on
// the noun phrase before it ("class" of "a sophomore class"), rather than
// a verb, a preposition or a clause after it.
func nounGoesOn(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	w = strings.TrimRight(w, ".,;:")
	return nounHeads[w]
}

// nounHeads are nouns that a role word often stands before as a modifier.
var nounHeads = map[string]bool{"class": true, "year": true, "team": true, "group": true, "project": true,
	"trip": true, "dance": true, "party": true, "level": true, "position": true, "post": true, "role": true, "job": true}

// lowerBefore is the text before byte pos in lower case. The whole text is
// lowered once per article; when lowering changed its length (a letter
// whose lower case is longer, "İ"), offsets no longer line up and the part
// is lowered on its own.
func (x *extractor) lowerBefore(pos int) string {
	if x.lower == "" {
		x.lower = strings.ToLower(x.text)
	}
	if len(x.lower) != len(x.text) {
		return strings.ToLower(x.text[:pos])
	}
	return x.lower[:pos]
}

// introducedUnnamed reports whether the text before byte pos introduces
// someone by the words desc with an indefinite determiner ("a senior
// official", "another senior official"): "the senior official" is then
// that one, not a person named with the role.
func (x *extractor) introducedUnnamed(desc []string, pos int) bool {
	d := strings.ToLower(strings.Join(desc, " "))
	before := x.lowerBefore(pos)
	for _, det := range []string{"a ", "an ", "another ", "one "} {
		for from := 0; ; {
			i := strings.Index(before[from:], det+d)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i > 0 && (unicode.IsLetter(rune(before[i-1])) || unicode.IsDigit(rune(before[i-1]))) {
				continue // "Ana sophomore": not the determiner
			}
			if end := i + len(det) + len(d); end < len(before) && before[end] == ' ' && nounGoesOn(before[end+1:]) {
				continue // "a sophomore class": the words describe a thing, not someone
			}
			if end := i + len(det) + len(d); end < len(before) && (unicode.IsLetter(rune(before[end])) || unicode.IsDigit(rune(before[end]))) {
				continue // "a sophomores' ...", "a senior officials' ...": another word
			}
			if !strings.HasSuffix(before[:i], ", ") || strings.HasSuffix(before[:i], "\", ") {
				return true
			}
			// "Lena Voss, a sophomore": the appositive of a name, not someone unnamed
		}
	}
	return false
}
