package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A text document that is empty, not UTF-8 or binary data gives an error
// that says so; a control character inside a text is dropped, or becomes a
// space between two words; a C1 control, which texts decoded twice hold
// inside their words, is not dropped: the word is repaired whole.
func TestExtractOddText(t *testing.T) {
	lead := "The Calder ferry left the north pier on Monday morning — forty passengers on board… — the harbor board’s clerk said."
	for _, tt := range []struct {
		name, body, wantErr, wantText string
	}{
		{"empty", "", ErrEmpty.Error(), ""},
		{"blank", " \n\t\n", ErrEmpty.Error(), ""},
		{"not UTF-8", "caf\xe9 " + lead, "not valid UTF-8", ""},
		{"a picture's bytes escaped in JSON", "\u0089PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x08\x06\x00\x00\x00", "binary data", ""},
		{"a NUL in a sentence", strings.Replace(lead, "ferry", "ferry\x00", 1), "", lead},
		{"a NUL between two words", strings.Replace(lead, "ferry ", "ferry\x00", 1), "", lead},
		{"an escape before a sentence", "\x1b[0m" + lead, "", "[0m" + lead},
		{"one run of letters without a space", "Quay ledger\n\n" + strings.Repeat("qwertyuiop", 10000), "text is not words: 99% of its 100,013 bytes are runs of over 65,536 bytes of ASCII without", ""},
		// a language written without spaces, one paragraph a line or none
		{"a Chinese text on one line", strings.Repeat("渡轮今天早上从港口出发，船长说有四十名乘客。", 2000), "", strings.Repeat("渡轮今天早上从港口出发，船长说有四十名乘客。", 2000)},
		{"a long run beside more words", strings.Repeat(lead+" ", 700) + strings.Repeat("Q", 70000), "", strings.Repeat(lead+" ", 699) + lead + " " + strings.Repeat("Q", 70000)},
		{"a text decoded twice is repaired through its C1 controls", "Fran\u00c3\u0083\u00c2\u00a7ois " + lead, "", "François " + lead},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(corroborate.Document{Source: "ferry.jsonl:1", Format: "text", Headless: true, Body: []byte(tt.body)}, Options{})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Extract(%q) error = %v, want one saying %q", tt.body, err, tt.wantErr)
				}
				if tt.wantErr == ErrEmpty.Error() && !errors.Is(err, ErrEmpty) {
					t.Errorf("Extract(%q) error = %v, want ErrEmpty", tt.body, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract(%q): %v", tt.body, err)
			}
			if a.Text != tt.wantText {
				t.Errorf("Text = %q, want %q", a.Text, tt.wantText)
			}
		})
	}
}
