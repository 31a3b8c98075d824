package quotes

import "testing"

// TestExtractToldClauseAfterQuote covers a bare quote followed by a
// sentence in which someone tells someone a clause of their own: not the
// quote's attribution, so the speaker named before goes on; and a trade
// written before a name. Every text is fictional, written for the test.
func TestExtractToldClauseAfterQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "told reporters and a clause after a bare quote",
			text: "Fisherman Ivo Marsh said his boat sank at its mooring.\n\n" +
				"\"It was all I had.\" Mayor Tom Reed told reporters the town would help the fishermen.",
			opening: "It was all I had",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
		{
			name: "told reporters and nothing after it is the quote's attribution",
			text: "Fisherman Ivo Marsh said his boat sank at its mooring.\n\n" +
				"\"We will help every one of them.\" Mayor Tom Reed told reporters.",
			opening: "We will help",
			speaker: "Tom Reed",
			kind:    "person",
		},
		{
			name: "agreed, saying and words of her own after a bare quote",
			text: "Harbour pilot Karl Brenner described the storm as the worst in decades.\n\n" +
				"\"I have never seen waves like it.\" Brenner's colleague Nina Hart agreed, saying the sea wall \"simply gave way.\"",
			opening: "I have never seen waves",
			speaker: "Karl Brenner",
			kind:    "person",
		},
		{
			name:    "a trade before a name is no part of it",
			text:    "\"It was all I had,\" Fisherman Ivo Marsh said.",
			opening: "It was all I had",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
		{
			name:    "a role noun before a name is no part of it",
			text:    "Neighbour Ivo Brassard said the family kept to itself. \"He was a very closed-off young man,\" Brassard said.",
			opening: "He was a very closed-off",
			speaker: "Ivo Brassard",
			kind:    "person",
		},
		{
			name: "the neighbour who wished to remain anonymous is not the neighbour named",
			text: "Neighbour Ivo Brassard said the family kept to itself.\n\n" +
				"A woman who lives across the road said the young man had moved out in spring.\n\n" +
				"\"I saw him last week at his parents' house,\" the neighbour, who wished to remain anonymous, told Radio North.",
			opening: "I saw him last week",
			speaker: "neighbour",
		},
		{
			name:    "a cue inside a relative clause of the next sentence's subject is no attribution",
			text:    "Ivo Marsh, a lawyer and one of the loudest activists, said the ruling was based on \"patent lies.\" Marsh shouted into a scrum of cameras. \"That is an injustice that cannot be permitted!\" He and others who have called for a prosecution said the sinking was a consequence of the wider neglect of the harbour.",
			opening: "That is an injustice",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
	})
}
