package quotes

import "strings"

// cueAt reports whether ts[i] is a speech cue, and how many tokens it takes
// ("according to" takes two). A "read" is a cue only after a document
// ("a statement ... read"); an infinitive ("to say") is not a cue.
func cueAt(ts []token, i int) int {
	t := ts[i]
	if !t.word {
		return 0
	}
	lw := t.low
	if i > 0 && lw != "according" {
		switch ts[i-1].low {
		case "to", "the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "such", "new", "more":
			return 0 // an infinitive or a noun: "to say", "the demands"
		}
	}
	switch {
	case lw == "according":
		if i+1 < len(ts) && ts[i+1].low == "to" {
			return 2
		}
		return 0
	case cueVerbs[lw]:
		if t.capitalised() && i > 0 && !ts[i-1].sentenceEnd() {
			return 0 // "Said" inside a name
		}
		return 1
	case phrasalCues[lw] != "" && i+1 < len(ts) && strings.EqualFold(ts[i+1].w, phrasalCues[lw]):
		return 2
	case docCueVerbs[lw]:
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			if docNouns[ts[j].lower()] {
				return 1
			}
		}
	}
	return 0
}

// phrasalCues are cue verbs of two words: "pointed out", "put it".
var phrasalCues = map[string]string{
	"pointed": "out", "points": "out", "put": "it", "puts": "it", "shot": "back", "fired": "back",
	"went": "on", "goes": "on", "summed": "up", "chimed": "in", "weighed": "in", "spoke": "up",
}

// firstCue returns the index and length of the first cue in ts[:limit].
func firstCue(ts []token, limit int) (int, int) {
	for i := 0; i < len(ts) && i < limit; i++ {
		if n := cueAt(ts, i); n > 0 {
			return i, n
		}
	}
	return -1, 0
}

// lastCue returns the index and length of the last cue in ts.
func lastCue(ts []token) (int, int) {
	for i := len(ts) - 1; i >= 0; i-- {
		if n := cueAt(ts, i); n > 0 {
			return i, n
		}
	}
	return -1, 0
}

// subjectBefore finds the speaker phrase that ends just before a cue verb:
// "San Bernardino Police Chief Jarrod Burguan", "Peter Simonson, executive
// director of ..., " (the name with its appositive), "he". It returns nil
// when what precedes the cue is not a plausible subject.
func subjectBefore(ts []token) []token {
	ts = dropParens(ts)
	end := len(ts)
	for end > 0 && ts[end-1].word && isAdverb(ts[end-1].lower()) && !ts[end-1].capitalised() {
		end--
	}
	ts = ts[:end]
	if len(ts) == 0 {
		return nil
	}
	if w := ts[len(ts)-1].lower(); !ts[len(ts)-1].capitalised() && (w == "and" || w == "but" || w == "then") {
		// "The president noted ..., and added:": the subject opens the sentence.
		return leadingNP(ts[:len(ts)-1])
	}
	// Walk back over comma-separated chunks: a comma right before the cue
	// closes an appositive ("Simonson, executive director of X, called").
	var starts []int // start index of each chunk
	starts = append(starts, 0)
	for i, t := range ts {
		if isChunkBreak(t) {
			starts = append(starts, i+1)
		}
	}
	chunk := func(k int) []token {
		end := len(ts)
		if k+1 < len(starts) {
			end = starts[k+1] - 1
		}
		return trimPunct(ts[starts[k]:end])
	}
	k := len(starts) - 1
	if len(chunk(k)) == 0 {
		if k == 0 {
			return nil
		}
		k--
		for k > 0 && isAside(chunk(k)) {
			k--
		}
	}
	headStart := starts[k]
	head := ts[headStart:]
	// "... so heated that New Jersey Gov. Chris Christie said": the subject
	// follows the last clause word.
	for j := len(head) - 1; j > 0; j-- {
		if lw := head[j].lower(); !head[j].capitalised() && clauseStarts[lw] && lw != "and" && lw != "or" {
			head = head[j+1:]
			break
		}
		if isChunkBreak(head[j]) {
			break
		}
	}
	// A leading clause word or preposition: keep the last noun phrase.
	for len(head) > 0 && !head[0].word {
		head = head[1:]
	}
	first := len(head) // end of the head's first chunk; appositives follow
	for j, t := range head {
		if isChunkBreak(t) {
			first = j
			break
		}
	}
	var np []token
	switch {
	case len(head) == 0:
	case !head[0].capitalised() && !isDeterminer(head[0].lower()) && !pronouns[head[0].lower()]:
		np = trailingNP(head[:first])
	case head[0].capitalised() && (clauseStarts[head[0].lower()] || prepositions[head[0].lower()] || timeWords[head[0].lower()]):
		np = trailingNP(head[1:first])
	default:
		np = head[:first]
	}
	if len(np) == 0 {
		return nil
	}
	for k := range ts {
		if ts[k].s == np[0].s {
			head = ts[k:] // the noun phrase and its appositives
			break
		}
	}
	n := 0
	for _, t := range head {
		if isChunkBreak(t) {
			break
		}
		if t.word {
			n++
		}
	}
	if n == 0 || n > 12 {
		return nil
	}
	return head
}

// openers are adverbs that open a sentence before its subject.
var openers = words("later earlier meanwhile however now instead last next this thus still yet so also then")

// prepositions open a phrase that is not a subject ("In a letter, ...").
var prepositions = words("in on at during after before from for with by since of about under over into to as")

func isChunkBreak(t token) bool {
	return t.is(",") || t.is(";") || t.is("—") || t.is("–") || t.is("(") || t.is(")") || t.is(":")
}

func endsWithBreak(ts []token) bool { return len(ts) > 0 && isChunkBreak(ts[len(ts)-1]) }

// isAppositive reports whether a chunk reads as a role after a name:
// "executive director of the ACLU", "an economist", "the group's head".
func isAppositive(c []token) bool {
	if len(c) == 0 {
		return false
	}
	w := c[0].lower()
	if strings.HasSuffix(w, "ing") || relativeStops[w] || prepositions[w] || clauseStarts[w] || pronouns[w] {
		return false
	}
	if isDeterminer(w) || titles[w] || titles[strings.TrimSuffix(w, ".")] {
		return true
	}
	return !c[0].capitalised() && len(c) >= 2
}

// trailingNP keeps the last noun phrase of ts: from the last clause word or
// preposition on, a capitalised run, pronoun or determiner phrase.
func trailingNP(ts []token) []token {
	start := -1
	for i := len(ts) - 1; i >= 0; i-- {
		lw := ts[i].lower()
		if !ts[i].word || clauseStarts[lw] || prepositions[lw] || (!ts[i].capitalised() && cueVerbs[lw]) {
			break
		}
		if ts[i].capitalised() || pronouns[lw] || isDeterminer(lw) {
			start = i
		}
	}
	if start < 0 {
		return nil
	}
	out := ts[start:]
	for len(out) > 0 && timeWords[out[0].lower()] {
		out = out[1:]
	}
	return out
}

// npAfter reads an inverted speaker phrase after a cue: `said Gabriela
// Hernandez, Southwest Organizer for United We Dream` keeps the name and a
// role-like appositive; `said Caddell, speaking of ...` keeps the name.
func npAfter(ts []token) []token {
	ts = dropParens(ts)
	end := 0
	for end < len(ts) {
		t := ts[end]
		lw := t.lower()
		if !t.word {
			if t.is(",") || t.is(".") || t.is(";") || t.is("(") || t.is("—") || t.is("–") || t.is(":") || t.is("!") || t.is("?") || isMarkToken(t) {
				break
			}
			end++
			continue
		}
		if end > 0 && !t.capitalised() && npStops[lw] {
			break
		}
		if end > 0 && t.capitalised() && timeWords[lw] {
			break
		}
		end++
	}
	if end == 0 || end > 12 {
		return nil
	}
	np := ts[:end]
	if end < len(ts) && ts[end].is(",") {
		// An appositive role up to the next break.
		j := end + 1
		for j < len(ts) && !ts[j].is(",") && !ts[j].sentenceEnd() && !ts[j].is(";") && !ts[j].is("(") && !isMarkToken(ts[j]) {
			j++
		}
		if c := ts[end+1 : j]; (isAppositive(c) || (len(c) > 0 && c[0].capitalised() && hasName(np))) && j <= 40 {
			np = ts[:j]
		}
	}
	return np
}

func isMarkToken(t token) bool {
	if t.word {
		return false
	}
	switch t.w {
	case "\"", "“", "”", "''", "«", "»", "„":
		return true
	}
	return false
}

// isAside reports whether a chunk between a subject and its cue can be
// skipped: an appositive role, a relative clause, an age, a place or time
// ("Culpepper, who runs ..., said", "Clinton, at a later gaggle, said").
func isAside(c []token) bool {
	if len(c) == 0 {
		return true
	}
	w := c[0].lower()
	if isAppositive(c) || relativeStops[w] || prepositions[w] || timeWords[w] || isAsideStart(c) {
		return true
	}
	r := c[0].w[0]
	return len(c) <= 2 && r >= '0' && r <= '9'
}

// dropParens removes parenthesised tokens: "Rep. Gwen Moore (D-Wis.)".
func dropParens(ts []token) []token {
	has := false
	for _, t := range ts {
		if t.is("(") {
			has = true
			break
		}
	}
	if !has {
		return ts
	}
	out := make([]token, 0, len(ts))
	depth := 0
	for _, t := range ts {
		switch {
		case t.is("("):
			depth++
		case t.is(")") && depth > 0:
			depth--
		case depth == 0:
			out = append(out, t)
		}
	}
	return out
}

// subjectOfGerund finds who speaks with a participle cue: "Clinton asking,"
// (the name right before), "Trump said, adding," (the subject of the verb
// before), "Dean, a former chairman, poked at Trump, tweeting," (the subject
// that opens the sentence).
func subjectOfGerund(ts []token) []token {
	ts = dropParens(ts)
	if n := len(ts); n > 0 && ts[n-1].capitalised() && !titles[ts[n-1].lower()] {
		return trailingNP(ts)
	}
	end := len(ts)
	for end > 0 && (!ts[end-1].word || adverbs[ts[end-1].lower()]) {
		end--
	}
	if end > 0 {
		if j := end - 1; cueAt(ts, j) > 0 && !isGerund(ts[j]) {
			return subjectBefore(ts[:j])
		}
	}
	return leadingNP(ts)
}

// leadingNP is the noun phrase that opens a sentence, after any opening
// phrase set off by a comma: a capitalised name with its appositive.
func leadingNP(ts []token) []token {
	parts := splitComma(ts)
	for i, c := range parts {
		c = trimPunct(c)
		if len(c) == 0 {
			continue
		}
		w := c[0].lower()
		if prepositions[w] || timeWords[w] || clauseStarts[w] && !c[0].capitalised() {
			continue
		}
		if prepositions[w] || clauseStarts[w] || adverbs[w] || openers[w] {
			if i+1 < len(parts) {
				continue
			}
			return nil
		}
		end := 0
		for end < len(c) && (c[end].capitalised() || isInitial(c[end]) || end == 0 && isDeterminer(w) || nameParticles[c[end].lower()] || end > 0 && titles[c[end].lower()]) {
			end++
			if strings.HasSuffix(c[end-1].w, "'s") || strings.HasSuffix(c[end-1].w, "’s") {
				break
			}
		}
		// "Ryan's campaign", "The spokesman": a head noun after the name.
		for end < len(c) && end <= 4 && (orgNouns[c[end].lower()] || docNouns[c[end].lower()] || titles[c[end].lower()]) && !c[end].capitalised() {
			end++
		}
		if end == 0 || (!hasName(c[:end]) && !(isDeterminer(w) && end > 1)) {
			return nil
		}
		return c[:end]
	}
	return nil
}

// isAdverb reports whether w may sit between a subject and its verb.
func isAdverb(w string) bool {
	return adverbs[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "family" && w != "italy"
}

// isGerund reports whether a cue is a participle ("adding", "saying").
func isGerund(t token) bool {
	w := t.lower()
	return strings.HasSuffix(w, "ing") && w != "according"
}

// isAsideStart reports whether a chunk opens with a participle: "noting
// the size of his following".
func isAsideStart(c []token) bool {
	return len(c) > 0 && !c[0].capitalised() && isGerund(c[0])
}
