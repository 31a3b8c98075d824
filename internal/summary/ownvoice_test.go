package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestOwnVoicePage: a page that opens in its writer's "we" is in its own
// voice; a report that prints a letter further down, or quotes its
// speaker in single marks, is not, nor is a column that speaks to its
// reader as "you".
func TestOwnVoicePage(t *testing.T) {
	for body, want := range map[string]bool{
		"When we founded Vellum Motors, our goal was a van for every street. I have read the coverage with interest. We asked the board to look at both fires. Our drivers are safe. I am proud of the team.":                                                                                         true,
		"A girl in Tarnport wrote to her teacher after he told the class about his life. The letter was shared by the school on Monday. The teacher said it moved him. It read: Dear sir, I think you are brave. I hope my friends think so too. We all like your lessons. My mum says you are kind.": false,
		"Remember the ferry to Kessmouth? Maybe you rode it as a child. If you did, you will want to hear this. The old ferry is back on the water. It sails on Sundays from the harbour.":                                                                                                            false,
	} {
		a := &corroborate.Article{Text: body, Sentences: text.Sentences(body)}
		if got := inOwnVoice(a); got != want {
			t.Errorf("inOwnVoice(%.50q...) = %v, want %v", body, got, want)
		}
	}
}
