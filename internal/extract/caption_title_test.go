package extract

import (
	"strings"
	"testing"
)

// A caption copied above the text, said again under it with its credit, is
// no headline: it may tell of what the article says has not happened yet.
// A headline that a caption under it repeats in part, and a lead sentence
// standing as the headline with no caption under it, stay headlines.
func TestCaptionCopiedAboveIsNoTitle(t *testing.T) {
	body := "The port board chose Ada Holm to run the Lenna ferry on Tuesday, putting a critic of the service in charge of it.\n\n" +
		"If approved by the council, Holm would oversee six boats and 90 crew."
	caption := "The council approved Ada Holm as head of the Lenna ferry."
	tests := []struct {
		name, text, title string
	}{
		{"caption said again with its credit", caption + "\n\n" + caption + " Here is what to know about her. (Ana Ros,Ken Bell/The Calder Post)\n\n" + body, ""},
		{"a headline over a caption", "Ada Holm to run the Lenna ferry\n\nAda Holm to run the Lenna ferry, the board says. (Ana Ros/The Calder Post)\n\n" + body, "Ada Holm to run the Lenna ferry"},
		{"a lead as the headline", caption + "\n\n" + body, caption},
		{"caption cut short, said again with its credit", "Crowds on the Lenna quay watch the old ferry leave for the breakers, Sunday March...\n\n" +
			"Crowds on the Lenna quay watch the old ferry leave for the breakers, Sunday March... (Associated Press)\n\n" + body, ""},
		{"a headline ending in an abbreviation", "Lenna ferry service returns to the U.S.\n\nLenna ferry service returns to the U.S. after a long wait. (Ana Ros/The Calder Post)\n\n" + body,
			"Lenna ferry service returns to the U.S."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText(tt.text, false, Options{})
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if !strings.HasPrefix(a.Text, "The port board chose") && tt.title != caption {
				t.Errorf("Text = %q, want the lead first", a.Text)
			}
		})
	}
}
