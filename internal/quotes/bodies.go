package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// describedBodies maps the head of a bare description of a body ("the
// agency") to the heads of the names it stands for: "the agency" after "the
// National Harbour Safety Administration" or "the Bureau of Meteorology",
// "the society" after "the Humane Society of Wexcombe Bay", "the company"
// after "Tallis Records" or "Orrin Productions".
var describedBodies = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, h := range strings.Fields(`society foundation institute association agency department committee
commission council organization organisation trust alliance league federation union college university
network board authority`) {
		m[h] = map[string]bool{h: true}
	}
	m["agency"] = text.WordSet("agency administration bureau commission service department office authority board ministry")
	m["company"] = companyEnds
	m["firm"] = companyEnds
	m["label"] = text.WordSet("records label music")
	m["studio"] = text.WordSet("studio studios pictures films")
	m["group"] = text.WordSet("group coalition alliance")
	m["coalition"] = text.WordSet("coalition alliance")
	return m
}()

// companyEnds end the name of a business: "Tallis Records", "Orrin
// Productions", "Vey Holdings".
var companyEnds = text.WordSet(`company co co. inc inc. corp corp. corporation ltd llc plc records productions
studios holdings industries airlines airways partners capital entertainment media pictures`)

// bodyNamedBefore is the body the article last named with a head that r,
// a bare "the agency", "the society" and the like, stands for: `The
// Humane Society of Wexcombe Bay released a statement.` then `"...," the
// society said.` Words before the head must be in the name too: "the
// production company" is "Orrin Productions", not the "Tallis Records"
// named after it. A body described with r's own head in lower case in
// between ("the Wexcombe regional council") leaves it unresolved: which
// one the later "the council" is, the text does not say.
func (x *extractor) bodyNamedBefore(r ref) (Speaker, bool) {
	if r.named || r.kind != "organization" || len(r.text) < 5 || !strings.EqualFold(r.text[:4], "the ") {
		return Speaker{}, false
	}
	words := strings.Fields(strings.ToLower(r.text[4:]))
	if len(words) > 3 {
		return Speaker{}, false
	}
	head, modifiers := words[len(words)-1], words[:len(words)-1]
	names := describedBodies[head]
	if names == nil {
		return Speaker{}, false
	}
	for _, m := range modifiers {
		if !isLowerWord(m) {
			return Speaker{}, false
		}
	}
	var found *ref
	lowest := x.paraOf(r.span.Start) - bodyParas
	for j := x.tokAt(r.span.Start) - 1; j >= 0 && x.paraOf(x.toks[j].s) >= lowest; j-- {
		t := x.toks[j]
		if x.inQuote(t.s) || !names[t.lower()] && !(unnamedBodies[t.lower()] && !t.capitalised()) {
			continue
		}
		if !t.capitalised() {
			if x.newBodyAt(j) {
				// "the Donetsk regional council", "formed a group", "hired
				// a contractor": another body, or the same one, described
				if found != nil {
					break
				}
				return Speaker{}, false
			}
			continue // "the group", "the music label": one met before
		}
		from := x.nameRunStart(j)
		to := j + 1
		for to < len(x.toks) && !x.lineBetween(to-1, to) {
			if n := x.toks[to]; n.word && n.capitalised() {
				to++
			} else if (n.low == "of" || n.low == "for" || n.low == "on") && to+1 < len(x.toks) && x.toks[to+1].capitalised() {
				to += 2 // "the Commission on Wartime Contracting"
			} else {
				break
			}
		}
		if n := x.toks[min(j+1, len(x.toks)-1)]; j+1 < to && n.low != "of" && n.low != "for" && n.low != "on" {
			continue // "the Ostland Public Records Office": an office, not a label
		}
		if to-from < 2 || !namesAll(x.toks[from:to], modifiers) {
			continue
		}
		a := x.analyse(x.toks[from:to])
		if !a.ok() || !a.named || a.kind != "organization" || a.pronoun != "" {
			continue
		}
		if found == nil {
			found = &a
			lowest = max(lowest, x.paraOf(t.s)-2)
			j = from
			continue
		}
		if !oneBodyNamed(found.name, a.name) {
			return Speaker{}, false // two bodies the noun fits: which one, the text does not say
		}
		j = from
	}
	if found == nil {
		return Speaker{}, false
	}
	return Speaker{Name: found.name, Kind: found.kind, Roles: r.roles, Named: true, written: found.name}, true
}

// newBodyAt reports whether the lower-case noun of a body at token j
// brings in a body of its own: after "a" or "another" ("hired a
// contractor"), with a name or no determiner before it ("the Donetsk
// regional council", "residents' group"), not after "the", "that" or
// "this" and words in lower case ("the music label"), nor in an
// appositive after a name ("Dask Partners, a law firm,"). A name, a
// participle or a relative clause after the noun makes it a new one
// whatever comes before: "the militant group Velt Dawn", "the theatre
// company opening the festival".
func (x *extractor) newBodyAt(j int) bool {
	if n := j + 1; n < len(x.toks) && x.toks[n].word && (x.toks[n].capitalised() && !timeWords[x.toks[n].low] || isGerund(x.toks[n]) || x.toks[n].low == "that" || x.toks[n].low == "which" || x.toks[n].low == "who") {
		return true // "the militant group Velt Dawn", "the theatre company opening the festival"
	}
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		t := x.toks[i]
		switch {
		case t.low == "the" || t.low == "that" || t.low == "this" || t.low == "its" || t.low == "their":
			return false
		case (t.low == "a" || t.low == "an") && i >= 2 && x.toks[i-1].is(",") && x.toks[i-2].capitalised():
			return false // "Dask Partners, a law firm,": the body named, described
		case !t.word || t.capitalised() || isDeterminer(t.low):
			return true
		}
	}
	return true
}

// oneBodyNamed reports whether two names of bodies are one body's: every
// word of the shorter is in the longer, a misspelt ending aside ("Humane
// Society" and "Human Society of Tampa Bay").
func oneBodyNamed(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.ContainsFunc(wb, func(v string) bool {
			return v == w || len(w) >= 4 && len(v) >= 4 && (strings.HasPrefix(v, w) || strings.HasPrefix(w, v))
		}) {
			return false
		}
	}
	return true
}

// bodyParas is how many paragraphs back a bare "the company" looks for
// the body it stands for.
const bodyParas = 10

// unnamedBodies bring in a body the text does not name ("hired a
// contractor", "The tour operator that sold the packages"): a later
// "the company" may be that one.
var unnamedBodies = text.WordSet(`company firm group contractor operator business maker label studio agency
organisation organization charity union coalition developer builder manufacturer supplier retailer chain`)

// isLowerWord reports whether w is a word of letters or hyphens.
func isLowerWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLower(c) && c != '-' {
			return false
		}
	}
	return w != ""
}

// namesAll reports whether each of the modifiers is a word of the name
// run, or its plural: "production" in "Orrin Productions".
func namesAll(run []token, modifiers []string) bool {
	for _, m := range modifiers {
		if !slices.ContainsFunc(run, func(t token) bool { return t.lower() == m || t.lower() == m+"s" }) {
			return false
		}
	}
	return true
}

// nameRunStart is the first token of the capitalised run that ends at
// token j, on its line and in its sentence, without a determiner before it.
func (x *extractor) nameRunStart(j int) int {
	from := j
	for from > 0 && x.toks[from-1].word && x.toks[from-1].capitalised() && !x.lineBetween(from-1, from) && !x.toks[from-1].sentenceEnd() {
		from--
	}
	for from < j && isDeterminer(x.toks[from].low) {
		from++
	}
	return from
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

// bodyOfItsVoice is the body a spokesman's or a statement's phrase
// names before its noun: "a Foreign Office statement said", "a Carran
// Council spokeswoman said" speak for the Foreign Office and Carran
// Council, a spokesman's noun kept as the role. A name the text gives a
// person ("a Lund spokesman", "President Varga") is not the body: the
// spokesman speaks for Lund but is not Lund.
func (x *extractor) bodyOfItsVoice(r ref, pos int) (Speaker, bool) {
	ws := strings.Fields(r.name)
	if r.named || r.pronoun != "" || len(ws) < 2 || len(ws) > 5 {
		return Speaker{}, false
	}
	head := strings.ToLower(ws[len(ws)-1])
	if !spokesRoles[head] && head != "statement" && head != "release" {
		return Speaker{}, false
	}
	body := ws[:len(ws)-1]
	for _, w := range body {
		if !unicode.IsUpper([]rune(w)[0]) || possessive(w) {
			return Speaker{}, false
		}
	}
	name := strings.Join(body, " ")
	last := strings.ToLower(body[len(body)-1])
	if _, ok := x.names.full(body[len(body)-1], pos, genderUnknown); ok || len(x.names.byLast[last]) > 0 || len(x.names.byFirst[last]) > 0 || x.titledAnywhere(last) {
		return Speaker{}, false
	}
	if timeWords[strings.ToLower(body[0])] {
		return Speaker{}, false // "a Monday statement"
	}
	if len(body) == 1 && !isUpperWord(body[0]) && !isPlace(body[0]) && !isOutlet(body[0]) && x.acronyms()[body[0]] == "" && x.mentionCounts()[last] < 2 {
		// "a Kellan spokesman": a surname as often as a body; one word
		// is a body as an acronym, a place, an outlet, or a word the
		// text writes again outside quotations (never as a person's:
		// the name checks above)
		return Speaker{}, false
	}
	sp := Speaker{Name: name, Kind: "organization", Named: true, Outlet: isOutlet(name), written: r.name}
	if spokesRoles[head] {
		sp.Roles = []string{head}
	}
	return sp, true
}

// titledAnywhere reports whether the text writes the word, in lower case
// w, right after a title ("Mr Varga", "President Varga"): a person's name.
func (x *extractor) titledAnywhere(w string) bool {
	for i := 1; i < len(x.toks); i++ {
		if x.toks[i].lower() == w && titleToken(x.toks[i-1]) {
			return true
		}
	}
	return false
}
