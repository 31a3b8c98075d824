package text

import "testing"

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"The ferry sailed at dawn.", true},
		{"Did the council vote?", true},
		{"She said: \"We will rebuild the pier.\"", true},
		{"The mayor called it “a fresh start.”", true},
		{"(The vote was close.)", true},
		{"The tide kept rising…", true},
		{"Battery life: 10 hours", false},
		{"Pros (2)", false},
		{"Related stories", false},
		{"\"", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := EndsSentence(tt.line); got != tt.want {
			t.Errorf("EndsSentence(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
