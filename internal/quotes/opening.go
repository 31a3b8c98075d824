package quotes

import "strings"

func wordCount(s string) int { return len(strings.Fields(s)) }

// statementJustBefore is the speaker of the quotation just before
// quotation i in its paragraph when that one was given in a statement
// (`"...," the family said in a joint statement`) and i's pronoun is "it":
// the statement goes on, whatever outlet was named before.
func (x *extractor) statementJustBefore(cands []cand, i int, out []Mention, index map[int]int, r ref) *Speaker {
	if r.pronoun != "it" || i == 0 {
		return nil
	}
	p := &cands[i-1]
	k, ok := index[i-1]
	if !ok || p.raw.last != cands[i].raw.para || p.att.np == nil || out[k].Speaker == nil || out[k].Speaker.Outlet {
		return nil
	}
	if !hasDocNoun(p.post) && !hasDocNoun(p.pre) {
		return nil
	}
	return out[k].Speaker
}

// describedOpening reports whether the tokens from..to open a sentence with
// words that only describe the person named after them: no verb, no
// preposition, no punctuation ("Harbour newcomer and keen sailor").
func (x *extractor) describedOpening(from, to int) bool {
	if to-from > 8 {
		return false
	}
	for _, t := range x.toks[from:to] {
		if !t.word || prepositions[t.lower()] || cueAt(x.toks, x.tokAt(t.s)) > 0 || auxiliaries[t.lower()] || isDeterminer(t.lower()) && t.s != x.toks[from].s {
			return false
		}
	}
	return !hasVerb(x.toks[from:to])
}

// knownSurnameIn is the one surname in sent, set alone, of a person the
// text names in full elsewhere ("Then, Tapp had enough." after "Host Jim
// Tapp"); none when sent has none or two.
func (x *extractor) knownSurnameIn(sent []token) personAt {
	var who personAt
	for i, t := range sent {
		if !t.word || !t.capitalised() || len(x.names.byLast[t.lower()]) == 0 || x.names.namesakes(t.lower()) {
			continue
		}
		if i > 0 && !commaBefore(sent, i) && !titleToken(sent[i-1]) {
			// "Poehler gave Benoit advice": an object, no subject; `After
			// their hit "Black Water," Simmons` has the comma inside the marks
			continue
		}
		if who.last != "" && who.last != t.lower() {
			return personAt{}
		}
		who = personAt{pos: t.s, last: t.lower()}
	}
	return who
}

// subjectAfterOpening is the subject after a participle phrase that opens
// a sentence at toks[i] ("Writing in the Review, Jack Penrow raises"): the
// noun phrase after the phrase's comma when a name opens it; nil if none.
func (x *extractor) subjectAfterOpening(i int) []token {
	for k := i + 1; k < len(x.toks) && k <= i+15; k++ {
		t := x.toks[k]
		if t.sentenceEnd() || isMarkToken(t) || x.lineBetween(k-1, k) {
			return nil
		}
		if t.is(",") {
			// The capitalised run after the comma, past an owner's name:
			// "Ulby Law's Jack Penrow".
			from, end := k+1, k+1
			for end < len(x.toks) && end <= k+8 && x.toks[end].word && (x.toks[end].capitalised() || isInitial(x.toks[end])) {
				if possessive(x.toks[end].w) {
					from = end + 1
				}
				end++
			}
			if end-from < 2 || end < len(x.toks) && x.toks[end].word && x.toks[end].capitalised() {
				return nil
			}
			return x.toks[from:end]
		}
	}
	return nil
}

// describedJustBefore reports whether event e, one person described
// speaking ("an unnamed dock worker asked the mayor ..."), ends the
// paragraph right before the one pronoun r opens a quote in: `"...," he
// said` goes on with that person.
func (x *extractor) describedJustBefore(e event, r ref) bool {
	p := x.paraOf(r.span.Start)
	if !e.described || p == 0 || x.paraOf(e.pos) != p-1 || !e.one && !onePersonPlaced(e.sp.Name) {
		return false
	}
	q := x.tokAt(x.paras[p].Start)
	return q < len(x.toks) && isMarkToken(x.toks[q])
}

// onePersonPlaced reports whether a description names one person and the
// place they are in, "unnamed dock worker in the harbour office": a word
// for a person right before the first preposition, no plural before it.
func onePersonPlaced(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for k, w := range ws {
		if prepositions[w] {
			return k > 0 && personWord(ws[k-1]) && !strings.HasSuffix(ws[k-1], "s")
		}
	}
	return false
}

// creditsStatement reports whether the cue at toks[i:i+n], its subject
// opening at toks[from], only credits the statement of a named speaker earlier in
// its sentence: `MP Ivo Castran stated that ..., Norland TradeLink
// reported.` The one reporting closes the sentence after a comma; a "he"
// after it is Castran, not the source that reported him.
func (x *extractor) creditsStatement(out []event, from, i, n int) bool {
	if w := x.toks[i].low; w != "reported" && w != "reports" || len(out) == 0 {
		return false
	}
	if from == 0 || !x.toks[from-1].is(",") || i+n >= len(x.toks) || !x.toks[i+n].sentenceEnd() {
		return false
	}
	start := from - 1
	for start > 0 && !x.toks[start-1].sentenceEnd() && !x.lineBetween(start-1, start) {
		start--
	}
	for k := len(out) - 1; k >= 0 && out[k].pos >= x.toks[start].s; k-- {
		if e := out[k]; e.pronoun == "" && e.sp.Named && e.sp.Kind == "person" {
			return true
		}
	}
	return false
}

// quoteOpening is the index of the token that opens the short quotation
// whose closing mark is toks[k], within its sentence and paragraph: "three
// loud bangs" in `said he heard "three loud bangs" that came`. -1 when the
// mark closes no such quotation.
func (x *extractor) quoteOpening(k int) int {
	for j := k - 1; j >= 0 && k-j <= maxPartialTokens; j-- {
		t := x.toks[j]
		if x.lineBetween(j, j+1) || t.sentenceEnd() {
			return -1
		}
		if isMarkToken(t) {
			if j == 0 || x.toks[j-1].sentenceEnd() || x.lineBetween(j-1, j) {
				return -1
			}
			if isMarkToken(x.toks[j-1]) {
				// `Charlie Brek ("The Dock," "Low Tide")`: titles in a
				// row, crossed as one
				return x.quoteOpening(j - 1)
			}
			return j
		}
	}
	return -1
}

// maxPartialTokens is the longest quotation read as a few words inside a
// sentence.
const maxPartialTokens = 12

// commaBefore reports whether a comma ends ts right before index i, also
// inside the closing mark of a quotation ("Black Water," Simmons).
func commaBefore(ts []token, i int) bool {
	return i > 0 && ts[i-1].is(",") || i > 1 && isMarkToken(ts[i-1]) && ts[i-2].is(",")
}
