package text

import (
	"strings"
	"testing"
	"unicode"
)

// spans returns the words t finds in s, as text.
func spans(t *Tokenizer, s string) []string {
	var out []string
	for _, w := range t.Append(s, 0, len(s), nil) {
		out = append(out, s[w.Start:w.End])
	}
	return out
}

func TestTokenizerRules(t *testing.T) {
	const s = "O'Neil's co-op paid $4,500.75 (5%) in 1990's; A1.5 snake_case AT&T U.S. Fran\xe7ois café"
	cases := []struct {
		name  string
		rules Rules
		want  string
	}{
		{"plain", Rules{},
			"O|Neil|s|co|op|paid|4|500|75|5|in|1990|s|A1|5|snake|case|AT|T|U|S|Fran|ois|café"},
		{"apostrophes before letters", Rules{Extra: "_", Apostrophe: JoinLetter},
			"O'Neil's|co|op|paid|4|500|75|5|in|1990's|A1|5|snake_case|AT|T|U|S|Fran|ois|café"},
		{"numbers", Rules{Apostrophe: JoinWordLetter, Dot: JoinNumber, Comma: JoinNumber},
			"O'Neil's|co|op|paid|4,500.75|5|in|1990|s|A1|5|snake|case|AT|T|U|S|Fran|ois|café"},
		{"figures", Rules{Extra: "$%", Latin1: true, Apostrophe: JoinAlnum, Hyphen: JoinAlnum, Dot: JoinDigits, Comma: JoinDigits},
			"O'Neil's|co-op|paid|$4,500.75|5%|in|1990's|A1.5|snake|case|AT|T|U|S|Fran\xe7ois|café"},
		{"names", Rules{Marks: true, Apostrophe: JoinAlnum, Hyphen: JoinAlnum, Dot: JoinAlnum, Ampersand: JoinAlnum},
			"O'Neil's|co-op|paid|4|500.75|5|in|1990's|A1.5|snake|case|AT&T|U.S|Fran|ois|café"},
	}
	for _, c := range cases {
		got := strings.Join(spans(NewTokenizer(c.rules), s), "|")
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestTokenizerShape(t *testing.T) {
	tz := NewTokenizer(Rules{Extra: "_", Marks: true})
	s := "  Émile x_1 42 e\u0301"
	ws := tz.Append(s, 0, len(s), nil)
	if len(ws) != 4 {
		t.Fatalf("got %d words, want 4: %v", len(ws), ws)
	}
	want := []Word{
		{Start: 2, End: 8, Letters: 5, Upper: true},
		{Start: 9, End: 12, Letters: 1, Digits: 1, Others: 1, Folded: true},
		{Start: 13, End: 15, Digits: 2, Folded: true},
		{Start: 16, End: 19, Letters: 1, Others: 1},
	}
	for i, w := range ws {
		if w != want[i] {
			t.Errorf("word %d: got %+v, want %+v", i, w, want[i])
		}
	}
}

// TestFolded: a word is its own lower-case form only when it is ASCII,
// without capitals and without a joined mark.
func TestFolded(t *testing.T) {
	tz := NewTokenizer(Rules{Apostrophe: JoinLetter, Hyphen: JoinLetter})
	s := "bridge Bridge don't co-op café 42 “span”"
	want := []bool{true, false, false, false, false, true, true}
	ws := tz.Append(s, 0, len(s), nil)
	if len(ws) != len(want) {
		t.Fatalf("got %d words, want %d", len(ws), len(want))
	}
	for i, w := range ws {
		if w.Folded != want[i] {
			t.Errorf("%q: Folded = %v, want %v", s[w.Start:w.End], w.Folded, want[i])
		}
	}
}

func TestTokenizerBounds(t *testing.T) {
	tz := NewTokenizer(Rules{Hyphen: JoinAlnum, Comma: JoinDigits})
	s := "one-two 3,4"
	// end cuts "one-two" after the hyphen and "3,4" after the comma: the
	// marks are not followed by a rune inside the range, so they end words.
	if got := spans(tz, s[:4]); strings.Join(got, "|") != "one" {
		t.Errorf("cut after the hyphen: got %q", got)
	}
	var got []string
	for _, w := range tz.Append(s, 8, 10, nil) {
		got = append(got, s[w.Start:w.End])
	}
	if strings.Join(got, "|") != "3" {
		t.Errorf("cut after the comma: got %q", got)
	}
	var w Word
	if tz.Next(s, 0, 0, &w) {
		t.Error("an empty range has a word")
	}
	if tz.IsWordRune('-') || !tz.IsWordRune('é') || !tz.IsWordRune('7') {
		t.Error("IsWordRune disagrees with the rules")
	}
}

func BenchmarkTokenizer(b *testing.B) {
	s := strings.Repeat("The council's 2,400-page report, released on Tuesday, found that O'Neil paid $1.5 million. ", 200)
	tz := NewTokenizer(Rules{Apostrophe: JoinLetter})
	var out []Word
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		out = tz.Append(s, 0, len(s), out[:0])
	}
}

func TestLowerAlnum(t *testing.T) {
	for in, want := range map[string]string{
		"“Don’t go,” she said.": "dontgoshesaid",
		`"Don't  go," she said`: "dontgoshesaid",
		"Crew of 12 — Ärzte!":   "crewof12ärzte",
		"— … —":                 "",
		"ÉCOLE Nº 5 İzmir":      "écolenº5izmir",
		"Fran\xe7ois \xff9Z":    "franois9z",
	} {
		if got := LowerAlnum(in); got != want {
			t.Errorf("LowerAlnum(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzLowerAlnum checks LowerAlnum's byte-wise reading of ASCII against
// reading every rune as range does (invalid bytes as utf8.RuneError).
func FuzzLowerAlnum(f *testing.F) {
	for _, s := range []string{"“Don’t go,” she said.", "Crew of 12 — Ärzte!", "Fran\xe7ois", "İZMİR K\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				want.WriteRune(unicode.ToLower(r))
			}
		}
		if got := LowerAlnum(s); got != want.String() {
			t.Errorf("LowerAlnum(%q) = %q, want %q", s, got, want.String())
		}
	})
}
