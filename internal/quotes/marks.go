package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// markKind is how a quotation mark behaves.
type markKind byte

const (
	markOpen     markKind = iota + 1 // “ „ «
	markClose                        // ” »
	markStraight                     // " or '' : direction from context
)

// mark is one quotation mark in the text.
type mark struct {
	s, e   int
	kind   markKind
	single bool // a single mark (‘ ’ or ')
}

// segment is one run of quoted words within a paragraph: [s, e) covers the
// marks, [in, out) the words between them.
type segment struct {
	s, e, in, out int
}

// rawQuote is one quotation as the marks delimit it: one segment per
// paragraph it spans.
type rawQuote struct {
	segs   []segment
	closed bool // the last segment ends with a closing mark
	para   int  // paragraph of the first segment
	last   int  // paragraph of the last segment
}

func (q rawQuote) start() int { return q.segs[0].s }
func (q rawQuote) end() int   { return q.segs[len(q.segs)-1].e }

// scanMarks lists the double quotation marks of text[p.Start:p.End]. With
// singles, curly single quotes that are not apostrophes count too (headline
// style: ‘Harbor Rules’); with straight, straight single quotes that
// open or close a quotation rather than stand for a missing letter count
// as well (an article that sets its quotations in single marks).
func scanMarks(text string, p corroborate.Span, singles, straight bool, out []mark) []mark {
	open := 0 // curly opening double marks not yet closed
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		switch {
		case straight && r == '\'' && !(i+1 < p.End && text[i+1] == '\''):
			if k := straightSingle(text, p, i); k != 0 {
				out = append(out, mark{i, i + 1, k, true})
			}
		case r == '“' || r == '„' || r == '«':
			out = append(out, mark{i, i + size, markOpen, false})
			open++
		case r == '”' || r == '»':
			out = append(out, mark{i, i + size, markClose, false})
			open = max(0, open-1)
		case r == '"':
			out = append(out, mark{i, i + size, markStraight, false})
		case r == '\'' && i+1 < p.End && text[i+1] == '\'':
			out = append(out, mark{i, i + 2, markStraight, false})
			size = 2
		case r == '’' && open > 0 && strings.HasPrefix(text[i+size:p.End], "’") && !closedLater(text[i+2*size:p.End]):
			// two curly singles set for the closing double mark:
			// “...,’’ Ada Holm said. Not when a closing double mark
			// still follows (“The singers’’ manager quit,” Holm said).
			out = append(out, mark{i, i + 2*size, markClose, false})
			open--
			size *= 2
		case singles && r == '‘' && !elidedN(text, p, i, size) && !elided(text[i+size:p.End]):
			out = append(out, mark{i, i + size, markOpen, true})
		case singles && r == '’':
			next, _ := utf8.DecodeRuneInString(text[i+size : p.End])
			if (i+size >= p.End || !words.IsWordRune(next)) && !elidedN(text, p, i, size) {
				out = append(out, mark{i, i + size, markClose, true})
			}
		}
		i += size
	}
	return out
}

// closedLater reports whether the next double mark in s is a closing
// curly one: the quotation open before s closes there.
func closedLater(s string) bool {
	i := strings.IndexAny(s, "“”\"«»")
	return i >= 0 && (strings.HasPrefix(s[i:], "”") || strings.HasPrefix(s[i:], "»"))
}

// direction decides whether a straight mark opens or closes a quotation
// from the characters around it; ambiguous marks follow the state.
func direction(text string, p corroborate.Span, m mark, inQuote bool) markKind {
	prevSpace := m.s == p.Start
	if !prevSpace {
		r, _ := utf8.DecodeLastRuneInString(text[p.Start:m.s])
		prevSpace = unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || strings.ContainsRune("([{—–-/“‘:", r)
	}
	if m.kind == markOpen {
		// An opening mark used as a closer: `a fascist?“ he asked`.
		if inQuote && !prevSpace && m.s > p.Start {
			next, _ := utf8.DecodeRuneInString(text[m.e:p.End])
			if m.e >= p.End || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)", next) {
				return markClose
			}
		}
		return markOpen
	}
	nextSpace := m.e >= p.End
	if !nextSpace {
		r, _ := utf8.DecodeRuneInString(text[m.e:p.End])
		nextSpace = unicode.IsSpace(r) || strings.ContainsRune(".,;:!?)]}—–-”’", r)
	}
	if m.kind == markClose {
		// A closing mark used as an opener: ”Mr. Harwick embodies ...”
		if prevSpace && !nextSpace && !inQuote {
			return markOpen
		}
		return markClose
	}
	switch {
	case prevSpace && !nextSpace:
		return markOpen
	case nextSpace && !prevSpace:
		return markClose
	case inQuote:
		return markClose
	}
	return markOpen
}

// findQuotes pairs the quotation marks of each paragraph into quotations.
// A quotation left open at the end of a paragraph continues into the next
// paragraph when that one opens with a quotation mark (the convention for
// quotes of several paragraphs); otherwise it ends with its paragraph.
// Quotations separated by nothing but white space are joined.
func findQuotes(text string, paras []corroborate.Span, labelled []bool) []rawQuote {
	singleStyle := houseSingles(text, paras)
	var out []rawQuote
	var cur *rawQuote // a quotation continued from the previous paragraph
	var marks []mark
	houseStyle := singleStyle
	for pi, p := range paras {
		singleStyle = houseStyle || cur == nil && singleParagraph(text, p)
		marks = scanMarks(text, p, singleStyle || pi == 0 && !hasDoubleMarks(text, p), singleStyle, marks[:0])
		inQuote := false
		start, in := 0, 0
		mi := 0
		straightOuter := false // the open quotation began with a straight mark
		singleOuter := false   // ... with a single mark
		nested := 0            // curly quotations open inside it
		if cur != nil {
			// The paragraph opens with the continuation mark.
			inQuote, start, in = true, p.Start, marks[0].e
			straightOuter, singleOuter = straightAt(text, marks[0].s), marks[0].single
			mi = 1
		}
		for ; mi < len(marks); mi++ {
			m := marks[mi]
			if inQuote && singleOuter != m.single && singleStyle {
				// A quotation within one of the other kind of mark:
				// `‘I said, “Not now,” and left,’ she said.`
				switch direction(text, p, m, inQuote && nested > 0) {
				case markOpen:
					nested++
				case markClose:
					if nested > 0 {
						nested--
					}
				}
				continue
			}
			switch direction(text, p, m, inQuote) {
			case markOpen:
				if !inQuote {
					inQuote, start, in = true, m.s, m.e
					straightOuter, singleOuter, nested = m.kind == markStraight, m.single, 0
				} else if m.kind == markOpen && nestsInside(text, marks[mi:], straightOuter) {
					nested++ // `“... what he calls “hell” than ...”`
				}
			case markClose:
				if !inQuote {
					continue
				}
				if singleStyle && singleOuter && m.single && possessiveS(text, p, m) && closerFollows(text, p, marks[mi+1:]) {
					continue // `‘The players’ union will not wait,’`
				}
				if nested > 0 && (m.kind == markClose || !straightOuter) && !(singleStyle && singleOuter) {
					nested--
					continue
				}
				seg := segment{s: start, e: m.e, in: in, out: m.s}
				inQuote = false
				if cur != nil {
					cur.segs = append(cur.segs, seg)
					cur.closed, cur.last = true, pi
					out = append(out, *cur)
					cur = nil
					continue
				}
				out = appendQuote(text, out, rawQuote{segs: []segment{seg}, closed: true, para: pi, last: pi})
			}
		}
		if !inQuote {
			continue
		}
		if k, size := strayCloser(text, in, p.End); cur == nil && nested == 0 && k > 0 {
			// `“... quite miraculous, ’ said Dr. Ada Holm`: a single
			// mark typed for the closing double one before the cue.
			out = appendQuote(text, out, rawQuote{segs: []segment{{s: start, e: k + size, in: in, out: k}}, closed: true, para: pi, last: pi})
			continue
		}
		if k := unmarkedAttribution(text, in, p.End); cur == nil && nested == 0 && k > 0 {
			// `... scheme "in the coming days, Home Secretary Ada Holm
			// has said.`: the closing mark left out before the cue.
			out = appendQuote(text, out, rawQuote{segs: []segment{{s: start, e: k, in: in, out: k}}, closed: true, para: pi, last: pi})
			continue
		}
		seg := segment{s: start, e: p.End, in: in, out: p.End}
		if cur == nil {
			cur = &rawQuote{para: pi}
		}
		cur.segs = append(cur.segs, seg)
		cur.last = pi
		if pi+1 < len(paras) && opensWithMark(text, paras[pi+1], singleStyle) && straightAt(text, paras[pi+1].Start) == straightOuter && !labelled[pi+1] && (len(cur.segs) > 1 || opensWhole(text, p, start)) {
			// The next paragraph opens with the same kind of mark: the
			// quotation goes on. A curly mark after a straight one opens
			// a quotation of its own (an excerpt set in straight marks
			// with the speech inside it in curly ones).
			continue
		}
		if pi == len(paras)-1 && len(cur.segs) == 1 && strings.TrimSpace(text[p.End:]) == "" && cutOff(text[in:p.End]) {
			// `"The group will receive...` ending the text: an excerpt
			// cut off inside the quotation, not a quotation whole.
			cur = nil
			continue
		}
		out = append(out, *cur)
		cur = nil
	}
	return out
}

// cutOff reports whether the words of a quotation left open at the end of
// the text end with an ellipsis: the text was cut there.
func cutOff(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// straightAt reports whether a straight quotation mark stands at i: '"'
// or two apostrophes typed for one (”).
func straightAt(text string, i int) bool {
	return i < len(text) && (text[i] == '"' || strings.HasPrefix(text[i:], "''"))
}

// nestsInside reports whether the opening curly mark marks[0], inside an
// open quotation, opens a quotation within it rather than standing for a
// missing closing mark: inside a quotation set in straight marks a curly
// pair is always inner (`"... episode of “Dragon Dock.” But ...`); inside a
// curly one, the curly marks after it must close more than they open, so
// that the outer one still closes (`“... calls “hell” than ...”` but not
// `“X. “Y,” he said.`).
func nestsInside(text string, marks []mark, straightOuter bool) bool {
	opens, closes := 0, 0
	for _, m := range marks {
		switch {
		case m.kind == markOpen:
			opens++
		case m.kind == markClose:
			closes++
		}
		if straightOuter && closes > 0 {
			return true
		}
	}
	return !straightOuter && closes > opens
}

// appendQuote adds q, joining it to the previous quotation when only white
// space separates them in the same paragraph.
func appendQuote(text string, out []rawQuote, q rawQuote) []rawQuote {
	if n := len(out); n > 0 {
		prev := &out[n-1]
		last := &prev.segs[len(prev.segs)-1]
		if prev.last == q.para && prev.closed && strings.TrimSpace(text[last.e:q.segs[0].s]) == "" && !(len(prev.segs) == 1 && (showNamed(text, *last) || wordsInSentence(text, *last))) {
			last.e, last.out = q.segs[0].e, q.segs[0].out
			return out
		}
	}
	return append(out, q)
}

// showNamed reports whether segment seg is the name of a show said on:
// title words after "on", a possessive or a word for a show (`said on
// CNN's "Harbour Hour." "So ..."`, `on the radio show "Morning Tide."`);
// the quotation after it is one of its own, not this one going on.
func showNamed(text string, seg segment) bool {
	if !titleWords(strings.TrimSuffix(text[seg.in:seg.out], "."), 6) {
		return false
	}
	before := strings.TrimRight(text[:seg.s], " ")
	w := before[strings.LastIndexAny(before, " \n")+1:]
	lw := strings.ToLower(w)
	return lw == "on" || showNouns[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// wordsInSentence reports whether segment seg is a few words quoted in a
// sentence of the writer's, starting in lower case (`deemed "risky."
// "The crews will ..."`): the quotation after it is another.
func wordsInSentence(text string, seg segment) bool {
	r, _ := utf8.DecodeRuneInString(text[seg.in:seg.out])
	return unicode.IsLower(r) && len(strings.Fields(text[seg.in:seg.out])) <= 4
}

// showNouns are words for a programme named after them.
var showNouns = text.WordSet("show programme program series podcast broadcast segment")

func hasDoubleMarks(text string, p corroborate.Span) bool {
	s := text[p.Start:p.End]
	return strings.ContainsAny(s, "\"“”«»") || strings.Contains(s, "''")
}

// opensWithMark reports whether paragraph p starts with an opening double
// mark, or with a single one in an article set in single marks.
func opensWithMark(text string, p corroborate.Span, singles bool) bool {
	r, _ := utf8.DecodeRuneInString(text[p.Start:p.End])
	if r == '“' || r == '«' || r == '„' {
		return true
	}
	if singles && (r == '‘' || r == '\'' && straightSingle(text, p, p.Start) == markOpen) {
		return true
	}
	if r == '"' || strings.HasPrefix(text[p.Start:p.End], "''") {
		r2, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[p.Start:p.End], "\"'"))
		return !unicode.IsSpace(r2)
	}
	return false
}

// transcriptTurns marks the paragraphs that open, after a quotation mark,
// with a speaker's label in capitals (`"MARLOWE: Well, ...`): the turns of
// a transcript set in quotation marks, each a quotation of its own, not
// the quotation before going on. A transcript has turns by two labels at
// least; one labelled paragraph, or a label that is a note's
// ("UPDATE:", "EDITOR'S NOTE:"), is no turn.
func transcriptTurns(text string, paras []corroborate.Span) []bool {
	turns := make([]bool, len(paras))
	first, two := "", false
	for i, p := range paras {
		label := turnLabel(text, p)
		if label == "" {
			continue
		}
		turns[i] = true
		if first == "" {
			first = label
		} else if label != first {
			two = true
		}
	}
	if !two {
		clear(turns)
	}
	return turns
}

// turnLabel is the label in capitals that opens paragraph p after its
// quotation mark ("MARLOWE"), "" when it has none.
func turnLabel(text string, p corroborate.Span) string {
	s := text[p.Start:p.End]
	if !strings.HasPrefix(s, `"`) && !strings.HasPrefix(s, "“") && !strings.HasPrefix(s, "'") {
		return ""
	}
	s = strings.TrimLeft(s, "\"“'")
	k := strings.IndexByte(s, ':')
	if k <= 1 || k > 40 {
		return ""
	}
	label := s[:k]
	if strings.ToUpper(label) != label || strings.IndexFunc(label, unicode.IsLetter) < 0 || len(strings.Fields(label)) > 3 || noteLabels[strings.ToLower(strings.Fields(label)[0])] {
		return ""
	}
	return label
}

// noteLabels open an editor's note or a caption, not a speaker's turn.
var noteLabels = text.WordSet(`note update correction clarification editor's editors' watch read fact photos photo video breaking exclusive warning q a`)

// opensWhole reports whether a quotation opening at start in paragraph p
// opens its sentence (paragraph start, or after a colon, comma or sentence
// end), as a quotation running on into the next paragraph does.
func opensWhole(text string, p corroborate.Span, start int) bool {
	before := strings.TrimRightFunc(text[p.Start:start], unicode.IsSpace)
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(":,.?!—", r)
}

// singleParagraph reports whether paragraph p is one quotation set in
// single marks around a quotation in double ones, though the article has no
// house style of single marks: `Tom Arlen said: 'My neighbour shouted
// "Get out" and ran.'`. The single mark opens after ": " or ", " before any
// double mark, and a single mark after a full stop, comma, question or
// exclamation mark closes the paragraph.
func singleParagraph(text string, p corroborate.Span) bool {
	body := strings.TrimRightFunc(text[p.Start:p.End], unicode.IsSpace)
	var closer string
	switch {
	case strings.HasSuffix(body, "'"):
		closer = "'"
	case strings.HasSuffix(body, "’"):
		closer = "’"
	default:
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(body[:len(body)-len(closer)])
	if !strings.ContainsRune(".,?!…", before) {
		return false
	}
	opener := " '"
	if closer == "’" {
		opener = " ‘"
	}
	k := strings.Index(body, opener)
	d := strings.IndexAny(body, "\"“”")
	if k < 1 || d < 0 || d < k || body[k-1] != ':' && body[k-1] != ',' {
		return false
	}
	return true
}

// houseSingles reports whether an article sets its quotations in single
// marks, as some newspapers do. With no double mark at all, a single one
// that opens a line or follows a space is enough. With double marks too (a
// headline, a quotation within a quotation), the article's quotations are
// counted, outside one another, by their kind of mark: a single-mark
// quotation is one whose mark opens after a space or a paragraph's start
// and closes after its sentence's punctuation (`‘We will,’ she said`) or at
// the paragraph's end when it opened it. The house style is single marks
// when such quotations outnumber those in double marks, so that single
// marks nested inside double ones (American style) never decide it, and
// apostrophes (’s, n’t, o’clock, rock ’n’ roll, the players’ union) never
// count.
func houseSingles(text string, paras []corroborate.Span) bool {
	if !strings.ContainsAny(text, "\"“”„«»") && !strings.Contains(text, "''") {
		return strings.Contains(text, "‘") || strings.HasPrefix(text, "'") || strings.Contains(text, " '") || strings.Contains(text, "\n'")
	}
	if !strings.Contains(text, "‘") && !strings.Contains(text, " '") && !strings.Contains(text, "\n'") {
		return false
	}
	singles, doubles := 0, 0
	var marks []mark
	for _, p := range paras {
		marks = scanMarks(text, p, true, true, marks[:0])
		open := -1 // index of the mark that opened the quotation being read
		for mi, m := range marks {
			k := direction(text, p, m, open >= 0)
			if open < 0 {
				if k == markOpen {
					open = mi
				}
				continue
			}
			o := marks[open]
			if m.single != o.single || k != markClose {
				continue
			}
			if m.single && possessiveS(text, p, m) && closerFollows(text, p, marks[mi+1:]) {
				continue // "the owners’ offer": an apostrophe, the quotation goes on
			}
			open = -1
			before, _ := utf8.DecodeLastRuneInString(text[p.Start:m.s])
			lead := strings.TrimRightFunc(text[p.Start:o.s], unicode.IsSpace)
			if !strings.ContainsRune(",.?!…", before) && !(m.e == p.End && (lead == "" || strings.HasSuffix(lead, ":"))) {
				continue
			}
			if m.single {
				singles++
			} else {
				doubles++
			}
		}
	}
	return singles >= 2 && singles > doubles
}

// elidedN reports whether the single mark at text[i:i+size] is one of the
// two around the "n" of rock ’n’ roll.
func elidedN(text string, p corroborate.Span, i, size int) bool {
	isMark := func(r rune) bool { return r == '’' || r == '‘' || r == '\'' }
	if j := i + size; j+1 < p.End && text[j] == 'n' {
		if r, _ := utf8.DecodeRuneInString(text[j+1 : p.End]); isMark(r) {
			return true
		}
	}
	if i-1 > p.Start && text[i-1] == 'n' {
		if r, _ := utf8.DecodeLastRuneInString(text[p.Start : i-1]); isMark(r) {
			return true
		}
	}
	return false
}

// possessiveS reports whether the closing single mark m could be the
// apostrophe of a plural possessive: after an "s" and before a space and a
// word in lower case (`the players’ union`).
func possessiveS(text string, p corroborate.Span, m mark) bool {
	if m.s == p.Start || text[m.s-1] != 's' || m.e+1 >= p.End || text[m.e] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[m.e+1 : p.End])
	w := text[m.e+1:]
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = w[:k]
	}
	return unicode.IsLower(r) && !cueVerbs[w] && !pronounCue[w] && !afterQuoteWords[w]
}

// afterQuoteWords go on a sentence after a closing mark, never after a
// possessive: `to 'mind its own business' rather than ...`.
var afterQuoteWords = text.WordSet(`rather than but as because while if when which that who
is are was were has have had will would should could can may might to of in on at for from with by`)

// pronounCue are the pronouns that follow a quotation before its cue
// (`..., ’ she said`).
var pronounCue = text.WordSet(`he she they we i it`)

// closerFollows reports whether another closing single mark follows in
// marks before any single opening mark, so that the quotation can close
// there instead.
func closerFollows(text string, p corroborate.Span, marks []mark) bool {
	for _, m := range marks {
		if !m.single {
			continue
		}
		switch direction(text, p, m, true) {
		case markClose:
			return true
		case markOpen:
			return false
		}
	}
	return false
}

// straightSingle tells whether the straight single quote at text[i] opens
// or closes a quotation, or is an apostrophe (0): `'We will,' he said`
// against "don't", "the '90s", "rock 'n' roll".
func straightSingle(text string, p corroborate.Span, i int) markKind {
	var prev, next rune = ' ', ' '
	if i > p.Start {
		prev, _ = utf8.DecodeLastRuneInString(text[p.Start:i])
	}
	if i+1 < p.End {
		next, _ = utf8.DecodeRuneInString(text[i+1 : p.End])
	}
	prevOpen := unicode.IsSpace(prev) || strings.ContainsRune("([{—–-“:", prev)
	switch {
	case prevOpen && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '…') && !elided(text[i+1:p.End]):
		return markOpen
	case !prevOpen && (unicode.IsSpace(next) || strings.ContainsRune(",.;:?!)]—–", next)):
		return markClose
	}
	return 0
}

// elided reports whether the word after a straight single quote is a word
// with its first letters left out: 'em, 'til, 'n', '90s.
func elided(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		end = len(s)
	}
	w := strings.ToLower(s[:end])
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true // '90s, '16
	}
	switch w {
	case "em", "til", "tis", "twas", "cause", "n", "bout", "round", "nuff", "cos":
		return true
	}
	return false
}

// strayCloser finds, in text[from:to] inside a quotation that no double
// mark closes, a closing single mark typed in its place: right after a
// comma, question or exclamation mark (a space between allowed) and right
// before a speech verb, `..., ’ said Holm`. It returns the mark's offset
// and size, or 0.
func strayCloser(text string, from, to int) (int, int) {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:to])
		if r != '’' && r != '\'' {
			i += size
			continue
		}
		before := strings.TrimRight(text[from:i], " ")
		after := strings.TrimLeft(text[i+size:to], " ")
		if before != "" && strings.ContainsRune(",?!", rune(before[len(before)-1])) && len(after) < len(text[i+size:to]) {
			w := after
			if k := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
				w = after[:k]
			}
			if cueVerbs[w] {
				return i, size
			}
		}
		i += size
	}
	return 0, 0
}

// unmarkedAttribution is where a quotation left open at its paragraph's
// end stops when the paragraph ends in an attribution after a comma with
// no closing mark: `, Home Secretary Ada Holm has said.` or `, said Ada
// Holm.` (1 to 6 capitalised words, "has" or "had", a cue, a full stop).
// 0 when it does not.
func unmarkedAttribution(text string, from, to int) int {
	body := strings.TrimRight(text[from:to], " \n")
	c := strings.LastIndex(body, ", ")
	if c <= 0 || !strings.HasSuffix(body, ".") || strings.ContainsAny(body[c:], "\"“”") {
		return 0
	}
	ws := strings.Fields(strings.TrimSuffix(body[c+2:], "."))
	if len(ws) < 2 || len(ws) > 8 {
		return 0
	}
	names := func(ws []string) bool {
		if len(ws) == 0 || len(ws) > 6 {
			return false
		}
		for _, w := range ws {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false // text.StartsUpper, which the parameter "text" hides here
			}
		}
		return true
	}
	last := ws[len(ws)-1]
	switch {
	case cueVerbs[ws[0]] && names(ws[1:]): // ", said Ada Holm."
	case cueVerbs[last] && len(ws) >= 3 && (ws[len(ws)-2] == "has" || ws[len(ws)-2] == "had") && names(ws[:len(ws)-2]):
	case cueVerbs[last] && names(ws[:len(ws)-1]): // ", Ada Holm said."
	default:
		return 0
	}
	return from + c + 1
}
