package quotes

import "testing"

// TestExtractNewsShapes covers shapes of news writing read on real
// coverage: each text is fictional, written for the test.
func TestExtractNewsShapes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a quote paragraph about someone the reported clause before names is the reporter's",
			text: "The skipper has no interest in selling the boat. Tull adds that Hollis Marr does not believe he will ever retire.\n\n\"He feels he will never stop. Therefore, he feels it is a silly idea to begin with.\"",
			want: []got{{Text: "He feels he will never stop. Therefore, he feels it is a silly idea to begin with.", Speaker: "Tull", Kind: "person", Parts: 1}},
		},
		{
			name: "a quote paragraph after a participle's subject",
			text: "In a separate report, Corbett’s mother disputes the entire story, claiming that her daughter is not selling anything.\n\n\"She is my daughter no matter what is going on in her life. You would love her too.\"",
			want: []got{{Text: "She is my daughter no matter what is going on in her life. You would love her too.", Speaker: "Corbett’s mother", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle after a named subject and a clause keeps the name",
			text: "Officers confirmed the complaint was withdrawn, according to the Gazette.\n\nA top surgeon, Mr Kel Varga, also cast doubt over the plan after claiming no sound doctor would do it.\n\n'The actions of the surgeon are unethical and no sound surgeon would act this way,' he told the Herald.",
			want: []got{{Text: "The actions of the surgeon are unethical and no sound surgeon would act this way,", Speaker: "Kel Varga", Kind: "person", Parts: 1}},
		},
		{
			name: "the one told after an appositive's comma listens, the subject speaks",
			text: `Reporter Owen Tull, author of the upcoming The Long Retrial of Amos Kell, told the Harbour Gazette that Corbett wanted the boat so that she could show it in a glass shed, in a kind of "strange seaside version of the old museum."`,
			want: []got{{Text: "strange seaside version of the old museum.", Speaker: "Owen Tull", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a participle after a described person's clause",
			text: `According to our source, a nurse who treated the wounded in a clinic in Marlow, confirmed that one of the names on the list was Harl, saying it was "the one who sank the ferry boats".`,
			want: []got{{Text: "the one who sank the ferry boats", Speaker: "nurse", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a name after a document it writes in speaks",
			text: `The licence expired on Thursday, but on her website Corbett says "it will be renewed in the coming months, and we will sail."`,
			want: []got{{Text: "it will be renewed in the coming months, and we will sail.", Speaker: "Corbett", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a participle opening the sentence before is no name",
			text: "\"I had to show him that I was angry,\" the girl told the Valley Press.\n\nDetermined to teach him a lesson, she searched the shed for a spanner.\n\n\"While I was searching I came across an old bottle. I took it with me,\" the girl said.",
			want: []got{
				{Text: "I had to show him that I was angry,", Speaker: "girl", Kind: "person", Parts: 1},
				{Text: "While I was searching I came across an old bottle. I took it with me,", Speaker: "girl", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an outlet's reporter is no three-part name",
			text: `"The mill will close in the spring, and nobody will stop it," writes Harbour.com’s Dana Hale.`,
			want: []got{{Text: "The mill will close in the spring, and nobody will stop it,", Speaker: "Dana Hale", Kind: "person", Parts: 1}},
		},
		{
			name: "what a document might say is imagined",
			text: `It is amusing to imagine what a party invitation seeking to create a contract might say: "I, the first party, invite you, the second party, to my party."`,
			want: []got{{Text: "I, the first party, invite you, the second party, to my party.", Parts: 1}},
		},
		{
			name: "two quoted pieces of one reported sentence joined by and",
			text: `As Tull says, it was a "floating version of the old museum" and "would draw huge crowds and make big money."`,
			want: []got{
				{Text: "floating version of the old museum", Speaker: "Tull", Kind: "person", Partial: true, Parts: 1},
				{Text: "would draw huge crowds and make big money.", Speaker: "Tull", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a book's name is no quotation",
			text: `Tull and a collaborator are seeking a publisher for their book, "The Long Retrial of Amos Kell."`,
			want: nil,
		},
		{
			name: "a name the sentence goes on after is no quotation",
			text: `The Gazette cited an unnamed nurse saying "Harbour Jack" was among those hurt in the blast.`,
			want: nil,
		},
		{
			name: "a name called, then the words it is called",
			text: "Marr dismissed her at the time.\n\nMarr also called \"Skipper\" his \"anchor in the storm,\" implying that he leaned on her.",
			want: []got{{Text: "anchor in the storm,", Speaker: "Marr", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a reporter's words for an unnamed source are no quotation",
			text: `Lenning could bid this week, "a source familar with the talks" told the Gazette. A Gazette report that cites "a source familiar with the matter" says the bid is ready.`,
			want: nil,
		},
		{
			name: "continued before a participle quotes no one",
			text: "Since his sister and Hollis would bring him \"pies and other treats,\" Marr continued \"stringing them along\" because it \"kept the treats coming.\"\n\nMarr continued: \"We will never sell the boat.\"",
			want: []got{{Text: "We will never sell the boat.", Speaker: "Marr", Kind: "person", Parts: 1}},
		},
		{
			name: "what a person himself told, a colon, the quote",
			text: `The claim that Hollis never lost a vote does not square with what Hollis himself told radio host Pete Marr in 2019: "I lost plenty. Do you think I would forget that?"`,
			want: []got{{Text: "I lost plenty. Do you think I would forget that?", Speaker: "Hollis", Kind: "person", Parts: 1}},
		},
		{
			name: "a definite description speaking is the person the sentence before opens with",
			text: "Sardar, the youngest member of the crew, also helped by carrying ropes for his father.\n\n\"Those men are strangers here, and we will keep them out,\" the little fighter added.\n\nThe storm hit at dawn. \"It was the worst I have seen in years,\" the harbour master said.",
			want: []got{
				{Text: "Those men are strangers here, and we will keep them out,", Speaker: "Sardar", Kind: "person", Parts: 1},
				{Text: "It was the worst I have seen in years,", Speaker: "harbour master", Kind: "person", Parts: 1},
			},
		},
		{
			name: "quoted as saying, passive",
			text: `"The ferry will not run before March," al-Rashidi was quoted as saying.`,
			want: []got{{Text: "The ferry will not run before March,", Speaker: "al-Rashidi", Kind: "person", Parts: 1}},
		},
		{
			name: "a role after the cue, then the name",
			text: `"We will find the boat and tow it home," says coast guard commander, Ines Calloway.`,
			want: []got{{Text: "We will find the boat and tow it home,", Speaker: "Ines Calloway", Kind: "person", Parts: 1}},
		},
		{
			name: "here opens a sentence and names no one",
			text: `Here's the flyer the club kept posting with lines like "FREE PIE FOR EVERY MEMBER TODAY ONLY."`,
			want: []got{{Text: "FREE PIE FOR EVERY MEMBER TODAY ONLY.", Partial: true, Parts: 1}},
		},
		{
			name: "a document that reads",
			text: `A 1994 article in the Valley Herald praised the mill. "The town has found its second wind," the article read.`,
			want: []got{{Text: "The town has found its second wind,", Speaker: "article", Kind: "document", Parts: 1}},
		},
		{
			name: "attacked is no cue: its object is the one attacked, not a speaker",
			text: "\"We will keep the pier open,\" said Ian Royce, the harbour master.\n\nOn Friday a man, whose name was not released, attacked Walter Brenner, 25, at the pier.\n\n\"It was a shock to all of us,\" he said.",
			want: []got{
				{Text: "We will keep the pier open,", Speaker: "Ian Royce", Kind: "person", Parts: 1},
				{Text: "It was a shock to all of us,", Speaker: "Ian Royce", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the sentence runs on after the closing mark before the cue",
			text: `Lena Okafor did not hold back. "You pushed the crews past their limit" to save money on the contract, she said.`,
			want: []got{{Text: "You pushed the crews past their limit", Speaker: "Lena Okafor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a lower-case quote finishing the reporter's sentence",
			text: `Harbour master Dana Whitfield said the ice was late. With hundreds of boats in the water, "there is no one safe mooring left," she said.`,
			want: []got{{Text: "there is no one safe mooring left,", Speaker: "Dana Whitfield", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a cue with a colon before wins over a participle after",
			text: `In a statement, the Harbor City Council said: "The new pier was a success from its first year," adding that its traffic doubled in a year.`,
			want: []got{{Text: "The new pier was a success from its first year,", Speaker: "Harbor City Council", Kind: "organization", Parts: 1}},
		},
		{
			name: "a degree after the name is not the speaker",
			text: `Marta Quell, PhD, a chemist at the harbour laboratory, says the water is clean. "We test it twice a day and it has never failed," she says.`,
			want: []got{{Text: "We test it twice a day and it has never failed,", Speaker: "Marta Quell", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun after a quote goes to the person the sentence before names",
			text: "Lena Okafor, the dietitian, says the label helps shoppers. \"It is a small step,\" says Okafor.\n\n" +
				"Walter Dorsey, for one, remains impatient. \"I'm 63,\" he says. \"I don't want to wait another decade.\"",
			want: []got{
				{Text: "It is a small step,", Speaker: "Lena Okafor", Kind: "person", Parts: 1},
				{Text: "I'm 63, I don't want to wait another decade.", Speaker: "Walter Dorsey", Kind: "person", Parts: 2},
			},
		},
		{
			name: "he is the one described speaking when no one is named",
			text: "The teacher told the Gazette he had kept the card on his desk.\n\nHe said: \"It brought tears to my eyes and I read it every morning.\"",
			want: []got{{Text: "It brought tears to my eyes and I read it every morning.", Speaker: "teacher", Kind: "person", Parts: 1}},
		},
		{
			name: "a short paragraph with a possessive name leads into a quote paragraph",
			text: "\"It is very extreme,\" said Dr. Tomas Brenner, a surgeon in Harbor City.\n\nAnd Marta Quell's reply to that.\n\n\"I saw it coming.\"",
			want: []got{
				{Text: "It is very extreme,", Speaker: "Tomas Brenner", Kind: "person", Parts: 1},
				{Text: "I saw it coming.", Speaker: "Marta Quell", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a long paragraph naming another person stops the speaker carrying over",
			text: "\"The levee held,\" said Dana Whitfield, the harbour master.\n\n" +
				"Crews led by Fire Chief Tomas Brenner worked through the night to clear the road along the river before the second storm.\n\n" +
				"\"We lost two days, but nobody was hurt.\"",
			want: []got{
				{Text: "The levee held,", Speaker: "Dana Whitfield", Kind: "person", Parts: 1},
				{Text: "We lost two days, but nobody was hurt.", Parts: 1},
			},
		},
		{
			name: "a quotation inside a quotation in the same marks",
			text: "“As a nurse, I’d rather live in what he calls “hell” than in a town where he is mayor.” ― Marta Quell\n“He has my vote.” ― Ian Royce",
			want: []got{
				{Text: "As a nurse, I’d rather live in what he calls “hell” than in a town where he is mayor.", Speaker: "Marta Quell", Kind: "person", Parts: 1},
				{Text: "He has my vote.", Speaker: "Ian Royce", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an excerpt in straight marks, the speech in it in curly ones",
			text: "The Herald sent reporter Ann Lee to the mill. Lee reports:\n\n" +
				"\"Maria thought the whole thing was unfair. She was tired, sure. But not beaten, and not in need of rest.\n\n" +
				"“It never crossed my mind to quit,” she said months later.",
			want: []got{
				{Text: "Maria thought the whole thing was unfair. She was tired, sure. But not beaten, and not in need of rest.", Speaker: "Ann Lee", Kind: "person", Parts: 1},
				{Text: "It never crossed my mind to quit,", Speaker: "Maria", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a transcript set in quotation marks, one turn a quotation",
			text: "Partial transcript as follows:\n\n\"HOST: Will you run for mayor next year?\n\n" +
				"\"OKAFOR: Not this year. We have a budget to pass, and the “Harbor Plan” to finish.\n\n" +
				"\"HOST: Thank you for coming in.\"",
			want: []got{
				{Text: "HOST: Will you run for mayor next year?", Speaker: "HOST", Kind: "person", Parts: 1},
				{Text: "OKAFOR: Not this year. We have a budget to pass, and the “Harbor Plan” to finish.", Speaker: "OKAFOR", Kind: "person", Parts: 1},
				{Text: "HOST: Thank you for coming in.", Speaker: "HOST", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a group with no determiner speaks",
			text: "\"The road will stay closed until Monday,\" police said.\n\nThe driver was arrested at noon. \"He did not resist,\" officers said.",
			want: []got{
				{Text: "The road will stay closed until Monday,", Speaker: "police", Kind: "organization", Parts: 1},
				{Text: "He did not resist,", Speaker: "officers", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the owner of the statements a colon introduces",
			text: "At the time, police claim to have not known why he left. This was reflected in their official statements to the press: “It is not known at this time why he left the station”. Later accounts differed.",
			want: []got{{Text: "It is not known at this time why he left the station", Speaker: "police", Kind: "organization", Parts: 1}},
		},
		{
			name: "one quoted word after a speaker with an aside",
			text: "Local papers reported that the harbour master, who had worked there for twenty years, had complained of being \"exhausted” before the storm.",
			want: []got{{Text: "exhausted", Speaker: "harbour master", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an outlet's name with a numeral; the outlet reporting a quote goes on from the speaker",
			text: "KITE 5 News reports that \"the ferry will not sail again this winter.\"\n\n" +
				"\"We are still counting the damage,\" Ian Royce said. \"It will take months,\" the Herald reported.",
			want: []got{
				{Text: "the ferry will not sail again this winter.", Speaker: "KITE 5 News", Kind: "organization", Partial: true, Parts: 1},
				{Text: "We are still counting the damage,", Speaker: "Ian Royce", Kind: "person", Parts: 1},
				{Text: "It will take months,", Speaker: "Ian Royce", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the words of a sign and of a note",
			text: "She carried a sign with her neighbours that read \"Keep the pier open for our children,\" along the harbour road. " +
				"A councillor shared the photo with the note \"We hear you loud and clear!\" on Sunday.",
			want: []got{
				{Text: "Keep the pier open for our children,", Speaker: "sign", Kind: "document", Parts: 1},
				{Text: "We hear you loud and clear!", Speaker: "note", Kind: "document", Partial: true, Parts: 1},
			},
		},
		{
			name: "the name of a page online is no quotation",
			text: "The picture was posted to the Facebook community \"Stop the World, the Tidewater Folk Want Off\" last week.",
			want: nil,
		},
		{
			name: "a cue after a conjunction takes the subject that opens the sentence",
			text: "The man cites \"neglect\" by the port board and says, \"to close the pier will cost the town its summer trade.\"",
			want: []got{{Text: "to close the pier will cost the town its summer trade.", Speaker: "man", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an alert that reads",
			text: "\"Flood warning for the harbour district,\" the alert read. \"Move to higher ground now.\"",
			want: []got{{Text: "Flood warning for the harbour district, Move to higher ground now.", Speaker: "alert", Kind: "document", Parts: 2}},
		},
		{
			name: "a cue before a clause of its own is not the quote's",
			text: "According to the Harbor Herald, which said its source was a nurse, \"the Ferryman\" and two others were taken to hospital.",
			want: nil,
		},
		{
			name: "a headline in capitals names the speaker before its verb",
			text: "Lena Okafor Slams Harbor Board: \"You Should Be Ashamed.\"\n\nHarbor City Mayor Lena Okafor spoke on Tuesday.",
			want: []got{{Text: "You Should Be Ashamed.", Speaker: "Lena Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "which after a clause stands for the document that ends it",
			text: "The Harbor Gazette has a disclaimer, which says, \"All stories here are satire and made up for fun.\"",
			want: []got{{Text: "All stories here are satire and made up for fun.", Speaker: "disclaimer", Kind: "document", Parts: 1}},
		},
		{
			name: "a bare they is left unresolved",
			text: "\"We will keep the pier open,\" said Ian Royce.\n\nThe fishermen met the council on Friday. \"We did nothing wrong,\" they said.",
			want: []got{
				{Text: "We will keep the pier open,", Speaker: "Ian Royce", Kind: "person", Parts: 1},
				{Text: "We did nothing wrong,", Parts: 1},
			},
		},
		{
			name: "one quoted word given to a thing with an aside is no quotation",
			text: "The new law, which bans cars from the pier, has been branded \"stupid\" by critics.",
			want: nil,
		},
		{
			name: "a claim is a cue after a group or a name's possessive, not after an adjective",
			text: "Okafor's claim that there were \"hundreds of empty berths\" in the harbour was checked. Few believe her wild claim, taken straight from the old film \"The Harbour That Ate the Town Whole.\"",
			want: []got{
				// The film's name is no quotation.
				{Text: "hundreds of empty berths", Speaker: "Okafor", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a cue inside a relative clause that closes before the quote",
			text: "The new law, which states that boats must leave the pier by dusk, has been branded \"a gift to the ferry company\" by its critics.",
			want: []got{{Text: "a gift to the ferry company", Partial: true, Parts: 1}},
		},
		{
			name: "a title after its cue and a comma is no quotation",
			text: "The video of the launch, which was posted by the port, was entitled, \"A Second Look At Our Harbour.\"",
			want: nil,
		},
		{
			name: "a pronoun after a name and a cue is the subject of the next cue",
			text: "Lena Okafor said she recalled thinking, \"This is what people mean when they say nobody sees you.\"",
			want: []got{{Text: "This is what people mean when they say nobody sees you.", Speaker: "Lena Okafor", Kind: "person", Parts: 1}},
		},
	})
}
