package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

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
			if sp.Kind == "person" && sp.gender.compatible(r.gender) && x.paraOf(recent[k].pos) < x.paraOf(r.span.Start)-maxPronounParas {
				// `Holt said "...".` and, paragraphs on, `Actress Ilse
				// Morrow ... She told VT that "..."`: a speaker far
				// back is not "she" when a sentence since opens with
				// another person of her gender.
				if other := x.recentSubject(r); other != nil && other.Name != sp.Name {
					return other, event{pos: r.span.Start, sp: *other}
				}
			}
			if sp.Kind == "person" && sp.gender.compatible(r.gender) {
				if x.paraOf(recent[k].pos) < x.paraOf(r.span.Start) {
					if d := x.describedInParagraph(r); d != nil {
						// `spoke to one mother, who ...` in the
						// pronoun's own paragraph: she, not a
						// speaker heard before.
						return d, event{pos: r.span.Start, sp: *d}
					}
				}
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
			if x.paraOf(recent[k].pos) < x.paraOf(r.span.Start)-maxPronounParas {
				// A body last heard many paragraphs back is not the
				// "it" of a statement or group the text has turned to
				// since ("The notice ... said ... '...,' it said").
				break
			}
			if recent[k].described {
				if sp := recent[k].sp; sp.Kind == "organization" && !sp.Outlet && x.paraOf(recent[k].pos) >= x.paraOf(r.span.Start)-1 {
					// "the ferry line told families '...'." then "It
					// said:": the body just described speaking, not an
					// outlet credited before it.
					return &sp, recent[k]
				}
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
			if sp, e, ok := x.singularThey(r, recent); ok {
				return sp, e
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
	return x.sentenceSubjectOf(r, recent, false)
}

// sentenceSubjectOf is sentenceSubject; for a speech event's own "he"
// (event) the sentence must open with a surname alone (surnameOpening),
// of one the text named in full, with no clause of time or reason and no
// word for a person between: a full name may be a body's, a place's or a
// storm's (`Harbour Motors closed, and he said`), and `Brek watched from
// the stands as he told` or `Brek thanked the witness after he said` is
// someone else's.
func (x *extractor) sentenceSubjectOf(r ref, recent []event, event bool) *Speaker {
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
		// `Brek did not address the budget, but did criticize what he
		// called "..."`: a surname alone opening the sentence, of a
		// person named in full before it.
		if p, found = x.surnameOpening(start, k); !found {
			return nil
		}
		for _, q := range x.names.persons {
			if q.pos > p.pos && q.pos < r.span.Start && q.last != p.last {
				return nil // someone else named in between
			}
		}
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
	sp := x.speaker(x.analyse(x.toks[start:j+1]), p.pos)
	if sp.Kind != "person" || !sp.Named || !sp.gender.compatible(r.gender) || sp.gender == genderUnknown && x.told[sp.Name] != genderUnknown && !x.told[sp.Name].compatible(r.gender) {
		return nil
	}
	if event {
		if j != start {
			return nil
		}
		for _, u := range x.toks[j+1 : k] {
			if u.word && !u.capitalised() && (personWord(u.lower()) && !prepositions[u.low] || subordinators[u.low]) {
				return nil
			}
		}
	}
	return &sp
}

// singularThey reads "they said" as the one person named speaking in the
// sentence just before, in the same paragraph, when the text gives that
// person a spokesperson's role and no gender and speaks of no group or
// body in between: `Tam Orrin, a spokesperson for the port, confirmed
// that ... "...," they said in an email.`
func (x *extractor) singularThey(r ref, recent []event) (*Speaker, event, bool) {
	k := len(recent) - 1
	if k < 0 {
		return nil, event{}, false
	}
	e := recent[k]
	sp := e.sp
	if sp.Kind != "person" || !sp.Named || isPair(sp) || e.described || e.pronoun != "" || x.paraOf(e.pos) != x.paraOf(r.span.Start) {
		return nil, event{}, false
	}
	if g := sp.gender; g != genderUnknown || x.told[sp.Name] != genderUnknown || x.genderShown(e.pos, r.span.Start) != genderUnknown {
		return nil, event{}, false
	}
	if !speaksForSomeone(sp) {
		return nil, event{}, false // only a spokesperson's "they" is read as one person's
	}
	from, to := x.tokAt(e.pos), x.tokAt(r.span.Start)
	sentences := 0
	for i := from; i < to; i++ {
		t := x.toks[i]
		if t.sentenceEnd() {
			sentences++
		}
		if x.inQuote(t.s) || !t.word {
			continue
		}
		switch t.low {
		case "they", "we":
			return nil, event{}, false // people speaking or acting, whom the "they" may be
		case "he", "she", "him", "her", "his", "hers":
			return nil, event{}, false // a gender shown, or someone else
		}
		if !t.capitalised() && t.low != "people" && (groupNouns[t.low] || pluralOfPerson(t.low) || theyNouns[t.low] || len(t.low) > 4 && strings.HasSuffix(t.low, "men")) {
			return nil, event{}, false // "a young couple", "the fishermen": people the "they" may be
		}
		if t.low == "people" && i+1 < to && (auxiliaries[x.toks[i+1].low] || modals[x.toks[i+1].low] || cueAt(x.toks[:to], i+1) > 0) {
			return nil, event{}, false // "people were told": a subject of its own
		}
	}
	if sentences != 1 || len(strings.Fields(sp.Name)) < 2 {
		// The person speaks in the sentence before, named in full.
		return nil, event{}, false
	}
	return &sp, e, true
}

// theyNouns are singular words for several people: "a young couple".
var theyNouns = text.WordSet("couple team family crew band duo trio pair group staff")

// surnameOpening is the person whose surname alone opens the sentence at
// token start, before token k, when the text named that person in full
// before: "Brek" after "Tom Brek".
func (x *extractor) surnameOpening(start, k int) (personAt, bool) {
	t := x.toks[start]
	for _, u := range x.toks[start:k] {
		if isMarkToken(u) {
			return personAt{}, false // the sentence runs through quoted words: not the reporter's
		}
	}
	if start+1 >= k || !t.word || !t.capitalised() || possessive(t.w) || x.toks[start+1].capitalised() || x.toks[start+1].is("'s") || x.names.namesakes(t.lower()) || !x.possessiveAside(start+1, k) || !x.surnameUsedAlone(t.lower(), start) {
		return personAt{}, false
	}
	for _, u := range x.toks[start+1 : k] {
		if u.low == "him" || u.low == "her" && !isNextNoun(x.toks, x.tokAt(u.s)) {
			return personAt{}, false // `Brek fired him, and he told reporters`: "he" may be "him"
		}
	}

	r := x.analyse(x.toks[start : start+1])
	if !r.named || r.kind != "person" || r.pronoun != "" {
		return personAt{}, false
	}
	if sp := x.speaker(r, t.s); !strings.Contains(sp.Name, " ") || lastWord(sp.Name) != t.lower() {
		return personAt{}, false
	}
	for _, q := range x.names.persons {
		if q.pos < t.s && q.last == t.lower() {
			return personAt{pos: t.s, last: q.last}, true
		}
	}
	return personAt{}, false
}

// surnameUsedAlone reports whether the text calls someone by the surname
// last alone somewhere other than token at, inside a sentence ("One
// thing Young would push off", "..., Tark said"), and never writes it in
// lower case: the short form it uses for a person, not a common word
// that only opens a sentence ("Hope is fading", "the frost came").
func (x *extractor) surnameUsedAlone(last string, at int) bool {
	alone := false
	for k, t := range x.toks {
		if t.lower() != last {
			continue
		}
		if !t.capitalised() {
			return false
		}
		if k > 0 && k != at && !x.toks[k-1].sentenceEnd() && !x.lineBetween(k-1, k) && !x.toks[k-1].capitalised() && !isMarkToken(x.toks[k-1]) {
			alone = true
		}
	}
	return alone
}

// possessiveAside reports whether tokens from k on open an aside set off
// by commas that holds "his" or "her", before token end: "Young, in his
// testimony, did not address ...". Only such a surname opens its sentence
// as a person's name for certain; "Hope has faded", "Bush, scrub and
// grass burned" and "Hope, he said, is" do not.
func (x *extractor) possessiveAside(k, end int) bool {
	if k >= end || !x.toks[k].is(",") {
		return false
	}
	owned := false
	for j := k + 1; j < end && j <= k+6; j++ {
		switch t := x.toks[j]; {
		case t.is(","):
			return owned && j > k+2
		case t.low == "his" || t.low == "her":
			owned = true
		case !t.word || t.capitalised() || cueVerbs[t.low] || pronouns[t.low]:
			return false
		}
	}
	return false
}

// subordinators open a clause of time, place, reason or contrast, whose
// "he" may be someone else than the sentence's subject.
var subordinators = text.WordSet("as while when whenever after before where because since until unless whereas though although once if")

// isNextNoun reports whether the token after k is a lower-case word that
// "her" at k would qualify ("her side"), so "her" is a possessive there.
func isNextNoun(ts []token, k int) bool {
	return k+1 < len(ts) && ts[k+1].word && !ts[k+1].capitalised() && !prepositions[ts[k+1].low] && !clauseStarts[ts[k+1].low]
}
