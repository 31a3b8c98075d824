package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestSameNicknameIsOneFact checks that two sentences giving one thing one
// nickname state one fact, though each tells it in its own words and adds
// its own reason, while a nickname given in a clause describing someone
// (", nicknamed Spike, ") does not make two sentences one.
func TestSameNicknameIsOneFact(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Arden Ledger", `The old ferry looks so battered and forlorn a vessel that it has been nicknamed Grumbleboat, or Rusty.

Its skipper, Ada Korr, nicknamed Spike, sailed it to Dunmore on Friday.`},
		{"b", "Coastal Wire", `The ferry was soon nicknamed Grumbleboat, or Rusty, because so much of its paint had flaked off, leaving the hull a dull brown.

Harbour master Ilse Varga, nicknamed Spike, met the ferry at the quay.`},
	})
	claimWith(t, res, said, "so battered and forlorn", "was soon nicknamed Grumbleboat")
	noClaimWith(t, res, said, "Ada Korr", "Ilse Varga")
}

// TestNicknameOf reads the name a sentence gives something.
func TestNicknameOf(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"The ferry was nicknamed Grumbleboat by the crew.", "grumbleboat"},
		{"Locals know the lighthouse as the Grey Lady, and the name stuck.", ""},
		{"The lighthouse is known as the Grey Lady.", "grey"},
		{"Its skipper, Ada Korr, nicknamed Spike, sailed on Friday.", ""},
		{"The council dubbed the plan a failure.", ""},
	}
	for _, tt := range tests {
		v := newVocab()
		units := buildUnits([]corroborate.Article{article("a", "Arden Ledger", tt.in)}, v)
		got := ""
		if len(units) == 1 && units[0].nickname[0] >= 0 {
			for w, id := range v.ids {
				if id == units[0].nickname[0] {
					got = w
				}
			}
		}
		if got != tt.want {
			t.Errorf("nickname of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}
