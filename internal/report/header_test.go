package report

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A footnote block taken out as one line is listed cut short with its
// length, in text and in Markdown; a caption a little over the limit is
// listed whole.
func TestLongRemovedLinesAreCut(t *testing.T) {
	notes := "Harbour board minutes, 3 March, Calder archive. " + strings.Repeat("See also the ferry ledgers of the northern wharf, volumes one to nine. ", 60)
	caption := "Ferry passengers wait on the quay at Port Calder on Friday, as the board meets to decide whether the winter crossing runs at all this year, in a photo taken from the harbour master's office above the northern wharf, with the storm front visible behind them (Calder Post)."
	d := &corroborate.Dossier{
		Story:    corroborate.Story{Title: "Ferry"},
		Articles: []corroborate.Article{{ID: "a1", Title: "Ferry", Text: "The ferry ran on Friday.", Removed: []string{notes, caption}}},
	}
	for name, render := range renderers {
		var sb strings.Builder
		if err := render(&sb, d); err != nil {
			t.Fatal(err)
		}
		out := strings.Join(strings.Fields(mdUnescaped.ReplaceAllString(sb.String(), "$1")), " ")
		if strings.Count(out, "ledgers") > 5 ||
			!strings.Contains(out, "characters in all)") {
			t.Errorf("%s: the footnote block is not cut short with its length:\n%s", name, out)
		}
		if !strings.Contains(out, strings.Join(strings.Fields(caption), " ")) {
			t.Errorf("%s: the caption is not listed whole:\n%s", name, out)
		}
	}
}
