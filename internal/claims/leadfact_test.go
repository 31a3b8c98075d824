package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// An outlet's statement credited by a closing ", he said." reads alone:
// its claim is not worded with the sentence before it, whose own fact the
// other articles do not state.
func TestPronounTailKeepsItsOwnWording(t *testing.T) {
	const (
		lead   = "The deckhand threw the eel back into the harbour after it bit him, Varga said."
		tailed = "It is unclear how the eel got into the ferry's bilge, but the ferry had lain at Orvell, where eels are common, he said."
	)
	arts := []corroborate.Article{
		article("a", "Lenna Post", "An eel bit a deckhand on the Orvell ferry on Monday.\n\n"+lead+" "+tailed),
		article("b", "Tarn Courier", "A deckhand on the Orvell ferry was bitten by an eel.\n\n"+tailed),
		article("c", "Vell Herald", "The Orvell ferry sailed late on Monday.\n\n"+tailed),
	}
	for _, c := range Find(arts, nil, Options{}).Claims {
		if strings.Contains(c.Text, "eel got into") {
			if strings.Contains(c.Text, "threw the eel back") {
				t.Errorf("claim worded with the sentence before: %q", c.Text)
			}
			return
		}
	}
	t.Errorf("no claim of how the eel got aboard")
}

func TestPronounTail(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The ferry sailed late, he said.", true},
		{"The ferry sailed late, she told reporters.", true},
		{"The ferry sailed late, Varga said.", false},
		{"He said the ferry sailed late.", false},
		{"The ferry sailed late, and he said nothing of the eel at all that night.", false},
	} {
		if got := pronounTail(c.s); got != c.want {
			t.Errorf("pronounTail(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
