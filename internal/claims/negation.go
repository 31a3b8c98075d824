package claims

import (
	"fmt"
	"sort"
	"strings"
)

// negation is one denied statement found in a sentence: "X is not a
// sanctuary city", "police do not enforce ...", "expertise, though not money".
type negation struct {
	kind   string   // "be" (copula), "verb" (auxiliary + verb) or "noun"
	subj   string   // lemma of the subject for "be" and "verb"; "" for "noun"
	phrase []string // lemmas of the denied words, one or two
	preds  []string // for "noun": verb-like lemmas before the cue, nearest first
	from   int      // token index where the quoted side text starts
	to     int      // token index after the phrase
}

var (
	negCues = set("not never no without nor neither")
	// nounCues deny a thing, not an action: "has no effect", "without money".
	nounCues = set("no without")
	// reportVerbs say what someone said or knew; "would not comment" or
	// "could not confirm" withholds a statement, it does not deny a fact.
	reportVerbs = map[string]bool{}
	beForms     = set("is are was were be been being am 's")
	auxForms    = set("do does did will would can could should shall may might must has have had")
	denyVerbs   = set("deny denies denied denying reject rejects rejected disputed disputes")
	negSkip     = set("a an the be been being immediately yet actually really even always currently officially formally any longer ever")
	pronouns    = set("it he she they we i you this that these those who which what there")
	clauseBreak = set("but and or because while although though however which who that when if unless")
)

// isNegCue reports whether toks[i] negates what follows.
func isNegCue(toks []token, i int) bool {
	t := toks[i].low
	if strings.HasSuffix(t, "n't") || negCues[t] {
		if i+1 < len(toks) && (toks[i+1].low == "only" || toks[i+1].low == "just" || toks[i+1].low == "least" || toks[i+1].low == "longer" || toks[i+1].low == "doubt" || toks[i+1].low == "one") {
			return false
		}
		return true
	}
	return false
}

// negatedAt reports whether the token at i lies in the scope of a negation:
// a cue up to four tokens before it in the same clause, or a denial verb
// ("denied that ...") up to twelve.
func negatedAt(s string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if i-k <= 4 && isNegCue(toks, k) {
			return true
		}
		if denyVerbs[toks[k].low] {
			return true
		}
		if k > 0 && toks[k].low == "that" && denyVerbs[toks[k-1].low] {
			return true
		}
		if k < i-4 && clauseBreak[toks[k].low] {
			break
		}
		if gapBreaks(s, toks[k].end, toks[k+1].start) && i-k > 4 {
			break
		}
	}
	return false
}

// gapBreaks reports whether the text between two tokens ends a clause.
func gapBreaks(s string, a, b int) bool {
	return strings.ContainsAny(s[a:b], ";:.!?")
}

// negations finds the denied statements of one sentence.
func negations(s string, toks []token) []negation {
	var out []negation
	for i := range toks {
		if !isNegCue(toks, i) {
			continue
		}
		// a denial governed by "denied that" belongs to the denial verb
		n := negation{from: max(i-3, 0)}
		low := toks[i].low
		j := i + 1
		copula := beForms[strings.TrimSuffix(low, "n't")] || (i > 0 && beForms[toks[i-1].low])
		aux := auxForms[strings.TrimSuffix(strings.TrimSuffix(low, "n't"), "o")] || auxForms[strings.TrimSuffix(low, "n't")] ||
			(i > 0 && auxForms[toks[i-1].low]) || low == "won't" || low == "can't"
		for j < len(toks) && (negSkip[toks[j].low] || toks[j].low == "to") {
			if beForms[toks[j].low] {
				copula = true
			}
			j++
		}
		for k := j; k < len(toks) && k < j+2; k++ {
			if toks[k].lemma == "" || toks[k].num || (k > j && gapBreaks(s, toks[k-1].end, toks[k].start)) {
				break
			}
			if k > i+1 && strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",—–") {
				break
			}
			n.phrase = append(n.phrase, toks[k].lemma)
			n.to = k + 1
		}
		if len(n.phrase) == 0 {
			continue
		}
		switch {
		case copula:
			n.kind = "be"
			n.subj = subjectBefore(toks, i)
		case aux && !nounCues[low]:
			n.kind = "verb"
			n.subj = subjectBefore(toks, i)
			n.phrase = n.phrase[:1]
			if reportVerbs[n.phrase[0]] {
				continue
			}
			for k := j; k < len(toks); k++ {
				if toks[k].lemma == n.phrase[0] {
					n.to = infinitive(s, toks, k+1)
					break
				}
			}
		default:
			n.kind = "noun"
			for k := i - 1; k >= 0 && k >= i-14; k-- {
				if verbLike(toks, k) {
					n.preds = append(n.preds, predKey(toks[k].lemma))
				}
			}
			if len(n.preds) == 0 {
				continue
			}
		}
		if n.kind != "noun" && (n.subj == "" || pronouns[n.subj]) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// subjectBefore is the lemma of the nearest content word or name before
// toks[i], skipping auxiliaries and adverbs, or "" when a clause break comes
// first.
func subjectBefore(toks []token, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		if beForms[t.low] || auxForms[t.low] || t.low == "also" || t.low == "still" || (strings.HasSuffix(t.low, "ly") && !t.capital) {
			continue
		}
		if pronouns[t.low] {
			return t.low
		}
		if t.lemma != "" {
			// the word as written, so that "bombers" and "the bomber"
			// are not taken for one subject
			return strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")
		}
		return ""
	}
	return ""
}

// giveVerbs say that something is handed over; a denial of one ("offers
// advice, though not money") contradicts another ("provides money").
var giveVerbs = map[string]bool{}

// knownVerbs are verbs whatever precedes them.
var knownVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say tell confirm comment know believe think respond deny speak reveal
		disclose announce explain specify elaborate identify return answer verify discuss address
		elaborate expect want recall remember name release`) {
		reportVerbs[lemma(w)] = true
	}
	for _, w := range strings.Fields("provide offer give grant supply pay award deliver hand extend") {
		giveVerbs[lemma(w)] = true
		knownVerbs[lemma(w)] = true
	}
	for _, w := range strings.Fields("include contain receive get need allow require support cover use send make take win lose approve ban permit cut raise increase reduce build close open sign back oppose accept reject") {
		knownVerbs[lemma(w)] = true
	}
}

// predKey folds verbs of one meaning together for matching.
func predKey(l string) string {
	if giveVerbs[l] {
		return "give"
	}
	return l
}

// verbLike guesses whether toks[k] is a verb: a known verb, or a word
// after "to", a modal, a relative pronoun or a personal pronoun.
func verbLike(toks []token, k int) bool {
	t := toks[k]
	if t.lemma == "" || t.num || t.capital {
		return false
	}
	if knownVerbs[t.lemma] {
		return true
	}
	if k == 0 {
		return false
	}
	p := toks[k-1].low
	return p == "to" || auxForms[p] || p == "that" || p == "which" || p == "who" || p == "they" || p == "it" || p == "he" || p == "she" || p == "we"
}

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
		for _, n := range negations(st.arts[u.art].Text, u.toks) {
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
		}
		for ci, gi := range cand {
			if negGroups[gi] || (ci > 0 && cand[ci-1] == gi) {
				continue
			}
			pu := &st.units[st.groups[gi].units[0]]
			var from, to int
			ok := false
			for k, o := range occs {
				if k == 5 {
					break
				}
				if from, to, ok = st.states(pu, &st.units[st.groups[o.group].units[0]], o.n); ok {
					break
				}
			}
			if !ok {
				continue
			}
			if pos.value == "" {
				pos.value = st.snippet(pu, from, to)
				posCluster = cluOf[st.groups[gi].units[0]]
			}
			st.addArticles(pos, gi)
		}
		if len(pos.arts) == 0 {
			continue
		}
		for _, o := range occs {
			st.addArticles(neg, o.group)
		}
		pos.arts, pos.units = minus(pos.arts, pos.units, neg.arts)
		if len(pos.arts) == 0 {
			continue
		}
		sk := strings.Join(n.phrase, " ") + "|" + fmt.Sprint(pos.arts) + "|" + fmt.Sprint(neg.arts)
		if seen[sk] {
			continue
		}
		seen[sk] = true
		f := st.makeConflict("negation", posCluster, []*side{pos, neg})
		f.conflict.About = st.negationAbout(n, pos)
		f.conflict.Note = fmt.Sprintf("Some articles state it, others deny it: %q (%s) vs %q (%s).",
			pos.value, st.who(pos.arts), neg.value, st.who(neg.arts))
		out = append(out, f)
	}
	return out
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

// states reports whether unit pu plainly states what n denies in unit nu,
// and where (token range in pu).
func (st *story) states(pu, nu *unit, n negation) (int, int, bool) {
	s := st.arts[pu.art].Text
	toks := pu.toks
	for i := 0; i+len(n.phrase) <= len(toks); i++ {
		match := true
		for k, l := range n.phrase {
			if toks[i+k].lemma != l {
				match = false
				break
			}
		}
		if !match || negatedAt(s, toks, i) {
			continue
		}
		switch n.kind {
		case "be":
			// "<subj> is a <phrase>"
			k := i - 1
			for k >= 0 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") {
				k--
			}
			if k < 0 || !beForms[toks[k].low] || subjectBefore(toks, k) != n.subj {
				continue
			}
			return max(k-2, 0), i + len(n.phrase), true
		case "verb":
			if i > 0 && (strings.HasSuffix(toks[i-1].low, "'s") || strings.HasSuffix(toks[i-1].low, "’s")) {
				continue // "Burton's plan": a noun after a possessive
			}
			if subjectBefore(toks, i) == n.subj {
				return max(i-3, 0), infinitive(s, toks, i+1), true
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
				return max(k-3, 0), i + len(n.phrase), true
			}
		}
	}
	return 0, 0, false
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
	from, to, ok := st.states(u, u, negation{kind: n.kind, subj: n.subj, phrase: n.phrase, preds: n.preds})
	if !ok {
		return "whether " + pos.value
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
			for k > 0 && u.toks[k].capital && u.toks[k-1].capital && u.toks[k-1].end+1 == u.toks[k].start {
				k-- // the whole name: "Port Arden"
			}
			if k > 0 && u.toks[k-1].low == "the" {
				k--
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
