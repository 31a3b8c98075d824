package quotes

import "testing"

// TestExtractNewsShapes covers shapes of news writing read on real
// coverage: each text is fictional, written for the test.
func TestExtractNewsShapes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a quote paragraph about someone the reported clause before names is the reporter's",
			text: "The baker will not discuss the recipe. Voss adds that Abel Ibbot does not think the shop will ever close.\n\n\"He thinks the bakery will outlast us all. So, to him, a sale makes no sense at all.\"",
			want: []got{{Text: "He thinks the bakery will outlast us all. So, to him, a sale makes no sense at all.", Speaker: "Voss", Kind: "person", Parts: 1}},
		},
		{
			name: "a quote paragraph after a participle's subject",
			text: "In a later interview, Dunmore’s aunt rejects the whole account, insisting that her niece owes nobody money.\n\n\"She is still our girl, whatever the papers print about her. Ask anyone on our street.\"",
			want: []got{{Text: "She is still our girl, whatever the papers print about her. Ask anyone on our street.", Speaker: "Dunmore’s aunt", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle after a named subject and a clause keeps the name",
			text: "Officers confirmed the complaint was withdrawn, according to the Gazette.\n\nA senior vet, Mr Ansel Prew, also questioned the scheme after saying no careful vet would sign it off.\n\n'Nobody who cares for animals would put a dog on a trip that long,' he told the Herald.",
			want: []got{{Text: "Nobody who cares for animals would put a dog on a trip that long,", Speaker: "Ansel Prew", Kind: "person", Parts: 1}},
		},
		{
			name: "the one told after an appositive's comma listens, the subject speaks",
			text: `Columnist Brigid Sallow, author of the forthcoming Salt and Silence on the Fens, told the Wexcombe Courier that Dunmore bought the organ so that she could play it in a converted barn, as a sort of "homemade chapel for one lonely woman."`,
			want: []got{{Text: "homemade chapel for one lonely woman.", Speaker: "Brigid Sallow", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a participle after a described person's clause",
			text: `According to our informant, a doctor who tended the miners at a camp near Ulby, confirmed that a face on the poster was Bekko, saying it was "the man who burned the grain stores".`,
			want: []got{{Text: "the man who burned the grain stores", Speaker: "doctor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a name after a document it writes in speaks",
			text: `The licence expired on Thursday, but on her website Dunmore says "it will be renewed in the coming months, and we will sail."`,
			want: []got{{Text: "it will be renewed in the coming months, and we will sail.", Speaker: "Dunmore", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a participle opening the sentence before is no name",
			text: "\"I wanted him to know how hurt I felt,\" the boy told the Valley Press.\n\nDetermined to get even, he went through the garage for a hammer.\n\n\"Under the boxes there was a rusty key. I kept it in my pocket,\" the boy said.",
			want: []got{
				{Text: "I wanted him to know how hurt I felt,", Speaker: "boy", Kind: "person", Parts: 1},
				{Text: "Under the boxes there was a rusty key. I kept it in my pocket,", Speaker: "boy", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an outlet's reporter is no three-part name",
			text: `"The mill will close in the spring, and nobody will stop it," writes Harbour.com’s Dana Hale.`,
			want: []got{{Text: "The mill will close in the spring, and nobody will stop it,", Speaker: "Dana Hale", Kind: "person", Parts: 1}},
		},
		{
			name: "what a document might say is imagined",
			text: `It is tempting to imagine what a birthday card written by a lawyer might say: "The Tenant, hereinafter the Guest, shall bring one salad."`,
			want: []got{{Text: "The Tenant, hereinafter the Guest, shall bring one salad.", Parts: 1}},
		},
		{
			name: "two quoted pieces of one reported sentence joined by and",
			text: `As Sallow says, it was a "barn full of pipes and echoes" and "would sell out every Sunday and pay for the roof."`,
			want: []got{
				{Text: "barn full of pipes and echoes", Speaker: "Sallow", Kind: "person", Partial: true, Parts: 1},
				{Text: "would sell out every Sunday and pay for the roof.", Speaker: "Sallow", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a book's name is no quotation",
			text: `Sallow and her brother have found a printer for their book, "Salt and Silence on the Fens."`,
			want: nil,
		},
		{
			name: "a name the sentence goes on after is no quotation",
			text: `The Courier quoted an unnamed cook saying "Grain Bekko" was among those caught at the camp.`,
			want: nil,
		},
		{
			name: "a name called, then the words it is called",
			text: "Dunmore ignored him for years.\n\nDunmore also called \"Wren\" her \"lamp in the fog,\" hinting that she needed him.",
			want: []got{{Text: "lamp in the fog,", Speaker: "Dunmore", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a reporter's words for an unnamed source are no quotation",
			text: `Tenbury might sell by Friday, "a source close to the board" told the Courier. A Courier story that cites "a source close to the buyers" says the papers are drawn up.`,
			want: nil,
		},
		{
			name: "continued before a participle quotes no one",
			text: "As long as her cousin and Ibbot kept dropping off \"jam and fresh bread,\" Dunmore continued \"playing the invalid\" since it \"kept the baskets arriving.\"\n\nDunmore continued: \"I will never sell the organ.\"",
			want: []got{{Text: "I will never sell the organ.", Speaker: "Dunmore", Kind: "person", Parts: 1}},
		},
		{
			name: "what a person himself told, a colon, the quote",
			text: `The story that Quarrie never missed a deadline sits badly with what Quarrie himself told podcast host Nell Stroud in 2021: "I missed loads. Why would I pretend otherwise?"`,
			want: []got{{Text: "I missed loads. Why would I pretend otherwise?", Speaker: "Quarrie", Kind: "person", Parts: 1}},
		},
		{
			name: "a definite description speaking is the person the sentence before opens with",
			text: "Benno, the smallest boy in the choir, also pitched in by handing out hymn books for his uncle.\n\n\"Nobody here wants those people back, and we will tell them so,\" the little singer added.\n\nThe storm hit at dawn. \"It was the worst I have seen in years,\" the harbour master said.",
			want: []got{
				{Text: "Nobody here wants those people back, and we will tell them so,", Speaker: "Benno", Kind: "person", Parts: 1},
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
				"Piet Koss, for one, has run out of patience. \"I'm 71,\" he says. \"I can't sit through ten more winters.\"",
			want: []got{
				{Text: "It is a small step,", Speaker: "Lena Okafor", Kind: "person", Parts: 1},
				{Text: "I'm 71, I can't sit through ten more winters.", Speaker: "Piet Koss", Kind: "person", Parts: 2},
			},
		},
		{
			name: "he is the one described speaking when no one is named",
			text: "The coach told the Gazette he had pinned the drawing above his locker.\n\nHe said: \"I look at it before every match and it still makes me grin.\"",
			want: []got{{Text: "I look at it before every match and it still makes me grin.", Speaker: "coach", Kind: "person", Parts: 1}},
		},
		{
			name: "a short paragraph with a possessive name leads into a quote paragraph",
			text: "\"It goes much too far,\" said Dr. Tomas Brenner, a vet in Harbor City.\n\nAnd Marta Quell's answer to him.\n\n\"Nobody asked for his view.\"",
			want: []got{
				{Text: "It goes much too far,", Speaker: "Tomas Brenner", Kind: "person", Parts: 1},
				{Text: "Nobody asked for his view.", Speaker: "Marta Quell", Kind: "person", Parts: 1},
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
			text: "“As a teacher, I’d sooner move to what she calls “the swamp” than stay in a county she runs.” ― Odile Farrant\n“She lost me long ago.” ― Ian Royce",
			want: []got{
				{Text: "As a teacher, I’d sooner move to what she calls “the swamp” than stay in a county she runs.", Speaker: "Odile Farrant", Kind: "person", Parts: 1},
				{Text: "She lost me long ago.", Speaker: "Ian Royce", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an excerpt in straight marks, the speech in it in curly ones",
			text: "The Herald sent reporter Ann Lee to the mill. Lee reports:\n\n" +
				"\"Paula thought the new rota was ridiculous. She felt let down, of course. Yet far from broken, and in no hurry to leave.\n\n" +
				"“I had no plan to walk out,” she said weeks later.",
			want: []got{
				{Text: "Paula thought the new rota was ridiculous. She felt let down, of course. Yet far from broken, and in no hurry to leave.", Speaker: "Ann Lee", Kind: "person", Parts: 1},
				{Text: "I had no plan to walk out,", Speaker: "Paula", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a transcript set in quotation marks, one turn a quotation",
			text: "Here is part of the interview:\n\n\"ANCHOR: Will you stand for the council in the spring?\n\n" +
				"\"QUARRIE: Not yet. There is the school levy to pass, and the “Riverside Plan” to see through.\n\n" +
				"\"ANCHOR: Thanks for your time.\"",
			want: []got{
				{Text: "ANCHOR: Will you stand for the council in the spring?", Speaker: "ANCHOR", Kind: "person", Parts: 1},
				{Text: "QUARRIE: Not yet. There is the school levy to pass, and the “Riverside Plan” to see through.", Speaker: "QUARRIE", Kind: "person", Parts: 1},
				{Text: "ANCHOR: Thanks for your time.", Speaker: "ANCHOR", Kind: "person", Parts: 1},
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
			text: "For weeks, police said they could not tell who lit the fire. Their daily statements to reporters kept to that line: “Who started the fire is still being looked into”. Later accounts differed.",
			want: []got{{Text: "Who started the fire is still being looked into", Speaker: "police", Kind: "organization", Parts: 1}},
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
			text: "The photo turned up on the Facebook group \"Save Our Little Ferry, Keep Her Sailing\" on Monday.",
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
			text: "According to the Wexcombe Courier, which said its source was a cook, \"the Miller\" and two others were led away from the camp.",
			want: nil,
		},
		{
			name: "a headline in capitals names the speaker before its verb",
			text: "Lena Okafor Slams Harbor Board: \"You Should Be Ashamed.\"\n\nHarbor City Mayor Lena Okafor spoke on Tuesday.",
			want: []got{{Text: "You Should Be Ashamed.", Speaker: "Lena Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "which after a clause stands for the document that ends it",
			text: "The Wexcombe Onion has a disclaimer, which says, \"Nothing on this page happened, so please laugh.\"",
			want: []got{{Text: "Nothing on this page happened, so please laugh.", Speaker: "disclaimer", Kind: "document", Parts: 1}},
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
			text: "The film of the regatta, which was uploaded by the club, was entitled, \"Sails Over Wexcombe Bay.\"",
			want: nil,
		},
		{
			name: "a pronoun after a name and a cue is the subject of the next cue",
			text: "Pia Lund said she remembered thinking, \"So this is how it feels when a town turns its back on you.\"",
			want: []got{{Text: "So this is how it feels when a town turns its back on you.", Speaker: "Pia Lund", Kind: "person", Parts: 1}},
		},
	})
}
