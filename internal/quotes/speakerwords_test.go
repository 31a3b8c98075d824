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
			text: `Rep. Lena Okafor, a Democrat from Vermont, said Brandt's expected appointment "defies all reason," and called for a vote.`,
			want: []got{{Text: "defies all reason,", Speaker: "Lena Okafor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a place that qualifies a described person is no name",
			text: "The Vermont lawmaker, who will not get a vote on the pick, also teased the new chief for his dancing: \"It is sad that a famous physicist could be followed by a dancer.\"",
			want: []got{{Text: "It is sad that a famous physicist could be followed by a dancer.", Speaker: "Vermont lawmaker", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle's clause before the pronoun that speaks",
			text: "Abel Ibbot could not name the third office in the debate. Pressed on whether he could name the third office, he confessed: \"I can't. Sorry.\"",
			want: []got{{Text: "I can't. Sorry.", Speaker: "Abel Ibbot", Kind: "person", Parts: 1}},
		},
		{
			name: "an ordinal with no noun is no speaker",
			text: "When Abel Ibbot was listing three offices, he named the port and the mint but blanked on the third, saying, \"What's the third one there?\"",
			want: []got{{Text: "What's the third one there?", Speaker: "Abel Ibbot", Kind: "person", Parts: 1}},
		},
		{
			name: "a reply named by its author is the author's",
			text: "Abel Ibbot once worked for Tom Reddle's campaign. (Reddle's later rejoinder: \"I have no idea what became of him.\")",
			want: []got{{Text: "I have no idea what became of him.", Speaker: "Tom Reddle", Kind: "person", Parts: 1}},
		},
		{
			name: "one of a group speaks as one of them",
			text: "\"The council should meet before midnight and call a vote,\" one of the protest leaders said.",
			want: []got{{Text: "The council should meet before midnight and call a vote,", Speaker: "one of the protest leaders", Kind: "person", Parts: 1}},
		},
		{
			name: "a word set in quotation marks before the noun it qualifies is no quotation",
			text: "Late in the evening, the show's pages admitted that the supposedly \"live\" broadcast was, in fact, \"a mix of the best shots from this year and last year.\"",
			want: []got{{Text: "a mix of the best shots from this year and last year.", Speaker: "show's pages", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}

// TestExtractFarParticiple covers a participle cue far after a quotation:
// its subject speaks, not the object just before it. The text is fictional.
func TestExtractFarParticiple(t *testing.T) {
	got := extractAll(t, "During a debate on Channel Nine in 2011, when then-candidate Ibbot was listing \"three offices of the town, when I get there, that are gone,\" he was able to name the port and the mint but blanked on the third, saying, \"What is the third one there?\"")
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
		text: "And last week, Ibbot's transition team asked the harbour office to supply the names of all staff who had worked on the levy, a request that Democrats and former staffers denounced as a \"witch hunt.\"",
		want: []got{{Text: "witch hunt.", Speaker: "Democrats", Kind: "organization", Partial: true, Parts: 1}},
	}})
}
