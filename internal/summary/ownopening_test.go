package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestOwnOpeningFirst: an article's second sentence ("The Kessmouth
// fisherman, who calls himself Ivo Seal, said he made the swim at night")
// chosen to open the summary gives way to its article's first sentence,
// chosen too, which introduces the man and the swim it refers to.
func TestOwnOpeningFirst(t *testing.T) {
	first := "A man has swum from Tarnport to the Halla light to raise money for the lifeboat."
	after := "The Kessmouth fisherman, who calls himself Ivo Seal, said he made the swim at night."
	body := first + "\n\n" + after + "\n\nThe lifeboat crew said the money would buy a new engine."
	arts := []corroborate.Article{{ID: "f", Text: body, Sentences: text.Sentences(body)}}
	st := newStory(&corroborate.Dossier{Articles: arts})
	at := func(s string) corroborate.ClaimSupport {
		i := strings.Index(body, s)
		return corroborate.ClaimSupport{Article: "f", Start: i, End: i + len(s)}
	}
	detail := &candidate{text: "Harbour officials counted 212 boats at the Halla light that night.", lead: 1 / (1 + 0.5*5)}
	opening := &candidate{text: first, lead: 1, at: at(first)}
	second := &candidate{text: after, lead: 1, at: at(after)}
	chosen := []*candidate{second, detail, opening}
	if got := chosen[st.opener(chosen, 0)]; got != opening {
		t.Errorf("opener opens with %q, want its article's opening %q", got.text, first)
	}
	// the opening of the article alone stays where it is
	chosen = []*candidate{opening, detail, second}
	if got := chosen[st.opener(chosen, 0)]; got != opening {
		t.Errorf("opener opens with %q, want %q", got.text, first)
	}
}
