package claims

import (
	"fmt"
	"slices"
	"sort"

	"github.com/corroborate/corroborate"
)

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
