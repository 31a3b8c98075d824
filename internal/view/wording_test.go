package view

import (
	"slices"
	"testing"
)

// Wordings tells the sources that word a statement as it is worded from
// those that word it otherwise, grouping each other wording once; spacing,
// case and punctuation make no other wording, a number's point does.
func TestWordings(t *testing.T) {
	src := func(n int) Source { return Source{N: n, Name: "Outlet " + string(rune('A'+n))} }
	pass := func(n int, text string) Passage { return Passage{Source: src(n), Text: text} }
	tests := []struct {
		name, text string
		in         []Passage
		own        []int   // sources wording it as text does
		others     [][]int // sources of each other wording
	}{
		{"quotation marks and case", "She called it a mosquito bite.",
			[]Passage{pass(2, `"she called it a  mosquito bite."`), pass(1, "She called it a mosquito bite")}, []int{1, 2}, nil},
		{"other words grouped, in source order", "The pier closed on Friday.",
			[]Passage{pass(4, "On Friday, the pier shut."), pass(3, "The pier closed on Friday!"), pass(1, "On Friday the pier shut.")},
			[]int{3}, [][]int{{1, 4}}},
		{"a wire's dateline", "City officials closed the pier.",
			[]Passage{pass(1, "PORT ELLIS — City officials closed the pier.")}, []int{1}, nil},
		{"a point inside a number", "Tolls rose 5.5 percent.",
			[]Passage{pass(1, "Tolls rose 55 percent."), pass(2, "Tolls rose 5.5 percent")}, []int{2}, [][]int{{1}}},
		{"no passage found is its own", "Gulls left.",
			[]Passage{pass(1, ""), pass(2, "")}, nil, [][]int{{1}, {2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			own, others := Wordings(tc.text, tc.in)
			var gotOwn []int
			for _, p := range own {
				gotOwn = append(gotOwn, p.Source.N)
			}
			var gotOthers [][]int
			for _, w := range others {
				var ns []int
				for _, s := range w.Sources() {
					ns = append(ns, s.N)
				}
				gotOthers = append(gotOthers, ns)
			}
			if !slices.Equal(gotOwn, tc.own) || !slices.EqualFunc(gotOthers, tc.others, slices.Equal) {
				t.Errorf("Wordings(%q) = %v, %v; want %v, %v", tc.text, gotOwn, gotOthers, tc.own, tc.others)
			}
		})
	}
}

// A copy's sentence charges it with copying without credit only when
// which copied which is known, the two are not one outlet's, and its
// credits can be checked; a surface marks only a charge.
func TestCopyCharges(t *testing.T) {
	origin, wire := Source{N: 1, Name: "Quay Wire", Outlet: "Quay Wire"}, Source{N: 1, Name: "quay-notes"}
	copyOf, crediting := Source{N: 2, Name: "Tide"}, Source{N: 2, Name: "Tide", Credits: []string{"Gull Radio"}}
	tests := []struct {
		name string
		c    Copy
		want bool
	}{
		{"no credit, origin known", Copy{Copy: copyOf, Origin: origin}, true},
		{"no credit, origin named by its text", Copy{Copy: crediting, Origin: wire, OriginOutlet: "Quay Wire"}, true},
		{"no credit at all, origin unknown", Copy{Copy: copyOf, Origin: wire}, true},
		{"direction unsure", Copy{Copy: copyOf, Origin: origin, Unsure: true}, false},
		{"one outlet's own story", Copy{Copy: copyOf, Origin: origin, SameOutlet: "Quay Wire"}, false},
		{"a credit that cannot be checked", Copy{Copy: crediting, Origin: wire}, false},
		{"credits only for a quotation, origin unknown", Copy{Copy: crediting, Origin: wire, NoTextCredit: true}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.Charges(); got != tc.want {
				t.Errorf("Charges() = %v, want %v (%s)", got, tc.want, tc.c.Sentence())
			}
		})
	}
}
