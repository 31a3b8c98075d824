package quotes

import "testing"

// TestDescriptionOfTheOneTheStoryIsAbout covers a definite description
// that names an office, an age or a trade for the person a story is
// about ("said the President", "The 56-year-old said"), which the rules
// showed as the description; and the guard of a live report whose last
// entry is about someone else. Each text is fictional, written for the test.
func TestDescriptionOfTheOneTheStoryIsAbout(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "an office after others are named",
			text: "In the boldest move of her term, Ada Holm told the assembly that Ostland would drop the krona next spring.\n\n" +
				"Holm signed the order in Carrow, and Holm's ministers backed it.\n\n" +
				`"It is a reckless gamble with our savings," said Senator Ivo Tark.` + "\n\n" +
				`Holm shrugged off the criticism. Later in the week the plan was set out in detail. "We do not expect queues at the banks," said the President.`,
			want: []got{
				{Text: "It is a reckless gamble with our savings,", Speaker: "Ivo Tark", Kind: "person", Parts: 1},
				{Text: "We do not expect queues at the banks,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an age for the person the story is about",
			text: "Daniel Vell has agreed a deal to replace Mark Marsh as manager of Grey Harbour, the club said on Wednesday.\n\n" +
				"Negotiations between the club and Vell's agents sped up over the last few days, with Marsh sacked on Tuesday. Vell said on Tuesday that the talks were over.\n\n" +
				`The 56-year-old said after his appointment: "I am excited to be joining a club with such a history."` + "\n\n" +
				"Vell won two league titles with Carrow. Vell has not managed since leaving Ostby in 2019.",
			want: []got{{Text: "I am excited to be joining a club with such a history.", Speaker: "Daniel Vell", Kind: "person", Parts: 1}},
		},
		{
			name: "a live report's last entry is about someone else",
			text: "President Ada Holm's border order caused confusion at the ports on Sunday. Holm said the order would stand. Holm's aides defended it. Holm later left for Carrow.\n\n" +
				"Champion rower Lena Brask says the order leaves her stranded abroad.\n\n" +
				"Brask was born in Ostby, one of the places named in the order signed by Holm.\n\n" +
				"Brask is training in Carrow.\n\n" +
				`The 33-year-old says on her page that "it is hard to explain" to her children.`,
			want: []got{{Text: "it is hard to explain", Speaker: "33-year-old", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the First Lady, whose husband shares her surname",
			text: "Ada Holm Finds Her Voice\n\nAda Holm and her husband, President Daniel Holm, flew to Carrow on Monday.\n\n" +
				"In the First Lady's world, everything is soaring. Ada Holm visited a school for girls, and Ada told reporters she was glad to be back.\n\n" +
				`"My husband is going to be very jealous of my afternoon," the First Lady said.` + "\n\n" +
				"On Wednesday, the First Lady toured a ward with Mara Voss, the wife of the Carrow mayor.\n\n" +
				`"I am an example of what is possible," she told the pupils.`,
			want: []got{
				{Text: "My husband is going to be very jealous of my afternoon,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
				{Text: "I am an example of what is possible,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an office right after another person is named",
			text: "The video of the killing of Daniel Vell was released today. Daniel Vell was seized in May. Vell had covered the war for years.\n\n" +
				`Lena Brask has now spoken about the video. The Prime Minister told journalists: "It is a despicable act."`,
			want: []got{{Text: "It is a despicable act.", Speaker: "Prime Minister", Kind: "person", Parts: 1}},
		},
		{
			name: "an office with a place in a live report",
			text: "1:30 p.m.\n\nIvo Lund says too much is made of Daniel Vell's posts.\n\n" +
				"The party's deputy was speaking in Carrow, hours after Vell posted a string of attacks on a rival. Vell later deleted them, and Vell's aides said nothing.\n\n" +
				`The Ostland governor said the press is to blame for "chasing every post."`,
			want: []got{{Text: "chasing every post.", Speaker: "Ostland governor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an office in a story about a victim",
			text: "Mara Voss, 34, was found dead in her flat in Ostby on Friday. Voss had lived alone since 2019.\n\n" +
				"Neighbours said Voss kept to herself. Police said Voss's death was not being treated as suspicious.\n\n" +
				`"We are shocked by this loss," the Mayor said.`,
			want: []got{{Text: "We are shocked by this loss,", Speaker: "Mayor", Kind: "person", Parts: 1}},
		},
		{
			name: "an office in lower case",
			text: "Daniel Strand chained himself to the railings of the assembly on Monday in protest at the new fishing law.\n\n" +
				"Strand says the law will ruin his village. Strand was later released. Police removed him after four hours.\n\n" +
				`"The law will be enforced," the minister said.`,
			want: []got{{Text: "The law will be enforced,", Speaker: "minister", Kind: "person", Parts: 1}},
		},
		{
			name: "an age the text gives someone else",
			text: "Ivo Lund, 62, was killed when his tractor overturned near Carrow on Sunday. Lund said last year he would retire. Lund had farmed there for forty years.\n\n" +
				"Neighbour Petr Kask, 40, ran across the field.\n\n" +
				`"I tried to stop the engine," the 40-year-old said.`,
			want: []got{{Text: "I tried to stop the engine,", Speaker: "Petr Kask", Kind: "person", Parts: 1}},
		},
	})
}
