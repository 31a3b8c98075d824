package quotes

import "testing"

// Review s36 findings, shapes that recur across the dev stories, each a
// fictional case that failed before its fix.
func TestReview36Quotes(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name: "she after a definite description opening the paragraph before is that one",
			body: "The girl, whose name cannot be published because she is a minor, attacked Thomas Marsk, 25, with a bottle at a bar in Calder on Friday.\n\n" +
				"She said Marsk had lied to her about the money.\n\n\"I had to do something to show him that I was angry,\" she said.",
			words: "I had to do something", want: "girl",
		},
		{
			name: "he after the teacher gave an interview is the teacher",
			body: "Police have not named the school but the teacher gave an interview to Harbour News.\n\n" +
				"He told the website he decided to speak after a lesson on bullying:\n\n\"As part of the lesson, I asked who had heard the word used as an insult.\"",
			words: "As part of the lesson", want: "teacher",
		},
		{
			name:  "he after the man was waiting is the man",
			body:  "The man was waiting to board a flight to Norvik when a gate agent began greeting everyone. He yelled at the woman, \"You should not say that to everyone.\"",
			words: "You should not say that", want: "man",
		},
		{
			name: "she after a kin word and a name is the one named",
			body: "The reporter was seized in Ostland last year.\n\nLast week, Tarrow's mother Edith Tarrow released a video pleading with rebel leader Omar Vask to spare her son.\n\n" +
				"\"Paul is a journalist who went to cover the war,\" she said.",
			words: "Paul is a journalist", want: "Edith Tarrow",
		},
		{
			name: "a description that goes by a name is the one named",
			body: "A 30-year-old Calder woman says she paid $9,000 for a tattoo across her face.\n\n" +
				"The admittedly \"reckless\" hairdresser, who goes by the name Lumi Starling, told a Norvik radio station that she had no regrets.\n\n" +
				"\"Well I am reckless,\" she told the Morning Show last week.",
			words: "Well I am reckless", want: "Lumi Starling",
		},
		{
			name:  "the woman who goes by a name, writing, is the one named",
			body:  "A young woman from Calder says she has had a third ear fitted.\n\nThe woman, who goes by the name Lumi Starling, wrote on her page: \"So I'm flying to Norvik to appear on a show this Monday!\"",
			words: "So I'm flying to Norvik", want: "Lumi Starling",
		},
		{
			name:  "the woman after a therapist who calls herself a name is the one named",
			body:  "Calder -- A Calder massage therapist who calls herself \"Lumi Starling\" says she paid $9,000 for a third ear.\n\nThe Norvik woman told a radio station that she \"called like 50 doctors\" before one agreed.",
			words: "called like 50 doctors", want: "Lumi Starling",
		},
		{
			name: "a group with its name set after it is the group named",
			body: "Nine firms have cut ties with Tom Reel.\n\nOne activist group, FairWave, said 9,000 people had signed its petition urging CalderFoods to suspend advertising on Reel's show.\n\n" +
				"\"FairWave members are glad that CalderFoods decided to suspend their advertising,\" it said.",
			words: "FairWave members are glad", want: "FairWave",
		},
		{
			name: "the Ostland lawmaker after Rep. Whitcombe is Whitcombe",
			body: "Rep. Dana Whitcombe, the top Democrat on the transport committee, said the plan \"defies all logic.\"\n\n" +
				"The Ostland lawmaker, who will not get a vote on the plan, also took aim at the minister: \"It is deeply unsettling that he still has the job.\"",
			words: "It is deeply unsettling", want: "Dana Whitcombe",
		},
		{
			name: "a rapper described by a quoted song is the rapper named",
			body: "Rapper Tommy Brandt revealed in an interview that he dated the singer Lara Voss in 1991.\n\n" +
				"Brandt, whose real name is Tomas Bergman, ended it when Voss published her book of photographs.\n\n" +
				"\"I left her after the tour because I was hurt,\" said the 'Frost Bite Baby' rapper.",
			words: "I left her after the tour", want: "Tommy Brandt",
		},
		{
			name: "the submarine owner after its owner, inventor and entrepreneur Brandvik is Brandvik",
			body: "The reporter vanished after boarding the vessel, as part of her work on a story about its owner, inventor and entrepreneur Tor Brandvik.\n\n" +
				"Brandvik was brought back alone to the harbour on Friday.\n\nThe submarine owner claimed before his arrest that he had been alone.\n\n" +
				"\"I was just taking a practice trip,\" he told the Calder Post.",
			words: "I was just taking a practice trip", want: "Tor Brandvik",
		},
		{
			name:  "a judge who ordered someone to do quoted words said them",
			body:  "The court heard the case on Monday.\n\nJudge Ada Holm ordered Tomas Vell to \"take part in an anger management course\" and to pay a fine.",
			words: "take part in an anger", want: "Ada Holm",
		},
		{
			name:  "an invitation that invites guests to quoted words says them",
			body:  "The dinner will be held in Calder.\n\nA draft of the invitation, obtained by the Calder Post, invites guests to \"honor and support a great friend of the harbour\" at the event.",
			words: "honor and support", want: "draft",
		},
		{
			name:  "saying after as a colonel told a paper is the colonel's",
			body:  "The army has not confirmed the reports just yet, as Colonel Ida Brandt of the Calder command told the Harbour Post on Sunday, saying \"We have no information to confirm these reports.\"",
			words: "We have no information", want: "Ida Brandt",
		},
	})
}

// TestWithAppositiveNameEmpty: a participle whose subject reads as no
// words at all (subjectOfGerund may give an empty phrase) has no name
// after it; found on PolNeAR dev, where it panicked.
func TestWithAppositiveNameEmpty(t *testing.T) {
	if got := (&extractor{}).withAppositiveName([]token{}); len(got) != 0 {
		t.Fatalf("withAppositiveName(empty) = %v, want empty", got)
	}
}
