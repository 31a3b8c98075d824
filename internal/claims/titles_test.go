package claims

import "testing"

// TestTitleBeforeNameIsNoOwnWord checks that a title written in lower case
// between a body's name and a person's ("Harbour Trust deputy press
// secretary Ana Vell") counts with the name: two sentences telling two
// things the official said share the official and little else, while one
// thing said in other words, and a description after a determiner ("the
// skipper Tamsin Roe"), stay the sentences' own.
func TestTitleBeforeNameIsNoOwnWord(t *testing.T) {
	checkAligned(t, []alignCase{
		{"confirmed / said",
			"Harbour Trust deputy press secretary Ana Vell also confirmed the call took place.",
			"Harbour Trust deputy press secretary Ana Vell said the call simply showed that the mayor's way of working is to be “open, and always within reach.”",
			false},
		{"one statement",
			"Harbour Trust deputy press secretary Ana Vell said the ferry tax would be cut next spring.",
			"Harbour Trust deputy press secretary Ana Vell said on Monday that the ferry tax would be cut.",
			true},
	})
}

func TestTitleTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // the title's words, space-separated
	}{
		{"Harbour Trust deputy press secretary Ana Vell said so.", "deputy press secretary"},
		{"Orvell Harbour police detective Rosa Lind was there.", "police detective"},
		{"The Lennish journalist Ivo Marsh was freed.", ""},
		{"Customs officers arrested the skipper Tamsin Roe.", ""},
		{"Mayor Lind picks Ana Vell for the post.", ""},
		{"Harbour Trust spokesman Ivo, a diver, said so.", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.in, 0, len(tc.in))
		in := titleTokens(tc.in, toks)
		got := ""
		for k, t := range toks {
			if in != nil && in[k] {
				if got != "" {
					got += " "
				}
				got += t.low
			}
		}
		if got != tc.want {
			t.Errorf("titleTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
