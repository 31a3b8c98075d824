package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sentenceTexts(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "The mill closed. Workers left.", []string{"The mill closed.", "Workers left."}},
		{"title abbrevs", "Sen. Ada Rowe met Dr. Ilse Marr. They spoke.", []string{"Sen. Ada Rowe met Dr. Ilse Marr.", "They spoke."}},
		{"state and month", "Letters went to Harlow, Calif., and Pike, N.M., by Aug. 18. The deadline holds.",
			[]string{"Letters went to Harlow, Calif., and Pike, N.M., by Aug. 18.", "The deadline holds."}},
		{"initials", "Mayor Jonas P. Whitcombe said no. He left.", []string{"Mayor Jonas P. Whitcombe said no.", "He left."}},
		{"us mid sentence", "People living in the U.S. illegally were named. The U.S. Senate voted.",
			[]string{"People living in the U.S. illegally were named.", "The U.S. Senate voted."}},
		{"us at end", "She moved to the U.S. The move was hard.", []string{"She moved to the U.S.", "The move was hard."}},
		{"quote split by attribution", "“We will not close,” Marr said. “Never.”", []string{"“We will not close,” Marr said.", "“Never.”"}},
		{"question in quote then lowercase", "\"Why now?\" she asked. Nobody knew.", []string{"\"Why now?\" she asked.", "Nobody knew."}},
		{"em dash dateline", "PIKE, N.M. — The mill closed. It was old.", []string{"PIKE, N.M. — The mill closed.", "It was old."}},
		{"newlines end sentences", "Headline without stop\nBody one. Body two.\n\n- a list item\n- another",
			[]string{"Headline without stop", "Body one.", "Body two.", "- a list item", "- another"}},
		{"decimal", "Rates rose 3.5 percent. Then fell.", []string{"Rates rose 3.5 percent.", "Then fell."}},
		{"time", "It opens at 9 a.m. Tuesday and closes at 5 p.m. The mayor came.", []string{"It opens at 9 a.m. Tuesday and closes at 5 p.m.", "The mayor came."}},
		{"empty", "   \n\n ", nil},
		{"quote spanning sentences with attribution", "“We are ready. The bridge stays shut,” Ferrante said. Work starts soon.",
			[]string{"“We are ready. The bridge stays shut,” Ferrante said.", "Work starts soon."}},
		{"straight quote spanning sentences", "\"Pike is open. We do not close,\" the chief said. Then he left.",
			[]string{"\"Pike is open. We do not close,\" the chief said.", "Then he left."}},
		{"standalone multi-sentence quote splits", "“We are ready. The bridge stays shut.” Ferrante left.",
			[]string{"“We are ready.", "The bridge stays shut.”", "Ferrante left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
