package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

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
		from := x.sentenceFrom(end - 1)
		if x.paraOf(x.toks[from].s) < minPara {
			return nil
		}
		if !x.inQuote(x.toks[from].s) {
			if sp, ok := x.nameOpeningFor(x.toks[from:end], r.span.Start, r.gender); ok {
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
		named := x.analyse(x.toks[j : end+1])
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
			from := x.sentenceFrom(j)
			sentence = x.toks[from].s
		}
		who, at = &sp, p.pos
	}
	if who == nil || x.spokenBetween(at, r.span.Start, r.gender) {
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
		return roleWord(w)
	}
	return personWord(w)
}

// entPersons are the people whose word ends like an abstract noun's.
var entPersons = text.WordSet("resident residents student students agent agents assistant assistants attendant tenant tenants patient patients servant participant applicant migrant immigrant parent parents")

// spokenBetween reports whether anyone is reported speaking from byte a up
// to b outside quotations: then a pronoun of gender g after it is theirs
// to explain, unless the one speaking is of the other gender
// (otherGenderSpeaks: "Daniel Simone told reporters that ..." is not the
// "she" after it) or the cue is a request ("asked Manson to sign").
func (x *extractor) spokenBetween(a, b int, g gender) bool {
	for i := x.tokAt(a); i < len(x.toks) && x.toks[i].s < b; i++ {
		if !x.inQuote(x.toks[i].s) && cueAt(x.toks, i) > 0 && !deedAt(x.toks, i) && !x.mediumReports(i) && !x.otherGenderSpeaks(i, g) && !requestAt(x.toks, i) {
			return true
		}
	}
	return false
}

// requestAt reports whether the cue at token i asks or tells someone to
// do something ("asked Manson to sign", "told them to leave"): a request,
// no words reported.
func requestAt(toks []token, i int) bool {
	switch toks[i].low {
	case "asked", "asks", "told", "tells", "urged", "urges", "begged":
	default:
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].low == "to" {
			return j+1 < len(toks) && toks[j+1].word && !toks[j+1].capitalised() && !isDeterminer(toks[j+1].low)
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// otherGenderSpeaks reports whether the one speaking at the cue at token
// i is of a known gender other than g: "he" or "she" right before it, a
// person's surname right before it ("Simone told") or after "according
// to", of someone the text names in full with a given name of that
// gender.
func (x *extractor) otherGenderSpeaks(i int, g gender) bool {
	if i == 0 || g == genderUnknown {
		return false
	}
	p := x.toks[i-1]
	if x.toks[i].low == "according" && i+2 < len(x.toks) && x.toks[i+1].low == "to" {
		// "according to Simone": the name after it
		k := i + 2
		for k+1 < len(x.toks) && x.toks[k+1].word && x.toks[k+1].capitalised() && !x.lineBetween(k, k+1) {
			k++
		}
		return x.surnameOfOther(x.toks[k], g)
	}
	switch {
	case p.low == "he":
		return g == genderFemale
	case p.low == "she":
		return g == genderMale
	case x.lineBetween(i-1, i):
		return false
	}
	return x.surnameOfOther(p, g)
}

// surnameOfOther reports whether t is the last name of a person the text
// names in full with a gender known and other than g.
func (x *extractor) surnameOfOther(t token, g gender) bool {
	if !t.word || !t.capitalised() {
		return false
	}
	fn, ok := x.names.full(t.w, t.s, genderUnknown)
	return ok && lastWord(fn.name) == t.low && fn.gender != genderUnknown && fn.gender != g
}

// mediumReports reports whether the cue at token i is a medium's report
// of the story, `..., the website reported.`, `the Pellam Courier
// reports`: the outlet telling of the person named before, no one else
// speaking of her.
func (x *extractor) mediumReports(i int) bool {
	switch x.toks[i].low {
	case "reported", "reports":
	default:
		return false
	}
	if i == 0 {
		return false
	}
	p := x.toks[i-1]
	if mediumNouns[p.low] {
		return true
	}
	if !p.capitalised() || len(x.names.byLast[p.lower()]) > 0 {
		return false // "Smith reported": a person telling
	}
	j := i - 1
	for j > 0 && x.toks[j-1].capitalised() {
		j--
	}
	return j > 0 && x.toks[j-1].low == "the" || isOutlet(spanText(x.text, x.toks[j:i]))
}

// mediumNouns name a publication or a broadcaster: "the website reported".
var mediumNouns = text.WordSet("website site newspaper paper station channel broadcaster network magazine tabloid outlet daily")
