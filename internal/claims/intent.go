package claims

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Confidences of an intent conflict: one article says a thing was done on
// purpose ("waking me up was deliberate", "the fire was set
// deliberately"), another that it happened by accident. Against a plain
// "accidentally" or "an accident" the two cannot both hold; against a
// cause that implies it ("woke up after the anaesthetic wore off") the
// accident is read, not written, so the conflict is just sure enough to be
// shown.
const (
	confIntent        = 0.75
	confIntentImplied = 0.55
)

var (
	// deliberateAdverbs and accidentAdverbs qualify a verb ("deliberately
	// set", "woke up accidentally").
	deliberateAdverbs = text.WordSet("deliberately intentionally purposely")
	accidentAdverbs   = text.WordSet("accidentally inadvertently unintentionally mistakenly")
	// deliberateAdjs and accidentAdjs are said of a thing after "was":
	// "the fire was deliberate", "the blaze was accidental".
	deliberateAdjs = text.WordSet("deliberate intentional planned")
	accidentAdjs   = text.WordSet("accidental unintentional unplanned")
	// wakeForms are the irregular forms of waking, which the stemmer keeps
	// apart ("woke", "awoke").
	wakeForms = text.WordSet("woke woken awoke awoken awake awaken awakened awakens awakening")
	// intentCues holds every word the intent statements turn on, read
	// first so that a sentence with none costs one look-up a word.
	intentCues = unionOf(deliberateAdverbs, accidentAdverbs, deliberateAdjs, accidentAdjs,
		text.WordSet("accident wore worn wears"))
	// afterWords open the clause of a cause: "woke up after the
	// anaesthetic wore off".
	afterWords = text.WordSet("after when because as once")
)

// intent is one sentence's statement that a thing was done on purpose
// (deliberate) or by accident.
type intent struct {
	unit       int
	deliberate bool
	implied    bool   // an accident read from its cause ("... wore off")
	thing      bool   // said of a thing before "was" ("the fire was accidental"), not of a verb
	event      string // lemma of the thing done: the verb, or the noun said to be deliberate
	at         int    // the event's token
	from, to   int    // tokens quoted as the side's value
	cue        int    // the cue's token
	hedged     bool   // the statement is hedged (moodAt)
}

// eventKey is the lemma an event is matched on: "woke", "awoke" and
// "waking" are one.
func eventKey(t token) string {
	if wakeForms[t.low] {
		return "wak"
	}
	return t.lemma
}

// intents finds the intent statements of unit ui: "<thing> was deliberate |
// planned | accidental | an accident | no accident", "<verb> deliberately |
// accidentally" (either side of the verb) and "<verb> ... after <something>
// wore off". A negated cue ("was not deliberate", "no accident") says the
// other. The thing is a noun or a verb in -ing, not a pronoun ("it was
// deliberate" names nothing); a clause another's report holds ("the rumor
// that she accidentally woke") and one not asserted are no statement.
func (st *story) intents(ui int) []intent {
	u := &st.units[ui]
	s := st.arts[u.art].Text
	toks := u.toks
	var out []intent
	add := func(in intent) {
		if in.at < 0 || in.event == "" || reported(s, toks, min(in.at, in.cue)) {
			return
		}
		m := moodAt(s, toks, min(in.at, in.cue), max(in.at, in.cue))
		if !m.asserts() {
			return
		}
		in.unit, in.hedged = ui, m.hedged
		out = append(out, in)
	}
	for k, t := range toks {
		w := t.low
		if !intentCues[w] {
			continue
		}
		switch {
		case deliberateAdverbs[w] || accidentAdverbs[w]:
			v := adverbVerb(s, toks, k)
			if v < 0 {
				continue
			}
			add(intent{deliberate: deliberateAdverbs[w] != negatedAt(s, toks, k), event: eventKey(toks[v]), at: v,
				from: min(v, k), to: max(v, k) + 1, cue: k})
		case (deliberateAdjs[w] || accidentAdjs[w] || w == "accident") && k > 0:
			b := k - 1
			negated := false
			if w == "accident" {
				if toks[b].low == "an" {
					b--
				} else if toks[b].low == "no" {
					b--
					negated = true
				} else {
					continue
				}
			}
			for b >= 0 && (toks[b].low == "not" || toks[b].low == "never" || strings.HasSuffix(toks[b].low, "ly")) {
				negated = negated || toks[b].low == "not" || toks[b].low == "never"
				b--
			}
			if b < 1 || !beForms[toks[b].low] || toks[b].low == "'s" {
				continue
			}
			e := thingBefore(s, toks, b)
			if e < 0 {
				continue
			}
			if w == "planned" && k+1 < len(toks) && (toks[k+1].low == "for" || toks[k+1].low == "to" || toks[k+1].low == "on" || toks[k+1].low == "in") {
				continue // a schedule: "the parade was planned for Monday"
			}
			deliberate := deliberateAdjs[w]
			add(intent{deliberate: deliberate != negated, thing: true, event: eventKey(toks[e]), at: e,
				from: phraseStart(toks, e), to: k + 1, cue: k})
		case (w == "wore" || w == "worn" || w == "wears") && k+1 < len(toks) && toks[k+1].low == "off":
			v := causedVerb(s, toks, k)
			if v < 0 {
				continue
			}
			from := v
			if sb, at := subjectBefore(toks, v); sb != "" && at >= 0 {
				from = at
			}
			add(intent{event: eventKey(toks[v]), at: v, implied: true, from: from, to: k + 2, cue: k})
		}
	}
	return out
}

// adverbVerb is the verb an intent adverb at toks[k] qualifies: the
// next word ("accidentally awoke"), or the verb just before it, past a
// particle ("woke up accidentally", "was set deliberately"); -1 when none.
func adverbVerb(s string, toks []token, k int) int {
	if k+1 < len(toks) && isVerbish(toks, k+1) && !gapBreaks(s, toks[k].end, toks[k+1].start) {
		return k + 1
	}
	for v := k - 1; v >= 0 && v >= k-2; v-- {
		if gapBreaks(s, toks[v].end, toks[v+1].start) {
			return -1
		}
		if isVerbish(toks, v) || wakeForms[toks[v].low] {
			return v
		}
	}
	return -1
}

// thingBefore is the thing said to be deliberate or an accident before the
// copula at toks[b]: a noun or a verb in -ing ("waking me up was
// deliberate", "the fire at the depot was accidental": the fire, the
// head the depot hangs from), past the pronoun and particle of the -ing
// verb and any auxiliary ("may have been"); -1 for a pronoun or a name.
func thingBefore(s string, toks []token, b int) int {
	for k := b - 1; k >= 0 && k >= b-5; k-- {
		t := toks[k]
		if auxForms[t.low] || beForms[t.low] {
			continue
		}
		if t.lemma != "" {
			if t.capital && k > 0 || t.num || isVerbish(toks, k) && !strings.HasSuffix(t.low, "ing") {
				return -1 // a name, a figure, or a verb of saying: "which police said was deliberate"
			}
			h := headOf(s, toks, k)
			p := h
			for p > 0 && (determiners[toks[p-1].low] || toks[p-1].lemma != "" && !strings.HasSuffix(toks[p-1].low, "ing")) &&
				strings.TrimSpace(s[toks[p-1].end:toks[p].start]) == "" {
				p--
			}
			if p > 0 && strings.HasSuffix(toks[p-1].low, "ing") && strings.TrimSpace(s[toks[p-1].end:toks[p].start]) == "" {
				return p - 1 // "waking the patient up was deliberate": the waking
			}
			return h
		}
		if pronouns[t.low] {
			return -1 // "it was deliberate"
		}
		if t.low != "up" && !objectPronouns[t.low] {
			return -1
		}
	}
	return -1
}

// headOf climbs from a noun in a prepositional phrase to the noun it hangs
// from ("the fire at the Orlin depot": from depot to fire), twice at most.
func headOf(s string, toks []token, k int) int {
	for n := 0; n < 2; n++ {
		p := k - 1
		for p >= 0 && toks[p].lemma != "" && !toks[p].num && !verbLike(toks, p) && !gapBreaks(s, toks[p].end, toks[p+1].start) &&
			strings.TrimSpace(s[toks[p].end:toks[p+1].start]) == "" {
			p--
		}
		for p >= 0 && determiners[toks[p].low] {
			p--
		}
		if p < 1 || !prepositions[toks[p].low] || toks[p-1].lemma == "" || toks[p-1].num ||
			strings.ContainsAny(s[toks[p-1].end:toks[p].start], ",;:.—–") || verbLike(toks, p-1) {
			return k
		}
		k = p - 1
	}
	return k
}

// causedVerb is the verb a clause ending in "wore off" (at toks[k]) tells
// the cause of: the verb before its "after", "when" or "because" ("she
// woke up after the anaesthetic wore off"); -1 when none is read.
func causedVerb(s string, toks []token, k int) int {
	for a := k - 1; a >= 0 && a >= k-8; a-- {
		if gapBreaks(s, toks[a].end, toks[a+1].start) {
			return -1
		}
		if !afterWords[toks[a].low] {
			continue
		}
		for v := a - 1; v >= 0 && v >= a-6; v-- {
			if gapBreaks(s, toks[v].end, toks[v+1].start) || strings.ContainsAny(s[toks[v].end:toks[v+1].start], ",") {
				return -1
			}
			if wakeForms[toks[v].low] || isVerbish(toks, v) {
				return v
			}
		}
		return -1
	}
	return -1
}

// reported reports whether the clause holding toks[k] is the content of
// a report another makes: "that" after a report noun ("the rumor got out
// that she ...", "reports that ...") before it in the sentence.
func reported(s string, toks []token, k int) bool {
	for x := k - 1; x >= 0; x-- {
		if toks[x].low != "that" {
			continue
		}
		for y := x - 1; y >= 0 && y >= x-3; y-- {
			if reportNouns[toks[y].low] {
				return true
			}
		}
	}
	return false
}

// intentConflicts finds a thing one article says was done on purpose and
// another says happened by accident: the same event (verb or noun), both
// asserted, in any sentences of the story. An article that says both is on
// neither side; a noun's modifiers must not differ ("the first fire" /
// "the second fire").
func (st *story) intentConflicts() []found {
	byEvent := map[string][]intentStmt{}
	var events []string
	for gi := range st.groups {
		ui := st.groups[gi].units[0]
		if st.units[ui].post {
			continue
		}
		for _, in := range st.intents(ui) {
			if byEvent[in.event] == nil {
				events = append(events, in.event)
			}
			byEvent[in.event] = append(byEvent[in.event], intentStmt{gi, in})
		}
	}
	var out []found
	for _, ev := range events {
		var del, acc []intentStmt
		for _, x := range byEvent[ev] {
			if x.in.deliberate {
				del = append(del, x)
			} else {
				acc = append(acc, x)
			}
		}
		if len(del) == 0 || len(acc) == 0 {
			continue
		}
		d := &side{}
		for _, x := range del {
			st.addArticles(d, x.gi)
		}
		a := &side{}
		conf := 0.0
		for _, y := range acc {
			c := 0.0
			for _, x := range del {
				c = max(c, st.intentAgainst(x.in, y.in))
			}
			if c == 0 {
				continue
			}
			conf = max(conf, c)
			st.addArticles(a, y.gi)
		}
		both := intersect(d.arts, a.arts)
		d.arts, d.units = minus(d.arts, d.units, both)
		a.arts, a.units = minus(a.arts, a.units, both)
		if len(d.arts) == 0 || len(a.arts) == 0 {
			continue
		}
		first, other := st.firstOn(del, d), st.firstOn(acc, a)
		du, ou := &st.units[first.unit], &st.units[other.unit]
		d.value = st.snippet(du, first.from, first.to)
		a.value = st.snippet(ou, other.from, other.to)
		f := st.makeConflict(corroborate.ConflictNegation, -1, []*side{d, a})
		f.conflict.About = "whether " + lowerArticle(d.value)
		f.conflict.Confidence = conf
		f.conflict.Note = fmt.Sprintf("says it was deliberate: %s (%s) / says it happened by accident: %s (%s)",
			d.value, st.who(d.arts), a.value, st.who(a.arts))
		out = append(out, f)
	}
	return out
}

// intentAgainst is the confidence that accident statement y tells of the
// thing deliberate statement x says was done on purpose, 0 when not.
func (st *story) intentAgainst(x, y intent) float64 {
	xu, yu := &st.units[x.unit], &st.units[y.unit]
	if xu.art == yu.art {
		return 0
	}
	xs, ys := st.arts[xu.art].Text, st.arts[yu.art].Text
	xm, _ := nounPhrase(xs, xu.toks, x.at)
	ym, _ := nounPhrase(ys, yu.toks, y.at)
	if disjoint(xm, ym) {
		return 0 // "the first fire" / "the second fire"
	}
	// a verb's doer and what it is done to: "the guard accidentally shot
	// himself" is not "the robber deliberately shot the driver"
	if !x.thing && !y.thing {
		xsub, _ := subjectBefore(xu.toks, x.at)
		ysub, _ := subjectBefore(yu.toks, y.at)
		if xsub != "" && ysub != "" && !pronouns[xsub] && !pronouns[ysub] && xsub != ysub {
			return 0
		}
		if !sameObject(objectAfter(xs, xu.toks, x.at), objectAfter(ys, yu.toks, y.at)) {
			return 0
		}
	}
	if x.hedged || y.hedged {
		return confNegationHedged
	}
	if x.implied || y.implied {
		return confIntentImplied
	}
	return confIntent
}

// intentStmt is an intent statement and the group of its sentence.
type intentStmt struct {
	gi int
	in intent
}

// firstOn is the first of xs whose article is on side sd.
func (st *story) firstOn(xs []intentStmt, sd *side) intent {
	for _, x := range xs {
		if containsInt(sd.arts, st.units[x.in.unit].art) {
			return x.in
		}
	}
	return xs[0].in
}
