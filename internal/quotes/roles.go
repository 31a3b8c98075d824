package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// subjectDescribed gives a definite description that speaks after the
// quotation ("the little fighter added") to the person whose name opens
// the sentence just before it, in its paragraph or ending the one before,
// when that sentence names no one else: `Benno, the youngest of the
// family, fought too.` then `"...," the little fighter added.` Not a
// description of someone else than the one quoted (anotherThanQuoted).
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
	head := ""
	if ws := strings.Fields(strings.ToLower(r.name)); len(ws) > 0 {
		head = ws[len(ws)-1]
	}
	if out, ok := x.nameOpening(sent, c.raw.start()); ok && !x.roleOfAnother(r, out.Name) && !x.anotherThanQuoted(head, r, out.Name) && !x.genderClash(r.name, *out) {
		out.Roles = dedupe(append(out.Roles, r.name))
		return out, true
	}
	// `Following the posts, Varga wrote a reply.` then `"...," the author
	// wrote`: the one the sentence before reports writing or speaking,
	// when no one else is named after them.
	if e, ok := lastEventIn(recent, sent[0].s, c.raw.start()); ok && e.sp.Named && e.sp.Kind == "person" && !x.names.rivalBetween(e.pos, c.raw.start(), e.sp.Name) && !x.roleOfAnother(r, e.sp.Name) && !x.anotherThanQuoted(head, r, e.sp.Name) && !x.genderClash(r.name, e.sp) {
		out := e.sp
		out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
		return &out, true
	}
	return nil, false
}

// genderClash reports whether the head of description desc names a sex
// ("the woman", "the boy's mother") other than the one known of sp: "the
// woman said" after "John Dempsey said" is someone else.
func (x *extractor) genderClash(desc string, sp Speaker) bool {
	g := x.told[sp.Name]
	if g == genderUnknown {
		// a first name borne by both sexes tells none: "Chris Tark
		// buried her husband" is a woman
		g = givenGender(strings.Fields(sp.Name))
	}
	ws := strings.Fields(strings.ToLower(desc))
	for i, w := range ws {
		if prepositions[w] {
			ws = ws[:i] // "the lawyer for the woman": the lawyer
			break
		}
	}
	if len(ws) == 0 || !sexedNouns[ws[len(ws)-1]] {
		return false // "the chairman", "the spokesman" are said of women too
	}
	d := roleWordGender(ws[len(ws)-1])
	return g != genderUnknown && d != genderUnknown && g != d
}

// sexedNouns are the heads of a description that tell a person's sex for
// certain ("the woman", "the boy's mother"); a title in "-man" does not.
var sexedNouns = text.WordSet("woman man girl boy mother father wife husband daughter son sister brother widow widower grandmother grandfather aunt uncle niece nephew lady actress")

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
	// The role and its country name the one person the paragraphs
	// before gave them to; failing that, the one person the text gave
	// them to anywhere before, matched more strictly (the role's own
	// word, a stem of six letters, no "former"): "Marovian PM Ivo Tark"
	// in the lead, "the Marovian leader said" ten paragraphs on.
	headWord := map[string]bool{head: true}
	holder := func(lo int, strict bool) (found *fullName, ambiguous bool) {
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
				leader := head == "leader" && anyWord(role, headOfState)
				if strict && (!sameCountryStrict(role, ws[0]) || !anyWord(role, headWord) && !leader || x.formerBefore(fn.pos)) {
					continue
				}
				if !strict && (!sameCountry(role, ws[0]) || !strings.Contains(role, head) && !leader) {
					continue
				}
				if found != nil && found.name != fn.name {
					return nil, true
				}
				found = fn
			}
		}
		return found, false
	}
	found, ambiguous := holder(x.paras[max(0, x.paraOf(r.span.Start)-2)].Start, false)
	if found == nil && !ambiguous {
		found, _ = holder(0, true)
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
var headOfState = text.WordSet("president leader premier pm prime chancellor king queen monarch emperor")

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

// sameCountryStrict is sameCountry with the adjective itself or a stem of
// six letters: "austr" is both Austria's and Australia's.
func sameCountryStrict(role, adj string) bool {
	for _, w := range strings.Fields(role) {
		if w == adj || len(adj) >= 6 && len(w) >= 6 && w[:6] == adj[:6] {
			return true // "irish", or "marovia" for "marovian"
		}
	}
	return false
}

// formerBefore reports whether a word for a role no longer held stands
// in the four words before byte pos, the start of a name: "Former
// Marovian President Ivo Tark".
func (x *extractor) formerBefore(pos int) bool {
	k := x.tokAt(pos)
	for _, t := range x.toks[max(0, k-4):k] {
		if t.low == "former" || strings.HasPrefix(t.low, "ex-") || t.low == "late" {
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
