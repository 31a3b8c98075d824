package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// Two articles may tell one act with two doers: "flight attendants killed
// the scorpion" / "the woman stomped the scorpion to death". An act is a
// verb in the past ("killed"; "stomped ... to death" is killing) and its
// object's head noun ("scorpion"); its doer is the subject just before
// the verb. Precision first, two doers are told apart only when they
// cannot be one: descriptions of other head nouns, one of several people
// ("flight attendants", "the crew") and one of one person ("the woman",
// a word that names a person; "the report" does not):
// "the passenger" and "the woman" may be one person, a name and a
// description too, and "the woman and her son" is a doer of its own
// that includes "the woman". A pronoun ("she"), a subject after a
// preposition ("the head of the crew"), a passive, a negated, hedged or
// conditional clause and a quotation tell no doer. A second verb joined
// by "and" in one clause has the first's doer, and its "it" the first's
// object: "The woman brushed the scorpion away and killed it".

// agency is one sentence's telling of who did an act.
type agency struct {
	unit     int
	act      [2]string // the verb's lemma and the object's head: kill, scorpion
	head     string    // the doer's head noun, as a lemma
	from     int       // the doer's first token ("flight attendants"); head is its last
	at       int       // the head's token
	verb     int       // the verb's token
	plural   bool      // the doer is several people ("attendants", "crew")
	singular bool      // the doer is one person ("the woman", "a passenger")
}

// collectiveNouns name several people in the singular: "the crew killed".
// A family, a couple, a team or a group may hold the one person another
// article names, so none is a side.
var collectiveNouns = lemmaSet("crew staff police personnel army military troops")

// appendAgencies appends to out the acts sentence u (unit ui) tells with
// their doers.
func appendAgencies(out []agency, s string, u *unit, ui int) []agency {
	if u.quoted || u.question {
		return out
	}
	toks := u.toks
	for v := 1; v < len(toks); v++ {
		if !pastVerb(toks[v]) || saying[toks[v].low] || reportVerbs[toks[v].lemma] {
			continue
		}
		if n := len(out); toks[v-1].low == "and" && n > 0 && out[n-1].unit == ui {
			if a, ok := secondAct(s, toks, out[n-1], v); ok {
				out = append(out, a)
			}
			continue
		}
		h := v - 1
		if !doerHead(s, toks, h, v) {
			continue
		}
		from, det := doerStart(s, toks, h)
		if open, rel := clauseOpen(s, toks, from); rel && open >= from-1 {
			continue // "the deckhands who found the woman killed": the woman is found, not the doer
		}
		if from > 0 && prepositions[toks[from-1].low] {
			continue // "the head of the crew killed": the head did
		}
		if from > 0 && (toks[from-1].low == "and" || toks[from-1].low == "or" || toks[from-1].low == "&" ||
			strings.Contains(s[toks[from-1].end:toks[from].start], "&")) {
			continue // "the woman and her son killed it": a doer of its own
		}
		if m := moodAt(s, toks, from, v); !m.asserts() || m.hedged || negatedAt(s, toks, v) {
			continue
		}
		of, end := objectSpan(s, toks, v)
		if end == of {
			continue
		}
		verb := actVerb(toks, v, end)
		end = objectHeadEnd(toks, of, end)
		t := toks[h]
		plural := collectiveNouns[t.lemma] || t.low != t.lemma && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") ||
			irregularPlural[t.low]
		singular := !plural && (det == "the" || det == "a" || det == "an") && !t.capital && outsiders[t.lemma]
		plural = plural && !outsiders[t.lemma] && !irregularPlural[t.low]
		if !plural && !singular {
			continue // a doer that cannot be told apart from any other
		}
		out = append(out, agency{unit: ui, act: [2]string{verb, toks[end-1].lemma}, head: t.lemma, from: from, at: h, verb: v,
			plural: plural, singular: singular})
	}
	return out
}

// actVerb is the act of the verb at toks[v] whose object ends before
// toks[end]: its lemma, or killing for "stomped the scorpion to death".
func actVerb(toks []token, v, end int) string {
	if end+1 < len(toks) && toks[end].low == "to" && toks[end+1].low == "death" {
		return lemma("kill")
	}
	return toks[v].lemma
}

// objectHeadEnd is where the object [of, end) ends before a particle
// after it ("brushed the scorpion away": the scorpion).
func objectHeadEnd(toks []token, of, end int) int {
	for end > of+1 && particles[toks[end-1].low] {
		end--
	}
	return end
}

// secondAct reads a second verb joined by "and" to the act prev of the
// same clause, at toks[v]: the same doer, and "it" is prev's object ("The
// woman brushed the scorpion away and killed it": she killed the
// scorpion). No comma or other clause may come between.
func secondAct(s string, toks []token, prev agency, v int) (agency, bool) {
	for k := prev.verb + 1; k < v; k++ {
		if gapBreaks(s, toks[k-1].end, toks[k].start) || strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",;—–(") ||
			k < v-1 && (clauseBreak[toks[k].low] || pronouns[toks[k].low]) {
			return agency{}, false
		}
	}
	if m := moodAt(s, toks, prev.from, v); !m.asserts() || m.hedged || negatedAt(s, toks, v) {
		return agency{}, false
	}
	of, end := objectSpan(s, toks, v)
	a := prev
	a.verb = v
	switch {
	case end > of:
		a.act = [2]string{actVerb(toks, v, end), toks[objectHeadEnd(toks, of, end)-1].lemma}
	case v+1 < len(toks) && toks[v+1].low == "it":
		a.act = [2]string{actVerb(toks, v, v+2), prev.act[1]}
	default:
		return agency{}, false
	}
	return a, true
}

// doerStart is where the doer whose head is toks[h] starts: past its
// modifiers, a count ("two deckhands") and a determiner, which it returns.
func doerStart(s string, toks []token, h int) (int, string) {
	from := h
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		t := toks[k]
		if gapBreaks(s, t.end, toks[k+1].start) || strings.ContainsAny(s[t.end:toks[k+1].start], ",—–(") ||
			t.lemma == "" && !t.num || isVerbish(toks, k) || saying[t.low] {
			break
		}
		from = k
	}
	if from > 0 && determiners[toks[from-1].low] && !gapBreaks(s, toks[from-1].end, toks[from].start) {
		return from - 1, toks[from-1].low
	}
	return from, ""
}

// outsiders name one person by who they are, not by a trade or a tie
// that could make them one of a group acting ("an officer" of "police",
// "the mother" of "the family", "a crewman" of "the crew"): a doer "the
// woman" cannot be "flight attendants", "an officer" can be "police". A
// group of them ("passengers", "residents") may hold the one, so neither
// side of a conflict is such a plural. "The report" or "the board" is no
// person at all.
var outsiders = lemmaSet(`woman man boy girl child teen teenager passenger victim suspect resident
	student neighbour neighbor hiker hunter stranger customer visitor tourist bystander witness`)

// irregularPlural are plurals not written with -s.
var irregularPlural = text.WordSet("people men women children")

// pastVerb reports whether t reads as a verb in the past: "killed",
// "found".
func pastVerb(t token) bool {
	if t.lemma == "" || t.num || t.capital {
		return false
	}
	if r, ok := irregular[t.low]; ok {
		return r != t.low && !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "en") && !beForms[t.low] && t.low != "had" && t.low != "did"
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// doerHead reports whether toks[h] can be the head noun of the doer of
// the verb at toks[v] just after it: a content word, not a pronoun, a
// figure or a verb, in the same clause.
func doerHead(s string, toks []token, h, v int) bool {
	t := toks[h]
	if t.lemma == "" || t.num || pronouns[t.low] || isVerbish(toks, h) || beForms[t.low] || auxForms[t.low] {
		return false
	}
	return !gapBreaks(s, t.end, toks[v].start) && strings.TrimSpace(s[t.end:toks[v].start]) == ""
}

// cannotBeOne reports whether two doers of one act cannot be the same:
// other head nouns, one of several people and the other of one person.
func cannotBeOne(a, b agency) bool {
	if a.head == b.head {
		return false
	}
	return a.plural && b.singular || a.singular && b.plural
}
