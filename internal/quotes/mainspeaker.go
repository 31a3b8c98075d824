package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mainSpeakerSpeaks gives the article's main speaker the quote paragraphs
// in the first person that found no speaker: in an interview piece where
// one person is given most of the quotes with a speaker, four or more and
// three times as many as anyone else, `'I wanted a quiet life.'` alone in its paragraph after a
// passage of narrative naming others is theirs. A quote that names them is
// about them, not theirs. The speaker is marked as read past a rival.
func (x *extractor) mainSpeakerSpeaks(out []Mention) {
	if !slices.ContainsFunc(out, x.mayTakeMainSpeaker) {
		return
	}
	count := map[string]int{}
	total, best := 0, ""
	var main *Speaker
	for _, m := range out {
		if m.Speaker == nil || !m.Speaker.Named || m.Speaker.Kind != "person" {
			continue
		}
		total++
		count[m.Speaker.Name]++
		if count[m.Speaker.Name] > count[best] {
			best, main = m.Speaker.Name, m.Speaker
		}
	}
	second := 0
	for name, n := range count {
		if name != best {
			second = max(second, n)
		}
	}
	if count[best] < 4 || 2*count[best] <= total || count[best] < 3*second {
		return
	}
	for i := range out {
		m := &out[i]
		if !x.mayTakeMainSpeaker(*m) || !firstPersonWords(m.Text) || nameWordIn(m.Text, best) {
			continue
		}
		m.Speaker, m.how, m.rival = main, resCarried, true
	}
}

// mayTakeMainSpeaker reports whether m is a whole quotation with no
// speaker, cue or credit that opens its paragraph.
func (x *extractor) mayTakeMainSpeaker(m Mention) bool {
	return m.Speaker == nil && !m.Partial && m.SpeakerText == "" && m.Credit == "" && x.opensParagraph(m.Start)
}

// opensParagraph reports whether only white space stands between the start
// of its line and pos.
func (x *extractor) opensParagraph(pos int) bool {
	line := x.text[strings.LastIndexByte(x.text[:pos], '\n')+1 : pos]
	return strings.TrimSpace(line) == ""
}

// firstPersonWords reports whether s speaks in the first person singular.
func firstPersonWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch strings.ToLower(w) {
		case "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my":
			return true
		}
	}
	return false
}

// nameWordIn reports whether a word of name (titles aside) stands
// capitalised in quotation s, outside the quotations nested in it (`the
// drip of 'Rubin's losing'` quotes others speaking of him).
func nameWordIn(s, name string) bool {
	named := false
	for rest := name; rest != "" && !named; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		named = len(w) > 2 && strings.Contains(s, w)
	}
	if !named {
		return false // no word of the name at all: the common case, read cheaply
	}
	words := personNameWords(name)
	inner := outsideNested(s)
	fields := strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	at := 0
	for k, w := range fields {
		i := at + strings.Index(inner[at:], w)
		at = i + len(w)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !slices.Contains(words, strings.ToLower(w)) {
			continue
		}
		if k+1 < len(fields) && inner[at:] != "" && inner[at] == ' ' && strings.HasPrefix(inner[at+1:], fields[k+1]) {
			// "the post in Abdul Rahim village" names a place, or
			// someone else, after a man called Abdul Karim: a word of
			// the name run on by a capitalised word not of it.
			if r, _ := utf8.DecodeRuneInString(fields[k+1]); unicode.IsUpper(r) && !slices.Contains(words, strings.ToLower(fields[k+1])) {
				continue
			}
		}
		return true
	}
	return false
}

// outsideNested is quotation s, its outer marks dropped, with the words of
// the quotations nested in it (a mark opening after a space or a dash up to
// a mark closing before one) left out.
func outsideNested(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	_, m := utf8.DecodeLastRuneInString(s)
	if n+m > len(s) {
		return s
	}
	s = s[n : len(s)-m]
	var b strings.Builder
	var closer rune
	prev := ' '
	for i, r := range s {
		_, w := utf8.DecodeRuneInString(s[i:]) // an invalid byte is one byte wide, though RuneError is three
		next, _ := utf8.DecodeRuneInString(s[i+w:])
		switch {
		case closer == 0 && (r == '‘' || r == '“' || r == '"' || r == '\'') && (unicode.IsSpace(prev) || prev == '—' || prev == '(' || i == 0):
			closer = map[rune]rune{'‘': '’', '“': '”', '"': '"', '\'': '\''}[r]
		case closer != 0 && r == closer && !unicode.IsLetter(next):
			closer = 0
		case closer == 0:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// personNameWords are the lower-case words of a person's name, titles
// and initials aside.
func personNameWords(name string) []string {
	var words []string
	for _, w := range nameWords(name) {
		if len(w) > 2 && !titles[w] {
			words = append(words, w)
		}
	}
	return words
}
