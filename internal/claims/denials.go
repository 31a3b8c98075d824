package claims

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// negationConflicts pairs each denial with sentences of other articles that
// state the same thing plainly: the same subject and copula or verb, or the
// same verb governing the denied noun, with shared context.
func (st *story) negationConflicts() []found {
	type occ struct {
		group int
		n     negation
	}
	byKey := map[string][]occ{}
	var keys []string
	for gi := range st.groups {
		u := &st.units[st.groups[gi].units[0]]
		s := st.arts[u.art].Text
		for _, n := range st.den.negationsOf(st.groups[gi].units[0]) {
			if !denialMood(s, u.toks, n).asserts() {
				continue // a condition, a question or a negated frame denies nothing
			}
			k := n.kind + "|" + n.subj + "|" + strings.Join(n.phrase, " ") + "|" + strings.Join(n.preds, " ")
			if byKey[k] == nil {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], occ{gi, n})
		}
	}
	if len(keys) == 0 {
		return nil
	}
	// groups by the lemmas they hold, to find plain statements quickly
	byLemma := map[string][]int{}
	for gi := range st.groups {
		u := &st.units[st.groups[gi].units[0]]
		for k, t := range u.toks {
			if t.lemma != "" && (k == 0 || !containsTokLemma(u.toks[:k], t.lemma)) {
				byLemma[t.lemma] = append(byLemma[t.lemma], gi)
			}
		}
	}
	cluOf := st.clusterOfUnit()
	var out []found
	seen := map[string]bool{}
	for _, key := range keys {
		occs := byKey[key]
		n := occs[0].n
		nu := &st.units[st.groups[occs[0].group].units[0]]
		neg := &side{value: st.snippet(nu, n.from, n.to)}
		negGroups := map[int]bool{}
		for _, o := range occs {
			negGroups[o.group] = true
		}
		pos := &side{}
		posCluster := -1
		conf := 0.0
		used := map[int]bool{} // denials found about the same thing as some statement
		var cand []int
		if n.kind == "noun" {
			for _, p := range n.preds {
				for l := range predLemmas(p) {
					cand = append(cand, intersect(byLemma[n.phrase[0]], byLemma[l])...)
				}
			}
			sort.Ints(cand)
		} else {
			cand = intersect(byLemma[n.phrase[0]], byLemma[lemma(n.subj)])
			if h := harmNouns[n.phrase[0]]; h != "" && n.kind == "be" {
				cand = append(cand, intersect(byLemma[h], byLemma[lemma(n.subj)])...)
				sort.Ints(cand)
			}
		}
		for _, o := range occs {
			st.addArticles(neg, o.group)
		}
		for ci, gi := range cand {
			if negGroups[gi] || (ci > 0 && cand[ci-1] == gi) || !st.groupBeyond(gi, neg.arts) {
				continue
			}
			pu := &st.units[st.groups[gi].units[0]]
			var m match
			c := 0.0
			for k, o := range occs {
				if k >= 5 && (used[k] || c >= confNegation) {
					continue // enough read for this statement
				}
				nu := &st.units[st.groups[o.group].units[0]]
				if mk, ok := st.states(pu, nu, o.n); ok {
					ck := st.sameStatement(pu, mk, nu, o.n)
					if ck > 0 {
						used[k] = true
					}
					if ck > c {
						m, c = mk, ck
					}
				}
			}
			if c == 0 {
				continue
			}
			if pos.value == "" || c > conf {
				end := m.to
				if m.agent < 0 {
					end = st.valueEnd(pu, n, m.to)
				}
				pos.value = st.snippet(pu, m.from, end)
				posCluster = cluOf[st.groups[gi].units[0]]
			}
			conf = max(conf, c)
			st.addArticles(pos, gi)
		}
		if len(pos.arts) == 0 {
			continue
		}
		pos.arts, pos.units = minus(pos.arts, pos.units, neg.arts)
		if len(pos.arts) == 0 {
			continue
		}
		// the denying side: the denials that deny what the statements say
		// (another object of the same verb is another matter)
		neg = &side{}
		for k, o := range occs {
			if used[k] {
				if neg.value == "" {
					ou := &st.units[st.groups[o.group].units[0]]
					end := st.valueEnd(ou, o.n, o.n.to)
					if o.n.show > 0 {
						end = max(end, o.n.show)
					}
					neg.value = st.snippet(ou, o.n.from, end)
				}
				st.addArticles(neg, o.group)
			}
		}
		sk := strings.Join(n.phrase, " ") + "|" + fmt.Sprint(pos.arts) + "|" + fmt.Sprint(neg.arts)
		if seen[sk] {
			continue
		}
		seen[sk] = true
		f := st.makeConflict(corroborate.ConflictNegation, posCluster, []*side{pos, neg})
		f.conflict.About = "whether " + lowerArticle(strings.TrimPrefix(st.negationAbout(n, pos), "whether "))
		f.conflict.Confidence = conf
		what := strings.TrimPrefix(f.conflict.About, "whether ")
		f.conflict.Note = fmt.Sprintf("states %s (%s) / denies it (%s)", what, st.who(pos.arts), st.who(neg.arts))
		out = append(out, f)
	}
	return out
}

// valueEnd is where a side's quoted value ends: after the verb's object
// for a denied verb ("did not behead the journalist").
func (st *story) valueEnd(u *unit, n negation, to int) int {
	if n.kind != "verb" {
		return to
	}
	end := objectEnd(st.arts[u.art].Text, u.toks, to)
	if end == to && to < len(u.toks) && (objectPronouns[u.toks[to].low] || u.toks[to].low == "it") {
		end++ // "has not accused him"
	}
	return end
}

// phraseStart is where the noun phrase with its word at toks[k] starts:
// the whole name or phrase ("Port Arden", "the Orlin warehouse").
func phraseStart(toks []token, k int) int {
	for x := 0; x < 3 && k > 0 && toks[k-1].lemma != "" && !toks[k-1].num && !verbLike(toks, k-1) &&
		toks[k-1].end+1 == toks[k].start; x++ {
		k--
	}
	if k > 0 && toks[k-1].low == "the" {
		k--
	}
	return k
}

// lowerArticle writes a sentence-opening article in lower case, for text
// set inside a sentence: "The state has agreed" -> "the state has agreed".
func lowerArticle(s string) string {
	if w, rest, ok := strings.Cut(s, " "); ok && (w == "The" || w == "A" || w == "An") {
		return strings.ToLower(w) + " " + rest
	}
	return s
}

// groupBeyond reports whether group gi has a sentence in an article not in
// arts: an article that states both values is on neither side.
func (st *story) groupBeyond(gi int, arts []int) bool {
	for _, ui := range st.groups[gi].units {
		if !containsInt(arts, st.units[ui].art) {
			return true
		}
	}
	return false
}

func containsTokLemma(toks []token, l string) bool {
	for _, t := range toks {
		if t.lemma == l {
			return true
		}
	}
	return false
}

// predLemmas lists the lemmas a folded verb key stands for.
func predLemmas(key string) map[string]bool {
	if key != "give" {
		return map[string]bool{key: true}
	}
	return giveVerbs
}

// intersect returns the values in both ascending lists.
func intersect(a, b []int) []int {
	var out []int
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}

// addArticles adds the articles of group gi to sd, once each.
func (st *story) addArticles(sd *side, gi int) {
	for _, ui := range st.groups[gi].units {
		a := st.units[ui].art
		if !containsInt(sd.arts, a) {
			sd.arts = append(sd.arts, a)
			sd.units = append(sd.units, ui)
		}
	}
	sortByArticle(sd)
}

// sortByArticle orders sd's articles, and their units with them, by
// article index.
func sortByArticle(sd *side) {
	order := make([]int, len(sd.arts))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return sd.arts[order[i]] < sd.arts[order[j]] })
	arts, units := make([]int, len(order)), make([]int, len(order))
	for i, k := range order {
		arts[i], units[i] = sd.arts[k], sd.units[k]
	}
	sd.arts, sd.units = arts, units
}

// minus removes from arts (and the matching units) the articles in drop.
func minus(arts, units, drop []int) ([]int, []int) {
	var a2, u2 []int
	for i, a := range arts {
		if !containsInt(drop, a) {
			a2 = append(a2, a)
			u2 = append(u2, units[i])
		}
	}
	return a2, u2
}

// match is where a sentence plainly states what a negation denies.
type match struct {
	from, to int // token range quoted as the side's value
	at       int // the statement's head: the copula, the verb or the verb governing the noun
	subj     int // the subject's token, -1 when none was read
	// agent is, for a passive ("was accused ... by Vale"), the doer's
	// token after "by", -1 otherwise; subj is then what it is said of
	agent int
}

// passiveAgent is, when the verb at toks[v] is a passive participle after
// a form of "be" ("has been accused of assault by Nora Vale"), the last
// word of the doer's name after "by" in the same clause, else -1. The doer
// must be written with capitals: "by the river" names no doer.
func passiveAgent(s string, toks []token, v int) int {
	if v == 0 || !beForms[toks[v-1].low] || toks[v-1].low == "'s" {
		return -1
	}
	for k := v + 1; k < len(toks) && k <= v+6; k++ {
		if gapBreaks(s, toks[k-1].end, toks[k].start) || strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",—–()") {
			return -1
		}
		if toks[k].low != "by" {
			continue
		}
		ag := -1
		for x := k + 1; x < len(toks) && x <= k+3 && toks[x].capital && toks[x].lemma != "" && !toks[x].num; x++ {
			if x > k+1 && (gapBreaks(s, toks[x-1].end, toks[x].start) || strings.ContainsAny(s[toks[x-1].end:toks[x].start], ",—–()")) {
				break
			}
			ag = x
		}
		return ag
	}
	return -1
}

// states reports whether unit pu plainly states what n denies in unit nu,
// and where.
func (st *story) states(pu, nu *unit, n negation) (match, bool) {
	s := st.arts[pu.art].Text
	toks := pu.toks
	for i := 0; i+len(n.phrase) <= len(toks); i++ {
		if m, ok := statesHarm(s, toks, i, n); ok {
			return m, true
		}
		ok := true
		for k, l := range n.phrase {
			if toks[i+k].lemma != l {
				ok = false
				break
			}
		}
		if !ok || negatedAt(s, toks, i) {
			continue
		}
		switch n.kind {
		case "be":
			// "<subj> is a <phrase>"
			k := i - 1
			for k >= 0 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") {
				k--
			}
			if k < 0 || !beForms[toks[k].low] {
				continue
			}
			if subj, at, _ := statedSubject(s, toks, k); subj == n.subj {
				return match{from: fromSubject(toks, max(k-2, 0), at), to: i + len(n.phrase), at: k, subj: at, agent: -1}, true
			}
		case "have":
			// "<subj> has the <phrase>"
			k, ok := haveAt(toks, i)
			if !ok {
				continue
			}
			if subj, at, _ := statedSubject(s, toks, k); subj == n.subj {
				return match{from: fromSubject(toks, max(k-2, 0), at), to: infinitive(s, toks, i+1), at: k, subj: at, agent: -1}, true
			}
		case "verb":
			if i > 0 && strings.HasSuffix(toks[i-1].low, "'s") {
				continue // "Burton's plan": a noun after a possessive
			}
			subj, at, _ := statedSubject(s, toks, i)
			if subj == n.subj {
				return match{from: fromSubject(toks, max(i-3, 0), at), to: infinitive(s, toks, i+1), at: i, subj: at, agent: -1}, true
			}
			// the passive names the doer after "by": "Ricks has been
			// accused of assault by Nora Vale" states that Vale accused
			// him; what it is said of is the verb's object
			if ag := passiveAgent(s, toks, i); ag >= 0 && at >= 0 && toks[at].lemma != "" && !pronouns[subj] &&
				subjForm(toks[ag]) == n.subj {
				return match{from: phraseStart(toks, at), to: ag + 1, at: i, subj: at, agent: ag}, true
			}
		case "noun":
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if toks[k].lemma == "" || !containsStr(n.preds, predKey(toks[k].lemma)) {
					continue
				}
				if !verbLike(toks, k) {
					continue
				}
				if st.context(pu, nu, n) < 2 {
					continue
				}
				return match{from: max(k-3, 0), to: i + len(n.phrase), at: k, subj: -1, agent: -1}, true
			}
		}
	}
	return match{}, false
}

// Confidences of negation conflicts: a plain statement against a plain
// denial; a hedge ("may have") against a denial, or a plan ("would attend")
// against what happened ("did not attend"), is no contradiction of the same
// strength.
const (
	confNegation       = 0.75
	confNegationHedged = 0.35
	confNegationTense  = 0.3
)

// sameStatement checks that the plain statement m in pu and the denial n in
// nu are about the same thing: both asserted (no condition, question or
// negated frame), the same subject (no other modifier: "crew weapons" vs
// "personal weapons") and the same object. It returns the conflict's
// confidence, 0 when the two are not about the same thing.
func (st *story) sameStatement(pu *unit, m match, nu *unit, n negation) float64 {
	ps, ns := st.arts[pu.art].Text, st.arts[nu.art].Text
	pm := moodAt(ps, pu.toks, subjOr(m.subj, m.at), m.at)
	nm := denialMood(ns, nu.toks, n)
	if !pm.asserts() || !nm.asserts() {
		return 0
	}
	// what a report holds ("allegations that he molested women are
	// coming out") is nobody's statement; and a rumour's refutation
	// ("denied rumours that ...") does not contradict one who reports
	// the rumour as a claim ("a site claimed that ...")
	if reported(ps, pu.toks, subjOr(m.subj, m.at)) || n.refuted && pm.hedged {
		return 0
	}
	if m.agent >= 0 && n.subjAt >= 0 {
		// the doer after "by": its phrase hangs from "by", not from a noun
		pmods, _ := nounPhrase(ps, pu.toks, m.agent)
		nmods, _ := nounPhrase(ns, nu.toks, n.subjAt)
		if disjoint(pmods, nmods) {
			return 0
		}
	} else if m.subj >= 0 && n.subjAt >= 0 {
		pmods, pof := nounPhrase(ps, pu.toks, m.subj)
		nmods, nof := nounPhrase(ns, nu.toks, n.subjAt)
		if pof != nof || disjoint(pmods, nmods) {
			// "guidelines with saturated fats are not needed" is not
			// about the fats; "the head of the agency" is, on both sides
			return 0
		}
	}
	if n.kind == "verb" {
		pw := objectAfter(ps, pu.toks, m.to-1)
		if m.agent >= 0 {
			pw = []string{pu.toks[m.subj].lemma} // what the passive is said of
		}
		nw := objectAfter(ns, nu.toks, n.to-1)
		if !sameObject(pw, nw) {
			return 0
		}
		if particleAfter(pu.toks, m.at) != particleAfter(nu.toks, verbAt(nu.toks, n)) {
			return 0 // "made up his mind" is not "made pledges"
		}
	}
	if n.kind == "have" && !sameInfinitive(pu.toks, m.to, nu.toks, n.to) {
		return 0 // "the right to stop women" is not "the right to fine them"
	}
	if pm.hedged || nm.hedged {
		return confNegationHedged
	}
	if n.kind != "noun" {
		pt, nt := tenseOf(pu.toks, max(m.subj, 0), m.at+1), tenseOf(nu.toks, max(n.subjAt, 0), n.to)
		if pt != 0 && nt != 0 && pt != nt {
			return confNegationTense
		}
	}
	if upToNow(nu.toks, n.cue) {
		return confNegationTense
	}
	return confNegation
}

// particles after a verb make another verb of it: "made up", "set off".
var particles = text.WordSet("up out off down away back")

// particleAfter is the particle just after the verb at toks[v], "" when
// none.
func particleAfter(toks []token, v int) string {
	if v < 0 || v+1 >= len(toks) || !particles[toks[v+1].low] {
		return ""
	}
	return toks[v+1].low
}

// verbAt is the token of the verb a denial n denies: the last of its
// words with the verb's lemma, -1 when none.
func verbAt(toks []token, n negation) int {
	for k := min(n.to, len(toks)) - 1; k >= 0 && k >= n.cue; k-- {
		if toks[k].lemma == n.phrase[0] {
			return k
		}
	}
	return -1
}

// sameInfinitive reports whether the ranges ending at a and b end with the
// same verb after "to" ("the right to stop"), or either has none.
func sameInfinitive(at []token, a int, bt []token, b int) bool {
	verb := func(toks []token, to int) string {
		if to >= 2 && to <= len(toks) && toks[to-2].low == "to" {
			return toks[to-1].lemma
		}
		return ""
	}
	va, vb := verb(at, a), verb(bt, b)
	return va == "" || vb == "" || va == vb
}

// sinceWords bound a denial in time: "has not been seen since Monday",
// "has not yet confirmed", "so far": it may have happened before or since.
var sinceWords = text.WordSet("since yet far now longer")

// upToNow reports whether the denial at cue is bounded in time: a word of
// sinceWords in its clause, after the cue.
func upToNow(toks []token, cue int) bool {
	for k := cue + 1; k < len(toks) && k <= cue+8; k++ {
		w := toks[k].low
		if sinceWords[w] && (w != "far" || toks[k-1].low == "so") && (w != "now" || toks[k-1].low == "until" || toks[k-1].low == "till") {
			return true
		}
	}
	return false
}

// context counts the content features two units share besides the words of
// the negated statement itself.
func (st *story) context(a, b *unit, n negation) int {
	words := map[string]bool{}
	for _, t := range a.toks {
		if t.lemma != "" {
			words[t.lemma] = true
		}
	}
	for _, l := range n.phrase {
		delete(words, l)
	}
	for w := range words {
		if containsStr(n.preds, predKey(w)) {
			delete(words, w)
		}
	}
	c := 0
	for _, t := range b.toks {
		if t.lemma != "" && words[t.lemma] {
			c++
			delete(words, t.lemma)
		}
	}
	return c
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// snippet is the text of tokens [from, to) of u, with an opening article
// ("a", "the") kept when it stands just before.
func (st *story) snippet(u *unit, from, to int) string {
	s := st.arts[u.art].Text
	if to > len(u.toks) {
		to = len(u.toks)
	}
	if from >= to {
		return ""
	}
	return strings.Join(strings.Fields(s[u.toks[from].start:u.toks[to-1].end]), " ")
}

// negationAbout words what a negation conflict is about: "whether Milltown
// is a sanctuary city", "whether it provides money".
func (st *story) negationAbout(n negation, pos *side) string {
	u := &st.units[pos.units[0]]
	m, ok := st.states(u, u, negation{kind: n.kind, subj: n.subj, phrase: n.phrase, preds: n.preds})
	if !ok {
		return "whether " + pos.value
	}
	from, to := m.from, m.to
	s := st.arts[u.art].Text
	if m.agent >= 0 {
		return "whether " + st.snippet(u, from, to) // "Ricks has been accused of assault by Nora Vale"
	}
	if n.kind == "verb" {
		to = objectEnd(s, u.toks, to)
	}
	if m.subj >= 0 && m.subj+1 < from {
		// the subject far before, past a clause: "the woman ... suffered
		// only minor injuries"
		return "whether " + st.snippet(u, phraseStart(u.toks, m.subj), m.subj+1) + " " + st.snippet(u, from, to)
	}
	if n.kind == "noun" {
		// from the governing verb: "provides money"
		for k := from; k < to; k++ {
			if containsStr(n.preds, predKey(u.toks[k].lemma)) && verbLike(u.toks, k) {
				return "whether it " + st.snippet(u, k, to)
			}
		}
	}
	for k := from; k < to; k++ {
		if u.toks[k].lemma == n.subj || u.toks[k].low == n.subj {
			k = phraseStart(u.toks, k)
			if _, of := nounPhrase(s, u.toks, m.subj); of != "" && of != "-" && k >= 2 {
				k = phraseStart(u.toks, k-2) // "the photo of the shark"
			}
			return "whether " + st.snippet(u, k, to)
		}
	}
	return "whether " + st.snippet(u, from, to)
}

// infinitive extends a verb's token range over the verb it governs ("agreed
// to pay"), so that quoted sides say what was agreed or denied.
func infinitive(s string, toks []token, to int) int {
	if to+1 < len(toks) && toks[to].low == "to" && toks[to+1].lemma != "" && !gapBreaks(s, toks[to-1].end, toks[to+1].start) &&
		!strings.Contains(s[toks[to-1].end:toks[to+1].start], ",") {
		return to + 2
	}
	return to
}
