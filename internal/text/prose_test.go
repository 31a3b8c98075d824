package text

import (
	"strings"
	"testing"
)

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"The ferry sailed at dawn.", true},
		{"Did the council vote?", true},
		{"She said: \"We will rebuild the pier.\"", true},
		{"The mayor called it “a fresh start.”", true},
		{"(The vote was close.)  ", true},
		{"The tide kept rising…", true},
		{"« Nous reconstruirons. »", true},
		{"Battery life: 10 hours", false},
		{"Pros (2)", false},
		{"Related stories", false},
		{"Harbour works ’", false},
		{"\"", false},
		{"", false},
		{"ends in a broken byte \xe2\x80", false},
	}
	for _, tt := range tests {
		if got := EndsSentence(tt.line); got != tt.want {
			t.Errorf("EndsSentence(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// endsSentenceByTrim is EndsSentence as its doc states it.
func endsSentenceByTrim(line string) bool {
	s := strings.TrimRight(line, ` "'”’»)`)
	return s != "" && (strings.ContainsAny(s[len(s)-1:], ".!?:;") || strings.HasSuffix(s, "…"))
}

func FuzzEndsSentence(f *testing.F) {
	for _, s := range []string{"He left.”", "Pros (2)", "Wait…»", "« Non. »", "x\xe2\x80", ")"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := EndsSentence(line), endsSentenceByTrim(line); got != want {
			t.Fatalf("EndsSentence(%q) = %v, want %v", line, got, want)
		}
	})
}
