package quotes

import "testing"

// TestExtractAppositiveName covers a description with a name set after it
// between commas ("Another spectator, Brel,"): a pronoun that finds the
// description finds the name the text binds to it. Every text is
// fictional, written for the test.
func TestExtractAppositiveName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "he after a spectator the text names is the name",
			text: "Concert fire\n\nMany people ran for the doors when the fire began.\n\n" +
				"Another spectator, Brel, was near the stage when he saw the smoke. \"At first I thought it was part of the show, but then I saw the flames,\" he told the Ulby Herald.",
			opening: "At first I thought",
			speaker: "Brel",
		},
		{
			name: "the same in the pronoun's own sentence",
			text: "Concert fire\n\nMany people ran for the doors when the fire began, and Mayor Ana Ruiz was told at home.\n\n" +
				"One fan, Brel, was in tears when, after the last song, he added the words, \"We will never forget this night.\"",
			opening: "We will never forget",
			speaker: "Brel",
		},
		{
			name: "kept: a name of the other gender is not the he who speaks",
			text: "Concert fire\n\nMany people ran for the doors when the fire began.\n\n" +
				"Another spectator, Marta, was near the stage with her husband. \"At first I thought it was part of the show,\" he told the Ulby Herald.",
			opening: "At first I thought",
			speaker: "spectator", // as before: no name for him
		},
		{
			name: "kept: a woman's given name is not the he who speaks",
			text: "Concert fire\n\nMany people ran for the doors when the fire began.\n\n" +
				"Another spectator, Maria, was near the stage. \"At first I thought it was part of the show,\" he told the Ulby Herald.",
			opening: "At first I thought",
			speaker: "spectator",
		},
		{
			name: "kept: a body after the description's own determiner is no appositive name",
			text: "Concert fire\n\nMany people ran for the doors when the fire began.\n\n" +
				"A spokesman for the hall, Harbour Arena, said the doors were open. \"Everyone got out in four minutes,\" he told the Ulby Herald.",
			opening: "Everyone got out",
			speaker: "Harbour Arena", // as before (a known error, left alone): this rule does not reach it
		},
	})
}
