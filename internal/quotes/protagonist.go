package quotes

import (
	"slices"
	"strings"
	"unicode"
)

// isAgeWord reports whether w is an age used as a noun: "56-year-old".
func isAgeWord(w string) bool {
	return strings.HasSuffix(w, "-year-old") && len(w) > len("-year-old")
}

// protagonist gives a definite description whose head is an age ("The
// 56-year-old said"), an office written in capitals ("the President",
// "the King") or "the First Lady" to the person the article is about: the
// one person of a gender the description fits who is named at least three
// times, twice as often as anyone else who fits, named before the
// description and reported speaking somewhere in the text (a victim or a
// guest the story only tells of is not). An age the text gives someone (`Petr Kask, 40,`)
// decides alone (givenAge). For an age, that person must also be the
// one most named in the description's paragraph and the three before
// (mostNamedNear); for an office, the last one named in its paragraph, if
// anyone is. A description with a place ("the Ostland governor"), an
// office in lower case ("the mayor said") and a person the text gives
// another role ("Gov." or "journalist" for "the President") are not
// taken.
func (x *extractor) protagonist(orig []string, head string, r ref) (*Speaker, bool) {
	last := orig[len(orig)-1]
	age := isAgeWord(head)
	if !age && head != "first lady" && !(offices[head] && unicode.IsUpper([]rune(last)[0])) {
		// "the mayor", "the minister", "the singer": as often someone
		// the story never names as the one it is about
		return nil, false
	}
	if age {
		if sp, given := x.givenAge(head, r.span.Start); given {
			return sp, sp != nil
		}
	}
	for _, w := range orig[1 : len(orig)-1] {
		if unicode.IsUpper([]rune(w)[0]) && !strings.EqualFold(w, "first") {
			// "the Ostland governor", "the Carrow manager": a place
			// the one the story is about may not hold
			return nil, false
		}
	}
	g := r.gender
	if rg := roleGender(head); rg != genderUnknown {
		g = rg
	}
	counts := x.mentionCounts()
	// A name of no known gender is as often a club read as a person
	// ("Carrow Rovers") as a person: a rival, never the one the article
	// is about.
	var top *fullName
	best, second := 0, 0
	seen := map[string]int{}
	for _, fns := range x.names.byLast {
		for i := range fns {
			fn := &fns[i]
			if _, ok := seen[fn.name]; ok || !fn.gender.compatible(g) || onlyRoleWords(fn.name) {
				continue
			}
			n := counts.of(fn.name)
			if x.sharedSurname(fn.name) {
				// "Obama" alone may be either: count the first name
				n = counts[strings.ToLower(strings.Fields(fn.name)[0])]
			}
			seen[fn.name] = n
			if fn.gender != genderUnknown && (n > best || n == best && top != nil && fn.name < top.name) {
				best, top = n, fn
			}
		}
	}
	for name, n := range seen {
		if top != nil && name != top.name && !strings.HasPrefix(name, top.name+" ") && !strings.HasPrefix(top.name, name+" ") {
			// "Ada Holm Returns" in a headline is Ada Holm
			second = max(second, n)
		}
	}
	if top == nil || best < 3 || best < 2*second || x.firstNamed(top.name) >= r.span.Start {
		return nil, false
	}
	if !x.reportedSpeaking(top.name) {
		// a victim, a suspect, a guest: the story is about them, but
		// "the President said" is someone else
		return nil, false
	}
	if office := !age; !office && !x.mostNamedNear(top.name, r.span.Start) || office && !x.lastNamedInParagraph(top.name, r.span.Start) {
		// "the 33-year-old": anyone's, unless the person the article
		// is about is also the one most named just before.
		// An office is one person's whoever is named in the paragraphs
		// between, but `Ivo Lund spoke about the video. The Prime
		// Minister told reporters:` is the one named just before.
		return nil, false
	}
	if !age {
		// "journalist Ivo Lund" is not "the Prime Minister": a person
		// the text gives a role is only the description holding it
		roles := x.rolesOf(top.name, r.span.Start)
		if strings.TrimSpace(strings.Join(roles, "")) != "" && !hasRoleWord(roles, strings.Fields(head)[len(strings.Fields(head))-1]) {
			return nil, false
		}
	}
	sp := top.speaker()
	sp.Roles = dedupe(append(sp.Roles, r.name))
	return sp, true
}

// mentions counts the words of names outside quotations, in lower case.
type mentions map[string]int

// of is how often the text names the person of full name: by their last
// name or by their first name, whichever it writes more often ("Felipe"
// for "Felipe VI").
func (m mentions) of(name string) int {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return 0
	}
	return max(m[stripPossessive(ws[len(ws)-1])], m[ws[0]])
}

// mentionCounts counts every capitalised word outside quotations, once
// per extractor.
func (x *extractor) mentionCounts() mentions {
	if x.mentions == nil {
		x.mentions = x.countMentions(0, len(x.text))
	}
	return x.mentions
}

// countMentions counts the capitalised words outside quotations that
// start in bytes [lo, hi), in lower case without a possessive.
func (x *extractor) countMentions(lo, hi int) mentions {
	m := mentions{}
	for i := x.tokAt(lo); i < len(x.toks) && x.toks[i].s < hi; i++ {
		if t := x.toks[i]; t.word && t.capitalised() && !x.inQuote(t.s) {
			m[strings.ToLower(stripPossessive(t.w))]++
		}
	}
	return m
}

// firstNamed is the byte offset where the full name is first written,
// or the text's length when it is not.
func (x *extractor) firstNamed(name string) int {
	at := len(x.text)
	for _, fns := range x.names.byLast {
		for _, fn := range fns {
			if fn.name == name && fn.pos < at {
				at = fn.pos
			}
		}
	}
	return at
}

// mostNamedNear reports whether no one is named more often than the
// person of the full name, outside quotations, from the paragraph three
// before byte pos's to pos.
func (x *extractor) mostNamedNear(name string, pos int) bool {
	m := x.countMentions(x.paras[max(0, x.paraOf(pos)-3)].Start, pos)
	own := m.of(name)
	if own == 0 {
		return false
	}
	for _, fns := range x.names.byLast {
		for _, fn := range fns {
			if fn.name != name && m.of(fn.name) > own {
				return false
			}
		}
	}
	return true
}

// onlyRoleWords reports whether a name the index holds is made of words
// for a role only ("First Lady"): an office, no person.
func onlyRoleWords(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w != "first" && !roleWord(strings.Trim(w, ".")) {
			return false
		}
	}
	return true
}

// sharedSurname reports whether the index holds another person with the
// last name of this one: "Ada Holm" and "Daniel Holm". Unlike
// nameIndex.namesakes, a variant with the same first name ("Donald J.
// Trump" beside "Donald Trump") and a name of role words ("First Lady")
// are no other person: counting by first name would split one person's
// mentions.
func (x *extractor) sharedSurname(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	for _, fn := range x.names.byLast[stripPossessive(ws[len(ws)-1])] {
		if other := strings.Fields(strings.ToLower(fn.name)); other[0] != ws[0] && !onlyRoleWords(fn.name) {
			return true // not "Donald J. Trump" beside "Donald Trump"
		}
	}
	return false
}

// lastNamedInParagraph reports whether the last person named outside
// quotations in the paragraph of byte pos before it, by a first or last
// name the text gives in full, is the person of the full name; true when
// the paragraph names no one before pos.
func (x *extractor) lastNamedInParagraph(name string, pos int) bool {
	own := strings.Fields(strings.ToLower(name))
	start := x.paras[x.paraOf(pos)].Start
	for i := x.tokAt(pos) - 1; i >= 0 && x.toks[i].s >= start; i-- {
		t := x.toks[i]
		if !t.word || !t.capitalised() || x.inQuote(t.s) {
			continue
		}
		w := strings.ToLower(stripPossessive(t.w))
		if len(x.names.byLast[w]) == 0 && len(x.names.byFirst[w]) == 0 {
			continue
		}
		return slices.Contains(own, w)
	}
	return true
}

// reportedSpeaking reports whether the text reports the person of full
// name speaking, outside quotations: a cue right after one of their names
// ("Holm said", "Ada told") or right before it ("said Holm").
func (x *extractor) reportedSpeaking(name string) bool {
	own := strings.Fields(strings.ToLower(name))
	for i, t := range x.toks {
		if !t.word || !t.capitalised() || !slices.Contains(own, strings.ToLower(stripPossessive(t.w))) || possessive(t.w) || x.inQuote(t.s) {
			continue
		}
		if i+1 < len(x.toks) && cueAt(x.toks, i+1) > 0 {
			return true
		}
		// "said Ada Holm." but not "said Holm kept to herself": the
		// name closes the clause
		j := i
		for j > 0 && x.toks[j-1].word && x.toks[j-1].capitalised() && !x.toks[j-1].sentenceEnd() {
			j--
		}
		k := i + 1
		for k < len(x.toks) && x.toks[k].word && x.toks[k].capitalised() {
			k++
		}
		if j > 0 && cueVerbs[x.toks[j-1].low] && cueAt(x.toks, j-1) > 0 && (k == len(x.toks) || !x.toks[k].word) {
			return true
		}
	}
	return false
}

// givenAge is the person the text gives the age of an age word ("40" for
// "40-year-old") by a number set between commas right after their full
// name (`Petr Kask, 40,`) or by the age word right before it (`40-year-old
// Petr Kask`). given reports whether the text gives anyone that age; sp
// is nil when it does but the description may not be theirs (two people
// of that age, or one named only after byte pos).
func (x *extractor) givenAge(head string, pos int) (sp *Speaker, given bool) {
	n := strings.TrimSuffix(head, "-year-old")
	var found *fullName
	count := 0
	for _, fns := range x.names.byLast {
		for i := range fns {
			fn := &fns[i]
			k := x.tokAt(fn.pos)
			end := k
			for end < len(x.toks) && x.toks[end].s < fn.pos+len(fn.name) {
				end++
			}
			after := end+2 < len(x.toks) && x.toks[end].is(",") && x.toks[end+1].w == n && (x.toks[end+2].is(",") || x.toks[end+2].is("."))
			before := strings.HasSuffix(strings.ToLower(strings.TrimSpace(x.text[max(0, fn.pos-len(head)-2):fn.pos])), head)
			if !after && !before {
				continue
			}
			if found == nil || found.name != fn.name {
				count++
			}
			if found == nil || fn.pos < found.pos {
				found = fn
			}
		}
	}
	switch {
	case found == nil:
		return nil, false
	case count > 1 || found.pos >= pos:
		return nil, true
	}
	return found.speaker(), true
}
