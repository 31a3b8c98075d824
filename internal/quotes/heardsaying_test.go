package quotes

import "testing"

// TestHeardSaying covers words someone is heard or seen saying (`he
// heard one of the guards tell the hostages: "..."`), which the rules
// gave to the one who heard them; and the guards: a passive "can be
// heard" gives no one after "heard", a pronoun heard is left to the rules that
// resolve pronouns. Each text is fictional, written for the test.
func TestHeardSaying(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "heard someone tell others",
			text: `Ivo Lund hid behind the bar for an hour. He said the raiders took ten hostages, and he heard one of the raiders tell the captives: "It is the mayor's fault, he should never have closed the mine."`,
			want: []got{{Text: "It is the mayor's fault, he should never have closed the mine.", Speaker: "one of the raiders", Kind: "person", Parts: 1}},
		},
		{
			name: "saw someone shout",
			text: `Mara Voss said she saw a deckhand shout "Cut the line!" before the mast came down.`,
			want: []got{{Text: "Cut the line!", Speaker: "deckhand", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			// the rules give no speaker here yet; the guard keeps the
			// place after "heard" from being taken for one
			name: "a passive is not read as someone heard",
			text: `A ferry steward can be heard over the speakers saying "Stay in your cabins until the ramp is down," as the cars roll off.`,
			want: []got{{Text: "Stay in your cabins until the ramp is down,", Speaker: "", Kind: "", Parts: 1}},
		},
	})
}
