package quotes

import "testing"

// TestExtractReviewShapes covers speaker shapes of a real-story review.
// Every text is fictional, written for the test.
func TestExtractReviewShapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "she never resolves to a man the text calls his",
			text:    "Ostrander snaps at reporter\n\nGovernor Pell Ostrander snapped at a reporter at the end of his briefing on Monday in Harlow after she asked why he was \"certain the levy would pass before the spring recess\" despite the vote count.\n\nThe briefing ended soon after.",
			opening: "certain the levy",
			speaker: "",
		},
		{
			name:    "he after a sentence about a named subject and his kin is that subject, not the last speaker",
			text:    "Guild backs harbour levy\n\nBrother Anselm Kray, spokesman of the Harbour Guild, said they \u2018had the duty\u2019 to raise the levy.\n\n\u2018The men of the guild will collect it from every boat, especially the big ones,\u2019 he said.\n\nLord Perrin, whose coming rise to the council many hoped would bring an end to this kind of heavy tax, looks likely to be as strict as his father Duke Osric after suggesting that every sailor should back the guild\u2019s new levy.\n\n\u2018The guild is supported by all the wharves,\u2019 he said.",
			opening: "supported by all the wharves",
			speaker: "Lord Perrin",
		},
		{
			name:    "she after a sentence opened by a titled name is that person, not one heard paragraphs before",
			text:    "Crew still missing\n\nMarta Voss, the missing sailor's sister, pleaded with the kidnappers, who have described themselves as a navy. \"Let him come home,\" she said.\n\nVoss was last seen in May. The same video showed another captive, Piet Arden, 45.\n\nSeveral officials, including Rep. Tom Haller, have said they were working to find out more.\n\nHarbour Office Press Secretary Ada Lusk could not confirm the reports when asked about the video at Monday's briefing. She noted the office has been watching the case closely since the threats were first made.\n\n\u201cThe office has spent a great deal of time and effort trying to bring the crew home,\u201d she said.",
			opening: "spent a great deal of time",
			speaker: "Ada Lusk",
		},
		{
			name:    "the president writing is the president the text named speaking",
			text:    "Varga's plans unknown\n\nIlse Varga said in a post on Saturday: \u201cI will give my final word on the harbour pact next week!\u201d\n\nThe palace did not answer requests for comment. On Sunday morning, however, the president offered a comment of her own, in a post that might have been aimed at the unnamed sources in the Courier's report.\n\n\u201cMany of the leaks from the palace are made up by the press,\u201d the president wrote.",
			opening: "Many of the leaks",
			speaker: "Ilse Varga",
		},
		{
			name:    "the Marovian leader is the one named Marovia's president just before",
			text:    "ORSK, May 3. The council of the new Orsk republic turned to the Velan president, asking him to send troops.\n\nEarlier, Anton Brel sent the senate a letter on the use of troops in Marovia. The letter was sent on a plea by Marovia's lawful president Ivo Tark.\n\nLater the Marovian leader said that the plea was made because of armed gangs. \u201cI did it for a reason, because gangs were hunting me across the country,\u201d he said.",
			opening: "I did it for a reason",
			speaker: "Ivo Tark",
		},
		{
			name:    "a two-word site whose first word ends in -ing is the site, whole",
			text:    "Harbour ban\n\nRolling Tides reports that boats which have sails \u201cwith a bright colour and a logo\u201d could be seen as adverts, and the port can make them lower the sails.\n\nThe port office declined to comment.",
			opening: "with a bright colour",
			speaker: "Rolling Tides",
		},
		{
			name:    "went onto say is a cue; the verb is not part of the speaker",
			text:    "Harbour ban\n\nThe unnamed skipper went onto say, \"It is so silly. I do not know what to say. They have to stop this. Many people will fight it.\"\n\nThe port office declined to comment.",
			opening: "It is so silly",
			speaker: "unnamed skipper",
		},
		{
			name:    "a quotation that is the subject of 'is why' is not the speech of the verb after it",
			text:    "Harbour rule\n\nIt is a safe bet that Brother Anselm Kray, spokesman of the Harbour Guild, is no fan of sea shanties. \"The call of the tide\" is precisely why Kray announced yesterday that the guild will tax any boats that are deemed \"risky.\" \"The men of the guild will collect it from every boat, especially the big ones\" he said.",
			opening: "The call of the tide",
			speaker: "",
		},
		{
			name:    "a word quoted in the writer's sentence is not glued to the quotation after it",
			text:    "Harbour rule\n\nBrother Anselm Kray announced yesterday that the guild will tax any boats that are deemed \"risky.\" \"The men of the guild will collect it from every boat, especially the big ones\" he said.",
			opening: "The men of the guild",
			absent:  "risky.\" \"The men",
			speaker: "Brother Anselm Kray",
		},
		{
			name:    "an embedded post set as text is the poster's quotation",
			text:    "Holm steps back from film\n\nAda Holm has stepped back from the film because of its violent scenes. Holm used her account to tell her followers.\n\nI made this film a month before the storm and now I cannot support that level of violence. My apologies to all \u2014 Ada Holm (@adaholm) May 2, 2014\n\nThe studio declined to comment.",
			opening: "I made this film",
			speaker: "Ada Holm",
		},
		{
			name:    "an embedded post of a body's account is the body's",
			text:    "Drone near the runway\n\nPolice asked pilots to report drones.\n\nOfficers are speaking to a pilot who has reported a drone near the runway at Kessmouth this afternoon. \u2014 Harbour Policing (@HarbourPolicing) June 3, 2016\n\nNo arrests were made.",
			opening: "Officers are speaking",
			speaker: "Harbour Policing",
			kind:    "organization",
		},
	})
}
