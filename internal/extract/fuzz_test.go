package extract

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func FuzzExtractText(f *testing.F) {
	f.Add(chromeStory)
	f.Add("Title\n\nBy A B\n\nAugust 4, 2017\n\nBody. More body.")
	f.Add("\n\n___\n\nShare\n")
	f.Add("By\nBy By\n31/31/2017\nPublished 99 August 2017 99:99PM (EDT)")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Extract(corroborate.Document{Source: "f.txt", Format: "text", Body: []byte(s)}, Options{})
		if err != nil {
			return
		}
		if a.Text != strings.TrimSpace(a.Text) || a.Text == "" {
			t.Fatalf("Text %q is empty or untrimmed", a.Text)
		}
		for _, sp := range a.Sentences {
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
				t.Fatalf("sentence [%d,%d) out of range", sp.Start, sp.End)
			}
		}
	})
}
