package quotes

import "testing"

// TestExtractGenderShown covers a person whose sex the article's own
// pronouns give ("Dana Wexler ... her office", "Shannon Pell ... He pleaded
// guilty") against a guess from a given name both sexes bear, or one the
// name lists give the other sex. Every text is fictional, written for the
// test.
func TestExtractGenderShown(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "she said goes to the woman prosecutor, not the man named Shannon named after her",
			text: "Prosecutor Dana Wexler said her office had asked for the longest sentence the law allows.\n\n" +
				"Shannon Pell, 34, was arrested at a motel outside Corvin in March. He pleaded guilty on Tuesday to setting three fires.\n\n" +
				"\"Nobody in this town will forget what those nights were like,\" she said.",
			opening: "Nobody in this town",
			speaker: "Dana Wexler",
		},
		{
			name: "she said goes to the woman, not the man named Leslie whose lawyer spoke",
			text: "Kelly Ambrose, who leads the inquiry, said her team had found the ledgers.\n\n" +
				"Leslie Corran was the treasurer for nine years. He said through a lawyer that he would answer every question.\n\n" +
				"\"We will follow the money wherever it went,\" she said.",
			opening: "We will follow the money",
			speaker: "Kelly Ambrose",
		},
		{
			name: "a woman named Sam is she, a given name the lists hold for men",
			text: "Sam Orkney, the harbour master, lost two boats from her moorings in the storm overnight. She had warned the council in May.\n\n" +
				"\"I have not seen the water that high in thirty years,\" she said.",
			opening: "I have not seen the water",
			speaker: "Sam Orkney",
		},
		{
			name: "a role word before the name gives her sex: the actress is she",
			text: "The Dutch actress Noor Velde, who hopes to share an award for best foreign film, fears the ban will stop her trip.\n\n" +
				"The 37-year-old Velde plays the lead in the film.\n\n" +
				"\"I am not at all sure I will get in,\" she told a radio station.",
			opening: "I am not at all sure",
			speaker: "Noor Velde",
		},
		{
			name: "he said goes to the man named Kelly, not the woman named before",
			text: "Mayor Irene Talbot opened the new bridge on Saturday.\n\n" +
				"Kelly Brannock, who built the first footbridge there in 1979, watched from the bank. He was given the first ticket.\n\n" +
				"\"My father would have cried,\" he said.",
			opening: "My father would have cried",
			speaker: "Kelly Brannock",
		},
	})
}

// TestExtractNamesake covers "she" after a surname two people of the text
// bear: the one of her gender, not the namesake named last whose gender the
// text never gives. The text is fictional, written for the test.
func TestExtractNamesake(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "she after a bare surname goes to the woman of that surname, not her father",
			text: "Emma Holt, the daughter of Bruno Holt, has run Ravel Freight since 2004.\n\n" +
				"On Sunday Holt posted a photo from the hospital. \"It is what he wanted all along,\" she tweeted.",
			opening: "It is what he wanted",
			speaker: "Emma Holt",
		},
	})
}
