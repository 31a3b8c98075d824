package quotes

import "strings"

// markedTitle reports whether a capitalised run stands whole inside
// quotation marks, single or double: the title of a petition, show or
// campaign ("'Deport Lena Brisk' petition"), never a person's full name.
func markedTitle(text string, run []token) bool {
	if len(run) < 2 || !quoteOpener(text[:run[0].s]) {
		return false
	}
	last := run[len(run)-1].w
	// A closing single mark may be read into the last word as a possessive.
	return quoteCloser(text[run[len(run)-1].e:]) || strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’")
}

// quoteOpener reports whether s ends with an opening quotation mark.
func quoteOpener(s string) bool {
	for _, m := range []string{"\"", "“", "'", "‘", "«"} {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// quoteCloser reports whether s starts with a closing quotation mark.
func quoteCloser(s string) bool {
	for _, m := range []string{"\"", "”", "'", "’", "»"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// captioned reports whether the words before a quotation end with
// "captioned": `a photo captioned "…"`.
func captioned(pre []token) bool {
	n := len(pre)
	if n > 0 && pre[n-1].is(",") {
		n--
	}
	return n > 0 && pre[n-1].low == "captioned"
}

// nicknameInName reports where the name goes on after a nickname set in
// marks inside it, opening at toks[j]: `Tomas "Skipper" Vell` (0 when
// there is none). The nickname is one capitalised word, the name's words
// on each side of it, on one line.
func nicknameInName(text string, toks []token, j int) int {
	if j == 0 || j+3 >= len(toks) || !nickMark(toks[j]) || !toks[j+1].capitalised() || !nickMark(toks[j+2]) || !toks[j+3].capitalised() || !toks[j-1].capitalised() {
		return 0
	}
	if strings.ContainsRune(text[toks[j-1].e:toks[j+3].s], '\n') {
		return 0
	}
	return j + 3
}

func nickMark(t token) bool {
	return isMarkToken(t) || t.is("'") || t.is("‘") || t.is("’")
}

// nicknameAfter reads the one-word name a person goes by, set after the
// name that ends before toks[k]: `, who calls herself 'Wren'`, `, known
// as Wren`, `, aka Wren`. It is "" when none follows.
func nicknameAfter(toks []token, k int) string {
	if k >= len(toks) || !toks[k].is(",") {
		return ""
	}
	var words []string
	for j := k + 1; j < len(toks) && len(words) < 5; j++ {
		if !toks[j].word {
			continue
		}
		if toks[j].capitalised() {
			if j+1 < len(toks) && toks[j+1].word && toks[j+1].capitalised() {
				return "" // a name of two words or more: not a nickname
			}
			switch strings.Join(words, " ") {
			case "who calls herself", "who calls himself", "known as", "also known as", "now known as", "aka":
				return toks[j].lower()
			}
			return ""
		}
		words = append(words, toks[j].low)
	}
	return ""
}

// appositiveAfter reads the role set after a name that ends before
// toks[k]: `, a spokesman for Mayor Ines Calloway,` -> "spokesman for
// Mayor Ines Calloway". It is "" when no appositive follows.
func appositiveAfter(text string, toks []token, k int) string {
	if k+2 >= len(toks) || !toks[k].is(",") || toks[k+1].capitalised() {
		return ""
	}
	end := k + 1
	for end < len(toks) && end-k <= 15 && !isChunkBreak(toks[end]) && !toks[end].sentenceEnd() && !isMarkToken(toks[end]) {
		end++
	}
	c := toks[k+1 : end]
	if len(c) < 2 || !isDeterminer(c[0].lower()) || !isAppositive(c) || isClause(c) {
		return ""
	}
	if listAnd(c) || end+1 < len(toks) && toks[end].is(",") && (toks[end+1].low == "and" || toks[end+1].low == "or") {
		// "the skipper, the voyage and those who sailed", "Ada Holm,
		// her crew, and others": a list of things, not a role.
		return ""
	}
	return roleText(text, c)
}

// leadRole is the role that ends right before toks[k], where a name
// begins: one or two capitalised qualifiers and a lower-case word for a
// person ("Ukrainian leader Pavlo Marchenko"), or the same with a
// determiner and a comma ("the Ukrainian leader, Pavlo Marchenko"), with
// the lower-case words for a person before them ("former Ukrainian
// leader"). It is "" when there is none.
func leadRole(text string, toks []token, k int) string {
	end := k - 1
	comma := end >= 0 && toks[end].is(",")
	if comma {
		end--
	}
	if end < 1 || !toks[end].word || toks[end].capitalised() || !personWord(toks[end].low) {
		return ""
	}
	from := end
	for from > 0 && end-from < 2 && toks[from-1].word && !isDeterminer(toks[from-1].low) && toks[from-1].capitalised() {
		from--
	}
	if from == end || !toks[from].capitalised() || strings.ContainsRune(text[toks[from].s:toks[k].s], '\n') {
		return ""
	}
	if comma && (from == 0 || !isDeterminer(toks[from-1].low)) {
		return "" // "Reporters, Ada Holm": a list, not a role
	}
	for from > 0 && end-from < 3 && toks[from-1].word && !toks[from-1].capitalised() && personWord(toks[from-1].low) && !isDeterminer(toks[from-1].low) {
		from-- // "former Ukrainian leader": the whole role, so that byRole tells the two apart
	}
	return spanText(text, toks[from:end+1])
}

// endsWithWords reports whether phrase is words or ends with them, in any
// case: "former Ukrainian leader" ends with "Ukrainian leader".
func endsWithWords(phrase, words string) bool {
	if len(phrase) < len(words) || words == "" {
		return false
	}
	tail := phrase[len(phrase)-len(words):]
	return strings.EqualFold(tail, words) && (len(phrase) == len(words) || phrase[len(phrase)-len(words)-1] == ' ')
}

// isClause reports whether words after a comma make a clause, not a
// role: "the 31-year-old planned to sell the fleet so she could ..." has a
// subject pronoun or an auxiliary of its own before any relative clause.
func isClause(c []token) bool {
	for k, t := range c {
		if t.low == "who" || t.low == "whose" || t.low == "which" {
			c = c[:k] // "a journalist who has spoken to him": a role
			break
		}
	}
	for _, t := range c {
		if t.word && !t.capitalised() && subjectPronouns[t.low] {
			return true
		}
	}
	return hasVerb(c)
}

// trimRun drops the words that open a capitalised run without being part
// of a name ("But Tull", "The Reyes", "When Dario Venn") and cuts
// it at a pronoun or a determiner inside it ("Hoverly She", "Harbour.com The").
func trimRun(run []token) []token {
	for len(run) > 0 && notNameWord(run[0]) {
		run = run[1:]
	}
	for k := 1; k < len(run); k++ {
		if notNameWord(run[k]) {
			return run[:k]
		}
	}
	return run
}

// notNameWord reports whether a capitalised word cannot be part of a
// person's name: a determiner, pronoun, clause word, number word or
// sentence adverb written with a capital.
func notNameWord(t token) bool {
	w := t.lower()
	return isDeterminer(w) || pronouns[w] || clauseStarts[w] || numberWords[w] || openers[w] || sentenceOpeners[w] || prepositions[w]
}
