package quotes

import (
	"slices"
	"sort"
	"strings"

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
	// guessed: gender is a guess from the given name ("Shannon"), which
	// the article's own pronouns overrule (shownGenders).
	guessed bool
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
	// shown is the gender the article's pronouns give a full name.
	shown map[string]shownGender
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
	return ix.rivalOfGender(from, to, name, genderUnknown)
}

// rivalOfGender is rivalBetween for a pronoun of gender g: a person the
// text names in full with a given name of the other gender is no rival.
// With g unknown every other person is.
func (ix nameIndex) rivalOfGender(from, to int, name string, g gender) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, p := range ix.persons {
		if p.pos <= from || p.pos >= to || slices.Contains(words, p.last) {
			continue
		}
		if g != genderUnknown {
			if fn, ok := ix.full(p.last, p.pos, genderUnknown); ok && fn.gender != genderUnknown && fn.gender != g {
				continue
			}
		}
		return true
	}
	return false
}

// afterOrigin is run past a describing word (describingSuffix):
// "Norland-born Varden" before "actress" is no name, only "Varden" is
// left of it, and a word alone is no full name; "Ulby-based Tomas Rell"
// is Tomas Rell, "Varden Oscar-nominated" no one. A hyphenated
// surname, "Holm-Dahl", is not cut.
func afterOrigin(run []token) []token {
	for k := len(run) - 1; k >= 0; k-- {
		if h := strings.LastIndexByte(run[k].w, '-'); h > 0 && h+1 < len(run[k].w) && describingSuffix(run[k].w[h+1:]) {
			return run[k+1:]
		}
	}
	return run
}

// describingSuffix reports whether the part of a word after its hyphen
// makes it a description, never part of a name: "Norland-born",
// "Ulby-based", "Oscar-nominated", "Emmy-winning" (a surname's second
// part, "Holm-Dahl", is capitalised).
func describingSuffix(s string) bool {
	if s == "" || strings.ToLower(s) != s {
		return false
	}
	return originSuffixes[s] || strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ing")
}

// originSuffixes end a word telling where someone is from: "Norland-born".
var originSuffixes = text.WordSet("born bred native")

// buildNameIndex collects the capitalised runs outside quotations that read
// as a person's full name.
func buildNameIndex(text string, toks []token, raws []rawQuote) nameIndex {
	ix := nameIndex{byLast: map[string][]fullName{}, byFirst: map[string][]fullName{}, surnameGender: map[string]gender{}, byFirstAlone: map[string]bool{}, nicknames: map[string]fullName{}}
	titledAlone := map[string]bool{} // one-word names seen with a title: "Prince Anselm"
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
		run = afterOrigin(trimRun(run))
		if len(run) == 0 || inBodyName(toks, run) {
			continue
		}
		cut := 0
		var g gender
		for k, t := range run {
			lw := t.lower()
			if titleToken(t) && !titleAsSurname(run, k) {
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
			cut = nameStart(run, k == 0 || toks[k-1].sentenceEnd() || !toks[k-1].word || !affiliation[toks[k-1].low], k > 1 && roleTo(toks[k-2], toks[k-1]))
		} else {
			cut += firstNameAt(run[cut:])
		}
		name := afterOutletName(run[cut:])
		if len(name) == 0 || hasOrgWord(name) || isOutlet(spanText(text, name)) || orgAfterAnd(toks, j) || letterLabel(name) {
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

		if k := sort.Search(len(toks), func(k int) bool { return toks[k].s >= name[len(name)-1].e }); venueAfter(toks, k) || gatheringAfter(toks, k) {
			continue // "Cafe Lume, a bar near the quay", "the Ulby Dialogue, a security forum": a place or an event, no person
		}
		if (len(name) >= 2 && len(name) <= 4 || cut > 0) && !isPlace(spanText(text, name)) {
			ix.persons = append(ix.persons, personAt{pos: name[0].s, last: last})
			if len(name) == 1 {
				titledAlone[last] = true
			}
		} else if len(name) == 1 && cut == 0 && titledAlone[last] && !name[0].opener {
			// "Anselm" after "Prince Anselm": the one-word name of a person
			// given a title before, named again (a surname alone after
			// a full name is not listed: the rules that read persons
			// take a full name's later surname as the same person).
			ix.persons = append(ix.persons, personAt{pos: name[0].s, last: last})
		}
		if len(name) < 2 || len(name) > 4 || timeWords[name[0].lower()] {
			continue
		}
		guessed := false
		if g == genderUnknown {
			g = givenTokensGender(name)
			guessed = g != genderUnknown
		}
		written := spanText(text, name)
		if nick > 0 && name[0].s < toks[nick].s && toks[nickEnd].s <= name[len(name)-1].s {
			written = strings.TrimSpace(text[name[0].s:toks[nick].s]) + " " + text[toks[nickEnd].s:name[len(name)-1].e]
		}
		fn := fullName{name: cleanName(written), pos: name[0].s, gender: g, guessed: guessed, caps: isUpperWord(spanText(text, name))}
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
		if g == genderUnknown || guessed {
			// "Swedish actress Bahar Pars", "his wife Ada Lusk": the
			// article's word for the person, ahead of a given name's guess.
			for _, role := range [...]string{fn.role, fn.before, fn.lead} {
				if rg := roleGender(role); rg != genderUnknown {
					fn.gender, fn.guessed = rg, false
					break
				}
			}
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
	ix.shown = ix.shownGenders(text, toks, raws)
	ix.applyShown(ix.shown)
	return ix
}

// letterLabel reports whether name is a word and a single capital
// letter that is no given name and initial: "Plan B", "Generation Z",
// "Model S" name a thing, no person ("Malcolm X" keeps its given name).
func letterLabel(name []token) bool {
	if len(name) != 2 {
		return false
	}
	l := strings.TrimSuffix(name[1].w, ".") // "for Plan B." ends a sentence
	return len(l) == 1 && l[0] >= 'A' && l[0] <= 'Z' && firstNameGender(name[0].w) == genderUnknown
}

// venueAfter reports whether toks[k] opens an appositive that makes the
// name before it a place where people meet: ", a bar near the quay", ",
// a Calderan restaurant".
func venueAfter(toks []token, k int) bool {
	if k+2 >= len(toks) || !toks[k].is(",") || toks[k+1].low != "a" && toks[k+1].low != "an" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+5 && toks[j].word; j++ {
		if venueNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// gatheringAfter reports whether toks[k] opens an appositive whose head
// is a gathering ("the Ulby Dialogue, a regional security forum in
// Kessport"): the name before it is an event, no person. The noun must
// end the phrase ("a forum organiser" is a person).
func gatheringAfter(toks []token, k int) bool {
	if k+2 >= len(toks) || !toks[k].is(",") || toks[k+1].low != "a" && toks[k+1].low != "an" && toks[k+1].low != "the" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+5 && toks[j].word && !prepositions[toks[j].low]; j++ {
		// "Ada Holm, a member of the assembly": past "of", the head is behind
		if gatheringNouns[toks[j].low] {
			return j+1 == len(toks) || !toks[j+1].word || prepositions[toks[j+1].low] || relativeStops[toks[j+1].low]
		}
	}
	return false
}

// gatheringNouns are events a name may stand for.
var gatheringNouns = text.WordSet("forum conference summit festival convention symposium fair expo dialogue gathering congress assembly rally")

// venueNouns are places a name may stand for: "Cafe Lume, a bar".
var venueNouns = text.WordSet("bar cafe café restaurant hotel pub club nightclub shop store theatre theater venue hall stadium arena mall market gallery museum")
