package quotes

import "testing"

// TestNoWrongLinks: the speaker-linking rules of the s36 round (a
// directive's words, a name a description goes by, a role written before
// a name, a pronoun for a described person, "as X told") leave alone the
// shapes where the person linked is not the one speaking. Each case was
// a wrong speaker before its guard.
func TestNoWrongLinks(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "the one ordered in the passive does not say the order",
			body:  "Calder court sentenced Tom Vell on Friday.\n\nTom Vell was ordered to \"stay away from the victim and her family\" by Judge Ada Holm.",
			words: "stay away from the victim", want: "",
		},
		{
			name:  "those invited in the passive do not say the invitation",
			body:  "The town hall meeting was busy.\n\nResidents were invited to \"share their views on the new harbour plan\" at the meeting on Monday.",
			words: "share their views", want: "",
		},
		{
			name:  "the lawyer for a man named X is the lawyer",
			body:  "A trial opened in Calder on Monday.\n\nThe lawyer for a man named Tom Vell told the court: \"My client was at home all night.\"",
			words: "My client was at home", want: "lawyer",
		},
		{
			name:  "a neighbour of a woman who goes by a name is the neighbour",
			body:  "A trial opened in Calder on Monday.\n\nA neighbour of the woman, who goes by the name Lumi Starling, told reporters: \"She kept to herself.\"",
			words: "She kept to herself", want: "neighbour",
		},
		{
			name: "the lorry driver is not taxi driver Vell",
			body: "A crash closed the Calder road on Friday.\n\nTaxi driver Tom Vell, 52, died when a lorry hit his cab.\n\n" +
				"The lorry driver told police: \"I never saw the car until it was too late.\"",
			words: "I never saw the car", want: "lorry driver",
		},
		{
			name: "the other driver is not bus driver Vell",
			body: "Two men were hurt in a crash near Calder on Friday.\n\nBus driver Tom Vell, 52, was taken to hospital.\n\n" +
				"The other driver said: \"He came round the bend on the wrong side of the road.\"",
			words: "He came round the bend", want: "other driver",
		},
		{
			name: "the current owner is not the previous owner",
			body: "The shop on Main Street has changed hands.\n\nPrevious owner Tom Vell sold it in March after thirty years.\n\n" +
				"The current owner said: \"We will keep the old sign and the old recipes.\"",
			words: "We will keep the old sign", want: "current owner",
		},
		{
			name:  "an incident does not speak",
			body:  "A man was hurt in Calder on Friday.\n\nThe incident happened just after midnight.\n\n\"I heard a bang and ran outside,\" she said.",
			words: "I heard a bang", want: "",
		},
		{
			name:  "a murder does not speak",
			body:  "Calder is a quiet town.\n\nThe murder shocked everyone in the street.\n\n\"Nothing like this ever happens here,\" she told the Calder Post.",
			words: "Nothing like this ever happens", want: "",
		},
		{
			name:  "a teacher who died does not speak",
			body:  "A school in Calder is in mourning.\n\nThe teacher, who died on Sunday after a short illness, taught there for 30 years.\n\n\"Everyone in the valley knew the lessons were the best,\" she said.",
			words: "Everyone in the valley", want: "",
		},
		{
			name:  "a quote that speaks of the described one is not hers",
			body:  "A school in Calder is in mourning.\n\nThe teacher retired on Sunday after 30 years.\n\n\"She was the heart of this place,\" she said.",
			words: "She was the heart", want: "",
		},
		{
			name:  "the one ordered by a judge does not say the order",
			body:  "Calder court sentenced Tom Vell on Friday.\n\nTom Vell was ordered by Judge Ada Holm to \"stay away from the victim\" for a year.",
			words: "stay away from the victim", want: "",
		},
		{
			name:  "the walk back stops at a sentence about others",
			body:  "The man was seen near the harbour on Thursday.\n\nPolice closed the harbour road for an hour on Friday.\n\nHe said: \"We found the stolen goods in the boat shed.\"",
			words: "We found the stolen goods", want: "",
		},
		{
			name:  "the one arrested is not the he who found the goods",
			body:  "Officers arrested Sasha Vell, 30, at his flat in Calder on Friday.\n\nHe was charged with burglary.\n\nHe said: \"We found the stolen goods under his bed.\"",
			words: "We found the stolen goods", want: "",
		},
		{
			name: "they after one witness and then the protesters are the protesters",
			body: "Hundreds marched through Calder on Saturday.\n\nOne witness said the crowd was peaceful.\n\n" +
				"The protesters later gathered outside the town hall. \"We will be back every week until the plan is dropped,\" they said.",
			words: "We will be back every week", want: "protesters",
		},
		{
			name:  "saying after as a paper reported is the subject's",
			body:  "The board met in Calder on Friday.\n\nChairman Tom Vell stood down on Friday, as the Calder Post reported last week, saying \"It is time for someone younger.\"",
			words: "It is time for someone younger", want: "Tom Vell",
		},
	})
}
