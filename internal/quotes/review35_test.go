package quotes

import "testing"

// Review s35 findings on real news, each a fictional case that failed
// before its fix.
func TestReview35Quotes(t *testing.T) {
	const qaTitle = "Helen Calloway on the campaign"
	const leaderBody = "Calderan PM Ivo Marsk says radar data showed the ferry sank far from the coast.\n\nIn Norvik relatives of the crew clashed with police, as Ostland asked to see the radar data.\n\n" +
		"But in a news conference late on Monday, the Calderan leader said it had to be concluded \"with deep sadness and regret\" that according to new data \"the ferry sank in the northern sea\"."
	const qaBody = "Helen Calloway, the wife of candidate Tomas Calloway, spoke with the Harbour Times about the race. Below are edited excerpts.\n\n" +
		"Harbour Times: What don't people know about you?\n\n" +
		"Helen Calloway: I'm really funny. I'm very sarcastic, but it doesn't come through in print.\n\n" +
		"Harbour Times: Did you make your husband quit smoking?\n\n" +
		"Helen Calloway: I told him, \"Find another way to cope.\" Tomas chews gum instead.\n\n" +
		"Harbour Times: How are your daughters handling the race?\n\n" +
		"Helen Calloway: Petra is starting to ask: \"What happens if Dad wins? Will I change schools?\" She said, \"I want Daddy to win because he would be a great mayor.\" She asked, \"Dad, how will you feel if you lose?\" He said, \"I'll be fine.\" She said, \"Good.\"\n\n" +
		"Harbour Times: How do they handle your trips?\n\n" +
		"Mrs. Calloway: Petra asked, \"Where are you going now, Mom? Have a good time.\" I told her, \"I will be back on Friday.\" My goal is to keep things normal."

	runTitledCases(t, []titledCase{
		{
			name: "a plural possessive inside a body's name is part of it",
			body: "The club reported record earnings on Friday.\n\nA statement from the Calder Rovers Supporters' Trust said the group was pleased with the figures.\n\n" +
				"\"These results are a credit to the new ground,\" the statement read.\n\n\"The club has planted the seeds of a bright future.",
			words: "These results are a credit", want: "Calder Rovers Supporters' Trust",
		},
		{
			name:  "a group of engineers is the engineers",
			body:  "A group of senior engineers from around the world has pushed back on the agency's finding, insisting the theory is \"sound\" and deserves \"a full inquiry.\"\n\nThe agency did not reply.",
			words: "a full inquiry", want: "senior engineers",
		},
		{
			name: "it said after in its statement, the body said",
			body: "The ferry went missing on Friday.\n\n" +
				"In its statement, Ncsa said it had made a review \"and found that the seas would put the crews at risk\".\n\n" +
				"\"Therefore, Ncsa has halted all search flights for today,\" it said.",
			words: "Ncsa has halted", want: "Ncsa",
		},
		{
			name:  "the Calderan leader said it had to be concluded is the leader",
			body:  leaderBody,
			words: "with deep sadness", want: "Ivo Marsk",
		},
		{
			name:  "a second piece after according to new data is the same speaker's",
			body:  leaderBody,
			words: "the ferry sank in the northern sea", want: "Ivo Marsk",
		},
		{
			name:  "a group of engineers said",
			body:  "The bridge was closed on Monday.\n\nA group of engineers said: \"The bridge is sound and deserves a full inquiry by the board.\"",
			words: "The bridge is sound", want: "engineers",
		},
		{
			name: "a role and outlet before a witness's name: the witness speaks",
			body: "Shots were fired in the old town on Friday night.\n\n\"People ran everywhere,\" said Paul Brand, a driver who was there.\n\nMore attacks followed near the river.\n\n" +
				"Harbourwire iReporter Dana Vell of Port Ellis was staying five minutes from Cafe Lume, a bar near the quay.\n\n" +
				"\"I heard a bang and then shots. I grabbed my phone and started filming from the window.\"",
			words: "I heard a bang", want: "Dana Vell",
		},
		{
			name:  "a paper's labelled questions and one person's labelled answers: the answerer's I",
			title: qaTitle, body: qaBody,
			words: "Find another way", want: "Helen Calloway",
		},
		{
			name:  "a quote inside an answer after its own cue is the one the cue names",
			title: qaTitle, body: qaBody,
			words: "What happens if Dad wins", want: "Petra",
		},
		{
			name:  "she inside an answer is the one the answer spoke of, not the answerer",
			title: qaTitle, body: qaBody,
			words: "I want Daddy to win", want: "Petra",
		},
		{
			name:  "a cue after a question that leads in the next quote is not the question's",
			title: qaTitle, body: qaBody,
			words: "Dad, how will you feel", want: "Petra",
		},
		{
			name:  "a label used once with a labelled person's surname is theirs",
			title: qaTitle, body: qaBody,
			words: "I will be back on Friday", want: "Helen Calloway",
		},
		{
			name:  "quoted words in a clause reported before a cue that reports its own clause",
			body:  "Although Holm himself wrote that he and his rowing friends were a \"club of lost boys,\" Vane says that is not really true.",
			words: "club of lost boys", want: "Holm",
		},
		{
			name:  "a quote after a colon that follows a name someone says another went by",
			body:  "Vane also says Holm was known for his \"Steals\": \"When a loaf was passed around, he often grabbed it out of turn and took an extra slice.\"",
			words: "When a loaf was passed around", want: "Vane",
		},
		{
			name:  "quoted words in narration after a whole quote in the same paragraph",
			body:  "\"The Pass was the opposite of what the coach taught,\" explains Vane. Here is how it worked: If you dropped the ball when you were with the Harbour Gang, \"you were given a penalty and your turn was skipped the next time.\"",
			words: "you were given a penalty", want: "Vane",
		},
		{
			name: "quoted words with \"we\" after a name and others are the named one's",
			body: "One witness, Ada Brisk, told the Harbour Times by phone that one of the attacks \"was around the corner from us, about half a block down.\"\n\n" +
				"Brisk and three colleagues \"were sitting outside on the pavement ... we heard a lot of shots. Maybe 8 to 10, and then a pause.\"",
			words: "we heard a lot of shots", want: "Ada Brisk",
		},
		{
			name: "he quotes someone's warning before a colon: the one quoted speaks",
			body: "In his radio interview, Professor Ivo Marsk also talks of the good and bad sides of the web.\n\n" +
				"He quotes the director of the Calder Signals Office's warning about the web becoming a den for thieves: \"More must be done by the web firms to fight the threat, but the hard part is to do this without losing freedom.\"",
			words: "More must be done", want: "Calder Signals Office",
		},
	})
}

// TestAccordingToABodySpeaks checks that "according to" a body ("the
// ministry", "the airline") still gives the quotation to the body; only
// data ("new figures") speaks for no one.
func TestAccordingToABodySpeaks(t *testing.T) {
	body := "The Calder bridge has been shut since the flood in March.\n\n" +
		"According to the ministry, \"the bridge will reopen in May, once the repairs are done.\"\n\n" +
		"According to new figures, \"traffic has fallen by half since the flood.\""
	if got := speakerOf(t, "Bridge to reopen in May", body, "the bridge will reopen"); got != "ministry" {
		t.Errorf("speaker %q, want %q", got, "ministry")
	}
	if got := speakerOf(t, "Bridge to reopen in May", body, "traffic has fallen"); got != "" {
		t.Errorf("speaker %q for data, want none", got)
	}
}

// TestQuotedObjectOnlyForSayings checks that "cited X's ...:" and "quoted
// in X's ...:" give the words to X only when X's saying is named ("the
// director's warning"): a judge citing convictions, quotes as a noun and
// a passive "was quoted" keep their own speaker.
func TestQuotedObjectOnlyForSayings(t *testing.T) {
	for _, tc := range []struct{ body, words, want string }{
		{"Judge Ada Holm cited Lund's previous convictions: \"You have been before this court four times, and each time you promised to change.\"", "You have been before", "Ada Holm"},
		{"Dan Vell, a retired teacher, compared quotes from Lund's firm and two others: \"The cheapest was half the price of the dearest, for the same job.\"", "The cheapest was half", "Dan Vell"},
		{"Ivo Holm runs the Calder club.\n\nHolm was quoted in Lund's weekly newsletter: \"I have given this club everything and I have nothing left.\"", "I have given this club", "Ivo Holm"},
	} {
		if got := speakerOf(t, "Harbour news", tc.body, tc.words); got != tc.want {
			t.Errorf("speaker of %q: %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestOnceUsedLabelOfAnotherSex checks that a label used once with the
// surname of a labelled person and an honorific of the other sex ("Mr.
// Calloway:" beside "Helen Calloway:") is not hers.
func TestOnceUsedLabelOfAnotherSex(t *testing.T) {
	body := "Helen Calloway, the wife of candidate Tomas Calloway, spoke with the Harbour Times about the race. Her husband joined for the last question.\n\n" +
		"Harbour Times: What don't people know about you?\n\n" +
		"Helen Calloway: I'm really funny. I told my staff, \"Laugh more.\" It works.\n\n" +
		"Harbour Times: Did you make your husband quit smoking?\n\n" +
		"Helen Calloway: I told him, \"Find another way to cope.\" He chews gum instead.\n\n" +
		"Harbour Times: Mr. Calloway, is that true?\n\n" +
		"Mr. Calloway: My wife said, \"Quit or sleep on the couch.\" I quit that night, and I told her, \"You win.\""
	if got := speakerOf(t, "Helen and Tomas Calloway on the campaign", body, "You win"); got == "Helen Calloway" {
		t.Errorf("\"You win.\" given to %q, who is not Mr. Calloway", got)
	}
	if got := speakerOf(t, "Helen and Tomas Calloway on the campaign", body, "Laugh more"); got != "Helen Calloway" {
		t.Errorf("speaker of \"Laugh more.\" %q, want Helen Calloway", got)
	}
}

// TestLeaderOfABodyIsNoHeadOfState checks that "the union leader" is not
// the country's president named before ("the Calderan leader" may be: see
// TestReview35Quotes).
func TestLeaderOfABodyIsNoHeadOfState(t *testing.T) {
	for _, who := range []string{"union leader", "ferry union leader"} {
		body := "President Ada Holm opened the new harbour on Monday.\n\n" +
			"\"This port will not close again while I am in office,\" the " + who + " said."
		if got := speakerOf(t, "Harbour opens", body, "This port will not close"); got == "Ada Holm" {
			t.Errorf("the %s is %q, the president", who, got)
		}
	}
}

// TestNarrationAfterAQuoteIsNotTheSpeakers checks that quoted words in
// the writer's narration after someone's quotation are not that person's
// when the narration speaks of other people ("But inspectors found") or
// opens a sentence about a thing ("The yard was once ...").
func TestNarrationAfterAQuoteIsNotTheSpeakers(t *testing.T) {
	for _, tc := range []struct{ body, words, not string }{
		{"The Calder bridge was closed on Monday.\n\n\"The bridge is perfectly safe,\" said Ivo Lund, the transport minister. But inspectors found \"serious cracks\" in two of the supports last month.", "serious cracks", "Ivo Lund"},
		{"The Orvell shipyard will close in June.\n\n\"It is a sad day for the town,\" said Mayor Ada Holm. The yard was once the \"beating heart\" of Orvell, employing 4,000 people.", "beating heart", "Ada Holm"},
	} {
		// the words may be left out or given to no one; before the rule
		// they were given to the speaker before
		if got, found := speakerIfFound("Harbour news", tc.body, tc.words); found && got == tc.not {
			t.Errorf("%q given to %q", tc.words, got)
		}
	}
}

// TestItsReportIsNotTheOneReported checks that "it said" after "In its
// report, the board said Lund told investigators ..." is not Lund's.
func TestItsReportIsNotTheOneReported(t *testing.T) {
	body := "The safety board published its report into the Orvell crash on Tuesday.\n\n" +
		"In its report, the board said Lund told investigators the brakes had failed on landing.\n\n" +
		"\"The aircraft was fully serviced before the flight, and the records show no fault,\" it said."
	if got := speakerOf(t, "Crash report published", body, "The aircraft was fully serviced"); got == "Lund" {
		t.Errorf("\"it said\" given to %q, the one the report speaks of", got)
	}
}
