package view

import "testing"

// A side repeats its passage when the one passage's text is its value,
// quotation marks, case, white space and closing punctuation aside.
func TestSideRepeats(t *testing.T) {
	for _, c := range []struct {
		value string
		spans []string
		want  bool
	}{
		{"resume on Monday", []string{`"resume on  Monday."`}, true},
		{"“Resume on Monday”", []string{"resume on monday"}, true},
		{"resume on Monday", []string{`"resume on Tuesday"`}, false},
		{"resume on Monday", []string{`The master said "resume on Monday"`}, false},
		{"resume on Monday", []string{"resume on Monday", "resume on Monday"}, false}, // two passages: each is shown
		{"resume on Monday", nil, false},
		{"", []string{`""`}, false},
	} {
		s := Side{Value: c.value}
		for _, text := range c.spans {
			s.Spans = append(s.Spans, Passage{Text: text})
		}
		if got := s.Repeats(); got != c.want {
			t.Errorf("Side{%q, %q}.Repeats() = %v, want %v", c.value, c.spans, got, c.want)
		}
	}
}
