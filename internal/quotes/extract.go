package quotes

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// how an attribution was found.
const (
	attNone  = iota
	attPost  // `"...," she said.`
	attPre   // `She said: "..."`
	attColon // `Lindqvist: "..."`, or a previous paragraph ending "Lindqvist continued:"
)

// attribution is what the text says about who spoke a quotation.
type attribution struct {
	how     int
	cue     []token
	np      []token
	partial bool
	credit  string
	title   bool // the quoted words name a work: `a video titled "..."`
	outlet  bool // np is an outlet credited with no one else named: its own reporting
	// nickname: the quoted words are a name someone goes by, `known as
	// "the Ferryman"`: never a quotation.
	nickname bool
	// scare: a word or two set in quotation marks before the noun they
	// qualify, `the supposedly "live" show`: never a quotation, and the
	// attribution before it belongs to the quotation after it.
	scare bool
	// joins: the quoted words go on the reported sentence of the quote
	// before, with no one else speaking: a part of its mention.
	joins bool
}

// cand is a quotation being attributed.
type cand struct {
	raw        rawQuote
	before     [2]int // token range of the gap before the quote
	after      [2]int // token range of the gap after it
	pre, post  []token
	att        attribution
	ref        ref
	mergedInto int // index of the candidate this one joined, or -1
}

// extractor holds one article's text and tokens while quotes are found.
type extractor struct {
	text string
	// lower is text in lower case, read once (lowerBefore)
	lower string
	// title is the article's headline: the sentence before its first
	// paragraph.
	title string
	toks  []token
	paras []corroborate.Span
	opt   Options
	names nameIndex
	// isTranscript is 1 when the article is a transcript, -1 when not, 0
	// before transcript is first asked.
	isTranscript int
	// told is the gender a "he" or "she" resolved to a speaker gave a
	// name the text gives no gender otherwise.
	told map[string]gender
	// embeds are the posters of embedded posts, by the byte their words
	// start at.
	embeds map[int]string
	// turns marks the paragraphs that open a transcript's turn set in
	// quotation marks (`"MARLOWE: ...`), by paragraph.
	turns []bool
	// raws are the quotations as the marks delimit them, in text order.
	raws []rawQuote
	// acronyms are the full names of the bodies the text writes short,
	// by the short form ("NHTSA"), once acronyms is first asked.
	acronymsOf map[string]string
	// qa is the article's interview layout, once qaRead (interviewLayout).
	qa     *interview
	qaRead bool
	// mentions counts the capitalised words outside quotations, once
	// mentionCounts is first asked.
	mentions mentions
}

// TryExtract is Extract that turns a panic, a defect of the finder and
// never the article's fault alone, into an error, so that a batch loses
// that article's quotations and no other's; the caller names the article.
func TryExtract(a corroborate.Article, opt Options) ([]Mention, error) {
	return TryExtractWith(a, opt, Extract)
}

// TryExtractWith runs find on a as TryExtract runs Extract: a test's way
// to a finder with a defect.
func TryExtractWith(a corroborate.Article, opt Options, find func(corroborate.Article, Options) []Mention) (ms []Mention, err error) {
	defer func() {
		if r := recover(); r != nil {
			ms, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return find(a, opt), nil
}

// Extract finds the direct quotations of an article with their speakers,
// resolved within the article: pronouns and bare surnames point to the
// nearest compatible named speaker ("he added" -> the last person quoted or
// reported as speaking). Offsets are byte offsets into a.Text. Quotations
// with no attribution shorter than Options.MinUnattributedWords are taken
// for scare quotes and left out.
func Extract(a corroborate.Article, opt Options) []Mention {
	x := &extractor{text: a.Text, title: a.Title, paras: text.Paragraphs(a.Text), opt: opt, told: map[string]gender{}}
	x.turns = transcriptTurns(x.text, x.paras)
	raws := x.addEmbeds(findQuotes(x.text, x.paras, x.turns))
	if len(raws) == 0 {
		return nil
	}
	x.toks = tokenize(x.text, 0, len(x.text), make([]token, 0, len(x.text)/5))
	markOpeners(x.text, x.toks)
	all := raws
	x.raws = raws
	if raws = x.dropInnerNames(raws); len(raws) == 0 {
		return nil
	}
	cands := make([]cand, len(raws))
	for i, q := range raws {
		c := &cands[i]
		c.raw, c.mergedInto = q, -1
		prevEnd := x.paras[q.para].Start
		if i > 0 && raws[i-1].last == q.para {
			prevEnd = raws[i-1].end()
		}
		nextStart := x.paras[q.last].End
		if i+1 < len(raws) && raws[i+1].para == q.last {
			nextStart = raws[i+1].start()
		}
		c.before = [2]int{x.tokAt(prevEnd), x.tokAt(q.start())}
		c.after = [2]int{x.tokAt(q.end()), x.tokAt(nextStart)}
		gap := x.toks[c.before[0]:c.before[1]]
		from := 0
		for j, t := range gap {
			if t.sentenceEnd() {
				from = j + 1
			} else if bracketedSentenceEnds(gap, j) {
				from = j + 1 // "(… a cloudy sky.)": the bracket closes a sentence
			}
		}
		c.pre = gap[from:]
		gap = x.toks[c.after[0]:c.after[1]]
		to := len(gap)
		for j, t := range gap {
			if t.sentenceEnd() {
				to = j
				break
			}
		}
		c.post = gap[:to]
	}
	x.names = buildNameIndex(x.text, x.toks, all)
	if iv := x.interviewLayout(); iv != nil {
		for i := range cands {
			if c := &cands[i]; iv.turn[c.raw.para] == turnAnswer {
				c.pre = dropTurnLabel(x.text, x.paras[c.raw.para], c.pre)
			}
		}
	}
	for i := range cands {
		cands[i].att = x.attribute(cands, i)
	}
	x.mergeSplit(cands)
	return x.resolve(cands)
}

// dropTurnLabel drops the label that opens paragraph p, an interview's
// answer, from pre, the words before a quotation, when more than the
// label's colon follows it:
// `Calloway: Petra asked, "..."` is Petra's lead-in, not Calloway's.
func dropTurnLabel(text string, p corroborate.Span, pre []token) []token {
	if len(pre) < 4 || pre[0].s != p.Start+leadingSpace(text[p.Start:p.End]) {
		return pre
	}
	_, label := qaLabel(text[p.Start:p.End])
	if label == "" {
		return pre
	}
	for k, t := range pre[:len(pre)-1] {
		if t.s >= pre[0].s+len(label) {
			if t.is(":") && k+2 < len(pre) {
				return pre[k+1:]
			}
			break
		}
	}
	return pre
}

// leadingSpace is the length of the white space opening s.
func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeft(s, " \t"))
}

// tokAt is the index of the first token starting at or after pos.
func (x *extractor) tokAt(pos int) int {
	return sort.Search(len(x.toks), func(i int) bool { return x.toks[i].s >= pos })
}

// startsLower reports whether a quotation's words start with a lower-case letter.
func (x *extractor) startsLower(q rawQuote) bool {
	seg := q.segs[0]
	s := strings.TrimLeftFunc(x.text[seg.in:seg.out], func(r rune) bool {
		return unicode.IsSpace(r) || r == '‘' || r == '\'' || r == '…' || r == '.' || r == '['
	})
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endRune is the last character of a quotation's words, ignoring closing
// single quotes: ',' for `"...,"`, '.' for a full sentence.
func (x *extractor) endRune(q rawQuote) rune {
	seg := q.segs[len(q.segs)-1]
	s := strings.TrimRightFunc(x.text[seg.in:seg.out], func(r rune) bool {
		// A quote closed after a nested one, `‘... said: “Go.”’`, ends
		// where the nested one does.
		return unicode.IsSpace(r) || r == '’' || r == '\'' || r == ')' || q.closed && (r == '”' || r == '"')
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// bracketedSentenceEnds reports whether gap[j] closes a sentence set in
// brackets, one that opens after the end of another or the paragraph's
// start: "It rained. (Some scenes did show a cloudy sky.)", not "Rep. Ada
// Holm (D-N.Y.)".
func bracketedSentenceEnds(gap []token, j int) bool {
	t := gap[j]
	if j < 2 || !t.is(")") && !t.is("]") {
		return false
	}
	if p := gap[j-1]; !p.sentenceEnd() && !(p.word && strings.HasSuffix(p.w, ".")) {
		return false
	}
	open := "("
	if t.is("]") {
		open = "["
	}
	for k := j - 1; k >= 0; k-- {
		if gap[k].is(open) {
			return k == 0 || gap[k-1].sentenceEnd() || gap[k-1].word && strings.HasSuffix(gap[k-1].w, ".") && !dotAbbrevs[strings.TrimSuffix(gap[k-1].low, ".")]
		}
	}
	return false
}

// dropInnerNames leaves out the names set in quotation marks in the
// middle of a sentence (innerName). They are no quotations, and the words
// around them are read as if unmarked, so that `"...," the "Salt Road"
// author wrote` keeps its attribution.
func (x *extractor) dropInnerNames(raws []rawQuote) []rawQuote {
	var out []rawQuote
	for i, q := range raws {
		if x.innerName(q) {
			if out == nil {
				out = append(make([]rawQuote, 0, len(raws)), raws[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, q)
		}
	}
	if out == nil {
		return raws
	}
	return out
}

// innerName reports whether q is a name in quotation marks with a word of
// the sentence on each side and no speech or naming verb before it: `the
// "Tide Mill" author`, `her part in "Tide Mill 2" is`; or a nickname
// between the words of a name, `J "Jem" Okonjo`.
func (x *extractor) innerName(q rawQuote) bool {
	if len(q.segs) != 1 || !q.closed || !x.namesAWork(q, 4) {
		return false
	}
	b, a := x.tokAt(q.start()), x.tokAt(q.end())
	if b == 0 || a >= len(x.toks) {
		return false
	}
	prev, next := x.toks[b-1], x.toks[a]
	if prev.capitalised() && next.capitalised() && x.namesAWork(q, 2) {
		return true // a nickname inside a name: `J "Jem" Okonjo`
	}
	return prev.word && cueAt(x.toks, b-1) == 0 && !namingCues[prev.low] && !nicknameCues[prev.low] && runsOn(x.toks[a:a+1])
}
