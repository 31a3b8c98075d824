package claims

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// token is one word, number or date of a sentence, with its byte range in
// the article text.
type token struct {
	text       string // as written
	low        string // lower case
	lemma      string // lower case, crude singular/base form; "" for stop words
	start, end int
	capital    bool    // starts with an upper-case letter
	num        bool    // a figure: digits or a number word
	val        float64 // the figure's value when num
}

// words finds the words, numbers and dates: letters and digits, with "$"
// and "%" ("$5", "5%") and Latin-1 letters of legacy text ("Fran\xe7ois"),
// keeping inner apostrophes, hyphens and, for digits, separators
// ("216,000", "1.5", "don't", "co-operate").
var words = text.NewTokenizer(text.Rules{
	Extra: "$%", Latin1: true,
	Apostrophe: text.JoinAlnum, Hyphen: text.JoinAlnum,
	Dot: text.JoinDigits, Comma: text.JoinDigits,
})

// tokenize splits s[start:end] into tokens.
func tokenize(s string, start, end int) []token {
	return appendTokens(nil, s, start, end)
}

func appendTokens(out []token, s string, start, end int) []token {
	var w text.Word
	for words.Next(s, start, end, &w) {
		out = append(out, newToken(s[w.Start:w.End], w.Start, w.End))
		start = w.End
	}
	return out
}

// tokenArena hands out the tokens of many sentences from a few large
// arrays rather than one growing slice each.
type tokenArena struct {
	free []token // empty, with the room left in the current array
}

// arenaChunk is how many tokens one array of a tokenArena holds.
const arenaChunk = 4096

// tokenize is the package's tokenize, the tokens kept in the arena; the
// slice is capped at its length, so that appending to it copies.
func (a *tokenArena) tokenize(s string, start, end int) []token {
	if cap(a.free) < (end-start)/2+1 {
		a.free = make([]token, 0, max(arenaChunk, (end-start)/2+1))
	}
	out := appendTokens(a.free, s, start, end)
	if len(out) == 0 {
		return nil
	}
	if len(out) > cap(a.free) {
		return out // outgrew the array: append gave it its own
	}
	a.free = a.free[len(out):len(out)]
	return out[:len(out):len(out)]
}

func newToken(w string, start, end int) token {
	t := token{text: w, start: start, end: end}
	r, _ := utf8.DecodeRuneInString(w)
	t.capital = unicode.IsUpper(r)
	t.low = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	if v, ok := parseNumber(t.low); ok {
		t.num, t.val = true, v
		t.lemma = t.low
		return t
	}
	// "that's" and "he's" are a stop word and a verb: no content
	if stopWords[t.low] || stopWords[strings.TrimSuffix(t.low, "'s")] {
		return t
	}
	t.lemma = lemma(t.low)
	return t
}

// lemma is a crude base form: possessives dropped, plurals and common verb
// endings folded, so "cities"/"city" and "provides"/"provide" meet.
func lemma(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if irr, ok := irregular[w]; ok {
		return dropE(irr)
	}
	return dropE(suffixes(w))
}

// dropE removes a final silent e so that "provide", "provides" and
// "providing" share one stem.
func dropE(w string) string {
	if len(w) > 3 && w[len(w)-1] == 'e' && w[len(w)-2] != 'e' {
		return w[:len(w)-1]
	}
	return w
}

func suffixes(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return stripDouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		if strings.HasSuffix(w, "ied") {
			return w[:n-3] + "y"
		}
		return stripDouble(w[:n-2])
	}
	return w
}

// stripDouble undoes consonant doubling ("stopp" -> "stop").
func stripDouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiouls", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

var irregular = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child",
	"said": "say", "says": "say", "told": "tell", "made": "make", "took": "take",
	"taken": "take", "gave": "give", "given": "give", "went": "go", "gone": "go",
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be",
	"has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
	"sent": "send", "left": "leave", "held": "hold", "found": "find", "won": "win",
	"lost": "lose", "paid": "pay", "met": "meet", "led": "lead", "knew": "know",
	"known": "know", "began": "begin", "begun": "begin", "brought": "bring",
	"thought": "think", "news": "news", "police": "police", "data": "data",
	"series": "series", "species": "species", "us": "us", "u.s": "us",
	"proof": "prove", "proves": "prove", "proved": "prove", "proven": "prove",
	"ineligible": "ineligible", "united": "united", "states": "state",
}

// stopWords carry no content of their own.
var stopWords = text.WordSet(`a an the and or but nor so yet of in on at to for from by with about as into
onto upon over under than then that this these those there here it its it's he him his she her hers
they them their theirs we us our ours you your yours i me my mine who whom whose which what when where
why how be is are was were been being am have has had having do does did doing will would shall should
can could may might must also just only very too not no n't never ever all any some each every both
either neither other another such own same more most much many few one's if unless while because
though although whether after before during since until again further once out up down off new`)

// ContentWords returns the stems of the content words and the figures of s,
// the same forms claims are aligned on, for callers that compare sentences.
func ContentWords(s string) []string {
	// token by token, without keeping them: callers pass whole articles
	var out []string
	var w text.Word
	for start := 0; words.Next(s, start, len(s), &w); start = w.End {
		if t := newToken(s[w.Start:w.End], w.Start, w.End); t.lemma != "" {
			out = append(out, t.lemma)
		}
	}
	return out
}

// lemmaSet is the set of the lemmas of the words of s: one entry serves
// every form of a word ("deny" for "denied", "denying").
func lemmaSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[lemma(w)] = true
	}
	return out
}

// unionOf is one set of the words of all of sets.
func unionOf(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, set := range sets {
		maps.Copy(out, set)
	}
	return out
}
