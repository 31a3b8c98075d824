package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// shownGender is the gender an article's own pronouns give a person it
// names in full, and whether any of them stood before the sentence turned to
// reported words.
type shownGender struct {
	gender gender
	// strong: two or more pronouns outside reported words decided it
	// ("Shannon Miles was arrested. He ... his lawyer"), enough to overrule
	// a given name's guess. One, or "Dana Anderson said her office ...",
	// which is as often about someone else, only fills a gender nothing
	// else gives.
	strong bool
}

// pronounVotes counts the pronouns that follow a person's name: strong
// ones before any cue or "that" in the sentence, weak ones after it.
type pronounVotes struct {
	strong, weak [3]int // by gender
}

// shownGenders reads the gender an article gives each person it names in
// full from its own pronouns: a "he", "his", "she" or "her" after a mention
// of the name in the same sentence, outside quotations, with no other
// person named between ("Dana Anderson ... her office", "Miles said she
// ..."), or a "He" or "She" opening the next sentence ("Shannon Miles was
// arrested. He pleaded guilty"). A mention followed by 's hands the
// sentence to someone of that person's ("Miles's mother said she"), and a
// surname alone that two people named in full bear hands it to no one. A
// gender wins when its pronouns outnumber the other's more than twice.
func (ix *nameIndex) shownGenders(text string, toks []token, raws []rawQuote) map[string]shownGender {
	others := map[int]bool{}
	for _, p := range ix.persons {
		others[p.pos] = true
	}
	votes := map[string]*pronounVotes{}
	// cur is the person named last; ends counts the sentences ended since;
	// reported: a cue or "that" came after the name; appos: inside the
	// commas of a role set after the name ("Dana Anderson, the county
	// prosecutor, said her office").
	cur, ends, reported, appos := "", 0, false, false
	// The weak votes of a sentence count when it holds pronouns of one
	// gender only: in "Raven Lyle says he never touched her" the "he" is
	// the other person.
	type vote struct {
		name string
		g    gender
	}
	var pending []vote
	var seen [3]bool
	settle := func() {
		if !seen[genderMale] || !seen[genderFemale] {
			for _, v := range pending {
				if votes[v.name] == nil {
					votes[v.name] = &pronounVotes{}
				}
				votes[v.name].weak[v.g]++
			}
		}
		pending, seen = pending[:0], [3]bool{}
	}
	qi := 0
	for i, t := range toks {
		for qi < len(raws) && raws[qi].end() <= t.s {
			qi++
		}
		if qi < len(raws) && raws[qi].start() <= t.s {
			continue
		}
		if i > 0 && strings.ContainsRune(text[toks[i-1].e:t.s], '\n') {
			cur = "" // the next sentence goes on about the person only in the same paragraph
			settle()
		}
		switch {
		case t.sentenceEnd():
			ends++
			reported, appos = false, false
			settle()
		case t.is(","):
			appos = cur != "" && ends == 0 && !appos && i > 0 && toks[i-1].capitalised()
		case !t.word:
		case genderPronouns["he"][t.low] || genderPronouns["she"][t.low]:
			g := genderMale
			if genderPronouns["she"][t.low] {
				g = genderFemale
			}
			seen[g] = true
			opens := i > 0 && toks[i-1].sentenceEnd()
			if cur == "" || ends > 1 || ends == 1 && !(opens && (t.low == "he" || t.low == "she")) {
				cur = ""
				continue
			}
			if !possessorOrSubject(toks, i) {
				continue // "Grant helped her carry": someone else, the one helped
			}
			if ends == 1 {
				ends, reported = 0, false // "He pleaded guilty": the next sentence goes on about the person
			}
			if reported {
				pending = append(pending, vote{cur, g})
				continue
			}
			if votes[cur] == nil {
				votes[cur] = &pronounVotes{}
			}
			votes[cur].strong[g]++
		case t.low == "that" || cueAt(toks, i) > 0:
			reported = true
		case t.capitalised():
			fn, ok := ix.full(t.lower(), t.e, genderUnknown) // lower case already: no copy to lower
			switch {
			case possessive(t.low):
				cur = ""
			case ok && fn.pos <= t.s:
				cur, ends, reported, appos = fn.name, 0, false, false
				if inPassing(toks, i) || t.s > fn.pos+len(fn.name) && ix.namesakes(t.lower()) {
					cur = "" // "Sotloff" alone after Steven and Shirley Sotloff: either
				}
			case others[t.s]:
				cur = ""
			case !ok && roleWord(t.lower()):
				cur = "" // "welcomed the Queen ... She toured": the pronoun may be hers
			}
		case !appos && (relationNouns[t.low] || kinWords[t.low] || len(t.low) > 4 && personWord(t.low) && !notPersonWords[t.low]) && !(i > 1 && isDeterminer(toks[i-1].low) && copulas[toks[i-2].low]):
			// "Leslie Corran was the treasurer" is the person himself.
			cur = "" // "halted the transfer of a man ... He had faced": the pronoun may be his
		}
	}
	settle()
	out := map[string]shownGender{}
	for name, v := range votes {
		if g := majority(v.strong); g != genderUnknown {
			out[name] = shownGender{gender: g, strong: v.strong[g] >= 2}
		} else if v.strong[genderMale]+v.strong[genderFemale] == 0 {
			if g := majority(v.weak); g != genderUnknown {
				out[name] = shownGender{gender: g}
			}
		}
	}
	return out
}

// majority is the gender whose count is more than twice the other's.
func majority(n [3]int) gender {
	switch {
	case n[genderMale] > 2*n[genderFemale]:
		return genderMale
	case n[genderFemale] > 2*n[genderMale]:
		return genderFemale
	}
	return genderUnknown
}

// applyShown gives each full name the gender the article's pronouns show,
// ahead of a guess from its given name; a strong showing overrides that
// guess, a weak one only fills a gender unknown. A gender from a courtesy
// title stands.
func (ix *nameIndex) applyShown(shown map[string]shownGender) {
	if len(shown) == 0 {
		return
	}
	for _, m := range []map[string][]fullName{ix.byLast, ix.byFirst} {
		for _, fns := range m {
			for i := range fns {
				fns[i].gender = shown[fns[i].name].over(fns[i].gender, fns[i].guessed)
			}
		}
	}
	for k, fn := range ix.nicknames {
		fn.gender = shown[fn.name].over(fn.gender, fn.guessed)
		ix.nicknames[k] = fn
	}
}

// over is the gender of a person whose gender is g otherwise, guessed
// from a given name when guessed.
func (s shownGender) over(g gender, guessed bool) gender {
	if s.gender == genderUnknown || g != genderUnknown && !guessed || guessed && !s.strong {
		return g
	}
	return s.gender
}

// askingWords open a question and never stand for the one who speaks:
// questionWords without "who" and "which", which may.
var askingWords = text.WordSet("why how what when where whether")

// analyse is analyse of np in the article, with the gender the article's
// pronouns show for a full name ahead of a guess from its given name.
func (x *extractor) analyse(np []token) ref {
	if len(np) > 0 && np[0].word && askingWords[np[0].lower()] && (len(np) == 1 || np[1].low == "not") {
		return ref{} // `Why not just say: "..."`: a question, no one speaking
	}
	r := analyse(x.text, np)
	if r.kind == "person" && r.named && len(np) > 0 && x.captionLabel(x.tokAt(np[0].s)) {
		return ref{} // "Liar: Hessler was also arrested ...": a caption's label, no one
	}
	if r.kind != "person" || !r.named || r.honorific || !strings.Contains(r.name, " ") {
		return r
	}
	if s, ok := x.names.shown[r.name]; ok {
		guessed := r.gender != genderUnknown && r.gender == givenGender(strings.Fields(r.name))
		r.gender = s.over(r.gender, guessed)
	}
	return r
}

// possessorOrSubject reports whether the pronoun at toks[i] can stand for
// the subject of its sentence: "he", "she", "his", "hers", "himself",
// "herself", and "her" owning a noun after a preposition, a cue or "that"
// ("to her office", "said her office"). "Him" and any other "her" are
// objects, as a rule someone else ("helped her carry").
func possessorOrSubject(toks []token, i int) bool {
	switch toks[i].low {
	case "him":
		return false
	case "her":
		return i > 0 && (prepositions[toks[i-1].low] || toks[i-1].low == "that" || cueAt(toks, i-1) > 0) && i+1 < len(toks) && toks[i+1].word && !toks[i+1].capitalised() && !prepositions[toks[i+1].low]
	}
	return true
}

// inPassing reports whether the name ending at toks[i] is given as
// someone's relative or fellow ("his cousin, Amanda Ferro,", "her neighbour
// Peter Grant"): a pronoun after it is as a rule the other person's.
func inPassing(toks []token, i int) bool {
	k := i
	for k > 0 && toks[k-1].capitalised() {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := toks[j]
		if t.is(",") {
			continue
		}
		if t.sentenceEnd() || !t.word {
			return false
		}
		if kinWords[t.low] || possessivePronouns[t.low] || possessive(t.low) {
			return true
		}
	}
	return false
}

// namesakes reports whether two different people named in full bear the
// surname last (lower case).
func (ix *nameIndex) namesakes(last string) bool {
	fns := ix.byLast[last]
	for k := 1; k < len(fns); k++ {
		fn := fns[k]
		if fn.name != fns[0].name {
			return true
		}
	}
	return false
}
