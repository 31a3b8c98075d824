package claims

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Two articles may tell one act with two doers: "flight attendants killed
// the scorpion" / "the woman stomped the scorpion to death". An act is a
// verb in the past ("killed"; "stomped ... to death" is killing) and its
// object's head noun ("scorpion"); its doer is the subject just before
// the verb. Precision first, two doers are told apart only when they
// cannot be one: descriptions of other head nouns, one of several people
// ("flight attendants", "the crew") and one of one person ("the woman"):
// "the passenger" and "the woman" may be one person, a name and a
// description too, and "the woman and her son" is a doer of its own
// that includes "the woman". A pronoun ("she"), a subject after a
// preposition ("the head of the crew"), a passive, a negated, hedged or
// conditional clause and a quotation tell no doer.

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
var collectiveNouns = lemmaSet("crew staff police team personnel army military troops family couple group")

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
		h := v - 1
		if !doerHead(s, toks, h, v) {
			continue
		}
		from, det := doerStart(s, toks, h)
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
		verb := toks[v].lemma
		if end+1 < len(toks) && toks[end].low == "to" && toks[end+1].low == "death" {
			verb = lemma("kill") // "stomped the scorpion to death"
		}
		t := toks[h]
		plural := collectiveNouns[t.lemma] || t.low != t.lemma && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") ||
			irregularPlural[t.low]
		singular := !plural && (det == "the" || det == "a" || det == "an") && !t.capital && onePerson(t)
		if !plural && !singular {
			continue // a doer that cannot be told apart from any other
		}
		out = append(out, agency{unit: ui, act: [2]string{verb, toks[end-1].lemma}, head: t.lemma, from: from, at: h, verb: v,
			plural: plural, singular: singular})
	}
	return out
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

// personNouns name one person: a doer "the woman" is someone, "the
// report" or "the board" is not.
var personNouns = lemmaSet(`woman man boy girl child teen teenager passenger driver pilot officer
	victim suspect attacker mother father wife husband son daughter owner resident worker student
	teacher doctor nurse guard soldier attendant captain neighbour neighbor friend hunter hiker
	farmer fisherman gunman stranger customer employee visitor tourist bystander witness`)

// onePerson reports whether t names one person (personNouns, or a word
// in -man or -woman: "gunman", "spokeswoman").
func onePerson(t token) bool {
	return personNouns[t.lemma] || strings.HasSuffix(t.low, "man") || strings.HasSuffix(t.low, "woman")
}

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

// confAgent is the confidence of an agent conflict: two descriptions of
// doers, sure enough to show but no figure's certainty.
const confAgent = 0.55

// agentConflicts finds acts two articles give to doers who cannot be one
// (see agency): the sides are the doers, each with the articles that
// name it; an article naming both is on neither side.
func (st *story) agentConflicts() []found {
	var all []agency
	for ui := range st.units {
		if u := &st.units[ui]; !u.post {
			all = appendAgencies(all, st.arts[u.art].Text, u, ui)
		}
	}
	// the acts in order of first telling, each act's tellings in order
	first := map[[2]string]int{}
	for k, a := range all {
		if _, ok := first[a.act]; !ok {
			first[a.act] = k
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return first[all[i].act] < first[all[j].act] })
	var out []found
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].act == all[i].act {
			j++
		}
		as, act := all[i:j], all[i].act
		i = j
		if !st.someApart(as) {
			continue
		}
		head := map[int]string{}  // article -> the doer's head it names
		several := map[int]bool{} // articles naming two doers
		for _, a := range as {
			art := st.units[a.unit].art
			if h, ok := head[art]; ok && h != a.head {
				several[art] = true
			}
			head[art] = a.head
		}
		// the doers' heads, most told first, each with its tellings
		kinds := map[string][]agency{}
		var heads []string
		for _, a := range as {
			if several[st.units[a.unit].art] {
				continue
			}
			if kinds[a.head] == nil {
				heads = append(heads, a.head)
			}
			kinds[a.head] = append(kinds[a.head], a)
		}
		sort.SliceStable(heads, func(i, j int) bool { return len(kinds[heads[i]]) > len(kinds[heads[j]]) })
		if x, y, ok := st.firstApart(heads, kinds); ok {
			out = append(out, st.agentConflict(act, st.agentSide(kinds[x], kinds[y]), st.agentSide(kinds[y], kinds[x])))
		}
	}
	return out
}

// apart reports whether two tellings of one act give doers who cannot be
// one (cannotBeOne) and tell it alike (alike).
func (st *story) apart(a, b agency) bool {
	return cannotBeOne(a, b) && st.alike(a, b)
}

// alike reports whether two tellings of one act, in two articles, may
// tell it of one thing ("temporary permit" / "annual permit" are two)
// on one day.
func (st *story) alike(a, b agency) bool {
	ua, ub := &st.units[a.unit], &st.units[b.unit]
	if ua.art == ub.art || otherDay(ua.figs, ub.figs) {
		return false
	}
	return sameObject(objectAfter(st.arts[ua.art].Text, ua.toks, a.verb), objectAfter(st.arts[ub.art].Text, ub.toks, b.verb))
}

// someApart reports whether two of as are apart: else there is no
// conflict to look for.
func (st *story) someApart(as []agency) bool {
	for i, a := range as {
		for _, b := range as[i+1:] {
			if st.apart(a, b) {
				return true
			}
		}
	}
	return false
}

// firstApart is the first pair of heads, in order, with tellings apart.
func (st *story) firstApart(heads []string, kinds map[string][]agency) (string, string, bool) {
	for i, x := range heads {
		for _, y := range heads[i+1:] {
			for _, a := range kinds[x] {
				for _, b := range kinds[y] {
					if st.apart(a, b) {
						return x, y, true
					}
				}
			}
		}
	}
	return "", "", false
}

// agentSide is the side of the tellings as of one doer's head that tell
// the act alike with some telling of others, the other head's, one per
// article, worded by the first: once "flight attendants" cannot be "the
// woman", "an attendant" is on their side.
func (st *story) agentSide(as, others []agency) *side {
	sd := &side{}
	for _, a := range as {
		art := st.units[a.unit].art
		if containsInt(sd.arts, art) || !slices.ContainsFunc(others, func(b agency) bool { return st.alike(a, b) }) {
			continue
		}
		if sd.value == "" {
			sd.value = st.snippet(&st.units[a.unit], a.from, a.at+1)
		}
		sd.arts = append(sd.arts, art)
		sd.units = append(sd.units, a.unit)
	}
	return sd
}

// agentConflict builds the conflict of two doers of one act.
func (st *story) agentConflict(act [2]string, x, y *side) found {
	sortByArticle(x)
	sortByArticle(y)
	f := st.makeConflict(corroborate.ConflictName, -1, []*side{x, y})
	obj := act[1]
	u := &st.units[x.units[0]]
	what := obj
	for _, t := range u.toks {
		if t.lemma == obj {
			what = t.low
		}
	}
	f.conflict.About = fmt.Sprintf("who %s the %s", st.verbWord(u, act), what)
	f.conflict.Note = fmt.Sprintf("Articles give different doers: %q (%s) vs %q (%s).", x.value, st.who(x.arts), y.value, st.who(y.arts))
	f.conflict.Confidence = confAgent
	return f
}

// verbWord is the verb of act as unit u writes it ("killed"), or its
// lemma.
func (st *story) verbWord(u *unit, act [2]string) string {
	verb := act[0]
	if verb == lemma("kill") {
		return "killed"
	}
	for _, t := range u.toks {
		if t.lemma == verb && pastVerb(t) {
			return t.low
		}
	}
	return verb
}
