package quotes

import "testing"

// TestExtractSpeakerWords covers speaker names once built from the words
// around a cue: the topic of a reported clause, a place that qualifies a
// description, an ordinal, a reply named by its author. Each text is
// fictional, written for the test.
func TestExtractSpeakerWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a possessed noun after the cue is the topic, the subject speaks",
			text: `Rep. Lena Okafor, a Liberal from Velmar, said Brandt's expected seat on the port board "makes no sense at all," and called for a recount.`,
			want: []got{{Text: "makes no sense at all,", Speaker: "Lena Okafor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a place that qualifies a described person is no name",
			text: "The Velmar lawmaker, who will have no say on the seat, also mocked the new harbour chief for his singing: \"It is a pity that a great navigator could be replaced by a crooner.\"",
			want: []got{{Text: "It is a pity that a great navigator could be replaced by a crooner.", Speaker: "Velmar lawmaker", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle's clause before the pronoun that speaks",
			text: "Abel Ibbot could not recall the third ferry at the forum. Pressed to recall the third ferry for sale, he admitted: \"I can't. Sorry.\"",
			want: []got{{Text: "I can't. Sorry.", Speaker: "Abel Ibbot", Kind: "person", Parts: 1}},
		},
		{
			name: "an ordinal with no noun is no speaker",
			text: "When Abel Ibbot was naming three ferries for sale, he listed the Gull and the Tern but lost track of the third, saying, \"Which was the third one again?\"",
			want: []got{{Text: "Which was the third one again?", Speaker: "Abel Ibbot", Kind: "person", Parts: 1}},
		},
		{
			name: "a reply named by its author is the author's",
			text: "Abel Ibbot once crewed on Tom Reddle's trawler. (Reddle's later retort: \"I have no clue where he sailed off to.\")",
			want: []got{{Text: "I have no clue where he sailed off to.", Speaker: "Tom Reddle", Kind: "person", Parts: 1}},
		},
		{
			name: "pages, accounts, a description and a fundraising page speak as documents",
			text: "Ferry fund\n\n\"We showed last year's regatta as well,\" the show's Facebook and Twitter pages acknowledged.\n\n\"It was the fitting thing to do,\" the “Harbour Night” account tweeted.\n\n\"The old raft was made of barrels,\" said the description of contest details.\n\nA neighbour set up a GoFundMe page for the crew.\n\n\"Both of his arms need new pins before he can sail again,\" the GoFundMe states.",
			want: []got{
				{Text: "We showed last year's regatta as well,", Speaker: "show's Facebook and Twitter pages", Kind: "document", Parts: 1},
				{Text: "It was the fitting thing to do,", Speaker: "“Harbour Night” account", Kind: "document", Parts: 1},
				{Text: "The old raft was made of barrels,", Speaker: "description of contest details", Kind: "document", Parts: 1},
				{Text: "Both of his arms need new pins before he can sail again,", Speaker: "GoFundMe", Kind: "document", Parts: 1},
			},
		},
		{
			name: "a bare \"one\" after a group is one of them; a surname with an inner capital stays a person",
			text: "Some fish traders at the quay doubted the count, and one said: \"The boats came in half empty all week.\"\n\nHarbour accounts rushed to deny it, with one tweeting: \"Every boat came in full this week.\"\n\n\"We will reopen the quay on Monday,\" the McAllister said.",
			want: []got{
				{Text: "The boats came in half empty all week.", Speaker: "one of the fish traders", Kind: "person", Parts: 1},
				{Text: "Every boat came in full this week.", Speaker: "one of the Harbour accounts", Kind: "document", Parts: 1},
				{Text: "We will reopen the quay on Monday,", Speaker: "McAllister", Kind: "person", Parts: 1},
			},
		},
		{
			name: "one, another and a third of a group",
			text: "The photo was shared by more than 400 Facebook users. \"You get them, crew,\" wrote one. \"I find their small boats troubling,\" said another. \"Sailing is definitely the way to go,\" added a third.",
			want: []got{
				{Text: "You get them, crew,", Speaker: "one of the Facebook users", Kind: "person", Parts: 1},
				{Text: "I find their small boats troubling,", Speaker: "another of the Facebook users", Kind: "person", Parts: 1},
				{Text: "Sailing is definitely the way to go,", Speaker: "a third Facebook user", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a group a participle places speaks, not the place",
			text: "The gate stayed shut all day. A reporter at the scene says that families stranded on the Norland side chanted \"Open the gate\" for hours.",
			want: []got{{Text: "Open the gate", Speaker: "families stranded on the Norland side", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "one of a group speaks as one of them",
			text: "\"The harbour board should sit before dawn and put the toll to a vote,\" one of the strike leaders said.",
			want: []got{{Text: "The harbour board should sit before dawn and put the toll to a vote,", Speaker: "one of the strike leaders", Kind: "person", Parts: 1}},
		},
		{
			name: "a word set in quotation marks before the noun it qualifies is no quotation",
			text: "Late on Sunday, the show's pages admitted that the supposedly \"live\" regatta was, in fact, \"a blend of the finest footage from this race and the one before.\"",
			want: []got{{Text: "a blend of the finest footage from this race and the one before.", Speaker: "show's pages", Kind: "document", Partial: true, Parts: 1}},
		},
	})
}

// TestExtractFarParticiple covers a participle cue far after a quotation:
// its subject speaks, not the object just before it. The text is fictional.
func TestExtractFarParticiple(t *testing.T) {
	got := extractAll(t, "During a forum on Channel Nine in 2019, when then-candidate Ibbot was listing \"three ferries of the fleet, once I am in charge, that will be sold,\" he was able to name the Gull and the Tern but lost track of the third, saying, \"Which was the third one again?\"")
	for _, g := range got {
		if g.Speaker == "third" || g.Speaker == "the third" {
			t.Errorf("quotation %q given to %q, an ordinal with no noun", g.Text, g.Speaker)
		}
	}
	if len(got) == 0 {
		t.Fatal("no quotation found")
	}
}

// TestExtractLongDocument covers a long document phrase with its author
// before a cue: the document speaks, not the last words of its author's
// name. The text is fictional.
func TestExtractLongDocument(t *testing.T) {
	runExtractCases(t, []extractCase{{
		name: "a report by a panel named with \"on\"",
		text: "The 2019 summary report for coastal towns by the Standing Panel on Coastal Erosion, which was signed by officials from forty towns, stated, \"The sea is rising faster than ever.\"",
		want: []got{{Text: "The sea is rising faster than ever.", Speaker: "2019 summary report for coastal towns by the Standing Panel on Coastal Erosion", Kind: "document", Parts: 1}},
	}})
}

// TestExtractDenounced covers words that someone denounced something as:
// theirs, not the one whose deed they denounce. The text is fictional.
func TestExtractDenounced(t *testing.T) {
	runExtractCases(t, []extractCase{{
		name: "the subject of the relative clause denounced it",
		text: "And last week, Ibbot's incoming team asked the port office to hand over a list of every clerk who had drafted the toll, a request that Democrats and retired clerks denounced as a \"purge.\"",
		want: []got{{Text: "purge.", Speaker: "Democrats", Kind: "organization", Partial: true, Parts: 1}},
	}})
}
