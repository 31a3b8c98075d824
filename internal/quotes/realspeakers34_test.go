package quotes

import "testing"

// TestSpeakerKinds: a place, a site's name or a bare title is no speaker,
// a medium's report is no one else speaking, and the verbs of a cry or a
// mutter are speech. The text is fictional.
func TestSpeakerKinds(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a state written short after a town is no she, nor a site named after according to",
			text: "According to Harbourwire, a young woman from Pellam, Fla., has become the latest sensation by claiming she had surgery to look like a cartoon cat. She even claims the surgery was \"the best money I ever spent on myself.\"",
			want: []got{{Text: "the best money I ever spent on myself.", Partial: true, Parts: 1}},
		},
		{
			name: "what a man called words, after a town and its state written short",
			text: "Judge Tomas Vell spoke in Ulby, Colo., on Monday. He warned of what he called \"a quiet war on the courts.\"",
			want: []got{{Text: "a quiet war on the courts.", Speaker: "Tomas Vell", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the website reporting is no one else speaking between her name and her she",
			text: "Dog groomer Marta Quell (not her real name) took the step because she wants her own show on Channel Nine, the Pellam Courier reported.\n\nQuell reportedly spent $9,000 on the nose. The operation was done a month ago with cartilage taken from her ear, the website reported.\n\nHowever, Quell's surgeons could not shape a nostril, which she managed on her own with a tattoo.\n\nStill, the show hopeful had a hard time finding a surgeon who would ignore the rules.\n\n\"I called thirty surgeons. Nobody wanted to do it because they would break the code,\" she told Radio Pellam.",
			want: []got{{Text: "I called thirty surgeons. Nobody wanted to do it because they would break the code,", Speaker: "Marta Quell", Kind: "person", Parts: 1}},
		},
		{
			name: "a title read up to its of phrase is the person named after it",
			text: "The ferry burned on Tuesday.\n\nSecretary of State Ivo Marsh issued a statement Wednesday, calling the fire \"unforgivable\" and \"an act of cowardice by people hiding in the dark.\"",
			want: []got{{Text: "unforgivable", Speaker: "Ivo Marsh", Kind: "person", Partial: true, Parts: 1},
				{Text: "an act of cowardice by people hiding in the dark.", Speaker: "Ivo Marsh", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "hissed, muttered and screamed are speech",
			text: "The raiders posted a second film on Monday.\n\n\"The life of this sailor depends on your next move,\" the masked raider hissed at the camera.\n\nThe harbour master, Nils Royce, was more careful. \"We do not know who they are,\" Royce muttered as he left.\n\n\"Who will pay for the new wall?\" Royce asked the crowd.\n\n\"The raiders!\" the crowd screamed back.",
			want: []got{{Text: "The life of this sailor depends on your next move,", Speaker: "masked raider", Kind: "person", Parts: 1},
				{Text: "We do not know who they are,", Speaker: "Nils Royce", Kind: "person", Parts: 1},
				{Text: "Who will pay for the new wall?", Speaker: "Nils Royce", Kind: "person", Parts: 1},
				{Text: "The raiders!", Speaker: "crowd", Kind: "person", Parts: 1}},
		},
	})
}

// TestCaptionLabelsAndAuthors: a caption's label opening a paragraph is
// no one, and a document's heading names its author. The text is
// fictional.
func TestCaptionLabelsAndAuthors(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a caption's label is no subject nor a later he",
			text: "The woman calling herself Kitty Marlowe is a fraud, the Pellam Courier found.\n\nCon artist: The woman calling herself 'Kitty Marlowe' has been exposed as a fake.\n\nLiar: Marlowe was also arrested in 2013 and charged with 'theft of a neighbour's identity'.\n\nSpeaking to the Courier from his home in Ulby, he said: 'We did not know a thing about this.'",
			want: []got{{Text: "theft of a neighbour's identity", Partial: true, Parts: 1},
				{Text: "We did not know a thing about this.", Parts: 1}},
		},
		{
			name: "a statement's heading names its author",
			text: "The ferry company apologised on Monday.\n\nA Statement from Ivo Marsh, head of Calder Ferries, as of 6pm, March 3:\n\n\"No one who rides our ferries should have been left on the quay. I am sorry for it.\"",
			want: []got{{Text: "No one who rides our ferries should have been left on the quay. I am sorry for it.", Speaker: "Ivo Marsh", Kind: "person", Parts: 1}},
		},
	})
}

// TestRelativesSpeak: relatives quoted after the sentence that brings them
// in are the relatives, and a woman named in apposition to "the mother of"
// is the "she" after it. The text is fictional.
func TestRelativesSpeak(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "they after a group opening the sentence before the quote",
			text: "Search ships found debris from Flight 4410 on Tuesday, four days after the airliner vanished over the Osric Sea.\n\nRelatives of passengers on the Flight 4410 gathered at the airport in Pellam. \"We just want to know where they are,\" they said.",
			want: []got{{Text: "We just want to know where they are,", Speaker: "relatives", Kind: "person", Parts: 1}},
		},
		{
			name: "she after a name in apposition to the mother of",
			text: "Search ships found debris from Flight 4410 on Tuesday.\n\nRelatives of those aboard Northline Air 22 said the airline \"has told us nothing for four days.\"\n\nThe mother of one passenger, Greta Holm, wept. \"My son was coming home for the wedding,\" she said.",
			want: []got{{Text: "has told us nothing for four days.", Speaker: "relatives", Kind: "person", Partial: true, Parts: 1},
				{Text: "My son was coming home for the wedding,", Speaker: "Greta Holm", Kind: "person", Parts: 1}},
		},
	})
}

// TestFamilySurname: a bare surname two people of a family share is the
// one of the gender the pronoun after its cue gives. The text is
// fictional.
func TestFamilySurname(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "himself and he after the cue pick the son, she the mother",
			text: "Reporter Daniel Vell was taken in Osric last year.\n\nHis mother, Ruth Vell, pleaded for his life in a film last week.\n\nOn his website, Vell described himself as a \"stubborn optimist from the coast.\"\n\nIn the new film, Vell says he is \"paying for the war of others.\"\n\nVell said she had \"begged every minister in the capital.\"",
			want: []got{{Text: "stubborn optimist from the coast.", Speaker: "Daniel Vell", Kind: "person", Partial: true, Parts: 1},
				{Text: "paying for the war of others.", Speaker: "Daniel Vell", Kind: "person", Partial: true, Parts: 1},
				{Text: "begged every minister in the capital.", Speaker: "Ruth Vell", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a he after the cue of a woman no one shares a name with is someone else",
			text: "Mayor Ruth Holm spoke after the vote.\n\nHolm said he \"will not be welcome at the harbour again.\"",
			want: []got{{Text: "will not be welcome at the harbour again.", Speaker: "Ruth Holm", Kind: "person", Partial: true, Parts: 1}},
		},
	})
}
