package quotes

import "testing"

// TestExtractSpeakerLinks covers speakers the text gives once and then
// refers back to: the person whose statement an outlet reported, a role
// description standing for the person given it, a name followed by a
// place abbreviation, and a sentence opened by a body between a name and
// its pronoun. Every text is fictional, written for the test.
func TestExtractSpeakerLinks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "he added after a statement an outlet reported is the one who stated it",
			text: "Parliament member Ivo Castran stated that the figures showed the dam funds were going to private contractors, not only in the north but in other regions too, Norland TradeLink reported.\n\n" +
				"He added that the ministry and its partners are “not serious about the repairs, because they have the money to finish them in one season”.\n\n" +
				"The ministry did not reply.",
			opening: "not serious about the repairs",
			speaker: "Ivo Castran",
			kind:    "person",
		},
		{
			name:    "he said after a claim the paper reported, in the same paragraph",
			text:    "Harbour pilot Mattias Grell said the new channel was too shallow for the ferries, the Coastal Courier reported. He said the survey had been \"done in a hurry and paid for by the builders.\"",
			opening: "done in a hurry",
			speaker: "Mattias Grell",
			kind:    "person",
		},
		{
			name: "the sophomore said after the paragraph reporting the one named sophomore",
			text: "Two students who lived in Hallam House at the time said they were woken by the alarms.\n\n" +
				"\"We thought it was another drill,\" Petra Lusk said.\n\n" +
				"Tomas Renn, who was in the next building, said he heard \"three loud bangs\" that seemed to come from the car park.\n\n" +
				"\"Then I saw the smoke from my window and knew it was real,\" the sophomore said.\n\n" +
				"The campus reopened on Friday.",
			opening: "Then I saw the smoke",
			speaker: "Tomas Renn",
			kind:    "person",
		},
		{
			name: "the sophomore said is the one person given that role, another voice between",
			text: "Lena Vossberg, a sophomore from Carran, said the library had emptied in minutes.\n\n" +
				"Campus police chief Dale Brandt said officers arrived within four minutes.\n\n" +
				"\"I have never run so fast in my life,\" the sophomore said.",
			opening: "I have never run so fast",
			speaker: "Lena Vossberg",
			kind:    "person",
		},
		{
			name: "a bare quote before a sentence that reports its own clause keeps the speaker before",
			text: "Marta Quillon, a teacher and one of the loudest critics of the quarry, said the ruling rested on \"convenient fictions.\"\n\n" +
				"She called the pit \"a scar on the valley,\" Quillon told the crowd. \"We will not accept it!\" She and others who oppose the quarry said the ruling showed how little the valley counts.",
			opening: "We will not accept it",
			speaker: "Marta Quillon",
			kind:    "person",
		},
		{
			name:    "a named chief who said that ... after a bare quote is not its speaker",
			text:    "\"You always wonder whether the board will read the file,\" Ingrid Solvay said. \"There is always a worry that it will bend to the loudest voices.\" Harbour Police Chief Olaf Brandt said that his officers made no recommendation to the board.",
			opening: "There is always a worry",
			speaker: "Ingrid Solvay",
			kind:    "person",
		},
		{
			name:    "a name and a cue with nothing after them after a bare quote are its attribution",
			text:    "The ferry will not run this winter. \"We cannot risk it.\" Harbour master Olaf Brandt said so on Tuesday.",
			opening: "We cannot risk it",
			speaker: "Olaf Brandt",
			kind:    "person",
		},
		{
			name: "a state abbreviation after a home town is no speaker",
			text: "The fire alarm went off shortly after midnight.\n\n" +
				"Petra Olin, a 20-year-old junior from Port Hale, Fla., said that when she first heard someone say, \" 'Get out now.' I thought it was a drill.\" But after seeing the smoke, Olin and her roommate ran down the back stairs.",
			opening: "I thought it was a drill",
			speaker: "Petra Olin",
			kind:    "person",
		},
		{
			name: "a place abbreviation in brackets inside a quotation is no speaker",
			text: "The ferry company has cut its winter timetable.\n\n" +
				"\"I have driven to Dunmore (Vt.) every Friday for ten years and never missed a boat,\" said Carla Benn, a nurse.",
			opening: "I have driven to Dunmore",
			speaker: "Carla Benn",
			kind:    "person",
		},
		{
			name: "a government that will pay describes no one between a name and its pronoun",
			text: "Councillors have approved a new cycle lane on the High Street.\n\n" +
				"Bill Hart, a cyclist, has campaigned for the lane for years.\n\n" +
				"At the vote the scheme was backed by Tom Reed, a farmer from Ulby.\n\n" +
				"The government will pay for the lane.\n\n" +
				"\"It will save me twenty minutes every morning,\" he said.",
			opening: "It will save me",
			speaker: "Tom Reed",
		},
		{
			name: "a city that pays for something between a name and its pronoun describes no one",
			text: "Councillors have approved a new cycle lane on the High Street.\n\n" +
				"Bill Hart, a cyclist, has campaigned for the lane for years.\n\n" +
				"At the vote the scheme was backed by Tom Reed, a farmer from Ulby.\n\n" +
				"The city pays for the paint, and the county for the kerbs.\n\n" +
				"\"It will save me twenty minutes every morning,\" he said.",
			opening: "It will save me",
			speaker: "Tom Reed",
		},
		{
			name: "a manager between a name and his pronoun is another person: the manager",
			text: "Councillors have approved a new cycle lane on the High Street.\n\n" +
				"At the vote the scheme was backed by Tom Reed, a farmer from Ulby.\n\n" +
				"The manager who runs the bus depot opposed the scheme.\n\n" +
				"\"It will cost us twenty minutes every morning,\" he said.",
			opening: "It will cost us",
			speaker: "manager",
		},
	})
}
