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
		{
			name: "what one heard before speaking oneself",
			text: `Ada Holm heard the ruling on Friday before telling supporters: "We are going to the top court."`,
			want: []got{{Text: "We are going to the top court.", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a relative clause's object does not speak",
			text: `Witnesses who saw the blast say "It shook the whole street."`,
			want: []got{{Text: "It shook the whole street.", Speaker: "witnesses", Kind: "person", Parts: 1}},
		},
		{
			name: "a wish to see someone speak",
			text: `Ada Holm said she would like to see the council tell residents: "Your homes are safe."`,
			want: []got{{Text: "Your homes are safe.", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}
