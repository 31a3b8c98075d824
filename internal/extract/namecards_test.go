package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDropNameCards(t *testing.T) {
	tests := []struct {
		name, in, want string
		cards          int
	}{
		{"a senator's card", "“It will be close,” said Sen. Ada Holm Ada Marie HolmPort bill stalls in Senate Ferry talks resume MORE (D-Maine), a former chairwoman.",
			"“It will be close,” said Sen. Ada Holm (D-Maine), a former chairwoman.", 1},
		{"a card before a possessive", "The fight over Governor Pike Lester Arnold PikeHarbour tolls rise again Pike signs budget MORE’s next pick began at once.",
			"The fight over Governor Pike’s next pick began at once.", 1},
		{"a nickname inside the full name", "Leader Ted Marsh Edward (Ted) Lyle MarshFerry strike ends Port deal signed MORE said so.",
			"Leader Ted Marsh said so.", 1},
		{"two cards in a line", "Sens. Ada Holm Ada Marie HolmPort bill stalls MORE and Ted Marsh Edward Lyle MarshFerry strike ends MORE voted no.",
			"Sens. Ada Holm and Ted Marsh voted no.", 2},
		{"a card with no headlines", "Sen. Ada Holm Ada Marie HolmMORE (D-Maine) agreed.", "Sen. Ada Holm (D-Maine) agreed.", 1},
		{"no card: a brand in camel case", "Ada Holm bought a MacBook and a PlayStation for MORE than she planned.", "Ada Holm bought a MacBook and a PlayStation for MORE than she planned.", 0},
		{"no card: a brand after a word", "Sales of the Mac and MacBook Air rose, the maker said. Read MORE about it.", "Sales of the Mac and MacBook Air rose, the maker said. Read MORE about it.", 0},
		{"no card: a brand after a preposition", "Pay with PayPal or a card. Learn MORE", "Pay with PayPal or a card. Learn MORE", 0},
		{"no card: MORE far away or absent", "Ada Holm met Ted McMarsh at the pier.", "Ada Holm met Ted McMarsh at the pier.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cards := dropNameCards(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" || len(cards) != tt.cards {
				t.Errorf("dropNameCards(%q) = %q, %d cards %q; want %d (-want +got):\n%s", tt.in, got, len(cards), cards, tt.cards, diff)
			}
		})
	}
}
