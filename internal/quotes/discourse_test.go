package quotes

import "testing"

// TestDiscourseReferents covers pronouns and statements whose referent is
// no person named: one brought in by a description, a body, the author of
// a statement told of before; and the unsure cases, which give no one.
// Every text is fictional, written for the test.
func TestDiscourseReferents(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "she after one passenger opening the paragraph before is the passenger, not the mayor",
			text: "Mayor Ivo Tark said the road would be closed for a week.\n\n" +
				"One passenger was thrown from her seat.\n\n" +
				"\"I hit the window and everything went black,\" she said.",
			opening: "I hit the window",
			speaker: "passenger",
		},
		{
			name: "she said: after a woman who lives nearby is the woman",
			text: "Fire chief Jonas Brel said the blaze started in the kitchen.\n\n" +
				"A woman who lives nearby called the brigade. She said: \"The smoke was everywhere.\"",
			opening: "The smoke was everywhere",
			speaker: "woman",
		},
		{
			name: "he after the 45-year-old driver is the driver, not the police chief",
			text: "Police chief Jonas Brel said the bus was carrying 40 people.\n\n" +
				"The 45-year-old driver was taken to hospital. \"I could not stop it,\" he told officers.",
			opening: "I could not stop it",
			speaker: "45-year-old driver",
		},
		{
			name: "he after one resident who lost everything is the resident",
			text: "Mayor Ivo Tark toured the streets on Monday.\n\n" +
				"One resident lost everything. \"The water took it all,\" he said.",
			opening: "The water took it all",
			speaker: "resident",
		},
		{
			name: "a description after a time phrase and a comma opens the sentence",
			text: "Mayor Ivo Tark toured the streets on Monday.\n\n" +
				"On Tuesday, a volunteer handed out blankets. \"People are cold,\" she said.",
			opening: "People are cold",
			speaker: "volunteer",
		},
		{
			name: "a group opening a sentence after the description leaves he to no one",
			text: "Mayor Ivo Tark said the road would be closed for a week.\n\n" +
				"A witness saw the lorry leave the road. Residents said the bend had claimed lives before. \"It came round far too fast,\" he said.",
			opening: "It came round far too fast",
			speaker: "",
		},
		{
			name: "a person named after the description is still he",
			text: "A witness saw the lorry leave the road.\n\n" +
				"Mayor Ivo Tark said the road would be closed for a week. \"We will make it safe,\" he said.",
			opening: "We will make it safe",
			speaker: "Ivo Tark",
		},
		{
			name: "the president after a president named is no one new",
			text: "President Ivo Tark visited the harbour on Monday.\n\n" +
				"The president later met the crews. \"We owe them everything,\" he said.",
			opening: "We owe them everything",
			speaker: "Ivo Tark",
		},
		{
			name: "it added after the army said is the army",
			text: "Colonel Ivo Tark led the patrol on Monday.\n\n" +
				"The army said two soldiers were wounded. It added that \"the situation is under control.\"",
			opening: "the situation is under control",
			speaker: "army",
		},
		{
			name: "they said in a statement after the company is the company",
			text: "Chief executive Ana Ruiz spoke to shareholders on Monday.\n\n" +
				"The company recalled 10,000 kettles. \"Safety comes first,\" they said in a statement.",
			opening: "Safety comes first",
			speaker: "company",
		},
		{
			name:    "they after a person named since the company is no one",
			text:    "The company recalled 10,000 kettles on Monday. Chief executive Ana Ruiz apologised. \"Safety comes first,\" they said in a statement.",
			opening: "Safety comes first",
			speaker: "",
		},
		{
			name: "the statement said after the ministry issued a statement is the ministry's",
			text: "Minister Ana Ruiz visited Kelm on Sunday.\n\n" +
				"The ministry issued a statement on Monday. It listed the towns affected.\n\n" +
				"\"We are working to restore supplies,\" the statement said.",
			opening: "We are working to restore supplies",
			speaker: "ministry",
		},
		{
			name: "a statement said after a body issued one is the body's",
			text: "Minister Ana Ruiz visited Kelm on Sunday.\n\n" +
				"Kelm Water issued a statement on Monday.\n\n" +
				"\"We regret the disruption,\" a statement said.",
			opening: "We regret the disruption",
			speaker: "Kelm Water",
		},
		{
			name: "the statement with no one issuing it stays the statement",
			text: "Minister Ana Ruiz visited Kelm on Sunday.\n\n" +
				"The cuts came before the statement. Protests followed.\n\n" +
				"\"We are working to restore supplies,\" the statement said.",
			opening: "We are working to restore supplies",
			speaker: "statement",
		},
	})
}
