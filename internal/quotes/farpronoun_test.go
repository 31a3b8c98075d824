package quotes

import "testing"

// TestExtractFarSpeakerNotShe covers a "she" many paragraphs after the
// last woman reported speaking, when a sentence since opens with another
// woman described by origin and role: she is the one introduced, not the
// speaker far back; a word of origin ("Norland-born", "Oscar-nominated")
// is no part of a name. The text is fictional, written for the test.
func TestExtractFarSpeakerNotShe(t *testing.T) {
	text := "Maren Holt, a singer, said \"we are leaving soon\" on Friday.\n\n6:20 p.m.\n\n" +
		"A Varden drummer says he is waiting to see whether he can go home.\n\n" +
		"Tomas Rell, a drummer who lives in Ulby, said Sunday he does not have a \"plan B\" if he is not allowed back.\n\n" +
		"Rell was born in Halden.\n\n6:15 p.m.\n\n" +
		"Norland-born Varden actress Zerin Pald, who hopes to share a prize for best film, fears the ban will affect her plans.\n\n" +
		"The 37-year-old Pald, who came to Varden as a child, plays the lead in the Varden Oscar-nominated film \"A Man Called Tove.\"\n\n" +
		"She told the news agency VT that \"it's not at all certain that I'm going to get in.\"\n\n" +
		"She said she was \"very upset\" by this."
	runExtractCases(t, []extractCase{{
		name: "a woman introduced since the last one spoke",
		text: text,
		want: []got{
			{Text: "we are leaving soon", Speaker: "Maren Holt", Kind: "person", Partial: true, Parts: 1},
			{Text: "plan B", Speaker: "Tomas Rell", Kind: "person", Partial: true, Parts: 1},
			{Text: "it's not at all certain that I'm going to get in.", Speaker: "Zerin Pald", Kind: "person", Partial: true, Parts: 1},
			{Text: "very upset", Speaker: "Zerin Pald", Kind: "person", Partial: true, Parts: 1},
		},
	}})
}
