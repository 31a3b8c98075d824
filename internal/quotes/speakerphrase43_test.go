package quotes

import "testing"

// TestSpeakerPhrasesRead43 covers three speaker phrases read wrong: a
// passive cue after the real one ("said on Monday it had to be concluded
// "..."") took the phrase up to it; a phrase of where a name wrote ("Ada
// in a blog post on the council website said") was kept as the speaker;
// and "the statement said" after `... said in a statement` stayed a
// document, not the one who issued it. Each text is fictional, written
// for the test.
func TestSpeakerPhrasesRead43(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a passive cue after the cue",
			text: `Ostland PM Daniel Holm said new data showed the ferry had sunk. The Ostland PM said on Monday it had to be concluded "with deep sadness and regret" that the ferry was lost.`,
			want: []got{{Text: "with deep sadness and regret", Speaker: "Daniel Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "where a name wrote, between the name and its verb",
			text: `Ada Holm is travelling to Carrow this week. Ada in a blog post on the council website said she planned to visit two schools and will "be talking with pupils about their lives in Carrow".`,
			want: []got{{Text: "be talking with pupils about their lives in Carrow", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the statement of the one who issued it",
			text: `"The man arrested yesterday has been charged with taking part in the raid," Ostland's federal prosecutor said in a statement.` + "\n\n" +
				"The prosecutor named him as Ivo Tark.\n\n" +
				`"In the case against Ivo Tark, the man arrested yesterday has been released," the statement said.`,
			want: []got{
				{Text: "The man arrested yesterday has been charged with taking part in the raid,", Speaker: "Ostland's federal prosecutor", Kind: "person", Parts: 1},
				{Text: "In the case against Ivo Tark, the man arrested yesterday has been released,", Speaker: "Ostland's federal prosecutor", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a statement with no one speaking in it before",
			text: "Ostland's ferry company has been fined twice this year.\n\n" +
				`"No one was hurt and the crossing is safe," the statement said.`,
			want: []got{{Text: "No one was hurt and the crossing is safe,", Speaker: "statement", Kind: "document", Parts: 1}},
		},
		{
			name: "a name before a relative who speaks",
			text: `She shops at the Carrow store Lantern. The article included a quote from Mr Holm, who told the magazine, "Nothing is more important to Ada than being a good mother."`,
			want: []got{{Text: "Nothing is more important to Ada than being a good mother.", Speaker: "Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a role's body before the relative is not who speaks",
			text: `The Courier was contacted by Ivo Marsh, a spokesman for Lantern Stores, who said in an email, "Our local store made a mistake."`,
			want: []got{{Text: "Our local store made a mistake.", Speaker: "Ivo Marsh", Kind: "person", Parts: 1}},
		},
		{
			name: "a name on the radio",
			text: `Petr Kask on the radio said: "Prices will fall by spring."`,
			want: []got{{Text: "Prices will fall by spring.", Speaker: "Petr Kask", Kind: "person", Parts: 1}},
		},
		{
			name: "a statement after two verbs of saying",
			text: `"Mistakes were made," Petr Kask told reporters and later said in a statement.` + "\n\n" + `"There will be a full inquiry," the statement said.`,
			want: []got{
				{Text: "Mistakes were made,", Speaker: "Petr Kask", Kind: "person", Parts: 1},
				{Text: "There will be a full inquiry,", Speaker: "Petr Kask", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a pronoun after a name that opens its clause after an opening phrase and a role",
			text: `Prime Minister Daniel Holm said the ferry had sunk. "It is a sad day," Holm said.` + "\n\n" +
				"In an interview with the Courier, Carrow Ferry Company chief executive Ivo Lund defended his company against criticism from the families.\n\n" +
				`"I think it is unfair," he said.`,
			want: []got{
				{Text: "It is a sad day,", Speaker: "Daniel Holm", Kind: "person", Parts: 1},
				{Text: "I think it is unfair,", Speaker: "Ivo Lund", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an opening of time before a victim keeps the speaker before",
			text: `"We are appealing for witnesses," said Inspector Petr Kask of Carrow police.` + "\n\n" +
				"On Friday, Ivo Lund, 34, was stabbed outside a bar in Ostby.\n\n" +
				`"This was a senseless attack," he said.`,
			want: []got{
				{Text: "We are appealing for witnesses,", Speaker: "Petr Kask", Kind: "person", Parts: 1},
				{Text: "This was a senseless attack,", Speaker: "Petr Kask", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a name as a possessor after an opening",
			text: `"We are appealing for witnesses," said Inspector Petr Kask of Carrow police.` + "\n\n" +
				"In a statement, Ivo Lund's family said they were heartbroken.\n\n" +
				`"We are following several leads," he said.`,
			want: []got{
				{Text: "We are appealing for witnesses,", Speaker: "Petr Kask", Kind: "person", Parts: 1},
				{Text: "We are following several leads,", Speaker: "Petr Kask", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a securities firm is a body",
			text: `"We expect a broad rally this spring," said Carrow Securities in a note to clients.`,
			want: []got{{Text: "We expect a broad rally this spring,", Speaker: "Carrow Securities", Kind: "organization", Parts: 1}},
		},
	})
}
