package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// describedAntecedent is the person a "he" or "she" that found no one
// stands for when a sentence before it, in its paragraph or the four
// before (maxPronounParas), opens with a description of one person of the pronoun's gender
// and the text names no one it could be since: `The girl, whose name
// cannot be published, attacked Ivo Marsk.` ¶ `She said Marsk had lied.` ¶
// `"...," she said.` is the girl. A sentence opening with a kin word and a
// name gives the one named ("Tarrow's mother Edith Tarrow released a
// video pleading with Omar Vask", the names after it its objects); sentences opening with the same pronoun carry the walk back;
// one opening with a name, or a name of a fitting or unknown gender
// between, ends it with no one.
func (x *extractor) describedAntecedent(r ref) *Speaker {
	if r.pronoun != "he" && r.pronoun != "she" {
		return nil
	}
	k := x.tokAt(r.span.Start)
	lo := x.paras[max(0, x.paraOf(r.span.Start)-maxPronounParas)].Start
	for i := k - 1; i >= 0 && x.toks[i].s >= lo; i-- {
		if i > 0 && !x.toks[i-1].sentenceEnd() && !x.lineBetween(i-1, i) || x.inQuote(x.toks[i].s) || isMarkToken(x.toks[i]) {
			continue
		}
		end := i
		for end < k && !x.toks[end].sentenceEnd() && (end == i || !x.lineBetween(end-1, end)) {
			end++
		}
		sent := x.toks[i:end]
		if len(sent) == 0 {
			continue
		}
		if genderPronouns[r.pronoun][sent[0].low] {
			continue // "She said Marsk had lied to her.": the same one, further back
		}
		for _, t := range sent {
			if deadWords[t.low] {
				return nil // "The teacher, who died on Sunday, ...": spoken of, not speaking
			}
		}
		if sp := x.kinNamed(sent); sp != nil {
			if !sp.gender.compatible(r.gender) || x.fittingNameBetween(x.toks[end-1].e, r, sp.Name) {
				return nil
			}
			return sp
		}
		np := describedOpeningWith(sent, true)
		if np == nil {
			for j := 1; j+1 < len(sent) && np == nil; j++ {
				if sent[j].low == "but" && !sent[j+1].capitalised() {
					np = describedOpeningWith(sent[j+1:], true) // "... have not been named but the teacher gave an interview"
				}
			}
		}
		if np == nil {
			if sent[0].capitalised() {
				// A sentence about someone named, or something: the one
				// named may be the object of others' act ("Officers
				// arrested Sasha Vell"), so no one.
				return nil
			}
			continue
		}
		if notPersonWords[np[len(np)-1].low] {
			continue // "The water rose in minutes"
		}
		desc := x.analyse(np)
		if x.fittingNameBetween(sent[0].s, r, "") || desc.named || desc.kind != "person" && desc.kind != "" || !roleGender(desc.text).compatible(r.gender) {
			return nil
		}
		desc.kind = "person"
		sp := x.speaker(desc, np[0].s)
		if sp.Named {
			return nil
		}
		return &sp
	}
	return nil
}

// deadWords tell that a person described has died.
var deadWords = text.WordSet("died dead killed murdered slain")

// kinNamed is the person named right after a possessor's kin word opening
// sentence ts, after a short time phrase: "Last week, Tarrow's mother
// Edith Tarrow released a video" is Edith Tarrow; nil if none.
func (x *extractor) kinNamed(ts []token) *Speaker {
	for j := 0; j < len(ts) && j < 4; j++ {
		if ts[j].is(",") {
			ts = ts[j+1:] // "Last week,"
			break
		}
	}
	if len(ts) < 4 || !possessive(ts[0].low) || !kinWords[ts[1].low] {
		return nil
	}
	n := 2
	for n < len(ts) && ts[n].capitalised() {
		n++
	}
	if n < 4 || n >= len(ts) || !ts[n].word {
		return nil
	}
	r := x.analyse(ts[2:n])
	if !r.named || r.kind != "person" || r.pronoun != "" {
		return nil
	}
	sp := x.speaker(r, ts[2].s)
	if g := roleWordGender(ts[1].low); sp.gender == genderUnknown {
		sp.gender = g
	}
	return &sp
}

// fittingNameBetween reports whether a person other than name is named
// from byte from up to pronoun r with a gender that fits it, or none
// known: then the pronoun may be that person.
func (x *extractor) fittingNameBetween(from int, r ref, name string) bool {
	for _, p := range x.names.persons {
		if p.pos < from || p.pos >= r.span.Start || name != "" && strings.HasSuffix(strings.ToLower(name), p.last) {
			continue
		}
		fn, ok := x.names.full(p.last, p.pos, genderUnknown)
		if ok && fn.gender == genderUnknown {
			fn.gender = x.genderShown(fn.pos, r.span.Start) // "Khoza ... while he was drinking"
		}
		if !ok || fn.gender.compatible(r.gender) {
			return true
		}
	}
	return false
}

// opensWithPronoun reports whether quote text opens with a form of the
// third-person pronoun p ("She was ...", "His ..."): the quote speaks of
// the one p stands for.
func opensWithPronoun(text, p string) bool {
	f := strings.Fields(text)
	return len(f) > 0 && genderPronouns[p][strings.ToLower(strings.Trim(f[0], `"'“‘,.`))]
}
