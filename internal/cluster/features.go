package cluster

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/corroborate/corroborate/internal/text"
)

// Kind is what a term is: a word, a name or a number.
type Kind uint8

// The term kinds. Each has its own weight in Options.
const (
	Word   Kind = iota // a lower-cased, lightly stemmed content word
	Name               // a run of capitalised words ("Public Safety Partnership")
	Number             // a number of two or more digits, or a date ("Aug. 18")
)

// Term is one distinct term of a document.
type Term struct {
	Hash uint64 // identity of the normalised form and kind
	Kind Kind
	// TF is how often the term occurs; title occurrences count
	// Options.TitleWeight times.
	TF float32
	// Surface is the first occurrence as written, a substring of the input,
	// used in explanations.
	Surface string
}

// Doc is an item reduced to its terms: what the clusterer needs of it.
// Extract makes one; it holds substrings of the item's text.
type Doc struct {
	ID string
	// Time is when it was published; zero when unknown.
	Time  time.Time
	Terms []Term
	// Outlet identifies who published it (a hash of the name as given,
	// case folded), 0 when unknown.
	Outlet uint64
	// Title is the headline, kept for the story's title.
	Title string
	// TitleTerms is how many of Terms, the first ones, occur in the title.
	TitleTerms int
}

// maxNameTokens bounds a name: longer capitalised runs are title-case
// headlines, not names.
const maxNameTokens = 5

// Extract reduces it to its terms, counting title and lead occurrences
// Options.TitleWeight and Options.LeadWeight times. It is a pure function,
// safe to call from many goroutines, so that callers can extract in parallel
// and cluster in sequence; give it the Clusterer's options.
func Extract(it Item, opt Options) Doc {
	opt = opt.withDefaults()
	// About one distinct term per 12 bytes of news text.
	size := (len(it.Title) + len(it.Text)) / 12
	x := extractors.Get().(*extractor)
	defer x.release()
	x.terms = make([]Term, 0, size)
	if it.Title != "" {
		x.add(it.Title, float32(opt.TitleWeight))
	}
	inTitle := len(x.terms)
	lead := leadEnd(it.Text, opt.LeadBytes)
	x.add(it.Text[:lead], float32(opt.LeadWeight))
	x.addBody(it.Text[lead:], float32(opt.ListWeight))
	d := Doc{ID: it.ID, Time: it.Time, Terms: x.terms, Title: strings.TrimSpace(it.Title), TitleTerms: inTitle}
	if o := strings.TrimSpace(it.Outlet); o != "" {
		d.Outlet = xxhash.Sum64String(strings.ToLower(o)) | 1
	}
	return d
}

// addBody adds the text after the lead, line by line: occurrences in a
// line that is no sentence count listWeight times (Options.ListWeight).
func (x *extractor) addBody(s string, listWeight float32) {
	for s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		w := float32(1)
		if !isSentence(line) {
			w = listWeight
		}
		x.add(line, w)
		s = rest
	}
}

// isSentence reports whether a line reads as prose: it ends like a
// sentence or a clause (text.EndsSentence) or runs to a dozen spaces or
// more. An empty line is no list item.
func isSentence(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	return line == "" || text.EndsSentence(line) || strings.Count(line, " ") >= 12
}

// leadEnd returns where the lead of s ends: at the first sentence end
// (". ", "! ", "? " or a line break) at or after byte n, or at the end.
func leadEnd(s string, n int) int {
	for i := n; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return i
		case '.', '!', '?':
			if i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n') {
				return i + 1
			}
		}
	}
	return len(s)
}

// extractor accumulates the terms of one document. Its scratch (index,
// buf, toks) is reused from one document to the next through extractors,
// which keeps extraction from allocating more than the terms it returns.
type extractor struct {
	terms []Term
	index map[uint64]int32
	buf   []byte
	toks  []token
}

var extractors = sync.Pool{New: func() any { return &extractor{index: map[uint64]int32{}} }}

// release empties x and puts it back in the pool; a rare huge document's
// scratch is left to the collector rather than kept.
func (x *extractor) release() {
	x.terms = nil
	if len(x.index) > 1<<14 || cap(x.toks) > 1<<16 {
		return
	}
	clear(x.index)
	extractors.Put(x)
}

func (x *extractor) add(s string, weight float32) {
	x.toks = tokenize(s, x.toks[:0])
	toks := x.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		surface := s[t.start:t.end]
		if t.letters == 0 {
			x.number(s, toks, i, weight)
			continue
		}
		key := x.lower(surface)
		if skipWord(key) {
			continue
		}
		n := utf8.RuneCount(key)
		if t.digits == 0 && n < 3 || n < 2 {
			continue
		}
		x.put(Word, stem(key), surface, weight)
	}
	x.names(s, toks, weight)
}

// number adds the numeric token toks[i]: a date when a month precedes it,
// otherwise a number of two or more digits.
func (x *extractor) number(s string, toks []token, i int, weight float32) {
	t := toks[i]
	surface := s[t.start:t.end]
	if i > 0 && t.digits <= 2 {
		p := toks[i-1]
		if m, ok := months[string(x.lower(s[p.start:p.end]))]; ok && t.start-p.end <= 2 {
			if d, err := strconv.Atoi(surface); err == nil && d >= 1 && d <= 31 {
				x.buf = strconv.AppendInt(append(x.buf[:0], 'd'), int64(m*100+d), 10)
				x.put(Number, x.buf, s[p.start:t.end], weight)
				return
			}
		}
	}
	if t.digits < 2 {
		return
	}
	x.buf = x.buf[:0]
	for j := 0; j < len(surface); j++ {
		if c := surface[j]; c != ',' {
			x.buf = append(x.buf, c)
		}
	}
	x.put(Number, x.buf, surface, weight)
}

// names adds the runs of two or more capitalised tokens joined by single
// spaces ("Public Safety Partnership"); a single capitalised word counts as
// a word already. Leading and trailing function words ("The", "But") and
// calendar words are dropped.
func (x *extractor) names(s string, toks []token, weight float32) {
	for i := 0; i < len(toks); {
		if !isNameToken(toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].glued && isNameToken(toks[j]) {
			j++
		}
		first, last := i, j
		for first < last {
			k := x.lower(s[toks[first].start:toks[first].end])
			if !skipWord(k) {
				break
			}
			first++
		}
		for last > first {
			k := x.lower(s[toks[last-1].start:toks[last-1].end])
			if !skipWord(k) {
				break
			}
			last--
		}
		i = j
		n := last - first
		if n == 0 || n > maxNameTokens {
			continue
		}
		if n == 1 {
			continue // the word itself counts already
		}
		surface := trimPossessive(s[toks[first].start:toks[last-1].end])
		x.put(Name, x.lower(surface), surface, weight)
	}
}

func isNameToken(t token) bool { return t.upper && t.letters > 0 }

// isUpper reports whether s starts with an upper-case letter.
func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lower writes the lower-cased form of s, with typographic apostrophes made
// plain, into the scratch buffer and returns it.
func (x *extractor) lower(s string) []byte {
	b := x.buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2019' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	x.buf = b
	return b
}

// put counts one occurrence of the term (kind, key).
func (x *extractor) put(k Kind, key []byte, surface string, weight float32) {
	h := xxhash.Sum64(key) ^ uint64(k)*0x9e3779b97f4a7c15
	if at, ok := x.index[h]; ok {
		t := &x.terms[at]
		t.TF += weight
		if k == Word && isUpper(t.Surface) && !isUpper(surface) {
			t.Surface = surface // "residents" rather than a sentence's "Residents"
		}
		return
	}
	x.index[h] = int32(len(x.terms))
	x.terms = append(x.terms, Term{Hash: h, Kind: k, TF: weight, Surface: surface})
}

// stem strips a possessive and a plural ending, in place: enough to match
// "city's", "cities" and "city" without a real stemmer's surprises.
func stem(w []byte) []byte {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		w = w[:n-2]
	}
	n := len(w)
	switch {
	case n > 4 && string(w[n-3:]) == "ies":
		return append(w[:n-3], 'y')
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && w[n-2] != '\'':
		return w[:n-1]
	}
	return w
}

// trimPossessive drops a trailing "'s" from a name ("Obama's").
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}
