package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// canSpeak reports whether speaker i may stand on a side of a conflict: a
// person or a named body that can speak, not a news outlet, a place, the
// title of a work or a fragment of a sentence ("Plus", "The Pinebridge",
// "R-Fla.", "Harbour.com").
func (ss *speakerSet) canSpeak(i int) bool {
	if i < 0 {
		return false
	}
	s := ss.list[i]
	if !s.Named || s.Outlet || isOutlet(s.Name) || isPlace(s.Name) {
		return false
	}
	f := strings.Fields(s.Name)
	if len(f) == 0 || len(f) == 1 && groupNouns[strings.ToLower(f[0])] {
		return false // "Officials", "Passengers": a sentence-initial capital, not a name
	}
	if s.Kind == "document" {
		return true // "a statement from Vermont corrections"
	}
	for k, w := range f {
		lw := strings.ToLower(stripPossessive(strings.Trim(w, ".,")))
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.Contains(lw, ".com") || strings.Contains(lw, ".org") || strings.Contains(lw, ".net") || strings.Contains(lw, ".co."):
			return false // a website
		case partyTag(w):
			return false // "R-Fla."
		case pronouns[lw] || numberWords[lw] || sentenceOpeners[lw] || timeWords[lw]:
			return false // "Two", "Plus", "Tuesday", "What"
		case k == 0 && (isDeterminer(lw) || clauseStarts[lw] || prepositions[lw]):
			return false
		case k > 0 && unicode.IsUpper(r) && titleSmallWords[lw]:
			return false // a title: "Meet The Harbor", "A Final Word For The Harbor"
		case s.Kind == "person" && !unicode.IsUpper(r) && !nameParticles[lw] && !nameParticles[strings.SplitN(lw, "-", 2)[0]] && !isInitial(token{w: w, word: true}):
			return false // a description, not a name ("al-Karimi" is one)
		}
	}
	return true
}

// partyTag reports whether w is a party and state tag: "R-Fla.", "D-NY".
func partyTag(w string) bool {
	return len(w) >= 3 && strings.ContainsRune("RDI", rune(w[0])) && w[1] == '-' && unicode.IsUpper(rune(w[2]))
}

// sentenceOpeners are capitalised words that open a sentence or a line of
// copy and are never a name.
var sentenceOpeners = text.WordSet(`plus update updated breaking developing editor editors note watch video photo
photos exclusive meanwhile however also still now then here there today yesterday tonight earlier later
read related advertisement listen what who why how which whose`)

// groupNouns name people without naming anyone.
var groupNouns = text.WordSet(`officials authorities police residents witnesses experts doctors critics analysts
sources investigators prosecutors neighbours neighbors passengers protesters organisers organizers scientists
researchers students parents fans locals lawmakers leaders militants rebels relatives friends family families
observers diplomats insiders aides staff workers employees officers troops soldiers villagers viewers users
people others many some firefighters rescuers paramedics economists legislators regulators
campaigners volunteers teachers lawyers activists crew women men children`)

// titleSmallWords are written in lower case inside a name, capitalised only
// in the title of a work.
var titleSmallWords = text.WordSet("the a an of and to in on for with at or but from by")

// isPlace reports whether name is a country, a state or a large city: a
// place is where words are said, not who says them.
func isPlace(name string) bool {
	n := strings.ToLower(strings.Join(strings.Fields(name), " "))
	n = strings.TrimPrefix(n, "the ")
	if strings.HasSuffix(n, ".") && stateAbbrevs[strings.TrimSuffix(n, ".")] {
		return true // "a young woman from Tampa, Fla.,": the state, written short
	}
	n = strings.TrimSuffix(stripPossessive(n), ".")
	return places[n]
}

// stateAbbrevs are the short forms of American states that news style
// writes after a town, "Calif.", "N.Y.", read as places only with their
// full stop (and none a title: "Miss." and "Mo." are left out).
var stateAbbrevs = text.WordSet(`ala ariz ark calif colo conn fla ga ill ind kan kans ky md mass mich minn
mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt wash w.va wis wyo d.c`)

// placeLastWords are the last words of the places of more than one word
// ("jersey", "korea"): a name of several words is looked up as a place only
// when it ends with one, which spares the lookup for most names.
var placeLastWords = func() map[string]bool {
	m := map[string]bool{}
	for p := range places {
		if f := strings.Fields(p); len(f) > 1 {
			m[f[len(f)-1]] = true
		}
	}
	return m
}()

var places = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(placeNames, ",") {
		if p = strings.TrimSpace(p); p != "" {
			m[p] = true
		}
	}
	return m
}()

const placeNames = `afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia,
botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, chad, chile, china,
colombia, congo, costa rica, croatia, cuba, cyprus, czech republic, denmark, djibouti, dominica, ecuador, egypt,
el salvador, eritrea, estonia, ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece,
grenada, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland,
israel, italy, jamaica, japan, jordan, kazakhstan, kenya, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon,
lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali,
malta, mauritania, mauritius, mexico, moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar, burma,
namibia, nepal, netherlands, holland, new zealand, nicaragua, niger, nigeria, north korea, south korea, korea,
norway, oman, pakistan, palestine, panama, papua new guinea, paraguay, peru, philippines, poland, portugal, qatar,
romania, russia, rwanda, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia,
somalia, south africa, south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan,
tajikistan, tanzania, thailand, togo, tonga, tunisia, turkey, turkmenistan, uganda, ukraine, united arab emirates,
uae, united kingdom, uk, u.k, britain, great britain, england, scotland, wales, northern ireland, united states,
us, u.s, usa, u.s.a, america, uruguay, uzbekistan, venezuela, vietnam, yemen, zambia, zimbabwe, europe, asia,
africa, middle east, latin america, gaza, west bank, crimea, kurdistan, vatican,
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho,
illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota,
mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york state,
north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota,
tennessee, texas, utah, vermont, virginia, west virginia, wisconsin, wyoming, ontario, quebec, alberta,
british columbia, new south wales, queensland, victoria state,
london, paris, berlin, moscow, beijing, tokyo, washington, new york, new york city, los angeles, chicago,
houston, miami, boston, seattle, san francisco, atlanta, dallas, baghdad, damascus, kabul, tehran, cairo,
jerusalem, tel aviv, istanbul, ankara, kiev, kyiv, rome, madrid, brussels, geneva, dubai, riyadh, mosul,
raqqa, aleppo, tampa, orlando, sydney, toronto, mumbai, delhi, new delhi, hong kong, seoul, pyongyang`

// abbreviates reports whether acr is formed from the starts of words, in
// order, each word giving at least one letter: "centcom" for "central
// command", "nrlf" for "northern river liberation front".
func abbreviates(acr string, words []string) bool {
	if acr == "" {
		return len(words) == 0
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	for n := 1; n <= len(w) && n <= len(acr); n++ {
		if acr[:n] != w[:n] {
			break
		}
		if abbreviates(acr[n:], words[1:]) {
			return true
		}
	}
	return false
}

// nameWords are the lower-case words of a name that identify it (no
// determiners or linking words).
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(stripPossessive(w), ".,")
		if w == "" || isDeterminer(w) || titleSmallWords[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// speaksFor reports whether person p speaks for body o: a role of p names
// o or its acronym ("HASCOM spokesman", "a spokesman at Harbor Safety
// Command", "Dr. Mira Okafor of Lakeview Dental Group").
func speaksFor(p, o Speaker) bool {
	if p.Kind != "person" || o.Kind == "person" {
		return false
	}
	var ow []string
	for _, w := range nameWords(o.Name) {
		if !isPlace(w) && !docNouns[w] && w != "from" {
			ow = append(ow, w) // "US Harbor Safety Command" is Harbor Safety Command; "statement from X" is X
		}
	}
	if len(ow) == 0 {
		return false
	}
	for _, r := range p.Roles {
		rw := nameWords(r)
		if containsWords(rw, ow) {
			return true
		}
		for _, w := range rw {
			if len(w) >= 2 && len(ow) >= 2 && abbreviates(w, ow) {
				return true
			}
			if len(ow) == 1 && len(ow[0]) >= 2 && len(w) >= 2 && abbreviates(ow[0], rw) {
				return true
			}
		}
	}
	return false
}

// containsWords reports whether every word of want is in have.
func containsWords(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameBody reports whether two bodies' names are one written two ways:
// an acronym and its words, or acronyms one of which starts the other
// ("NR", "NRL", "NRLF").
func sameBody(a, b Speaker) bool {
	if a.Kind == "person" || b.Kind == "person" {
		return false
	}
	wa, wb := nameWords(a.Name), nameWords(b.Name)
	if len(wa) == 1 && len(wb) == 1 && isUpperWord(a.Name) && isUpperWord(b.Name) {
		return strings.HasPrefix(wa[0], wb[0]) || strings.HasPrefix(wb[0], wa[0])
	}
	return len(wa) == 1 && len(wb) >= 2 && abbreviates(wa[0], wb) || len(wb) == 1 && len(wa) >= 2 && abbreviates(wb[0], wa)
}

func isUpperWord(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && s == strings.ToUpper(s) && s != strings.ToLower(s)
}

// capitalisedAll reports whether every word of ws opens with a capital or a digit.
func capitalisedAll(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return len(ws) > 0
}
