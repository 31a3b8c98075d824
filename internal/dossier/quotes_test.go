package dossier

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestPartialQuoteFlag checks that quoted words inside a reported sentence
// reach the dossier marked partial, and a whole quotation does not.
func TestPartialQuoteFlag(t *testing.T) {
	text := "Councillor Mira Osei called the harbour levy “a cheap trick” on Monday.\n\n" +
		"“We will fight this levy in every chamber of the council,” Osei said at the quay."
	d := Build([]corroborate.Article{{ID: "a1", Title: "Levy row", Text: text}}, Options{})
	var partial, whole int
	for _, q := range d.Quotes {
		for _, m := range q.Mentions {
			words := text[m.Start:m.End]
			switch {
			case strings.Contains(words, "cheap trick"):
				if !m.Partial {
					t.Errorf("mention %q: Partial = false, want true", words)
				}
				partial++
			case strings.Contains(words, "every chamber"):
				if m.Partial {
					t.Errorf("mention %q: Partial = true, want false", words)
				}
				whole++
			}
		}
	}
	if partial != 1 || whole != 1 {
		t.Fatalf("found %d partial and %d whole mentions, want 1 and 1: %+v", partial, whole, d.Quotes)
	}
	b, err := json.Marshal(d.Quotes)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(b), `"partial":true`); got != 1 {
		t.Errorf("JSON carries %d \"partial\":true, want 1 (omitted on whole quotations): %s", got, b)
	}
}
