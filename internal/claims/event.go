package claims

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Two outlets often tell one event in their own words, each adding its
// own details ("Harbour police fired water cannon at fishermen who tried
// to block the quay" / "Harbour police turned water cannon on the
// fishermen blocking the quay on Tuesday"): the sentences share too
// little weight to align, yet they tell one thing. An event is read from
// the main clause: who did it (its subject), what was done (its verb) and
// to what (the verb's object); the same event is the same subject, the
// same verb or one of a few verbs of one meaning ("fired", "unleashed",
// "used"; "responded with"; "gained", "picked up"), an object of one head
// noun, and no other day; an event foreseen ("is expected to gain
// seats") is one only with another foreseen. Precision first: a sentence that negates, asks, quotes or reports
// what someone said gives no event, and a subject of one common noun
// ("Police") is too vague to tell one event from another.

// event is what a sentence's main clause tells happened: the content
// lemmas of its subject, its verb's class (eventClass) and the head
// nouns of its objects. A zero event (no verb) tells nothing.
type event struct {
	subj  []string
	verb  string
	heads []string
}

// eventVerbClasses are verbs of one meaning when subject and object are
// the same: one event told in other words. Each class is tight: verbs
// that may undo or oppose one another ("approved"/"rejected",
// "hired"/"fired") are never in one class, and a verb in none is its own
// class.
var eventVerbClasses = [][]string{
	{"use", "fire", "unleash", "deploy", "shoot", "spray", "employ"},
	{"throw", "hurl", "lob"},
	{"arrest", "detain", "apprehend"},
	{"gain", "pick up"},
}

// eventClass maps a verb's lemma to its class's first verb.
var eventClass = map[string]string{}

func init() {
	for _, c := range eventVerbClasses {
		for _, w := range c {
			eventClass[phrasalLemma(w)] = c[0]
		}
	}
}

// withVerbs tell an event through "with" ("responded with tear gas",
// "met the crowd with batons"): the objects after "with" are what was
// used.
var withVerbs = map[string]bool{lemma("respond"): true, lemma("answer"): true, lemma("meet"): true, lemma("greet"): true}

// maxSubjectWords bounds the words of an event's subject.
const maxSubjectWords = 5

// eventOf reads the event of a sentence's main clause (see event), past
// a dateline ("HORGOS, Serbia — ") and an opening phrase setting the
// scene ("Near the town of Horgos, "); s is the article's text.
func eventOf(s string, toks []token, quoted, question bool) event {
	if quoted || question || len(toks) < 5 {
		return event{}
	}
	for i := range toks {
		if isNegCue(toks, i) || mayRefute(toks[i]) {
			return event{}
		}
	}
	m := mainClauseStart(s, toks)
	var subj []string
	v := -1
	for k := m; k < len(toks) && k < m+maxSubjectWords+2; k++ {
		t := toks[k]
		if k > m && (gapBreaks(s, toks[k-1].end, t.start) || strings.ContainsAny(s[toks[k-1].end:t.start], ",—–(")) {
			return event{}
		}
		if beForms[t.low] || auxForms[t.low] {
			continue
		}
		if len(subj) > 0 && !t.capital && (isVerbish(toks, k) || forecast(toks, k)) {
			v = k
			break
		}
		if determiners[t.low] {
			continue
		}
		if t.lemma == "" || t.num || pronouns[t.low] {
			return event{}
		}
		subj = append(subj, t.lemma)
	}
	// "is expected to gain seats" tells of "gain" foreseen: one event
	// with "is likely to pick up seats", none with "gained seats"
	foreseen := v >= 0 && forecast(toks, v)
	if foreseen {
		v += 2
	}
	if v < 0 || len(subj) < 2 || len(subj) > maxSubjectWords || saying[toks[v].low] || reportVerbs[toks[v].lemma] && !withVerbs[toks[v].lemma] {
		return event{}
	}
	ev := event{subj: subj, verb: toks[v].lemma}
	from := v + 1
	// "picked up seats": the verb with its particle
	if from < len(toks) && particles[toks[from].low] {
		ev.verb += " " + toks[from].low
		from++
	}
	if c, ok := eventClass[ev.verb]; ok {
		ev.verb = c
	}
	if withVerbs[toks[v].lemma] {
		w := slices.IndexFunc(toks[v+1:], func(t token) bool { return t.low == "with" })
		if w < 0 {
			return event{}
		}
		ev.verb = "use"
		from = v + 2 + w
	}
	// after "use": "expected to respond with tear gas" is foreseen too
	if foreseen {
		ev.verb = "foreseen " + ev.verb
	}
	ev.heads = objectHeads(s, toks, from)
	if len(ev.heads) == 0 {
		return event{}
	}
	return ev
}

// openingWords bounds the words of an opening phrase before the main
// clause ("In one of the worst clashes the port has seen, ...").
const openingWords = 20

// mainClauseStart is the index of the first token of a sentence's main
// clause: after a dateline's dash within its first words, and after an
// opening prepositional phrase closed by a comma.
func mainClauseStart(s string, toks []token) int {
	m := 0
	for k := 1; k < len(toks) && k <= 6; k++ {
		if strings.ContainsAny(s[toks[k-1].end:toks[k].start], "—–") || strings.Contains(s[toks[k-1].end:toks[k].start], " - ") {
			m = k
			break
		}
	}
	if m < len(toks) && (settingOpeners[toks[m].low] || toks[m].low == "near") {
		for k := m + 1; k < len(toks) && k <= m+openingWords; k++ {
			if strings.Contains(s[toks[k-1].end:toks[k].start], ",") {
				return k
			}
		}
	}
	return m
}

// objectHeads lists the head nouns of the noun phrases from toks[from]:
// a phrase ends before a preposition, a verb, a clause break or "and",
// which may open the next of a list ("tear gas and pepper spray").
func objectHeads(s string, toks []token, from int) []string {
	var heads []string
	last := ""
	for k := from; k < len(toks); k++ {
		t := toks[k]
		if k > from && (gapBreaks(s, toks[k-1].end, t.start) || strings.ContainsAny(s[toks[k-1].end:t.start], "—–(")) {
			break
		}
		list := k > from && strings.Contains(s[toks[k-1].end:t.start], ",")
		if list || t.low == "and" || t.low == "or" || t.low == "both" {
			if last != "" {
				heads = append(heads, last)
				last = ""
			}
			if t.low == "and" || t.low == "or" || t.low == "both" {
				continue
			}
		}
		if prepositions[t.low] || (last != "" && isVerbish(toks, k)) || t.lemma == "" && !determiners[t.low] {
			break
		}
		if t.lemma != "" && !t.num {
			last = t.lemma
		}
	}
	if last != "" {
		heads = append(heads, last)
	}
	return heads
}

// sameEvent reports whether two sentences tell one event (see event):
// the same subject, verb class and an object head in common, and no
// other day.
func sameEvent(a, b *unit) bool {
	ea, eb := a.event, b.event
	if ea.verb == "" || eb.verb == "" || ea.verb != eb.verb || !slices.Equal(ea.subj, eb.subj) {
		return false
	}
	if !slices.ContainsFunc(ea.heads, func(h string) bool { return slices.Contains(eb.heads, h) }) {
		return false
	}
	return !otherDay(a.figs, b.figs)
}

// otherDay reports whether two sentences both give days and share none.
func otherDay(a, b []figure) bool {
	var da, db []string
	for _, f := range a {
		if f.kind == corroborate.ConflictDate {
			da = append(da, f.value)
		}
	}
	for _, f := range b {
		if f.kind == corroborate.ConflictDate {
			db = append(db, f.value)
		}
	}
	if len(da) == 0 || len(db) == 0 {
		return false
	}
	return !slices.ContainsFunc(da, func(d string) bool { return slices.Contains(db, d) })
}

// phrasalLemma is the lemma of a verb of one or two words ("pick up").
func phrasalLemma(w string) string {
	v, p, ok := strings.Cut(w, " ")
	if !ok {
		return lemma(w)
	}
	return lemma(v) + " " + p
}

// forecastWords followed by "to" and a verb tell an event foreseen ("is
// expected to gain", "is likely to pick up").
var forecastWords = text.WordSet("expected likely set poised projected forecast tipped predicted")

// forecast reports toks[k] opening a forecast: a forecast word, "to" and
// a word after it.
func forecast(toks []token, k int) bool {
	return forecastWords[toks[k].low] && k+2 < len(toks) && toks[k+1].low == "to"
}
