package text

import (
	"unicode"
	"unicode/utf8"
)

// Word is one word of a text as a Tokenizer finds it: its byte span and
// what its runes are. Joining punctuation inside it (the apostrophe of
// "don't", the comma of "12,000") is counted in none of the classes.
type Word struct {
	Start, End int
	Letters    int  // runes that are letters (a Latin-1 letter byte counts)
	Digits     int  // runes that are digits
	Others     int  // other word runes: the Extra bytes, combining marks
	Upper      bool // the first rune is an upper-case letter
	// Folded: the word is ASCII without capitals and nothing joins it
	// inside, so it is its own lower-case form.
	Folded bool
}

// Join says when a punctuation mark inside a word keeps the word whole.
type Join uint8

const (
	// JoinNever: the mark ends the word.
	JoinNever Join = iota
	// JoinLetter: a letter follows ("don't", "co-operate").
	JoinLetter
	// JoinAlnum: a letter or a digit follows, or a combining mark when the
	// rules count marks as word runes.
	JoinAlnum
	// JoinWordLetter: a letter follows and the word so far has a letter
	// ("O'Neil" whole, "1990's" split).
	JoinWordLetter
	// JoinDigits: a digit comes before and after it ("216,000", "1.5").
	JoinDigits
	// JoinNumber: the word so far is a number, letters none, and a digit
	// follows ("1.5" whole, "A1.5" split).
	JoinNumber
)

// Rules are the word rules of one stage on top of what every stage shares:
// a word is a run of letters and digits, found by byte offsets.
type Rules struct {
	Extra  string // ASCII bytes that are word runes too: "_" keeps code one token, "$%" keeps "$5" and "5%" whole
	Marks  bool   // combining marks are word runes
	Latin1 bool   // an invalid byte that is a Latin-1 letter ("Fran\xe7ois") is a letter
	// When each mark joins: the apostrophe (' and ’), the hyphen, the full
	// stop, the comma and the ampersand.
	Apostrophe, Hyphen, Dot, Comma, Ampersand Join
}

// A Tokenizer finds the words of texts by one set of Rules. It is
// read-only once made, so one Tokenizer serves any number of goroutines.
type Tokenizer struct {
	r     Rules
	ascii [utf8.RuneSelf]uint8 // class of each ASCII byte
	join  [utf8.RuneSelf]Join  // when each ASCII mark joins
}

// Rune classes; letters outside ASCII count as cLower.
const (
	cNone uint8 = iota
	cLower
	cUpper
	cDigit
	cOther
)

// NewTokenizer returns a tokenizer that follows r.
func NewTokenizer(r Rules) *Tokenizer {
	t := &Tokenizer{r: r}
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t.ascii[c] = cLower
		case 'A' <= c && c <= 'Z':
			t.ascii[c] = cUpper
		case '0' <= c && c <= '9':
			t.ascii[c] = cDigit
		}
	}
	for i := 0; i < len(r.Extra); i++ {
		if c := r.Extra[i]; c < utf8.RuneSelf && t.ascii[c] == cNone {
			t.ascii[c] = cOther
		}
	}
	t.join['\''] = r.Apostrophe
	t.join['-'] = r.Hyphen
	t.join['.'] = r.Dot
	t.join[','] = r.Comma
	t.join['&'] = r.Ampersand
	return t
}

// latin1 stands for an invalid byte that is a letter in Latin-1.
const latin1 = unicode.MaxRune + 1

// decode reads the rune at the start of s, a Latin-1 letter byte told
// apart when the rules ask for it.
func (t *Tokenizer) decode(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if t.r.Latin1 && r == utf8.RuneError && n == 1 && s[0] >= 0xC0 && s[0] != 0xD7 && s[0] != 0xF7 {
		return latin1, 1
	}
	return r, n
}

// class is the word class of a rune outside ASCII.
func (t *Tokenizer) class(r rune) uint8 {
	switch {
	case r == latin1:
		return cLower
	case unicode.IsLetter(r):
		return cLower
	case unicode.IsDigit(r):
		return cDigit
	case t.r.Marks && unicode.IsMark(r):
		return cOther
	}
	return cNone
}

// IsWordRune reports whether r belongs in a word by these rules.
func (t *Tokenizer) IsWordRune(r rune) bool {
	if 0 <= r && r < utf8.RuneSelf {
		return t.ascii[r] != cNone
	}
	return t.class(r) != cNone
}

// Next finds the first word that starts at or after s[i], not reaching
// past end, into w, and reports false when there is none. It fills the
// caller's Word rather than return one, which keeps the hot loops of the
// stages free of copies.
func (t *Tokenizer) Next(s string, i, end int, w *Word) bool {
	if i >= end {
		return false
	}
	s = s[:end] // so that the loops below index s without bounds checks
	var r rune
	var n int
	upperFirst := false
	for ; i < len(s); i += n {
		if c := s[i]; c < utf8.RuneSelf {
			n = 1
			if t.ascii[c] != cNone {
				upperFirst = 'A' <= c && c <= 'Z'
				break
			}
			continue
		}
		r, n = t.decode(s[i:])
		if t.class(r) != cNone {
			upperFirst = unicode.IsUpper(r)
			break
		}
	}
	if i >= len(s) {
		return false
	}
	start := i
	// Runes by class, in registers: lower-case (and letters outside
	// ASCII), upper-case, digits, others.
	var lower, upper, digits, others int
	plain := true // ASCII only, nothing joined
	for i < len(s) {
		c := s[i]
		k := cNone
		if c < utf8.RuneSelf {
			k, r, n = t.ascii[c], rune(c), 1
		} else {
			r, n = t.decode(s[i:])
			k = t.class(r)
			plain = plain && k == cNone
		}
		switch k {
		case cLower:
			lower++
		case cUpper:
			upper++
		case cDigit:
			digits++
		case cOther:
			others++
		default:
			if !t.joins(s, i, len(s), r, n, lower+upper, digits) {
				*w = Word{Start: start, End: i, Letters: lower + upper, Digits: digits, Others: others, Upper: upperFirst, Folded: plain && upper == 0}
				return true
			}
			plain = false
		}
		i += n
	}
	*w = Word{Start: start, End: i, Letters: lower + upper, Digits: digits, Others: others, Upper: upperFirst, Folded: plain && upper == 0}
	return true
}

// Append appends the words of s[start:end] to out and returns it.
func (t *Tokenizer) Append(s string, start, end int, out []Word) []Word {
	var w Word
	for t.Next(s, start, end, &w) {
		out = append(out, w)
		start = w.End
	}
	return out
}

// joins reports whether the mark r of n bytes at s[i], inside a word of
// so many letters and digits so far, keeps the word going.
func (t *Tokenizer) joins(s string, i, end int, r rune, n, letters, digits int) bool {
	var j Join
	switch {
	case r < utf8.RuneSelf:
		j = t.join[r]
	case r == '’':
		j = t.r.Apostrophe
	}
	next := i + n
	if j == JoinNever || next >= end {
		return false
	}
	switch j {
	case JoinLetter:
		f, _ := utf8.DecodeRuneInString(s[next:end])
		return unicode.IsLetter(f)
	case JoinAlnum:
		f, _ := utf8.DecodeRuneInString(s[next:end])
		return unicode.IsLetter(f) || unicode.IsDigit(f) || t.r.Marks && unicode.IsMark(f)
	case JoinWordLetter:
		f, _ := utf8.DecodeRuneInString(s[next:end])
		return letters > 0 && unicode.IsLetter(f)
	case JoinDigits:
		return isDigitByte(s[i-1]) && isDigitByte(s[next])
	case JoinNumber:
		return letters == 0 && digits > 0 && isDigitByte(s[next])
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
