package reuse

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// synonyms are the word swaps of a light edit: what a copy desk changes
// without changing the facts.
var synonyms = map[string][]string{
	"said": {"stated", "says", "added"}, "says": {"said"}, "told": {"informed"},
	"however": {"but"}, "but": {"however,"}, "also": {"too"}, "people": {"individuals"},
	"officials": {"authorities"}, "police": {"officers"}, "began": {"started"},
	"started": {"began"}, "big": {"large"}, "large": {"big"}, "small": {"little"},
	"help": {"assist"}, "show": {"reveal"}, "showed": {"revealed"}, "shows": {"reveals"},
	"about": {"around", "roughly"}, "nearly": {"almost"}, "almost": {"nearly"},
	"more": {"over"}, "died": {"was killed"}, "killed": {"slain"}, "man": {"male"},
	"woman": {"female"}, "children": {"kids"}, "home": {"house"}, "house": {"home"},
	"group": {"organisation"}, "company": {"firm"}, "firm": {"company"},
	"two": {"2"}, "three": {"3"}, "four": {"4"}, "five": {"5"}, "ten": {"10"},
	"percent": {"per cent"}, "want": {"wish"}, "wanted": {"sought"}, "buy": {"purchase"},
	"get": {"obtain"}, "got": {"received"}, "after": {"following"}, "before": {"prior to"},
	"because": {"as"}, "during": {"in"}, "while": {"whilst"}, "found": {"discovered"},
	"claimed": {"alleged"}, "claims": {"alleges"}, "reported": {"said"}, "report": {"account"},
	"statement": {"release"}, "video": {"footage"}, "photo": {"picture"}, "image": {"picture"},
	"attack": {"assault"}, "fighters": {"militants"}, "militants": {"fighters"},
	"government": {"administration"}, "country": {"nation"}, "city": {"town"},
	"week": {"weekend"}, "recently": {"lately"}, "currently": {"now"}, "believed": {"thought"},
	"announced": {"declared"}, "confirmed": {"verified"}, "expected": {"anticipated"},
	"including": {"among them"}, "several": {"a number of"},
}

// fillers are words a copy desk drops.
var fillers = map[string]bool{
	"very": true, "also": true, "just": true, "really": true, "now": true,
	"reportedly": true, "still": true, "then": true, "currently": true,
	"apparently": true, "allegedly": true, "actually": true, "even": true,
}

// substitute makes light edits to s outside its quotations: each word may
// be swapped for a synonym or dropped as a filler with probability rate.
func substitute(r *rand.Rand, s string, rate float64) string {
	words := strings.Fields(s)
	out := words[:0:0]
	inQuote := false
	for i, w := range words {
		open := strings.ContainsAny(w, "\"“”")
		core, pre, post := coreWord(w)
		lw := strings.ToLower(core)
		edit := i > 0 && !inQuote && !open && r.Float64() < rate
		switch {
		case edit && fillers[lw]:
			continue
		case edit && len(synonyms[lw]) > 0:
			syn := synonyms[lw][r.IntN(len(synonyms[lw]))]
			if unicode.IsUpper(firstRune(core)) {
				syn = upperFirst(syn)
			}
			out = append(out, pre+syn+post)
		default:
			out = append(out, w)
		}
		if n := strings.Count(w, "\"") + strings.Count(w, "“") + strings.Count(w, "”"); n%2 == 1 {
			inQuote = !inQuote
		}
	}
	return strings.Join(out, " ")
}

// shorten drops a part of s a condensing editor would: a parenthesis, a
// clause between commas, a trailing clause, an aside between dashes, or an
// opening connective. Quotations are left whole. It returns s unchanged
// when nothing can go.
func shorten(r *rand.Rand, s string) string {
	type cut func(string) (string, bool)
	cuts := []cut{dropParen, dropMiddleClause, dropTrailingClause, dropDashAside, dropConnective}
	r.Shuffle(len(cuts), func(i, j int) { cuts[i], cuts[j] = cuts[j], cuts[i] })
	for _, c := range cuts {
		if t, ok := c(s); ok && len(strings.Fields(t)) >= minWords {
			return t
		}
	}
	return s
}

func dropParen(s string) (string, bool) {
	i := strings.Index(s, " (")
	j := strings.Index(s, ")")
	if i < 0 || j < i || hasQuote(s[i:j]) {
		return s, false
	}
	return s[:i] + s[j+1:], true
}

func dropMiddleClause(s string) (string, bool) {
	parts := strings.Split(s, ", ")
	if len(parts) < 3 {
		return s, false
	}
	for k := 1; k < len(parts)-1; k++ {
		if !hasQuote(parts[k]) && len(strings.Fields(parts[k])) >= 2 {
			return strings.Join(append(parts[:k:k], parts[k+1:]...), ", "), true
		}
	}
	return s, false
}

func dropTrailingClause(s string) (string, bool) {
	i := strings.LastIndex(s, ", ")
	if i < 0 || hasQuote(s[i:]) || len(strings.Fields(s[i:])) < 3 || len(strings.Fields(s[:i])) < minWords {
		return s, false
	}
	return s[:i] + ".", true
}

func dropDashAside(s string) (string, bool) {
	for _, d := range []string{" — ", " – ", " - "} {
		i := strings.Index(s, d)
		if i < 0 {
			continue
		}
		rest := s[i+len(d):]
		j := strings.Index(rest, d)
		if j < 0 || hasQuote(rest[:j]) {
			continue
		}
		return s[:i] + " " + rest[j+len(d):], true
	}
	return s, false
}

func dropConnective(s string) (string, bool) {
	for _, c := range []string{"But ", "However, ", "Meanwhile, ", "In addition, ", "Also, ", "And ", "Still, "} {
		if rest, ok := strings.CutPrefix(s, c); ok {
			return upperFirst(rest), true
		}
	}
	return s, false
}

// merge joins two sentences into one, as a condensing editor does.
func merge(a, b string) (string, bool) {
	if hasQuote(a) || hasQuote(b) || !strings.HasSuffix(a, ".") {
		return "", false
	}
	return strings.TrimSuffix(a, ".") + ", and " + lowerFirst(b), true
}

func hasQuote(s string) bool { return strings.ContainsAny(s, "\"“”") }

// coreWord splits a field into leading marks, the word, trailing marks.
func coreWord(w string) (core, pre, post string) {
	i := strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if i < 0 {
		return "", w, ""
	}
	j := strings.LastIndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	_, n := utf8.DecodeRuneInString(w[j:])
	return w[i : j+n], w[:i], w[j+n:]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases the first letter of s unless its first word looks
// like a name (capitalised in the middle of a sentence too): only common
// sentence openers are lowered.
func lowerFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "The", "A", "An", "It", "In", "On", "At", "This", "That", "These", "Those", "He", "She", "They", "We", "There", "According", "After", "When", "While", "But", "And", "Some", "Many", "One", "For":
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToLower(r)) + s[n:]
	}
	return s
}

// reword replaces words of s outside its quotations with words drawn from
// vocab, each with probability rate: a crude stand-in for rewording that
// no synonym table covers, to stress the alignment.
func reword(r *rand.Rand, s string, vocab []string, rate float64) string {
	if len(vocab) == 0 {
		return s
	}
	words := strings.Fields(s)
	inQuote := false
	for i, w := range words {
		open := hasQuote(w)
		core, pre, post := coreWord(w)
		if i > 0 && !inQuote && !open && len(core) > 3 && r.Float64() < rate {
			words[i] = pre + vocab[r.IntN(len(vocab))] + post
		}
		if n := strings.Count(w, "\"") + strings.Count(w, "“") + strings.Count(w, "”"); n%2 == 1 {
			inQuote = !inQuote
		}
	}
	return strings.Join(words, " ")
}

// vocabulary lists the lower-case words of more than three letters in s.
func vocabulary(s Source) []string {
	var out []string
	for _, t := range s.sentences() {
		for _, w := range strings.Fields(t) {
			if core, _, _ := coreWord(w); len(core) > 3 && strings.ToLower(core) == core {
				out = append(out, core)
			}
		}
	}
	return out
}
