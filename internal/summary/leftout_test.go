package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestLeftOutLeaners: once a sentence the summary cannot keep is left out
// ("Holm, who ..." with Ada Holm never introduced), so is the one that
// leaned on it ("In the call, she explained ..."), which followed it in
// its article; a sentence that stands alone stays.
func TestLeftOutLeaners(t *testing.T) {
	body := "Holm, who ran the Tolle ferry for thirty years, sold it to a shipping group on Friday. In the call, she explained why she had sold the ferry to the group. The ferry carries 9,000 people a day."
	st := newStory(&corroborate.Dossier{Articles: []corroborate.Article{{ID: "a", Text: body, Sentences: text.Sentences(body)}}})
	var chosen []*candidate
	for _, s := range st.arts["a"].Sentences {
		chosen = append(chosen, &candidate{text: strings.TrimSpace(body[s.Start:s.End]), at: corroborate.ClaimSupport{Article: "a", Start: s.Start, End: s.End}})
	}
	if len(chosen) != 3 {
		t.Fatalf("%d sentences, want 3", len(chosen))
	}
	if bad := st.unintroduced(chosen, nil); bad[chosen[1]] {
		t.Fatalf("%q leans on nothing it follows", chosen[1].text)
	}
	stands := chosen[2]
	got := st.leftOut(chosen, map[*candidate]bool{chosen[0]: true}, nil)
	if len(got) != 1 || got[0] != stands {
		var ts []string
		for _, c := range got {
			ts = append(ts, c.text)
		}
		t.Errorf("leftOut = %q, want only %q", ts, stands.text)
	}
}
