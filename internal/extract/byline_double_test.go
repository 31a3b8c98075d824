package extract

import (
	"slices"
	"strings"
	"testing"
)

// A byline printed with its words said twice, the label over a byline that
// has it already or the whole name again, gives its names once and leaves
// the text; a name whose one word repeats is a name.
func TestDoubledByline(t *testing.T) {
	for _, c := range []struct {
		head string
		want []string
	}{
		{"By By Ana Ros", []string{"Ana Ros"}},
		{"By: By Ana Ros", []string{"Ana Ros"}},
		{"By Ana Ros By Ana Ros", []string{"Ana Ros"}},
		{"By Ana Ros Ana Ros", []string{"Ana Ros"}},
		{"BY IVO KERR IVO KERR", []string{"IVO KERR"}},
		{"Ana Ros Ana Ros", []string{"Ana Ros"}},
		{"By Ana Ros, Ana Ros", []string{"Ana Ros"}},
		{"By Ana Ros and and Ivo Kerr", []string{"Ana Ros", "Ivo Kerr"}},
		{"By Ana Ros and Ivo Kerr", []string{"Ana Ros", "Ivo Kerr"}},
		{"By Tomas Tomas", []string{"Tomas Tomas"}},
	} {
		in := "Ferry fares rise in Calder\n\n" + c.head +
			"\n\nThe Calder ferry will cost more from Monday, the harbor board said.\n"
		a := fromText(in, false, Options{})
		if !slices.Equal(a.Byline, c.want) {
			t.Errorf("%q: Byline = %q, want %q", c.head, a.Byline, c.want)
		}
		if strings.Contains(a.Text, c.head) {
			t.Errorf("%q: left in the text %q", c.head, a.Text)
		}
	}
}

// A page's byline field said twice gives its writer once.
func TestDoubledBylineField(t *testing.T) {
	for raw, want := range map[string][]string{
		"By By Ana Ros":         {"Ana Ros"},
		"By Ana Ros By Ana Ros": {"Ana Ros"},
		"Ana Ros Ana Ros":       {"Ana Ros"},
		"Ana Ros":               {"Ana Ros"},
	} {
		if got := cleanByline(raw); !slices.Equal(got, want) {
			t.Errorf("cleanByline(%q) = %q, want %q", raw, got, want)
		}
	}
}
