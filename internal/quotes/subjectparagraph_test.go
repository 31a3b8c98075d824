package quotes

import "testing"

// TestExtractSubjectParagraph covers a first-person quotation alone in its
// paragraph after a paragraph that opens with "he" or "she" for the person
// whose name opens the paragraph before. Every text is fictional, written
// for the test.
func TestExtractSubjectParagraph(t *testing.T) {
	const lead = "Hall attack\n\nGunmen opened fire in the Ulby concert hall on Friday night.\n\n" +
		"\"I saw them come in through the bar,\" said Ana Ruiz, a waitress.\n\n"
	runSpeakerCases(t, []speakerCase{
		{
			name: "he in the paragraph before stands for the name opening the one before it",
			text: lead + "Ivo Tark, a reporter with Radio Ulby, lay on the floor near the stage for ten minutes while the attack went on.\n\n" +
				"During a break in the shooting, he led a group of ten people onto the stage.\n\n" +
				"\"We took refuge in a little room, but it led nowhere. We were trapped.\"",
			opening: "We took refuge",
			speaker: "Ivo Tark",
		},
		{
			name: "kept: a thing that goes on is no one speaking",
			text: lead + "Ivo Tark, a reporter with Radio Ulby, lay on the floor near the stage while the attack went on.\n\n" +
				"\"We took refuge in a little room, but it led nowhere. We were trapped.\"",
			opening: "We took refuge",
			speaker: "",
		},
		{
			name: "kept: a reply after she asked someone is not hers",
			text: "Ferry hearing\n\nThe hearing on the sinking opened on Monday.\n\n\"We owe the families answers,\" said Ivo Tark, the chairman.\n\n" +
				"Ada Holm, a lawyer for the crew, sat in the front row for most of the morning.\n\n" +
				"During the afternoon session, she asked the ferry company's engineer whether the hull had been repaired.\n\n" +
				"\"We did not have the money to do it, and everyone in this town knew that.\"",
			opening: "We did not have the money",
			speaker: "",
		},
		{
			name: "kept: a quotation that speaks of him is not his",
			text: lead + "Ivo Tark, a reporter with Radio Ulby, lay on the floor near the stage for ten minutes.\n\n" +
				"During a break in the shooting, he led a group of ten people onto the stage.\n\n" +
				"\"We owe him our lives. We would have died in that hall.\"",
			opening: "We owe him",
			speaker: "",
		},
		{
			name: "kept: the man jailed is not the one whose words follow",
			text: "Shop attack\n\nA court in Ulby sat on Monday.\n\n\"Justice has been done,\" said Ana Ruiz, the prosecutor.\n\n" +
				"Ivo Tark, 52, was jailed on Monday for the attack on a shop in the harbour.\n\n" +
				"During the trial, he showed no remorse for what he had done.\n\n" +
				"\"I have lost my shop and my health, and I cannot sleep.\"",
			opening: "I have lost my shop",
			speaker: "",
		},
		{
			name: "kept: another person named in the paragraph",
			text: lead + "Ivo Tark, a reporter with Radio Ulby, lay on the floor near the stage for ten minutes.\n\n" +
				"During a break in the shooting, he led ten people, among them Marta Holm, onto the stage.\n\n" +
				"\"We took refuge in a little room, but it led nowhere. We were trapped.\"",
			opening: "We took refuge",
			speaker: "",
		},
	})
}
