package claims

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// speechWords name the act of saying in an attribution ("Varga said",
// "according to the Harbour Trust", "first reported by the Lenna Post"):
// the words of attribution that do not question or dispute ("asked",
// "claimed"), and "reported".
var speechWords = text.WordSet(sayWords + " reported")

// listeners are the common nouns a statement is told to: "told reporters".
var listeners = text.WordSet("reporters journalists media press newspaper station affiliate")

// spokenOnly marks the features of a sentence found only in its
// attributions (markAttribution), nil when it has none.
func spokenOnly(s string, toks []token, figs []figure, feats []int, v *vocab) []bool {
	if !slices.ContainsFunc(toks, func(t token) bool { return speechWords[t.low] }) {
		return nil
	}
	in := make([]bool, len(toks))
	if !markAttribution(s, toks, in) {
		return nil
	}
	return onlyIn(toks, figs, feats, v, in)
}

// markAttribution marks in in the tokens of a sentence's attributions:
// each speech word with the speaker named next to it ("the Harbour
// Trust's lawyer, Ines Marlow, said", "said Varga", "according to the
// Harbour Trust", "reported by the Gazette") and whom it was told ("told
// the Lenna Post", "told reporters"). Who said a thing and to whom are no part of what
// was said: two sentences in which one person says two things share the
// person and little else. It reports whether it marked any.
func markAttribution(s string, toks []token, in []bool) bool {
	any := false
	quoted := false
	for k, t := range toks {
		if k > 0 {
			quoted = quoteFlips(s[toks[k-1].end:t.start], quoted)
		} else {
			// a quotation mark opening the sentence
			quoted = quoteFlips(openingGap(s, t.start), quoted)
		}
		if !speechWords[t.low] || quoted || k > 0 && (isNegCue(toks, k-1) || auxForms[toks[k-1].low] || toks[k-1].low == "to" || determiners[toks[k-1].low]) {
			// quoted words ("Don't say ..."), a verb not of
			// attribution ("to say", "did not say") or a noun ("the
			// reported fire") names no speaker
			continue
		}
		if t.low == "according" {
			if k+1 < len(toks) && toks[k+1].low == "to" {
				in[k], in[k+1] = true, true
				markNameRun(s, toks, k+2, in)
				any = true
			}
			continue
		}
		in[k], any = true, true
		// the speaker before: a run of names and the words between them
		for j := k - 1; j >= 0; j-- {
			if gapBreaks(s, toks[j].end, toks[j+1].start) {
				break
			}
			inner := j > 0 && j+1 < k && capitalOrOwner(toks[j-1]) && toks[j+1].capital && !verbLike(toks, j)
			if !toks[j].capital && !inner {
				break
			}
			in[j] = true
		}
		next := k + 1
		if next < len(toks) && toks[next].low == "by" {
			in[next] = true
			next++
		}
		if next < len(toks) && listeners[toks[next].low] {
			in[next] = true
			continue
		}
		markNameRun(s, toks, next, in)
	}
	return any
}

// markNameRun marks the name run from toks[from] ("the Harbour Trust",
// "Orvell spokesman Anton Pell", "the Gazette affiliate"): a determiner,
// then names and the words between them, and one common noun right after
// them.
func markNameRun(s string, toks []token, from int, in []bool) {
	j := from
	if j < len(toks) && determiners[toks[j].low] {
		j++
	}
	start := j
	for ; j < len(toks); j++ {
		if j > start && gapBreaks(s, toks[j-1].end, toks[j].start) {
			return
		}
		t := toks[j]
		switch {
		case t.capital:
		case j > start && toks[j-1].capital && t.lemma != "" && !verbLike(toks, j) && (j+1 == len(toks) || toks[j+1].capital || gapBreaks(s, t.end, toks[j+1].start) || strings.Contains(s[t.end:toks[j+1].start], ",")):
			// "spokesman" in "Orvell spokesman Anton Pell", "affiliate" in "the Gazette affiliate."
		default:
			return
		}
		if j == start && from < start {
			in[from] = true
		}
		in[j] = true
	}
}

// openingGap is the few bytes before a sentence's first token at start
// that may hold a quotation mark opening it: none of the sentence before,
// so it ends after that sentence's last stop and the quotation mark
// closing it ("… at dawn." Harbour master Ana Vell said …").
func openingGap(s string, start int) string {
	gap := s[max(start-4, 0):start]
	if i := strings.LastIndexAny(gap, ".?!"); i >= 0 {
		gap = gap[i+1:]
		gap = strings.TrimPrefix(strings.TrimPrefix(gap, "\""), "”")
	}
	return gap
}

// quoteFlips reads the quotation marks of the text between two tokens:
// whether the next token is inside a quotation, given that the previous
// one was (in). Single marks are apostrophes as often as not and are not
// read.
func quoteFlips(gap string, in bool) bool {
	for _, r := range gap {
		switch r {
		case '"':
			in = !in
		case '“':
			in = true
		case '”':
			in = false
		}
	}
	return in
}

// capitalOrOwner reports a name or a possessive ("Varga's").
func capitalOrOwner(t token) bool {
	return t.capital || strings.HasSuffix(t.low, "'s")
}
