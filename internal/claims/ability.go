package claims

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// Confidences of an inability ("the keepers were unable to pay") against a
// statement that the same subject does the thing: against what it did
// ("the keeper paid") the two cannot both hold; against a plan ("he will
// pay") they are two accounts of its means, which may have changed between
// the reports, so the conflict is just sure enough to be shown.
const (
	confInabilityDone = 0.75
	confInabilityPlan = 0.5
)

// inability is a sentence's statement that its subject cannot do
// something: "the keepers of the goat were unable to pay", "the council
// cannot afford to repair the pier".
type inability struct {
	unit int
	verb string // lemma of the verb denied
	head string // lemma of the subject's head noun: "keeper"
	of   string // lemma of the noun the head is of ("the keepers of the goat"), "" when none
	from int    // token where the subject's phrase starts
	to   int    // token after the subject's phrase
	at   int    // token of the verb
}

// planVerbs, before "to", announce that the subject will do what follows:
// "agreed to pay", "offered to pay".
var planVerbs = lemmaSet("agree offer promise pledge vow plan intend decide")

// affordNeg are the words before "afford to" that deny it: "cannot afford
// to repair".
var affordNeg = text.WordSet("cannot can't couldn't not")

// inabilities finds the inabilities stated in unit ui: "<subject> was|were|is
// unable to <verb>" and "<subject> cannot|could not afford to <verb>". The
// subject must be a noun (not a pronoun) and the statement asserted; one
// unable to say something ("were unable to confirm") withholds it.
func (st *story) inabilities(ui int) []inability {
	u := &st.units[ui]
	s := st.arts[u.art].Text
	toks := u.toks
	var out []inability
	for i := 1; i+2 < len(toks); i++ {
		w := toks[i].low
		var cue int // the token before which the subject is read
		switch {
		case w == "unable" && beForms[toks[i-1].low]:
			cue = i - 1
		case w == "afford" && affordNeg[toks[i-1].low]:
			cue = i - 1
			if toks[cue].low == "not" {
				if cue == 0 || !auxForms[toks[cue-1].low] {
					continue
				}
				cue--
			}
		default:
			continue
		}
		v := i + 2
		if toks[i+1].low != "to" || toks[v].lemma == "" || toks[v].capital || gapBreaks(s, toks[i].end, toks[v].start) {
			continue
		}
		if reportVerbs[toks[v].lemma] {
			continue // "unable to confirm" withholds a statement, it denies nothing
		}
		subj, at := subjectBefore(toks, cue)
		if at < 0 || pronouns[subj] {
			continue
		}
		in := inability{unit: ui, verb: toks[v].lemma, head: lemma(subj), from: at, to: at + 1, at: v}
		if _, of := nounPhrase(s, toks, at); of != "" && of != "-" {
			// "the keepers of the goat": the keepers are the subject
			in.head, in.of = of, lemma(subj)
			in.from = max(at-3, 0)
		}
		for in.from > 0 && (determiners[toks[in.from-1].low] || toks[in.from-1].lemma != "" && !toks[in.from-1].num &&
			!gapBreaks(s, toks[in.from-1].end, toks[in.from].start) && !verbLike(toks, in.from-1)) && in.from > at-4 {
			in.from--
		}
		if !moodAt(s, toks, at, i).asserts() {
			continue
		}
		out = append(out, in)
	}
	return out
}

// does is where a sentence states that its subject does, did or will do
// the verb: the verb's token, the subject's and the statement's tense.
type does struct {
	unit, at, subj int
	tense          byte // 'p' done, 'f' planned, 0 neither
}

// doesVerb finds in unit ui a plain, asserted statement that someone does
// the verb (lemma): "he will pay", "the keeper paid", "agreed to pay".
func (st *story) doesVerb(ui int, verb string) []does {
	u := &st.units[ui]
	s := st.arts[u.art].Text
	toks := u.toks
	var out []does
	for k, t := range toks {
		if t.lemma != verb || t.capital || negatedAt(s, toks, k) || !isVerbish(toks, k) && !(k > 0 && toks[k-1].low == "to") {
			continue
		}
		if k >= 2 && toks[k-1].low == "to" && (toks[k-2].low == "unable" || toks[k-2].low == "afford") {
			continue
		}
		head, tense := k, tenseOf(toks, max(k-3, 0), k)
		if k >= 2 && toks[k-1].low == "to" {
			// "agreed to pay": the plan's verb bears the subject
			if !planVerbs[toks[k-2].lemma] {
				continue
			}
			head, tense = k-2, 'f'
		}
		if head > 0 && (strings.HasSuffix(toks[head-1].low, "'s") || determiners[toks[head-1].low]) {
			continue // "the keeper's pay", "the pay": a noun
		}
		_, subj := subjectBefore(toks, head)
		if subj < 0 || !moodAt(s, toks, subj, head).asserts() {
			continue
		}
		out = append(out, does{unit: ui, at: k, subj: subj, tense: tense})
	}
	return out
}

// sameSubject reports whether the subject of statement d is the subject
// of the inability in: the same noun, or a person the statement's article
// names in that role ("keeper Piet Varga", "Varga, the goat's keeper"),
// written by name or as the pronoun of a person named as the speaker of
// the statement ("Varga said he will pay"). A subject that is one of
// something ("the keepers of the goat") needs that thing in the statement
// or in the role ("the goat's keeper").
func (st *story) sameSubject(d does, in inability) bool {
	u := &st.units[d.unit]
	t := u.toks[d.subj]
	hasOf := in.of == "" || containsTokLemma(u.toks, in.of)
	if lemma(t.low) == in.head || !t.capital && !pronouns[t.low] {
		return lemma(t.low) == in.head && hasOf
	}
	name := d.subj
	if pronouns[t.low] {
		// "Varga said he": the speaker of the clause
		if d.subj < 2 || !speechVerbs[u.toks[d.subj-1].low] || !u.toks[d.subj-2].capital {
			return false
		}
		name = d.subj - 2
	}
	named, ofIt := st.namedAs(u.art, u.toks[name].low, in)
	return named && (hasOf || ofIt)
}

// namedAs reports whether article a gives the person whose name ends in
// surname (lower case) the role noun of in ("keeper Piet Varga", "the
// goat's keeper, Varga", "Varga, the goat's keeper"), and whether the
// role is written as one of the thing in.of is ("the goat's keeper").
func (st *story) namedAs(a int, surname string, in inability) (named, ofIt bool) {
	s := st.arts[a].Text
	for ui := range st.units {
		u := &st.units[ui]
		if u.art != a {
			continue
		}
		toks := u.toks
		for k, t := range toks {
			if t.low != surname || !t.capital {
				continue
			}
			p := k
			for p > 0 && toks[p-1].capital && toks[p-1].end+1 == toks[p].start {
				p--
			}
			r := -1
			if p > 0 && toks[p-1].lemma == in.head && !toks[p-1].capital {
				if between := strings.TrimSpace(s[toks[p-1].end:toks[p].start]); between == "" || between == "," {
					r = p - 1
				}
			}
			if k+2 < len(toks) && s[toks[k].end:toks[k+1].start] == ", " && determiners[toks[k+1].low] {
				// "Varga, the keeper", "Varga, the goat's keeper"
				at := k + 2
				if at+1 < len(toks) && strings.HasSuffix(toks[at].low, "'s") {
					at++
				}
				if toks[at].lemma == in.head {
					r = at
				}
			}
			if r < 0 {
				continue
			}
			named = true
			if in.of != "" && r > 0 && toks[r-1].lemma == in.of && strings.HasSuffix(toks[r-1].low, "'s") {
				ofIt = true
			}
		}
	}
	return named, ofIt
}

// inabilityConflicts finds a subject said in one article to be unable to do
// something ("the keepers of the goat were unable to pay for the repairs")
// and said in another to do it or to be about to ("Varga said he will pay
// for the surgery"), in sentences that need not align. The thing done must
// be the same: the verb and, when both give one, its object; a subject
// "of" something needs that thing named in the other sentence too.
func (st *story) inabilityConflicts() []found {
	var out []found
	for gi := range st.groups {
		ui := st.groups[gi].units[0]
		for _, in := range st.inabilities(ui) {
			iu := &st.units[ui]
			is := st.arts[iu.art].Text
			neg := &side{}
			st.addArticles(neg, gi)
			pos := &side{}
			conf := 0.0
			for gj := range st.groups {
				if gj == gi || !st.groupBeyond(gj, neg.arts) || st.units[st.groups[gj].units[0]].post {
					continue
				}
				states := false
				for _, d := range st.doesVerb(st.groups[gj].units[0], in.verb) {
					c := st.inabilityAgainst(in, d)
					if c == 0 {
						continue
					}
					if c > conf {
						du := &st.units[d.unit]
						pos.value = st.snippet(du, max(d.subj, 0), objectEnd(st.arts[du.art].Text, du.toks, d.at+1))
						conf = c
					}
					states = true
				}
				if states {
					st.addArticles(pos, gj)
				}
			}
			pos.arts, pos.units = minus(pos.arts, pos.units, neg.arts)
			if len(pos.arts) == 0 {
				continue
			}
			neg.value = st.snippet(iu, in.from, objectEnd(is, iu.toks, in.at+1))
			f := st.makeConflict(corroborate.ConflictNegation, -1, []*side{pos, neg})
			f.conflict.About = "whether " + lowerArticle(st.snippet(iu, in.from, in.to)) + " can " + st.snippet(iu, in.at, objectEnd(is, iu.toks, in.at+1))
			f.conflict.Confidence = conf
			f.conflict.Note = fmt.Sprintf("states %s (%s) / says %s (%s)", pos.value, st.who(pos.arts), neg.value, st.who(neg.arts))
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].conflict.About < out[j].conflict.About })
	return out
}

// inabilityAgainst is the confidence that statement d says the subject of
// in does what in says it cannot, 0 when it is not about the same thing.
func (st *story) inabilityAgainst(in inability, d does) float64 {
	iu, du := &st.units[in.unit], &st.units[d.unit]
	if iu.art == du.art || !st.sameSubject(d, in) {
		return 0
	}
	is, ds := st.arts[iu.art].Text, st.arts[du.art].Text
	if !sameObject(objectAfter(is, iu.toks, in.at), objectAfter(ds, du.toks, d.at)) {
		return 0
	}
	if moodAt(is, iu.toks, in.from, in.at).hedged || moodAt(ds, du.toks, d.subj, d.at).hedged {
		return confNegationHedged
	}
	if d.tense == 'p' {
		return confInabilityDone
	}
	return confInabilityPlan
}
