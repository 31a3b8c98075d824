package quotes

import "testing"

// TestExtractWebNewsShapes covers shapes read on web news from many
// outlets; each text is fictional, written for the test.
func TestExtractWebNewsShapes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a sentence adverb before a comma is no name",
			text: "Ultimately, keeping the ferry contract may not be Tessa Marrow's decision, pointed out Idris Kell, a shipping analyst at Calder Maritime.\n\n“She began with real drive, and the last two winters have worn her down,” he said.",
			want: []got{{Text: "She began with real drive, and the last two winters have worn her down,", Speaker: "Idris Kell", Kind: "person", Parts: 1}},
		},
		{
			name: "a number opening a sentence is no name",
			text: "Three rangers who answered the alarm could not find the goat. They turned back, but were sent out again by a supervisor, Chief Hollis Pike said.\n\nA ferryman pointed them to the boathouse, where Sgt. Ruth Arden found a gap in the planks. She pried it open, finding a kid goat that looked \"utterly miserable,\" she told reporters on Monday.",
			want: []got{{Text: "utterly miserable,", Speaker: "Ruth Arden", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a cue opening an inverted sentence is no name",
			text: "Wren Aldous has a new post at a ferry timetable website. Said Wren in the company's release, “Whatever your route is, there is no excuse to miss a boat. It is like spare time in your pocket!”",
			want: []got{{Text: "Whatever your route is, there is no excuse to miss a boat. It is like spare time in your pocket!", Speaker: "Wren Aldous", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle opening a sentence is no name",
			text: "Following Aldous's posts, Dunmore wrote a long answer on his own blog.\n\nIn May, while promoting a song for a radio show, Aldous called those who oppose the bridge toll \"penny-pinching misers.\"",
			want: []got{{Text: "penny-pinching misers.", Speaker: "Aldous", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a name shouted in capitals is no full name for a later first name",
			text: "Big news, readers: WREN ALDOUS GOT A JOB. Wren Aldous will write for a ferry timetable website. In her first post, Wren wrote, “There is no excuse to miss a boat. It is like spare time in your pocket!”",
			want: []got{{Text: "There is no excuse to miss a boat. It is like spare time in your pocket!", Speaker: "Wren Aldous", Kind: "person", Parts: 1}},
		},
		{
			name: "the subject of a clause reported by someone else speaks",
			text: "Chief Hollis Pike said the boy's grandmother told police the goat had been gone for days. \"We searched every field for her, morning and night,\" she said.",
			want: []got{{Text: "We searched every field for her, morning and night,", Speaker: "boy's grandmother", Kind: "person", Parts: 1}},
		},
		{
			name: "a name before a long affiliation speaks, not the place that ends it",
			text: `"I am happy to have been proved wrong on this," Dr. Osric Talbot of the Tarnland Institute of Marine Medicine in Port Calder said Tuesday at a briefing on the quay.`,
			want: []got{{Text: "I am happy to have been proved wrong on this,", Speaker: "Osric Talbot", Kind: "person", Parts: 1}},
		},
		{
			name: "an initial inside a description is no name",
			text: "A court paper showed that a female K. of T. apprentice told police a man on a grey scooter had flashed a pass at her. She would not get on, and he rode away.\n\nA week later the woman chose Merrow's picture from a set of eight, but his lawyers want to keep her out of court.\n\nShe did say that of the eight pictures, Merrow \"seemed closest to\" the man, the court paper said.",
			want: []got{{Text: "seemed closest to", Speaker: "female K. of T. apprentice", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a name in quotation marks inside the attribution; the description speaking is the one the sentence before reports writing",
			text: "After the posts, Dunmore wrote a long answer on his own blog. \"As you may know, Wren is a keen rower and I value her opinion, but I am puzzled by this, as nothing in the play was not in the draft two years ago,\" the \"Lantern Quay\" writer wrote on his blog. \"Yes, the fight scenes are loud, but a play called Lantern Quay 2 must deliver what its title promises.\" Dunmore, an admirer of Aldous, noted that her role in \"Lantern Quay 2\" is a highlight.",
			want: []got{
				// The sentence after the second quote reports a clause of
				// its own ("noted that ..."): the second quote goes on the
				// first, a second part of its mention.
				{Text: "As you may know, Wren is a keen rower and I value her opinion, but I am puzzled by this, as nothing in the play was not in the draft two years ago, Yes, the fight scenes are loud, but a play called Lantern Quay 2 must deliver what its title promises.", Speaker: "Dunmore", Kind: "person", Parts: 2},
			},
		},
		{
			name: "a quotation ending a reported clause of its own after a colon is partial",
			text: `Okafor stressed her support for the new quay and said she has the one quality a harbour master needs: "Patience, and a very long memory for tides."`,
			want: []got{{Text: "Patience, and a very long memory for tides.", Speaker: "Okafor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a nickname inside a name",
			text: `“While Tessa steadied the line, she missed the big shifts,” Calder Insight founder and chief analyst J “Jem” Okonjo said via email. “Most people expect Tessa to step down within a year,” he noted.`,
			want: []got{
				{Text: "While Tessa steadied the line, she missed the big shifts,", Speaker: "J Okonjo", Kind: "person", Parts: 1},
				{Text: "Most people expect Tessa to step down within a year,", Speaker: "J Okonjo", Kind: "person", Parts: 1},
			},
		},
		{
			name: "quoted words after an allegation",
			text: `In the new papers, prosecutors alleged that Merrow had “cheated and threatened” a ferry clerk in 2019.`,
			want: []got{{Text: "cheated and threatened", Speaker: "prosecutors", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "quoted words with a group reported speaking at the end of the sentence",
			text: `He was heard on the recordings describing the marina as his "easy pickings" as he waved at boats along the quay, prosecutors have previously said.`,
			want: []got{{Text: "easy pickings", Speaker: "prosecutors", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "quoted words with a body reported speaking at the end of the sentence",
			text: `Pellow did have boat insurance, but the policy excludes “storms of force ten or above,” and will not cover the hull, the Calder Hull Aid campaign says.`,
			want: []got{{Text: "storms of force ten or above,", Speaker: "Calder Hull Aid campaign", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "quoted words with a pronoun speaking at the end of the sentence",
			text: `She should be home within a month, Dr. Osric Talbot said Friday. Her bruises are "like those of a rider thrown from a cart," though that does not mean she fell from a great height, he said.`,
			want: []got{{Text: "like those of a rider thrown from a cart,", Speaker: "Osric Talbot", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the sentence before a described speaker begins at its paragraph",
			text: "Both plays carried an age warning. (The first also had a boy actor cursing)\n\nFollowing Aldous's posts, Dunmore wrote a long answer on his own blog. \"As you may know, Wren is a keen rower and I value her,\" the \"Lantern Quay\" writer wrote.",
			want: []got{{Text: "As you may know, Wren is a keen rower and I value her,", Speaker: "Dunmore", Kind: "person", Parts: 1}},
		},
		{
			name: "a single mark typed for the closing double one before the cue",
			text: "Her father called the girl \u201ca lucky soul.\u201d\n\n\u201cGiven what a plunge into water that cold does, that she is breathing at all is astonishing, \u2019 said Dr. Ada Holm, a doctor at Calder Infirmary in Wexley.",
			want: []got{
				{Text: "a lucky soul.", Speaker: "father", Kind: "person", Partial: true, Parts: 1},
				{Text: "Given what a plunge into water that cold does, that she is breathing at all is astonishing,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an unlisted verb with an adverb after it",
			text: `Tobin, who was six years older, had an idea. "I want you to hold the rope," he ordered quietly.`,
			want: []got{{Text: "I want you to hold the rope,", Speaker: "Tobin", Kind: "person", Parts: 1}},
		},
		{
			name: "a colon after a sentence opening with a conjunction and a name",
			text: `But Hallam, who joined the Gazette from Velmar in 2018 after years as a copy chief, felt bound to answer: "Splendid! That puts us a step nearer the finish."`,
			want: []got{{Text: "Splendid! That puts us a step nearer the finish.", Speaker: "Hallam", Kind: "person", Parts: 1}},
		},
		{
			name: "a colon after a sentence opening with a date",
			text: `On Oct. 4, 1871, Captain Edda Vance marked the day in her logbook: “Today I have kept this port longer than any master before me.”`,
			want: []got{{Text: "Today I have kept this port longer than any master before me.", Speaker: "Edda Vance", Kind: "person", Parts: 1}},
		},
		{
			name: "a quote after a sentence in which a named person spoke",
			text: `After the verdict, Ada Lorne spoke on the courthouse steps. "I am so grateful for every letter and every call we have received."`,
			want: []got{{Text: "I am so grateful for every letter and every call we have received.", Speaker: "Ada Lorne", Kind: "person", Parts: 1}},
		},
		{
			name: "a whole quote, a clause, then the attribution",
			text: `"Having his brothers nearby would make it far less likely that he would reoffend," if he remained in Tarnland, the judges said.`,
			want: []got{{Text: "Having his brothers nearby would make it far less likely that he would reoffend,", Speaker: "judges", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun with no one reported speaking is the person the last sentences open with",
			text: "Teodor Halme, 41, has a lung disease. His lawyers said it was \"cruel\" to move him to a northern jail.\n\nHe said on the courthouse steps that he hopes his case will help others.\n\n\"This ruling matters for every prisoner who cannot breathe the winter air,\" he said.",
			want: []got{
				{Text: "cruel", Speaker: "lawyers", Kind: "person", Partial: true, Parts: 1},
				{Text: "This ruling matters for every prisoner who cannot breathe the winter air,", Speaker: "Teodor Halme", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a possessor's document before the quote",
			text: `In Kestlow, the new ferry timetable is popular. And it just prompted one resident's tweet, "At last a boat that leaves before the tide turns."`,
			want: []got{{Text: "At last a boat that leaves before the tide turns.", Speaker: "resident", Kind: "person", Parts: 1}},
		},
		{
			name: "a quote after a longer sentence opening with a name",
			text: `Port Director Selma Krane cited the gales as grounds to hold the ferries at the pier until the front moves on. “We cannot steer the wind, so we have to protect the crews.”`,
			want: []got{{Text: "We cannot steer the wind, so we have to protect the crews.", Speaker: "Selma Krane", Kind: "person", Parts: 1}},
		},
		{
			name: "a body named after a place word is no person for a pronoun",
			text: "Mr Orrin paid \u00a315 for the lantern in the 1970s.\n\nHe found it while sorting crates at Eastern Chandlers, a firm which has supplied ships for a century.\n\n\u201cI saw this lantern in a bin and a porter said it was only scrap,\u201d he said.",
			want: []got{{Text: "I saw this lantern in a bin and a porter said it was only scrap,", Speaker: "Orrin", Kind: "person", Parts: 1}},
		},
		{
			name: "a month is no name",
			text: "The singer writes that she called Tobias in December, telling him about the \u201cfallout\u201d of her interview.\n\n\u201cI regret that it took me so long to stand beside you in public,\u201d she writes.",
			want: []got{
				{Text: "fallout", Speaker: "singer", Kind: "person", Partial: true, Parts: 1},
				{Text: "I regret that it took me so long to stand beside you in public,", Speaker: "singer", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a place after a preposition is not who asked",
			text: "In a recording, an unnamed fisherman at the union hall in Varnholm asked the governor to send tugs to the estuary.\n\n\"Without your boats we cannot hold back the flood by ourselves,\" he said.",
			// A description speaks on only in its own paragraph: no speaker.
			want: []got{{Text: "Without your boats we cannot hold back the flood by ourselves,", Parts: 1}},
		},
		{
			name: "a body that agreed to do something is no speaker for a pronoun",
			text: "Norvale agreed to buy the ferry line for $40m in cash on Monday.\n\nMarta Quell, the line's chief executive, has drawn sharp words for months. She lashed out at the press in an interview after the sale.\n\n\u201cI have tried to look away, but it is unfair,\u201d she said.",
			want: []got{{Text: "I have tried to look away, but it is unfair,", Speaker: "Marta Quell", Kind: "person", Parts: 1}},
		},
		{
			name: "an adverb and a participle after an article are no cue; 'calling' is",
			text: `After a hastily called, late-night session, the Harbour Council issued a short notice calling the oil leak "a plain breach of every permit we issued" for the yard.`,
			want: []got{{Text: "a plain breach of every permit we issued", Speaker: "Harbour Council", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a weekday after an article is part of the speaker",
			text: `“The harbour board has less backbone than a jellyfish,” reads a Wednesday editorial from the Wexley Courier.`,
			want: []got{{Text: "The harbour board has less backbone than a jellyfish,", Speaker: "Wednesday editorial", Kind: "document", Parts: 1}},
		},
		{
			name: "one more of those before speaks",
			text: `"One more regatta we should have won," one supporter wrote online. "Better watch the judges in Kestlow this time," tweeted another.`,
			want: []got{
				{Text: "One more regatta we should have won,", Speaker: "supporter", Kind: "person", Parts: 1},
				{Text: "Better watch the judges in Kestlow this time,", Speaker: "another", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a clause after an inverted-looking cue is reported, its subject not the speaker",
			text: `Ilse Marrow, who served as counsel at the port authority, said Dunmore has shown “a port can serve the shipping lines and the fishing crews alike.”`,
			want: []got{{Text: "a port can serve the shipping lines and the fishing crews alike.", Speaker: "Ilse Marrow", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a naming cue after a comma names its object, not its speaker",
			text: `Tamsin, 22, a deckhand from Velmar, called Norvale’s handling of the strike “simple spite.”`,
			want: []got{{Text: "simple spite.", Speaker: "Tamsin", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an adverb between the subject and the cue",
			text: `Predictably, Aldous soon tweeted some scorn at the presenter: "Nella Crane of Calder Radio just lost an argument on her own show."`,
			want: []got{{Text: "Nella Crane of Calder Radio just lost an argument on her own show.", Speaker: "Aldous", Kind: "person", Parts: 1}},
		},
		{
			name: "the pronoun subject of a reported clause speaks",
			text: `"Seldom does a cell do a prisoner any good," said Public Defender Brendan Okoro. Okoro said he and his staff often argued that a client was too ill for a cell, but he has never once seen a magistrate accept it as "grounds to keep someone out of a cell."`,
			want: []got{
				{Text: "Seldom does a cell do a prisoner any good,", Speaker: "Brendan Okoro", Kind: "person", Parts: 1},
				{Text: "grounds to keep someone out of a cell.", Speaker: "Brendan Okoro", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "an infinitive right before the quotation introduces it",
			text: `“We try to get the passengers through as fast as the gangway allows,” said Brannock Hale, a port safety officer in Kestlow. He was proud to add, “Not one person has fallen in.”`,
			want: []got{
				{Text: "We try to get the passengers through as fast as the gangway allows,", Speaker: "Brannock Hale", Kind: "person", Parts: 1},
				{Text: "Not one person has fallen in.", Speaker: "Brannock Hale", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a paragraph left open with a comma introduces the quote paragraph",
			text: "Her brother Callum Brisk recalls much more.\n\nHe says only half of the canopy filled as she drifted toward the marsh,\n\n\"The instructor on the radio kept talking to her and she could not steer at all,\"\n\nBut the owner of the Wexley gliding club, Tess Varnham, says the canopy filled completely.\n\n\"The pupil left the plane. The canopy looked normal and then began to spin,\"",
			want: []got{
				{Text: "The instructor on the radio kept talking to her and she could not steer at all,", Speaker: "Callum Brisk", Kind: "person", Parts: 1},
				{Text: "The pupil left the plane. The canopy looked normal and then began to spin,", Speaker: "Tess Varnham", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a role after a body's name is an appositive; a period closing the quote before the speaker",
			text: "Herring shoals turn as one, new research shows.\n\n\u201cWe saw a whole shoal swing round in under a second, quicker than we expected.\u201d Odile Ferrant, KU professor of zoology and lead writer of the paper, said in a release.",
			want: []got{{Text: "We saw a whole shoal swing round in under a second, quicker than we expected.", Speaker: "Odile Ferrant", Kind: "person", Parts: 1}},
		},
		{
			name: "a colon after a clause whose subject is a pronoun",
			text: `Rupert Hallam saw a notice about a boat launch. Then, after news that the governor would attend, he tried to show off his humour with this: "One more reason to stay home that day."`,
			want: []got{{Text: "One more reason to stay home that day.", Speaker: "Rupert Hallam", Kind: "person", Parts: 1}},
		},
		{
			name: "one of several, then the name, then the colon",
			text: `One of those former premiers, Liberal Sir Walter Grell, rejected any suggestion the lighthouse board had been too quiet: "The board would never be so trusted if it took sides in the council."`,
			want: []got{{Text: "The board would never be so trusted if it took sides in the council.", Speaker: "Walter Grell", Kind: "person", Parts: 1}},
		},
		{
			name: "a second verb joined by 'and' after a quote keeps the first verb's subject",
			text: `Mira Lund sent a note. Lund explains in the note that she had “treasured” Orlov's songs as a girl and describes herself as being “starstruck” by his operas.`,
			want: []got{
				{Text: "treasured", Speaker: "Mira Lund", Kind: "person", Partial: true, Parts: 1},
				{Text: "starstruck", Speaker: "Mira Lund", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a title opening a sentence stays part of the name",
			text: `Acting Labour leader Edith Holm said it was "only fair" to call the lighthouse board admired by all.`,
			want: []got{{Text: "only fair", Speaker: "Edith Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "what a report found",
			text: `A ferry pilot that tired would likely have shown “slower reactions and poor judgment at the wheel,” the report found.`,
			want: []got{{Text: "slower reactions and poor judgment at the wheel,", Speaker: "report", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "a name and a role under a quote with no verb",
			text: "\u201cNone of us was going home until the boy was safe.\u201d Sgt. Nell Arden, Kestlow County Police Department\n\nPolice had been told the boy was hiding by the pier.",
			want: []got{{Text: "None of us was going home until the boy was safe.", Speaker: "Nell Arden", Kind: "person", Parts: 1}},
		},
		{
			name: "a group opening a sentence is no name a pronoun points to",
			text: "Weddings are a big one. Women will say, 'This is my only chance.'\n\nLars Holm is a hired dance partner, he says: he is safe because he is no flirt. \"The women do not come to entertain me; I come for them.\"",
			want: []got{{Text: "The women do not come to entertain me; I come for them.", Speaker: "Lars Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a phrase of manner between the subject and the cue is an aside",
			text: `Ansel Brook, head of the dockworkers' fund, said the order was harsh. Hedric Varn, chief counsel of the Calder Sailors Union, in a statement called the ruling “a great win for fairness” against what he called the mayor’s “reckless ban on night crossings.”`,
			want: []got{
				{Text: "a great win for fairness", Speaker: "Hedric Varn", Kind: "person", Partial: true, Parts: 1},
				{Text: "reckless ban on night crossings.", Speaker: "Hedric Varn", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a role after a full name with its comma left out",
			text: `"This dispute could always have been settled in our own courts," Greta Solberg the chief of the legal aid desk said.`,
			want: []got{{Text: "This dispute could always have been settled in our own courts,", Speaker: "Greta Solberg", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun after a sentence that opens with a name of no known gender",
			text: "\"I have no second plan,\" said Tamas Orvik, a cello player.\n\nSorell Kanne is a 27-year-old midwife who lives in Kestlow. She calls the order \"deeply isolating.\"",
			want: []got{
				{Text: "I have no second plan,", Speaker: "Tamas Orvik", Kind: "person", Parts: 1},
				{Text: "deeply isolating.", Speaker: "Sorell Kanne", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a participle opening a sentence with a question is no cue",
			text: `Tobin Okafor has said sorry after snapping at a journalist. Asked why he was “sure” that the council would change by the Gazette’s Nella Crane, Mr Okafor looked flustered, responding: “I’m not sure.”`,
			// "sure" is the reporter's word in a question: no speaker, left out.
			want: []got{{Text: "I’m not sure.", Speaker: "Tobin Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle after a quote in the same sentence takes the sentence's subject",
			text: `A group of engineers has pushed back on the ministry’s finding that it is “highly improbable” the bridge cracked from poor welding — insisting the theory is “credible.”`,
			want: []got{{Text: "credible.", Speaker: "group", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a weekday after the name is no part of it; titles joined by 'and'",
			text: "President Okafor on Wednesday said the scheme was \"a fair beginning\" for the port.\n\nActress and activist Nadia Hale pushed back on critics, adding that she had concerns.\n\n\"I spoke on the radio once and it stirred up a storm,\" she said.",
			want: []got{
				{Text: "a fair beginning", Speaker: "Okafor", Kind: "person", Partial: true, Parts: 1},
				{Text: "I spoke on the radio once and it stirred up a storm,", Speaker: "Nadia Hale", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a whole quote after a sentence in brackets",
			text: "The producers owned up after the show. (In the first part, some scenes did show a cloudy sky.) “We used footage from this year and earlier years. It was the right thing to do,” the show's producer Ada Holm posted.",
			want: []got{{Text: "We used footage from this year and earlier years. It was the right thing to do,", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a place after a body's name is where it is, not who speaks",
			text: "“The cat appeared to be lifeless and the owner buried him,” the Humane Society of Wexcombe Bay in Norland told the Gazette.",
			want: []got{{Text: "The cat appeared to be lifeless and the owner buried him,", Speaker: "Humane Society of Wexcombe Bay", Kind: "organization", Parts: 1}},
		},
		{
			name: "a nickname in marks inside a name leaves the name for a later pronoun",
			text: "The Harbour Board is nearing a deal to buy Wexcombe AB, makers of the Gull ferry line, according to a new report.\n\nAs the Gazette notes, the move would be surprising given that Wexcombe founder Tomas \"Skipper\" Vell, is a darling of the ferry scene. He has also criticized the Harbour Board for potentially being \"very, very bad for small ferries.\"",
			want: []got{{Text: "very, very bad for small ferries.", Speaker: "Tomas Vell", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a nickname in marks inside the name before the cue",
			text: "Wexcombe founder Ada \"Gull\" Holm said: “We sail at noon.”\n\n“We never sail at night,” Gull told the Gazette.",
			want: []got{
				{Text: "We sail at noon.", Speaker: "Ada Holm", Kind: "person", Parts: 1},
				{Text: "We never sail at night,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a company's legal suffix names a body",
			text: "“We will not sell,” Wexcombe AB said in a statement.",
			want: []got{{Text: "We will not sell,", Speaker: "Wexcombe AB", Kind: "organization", Parts: 1}},
		},
		{
			name: "a party and state in brackets after a name do not end the lead-in",
			text: "In a statement released Thursday, Rep. Ada Holm (D-N.Y.) reacted to the news, saying: “The ferry must be kept in public hands.”",
			want: []got{{Text: "The ferry must be kept in public hands.", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "the titles of a blog, a website and a bill are no quotations",
			text: "The blog, titled \"Why the Wexcombe harbour wall will never be rebuilt in our time\", drew many readers.\n\nHe runs a website called \"The Complete Guide to Norland Ferries and Their Crews\".\n\nOn Monday, Ada Holm revealed her new website, \"A Ferry Guide to Every Quay on the Norland Coast.\"\n\nDubbed the \"Fair Fares for Every Ferry Passenger Act,\" the bill passed.",
			want: nil,
		},
		{
			name: "a photo's caption is still its poster's words",
			text: "This photo Ada Holm has captioned \"What the harbour board won't let you see on the quay.\"",
			want: []got{{Text: "What the harbour board won't let you see on the quay.", Partial: true, Parts: 1}},
		},
		{
			name: "a body named before as \"the society\"",
			text: "According to the Humane Society of Wexcombe Bay, Gull the \"Miracle Cat,\" was buried by its owners.\n\n“The cat appeared to be lifeless,” the society said.",
			want: []got{
				{Text: "Miracle Cat,", Speaker: "Humane Society of Wexcombe Bay", Kind: "organization", Partial: true, Parts: 1},
				{Text: "The cat appeared to be lifeless,", Speaker: "Humane Society of Wexcombe Bay", Kind: "organization", Parts: 1},
			},
		},
		{
			name: "a whole quote after a short sentence stays with the friend, not the one his clause says was claiming",
			text: "Ferry heir\n\nTomas Vell grew up in Wexcombe.\n\n''It may have been his first attempt to impress his father,'' said his best friend at college, Ivo Tark, who, like several other crewmates, remembered Tomas claiming that his father was a sailor. It was not. ''Tomas was a classic case of someone who needed a father's praise.''",
			want: []got{
				{Text: "It may have been his first attempt to impress his father,", Speaker: "Ivo Tark", Kind: "person", Parts: 1},
				{Text: "Tomas was a classic case of someone who needed a father's praise.", Speaker: "Ivo Tark", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a role with \"at\" before the name between commas",
			text: "“We sailed every summer,” said her oldest friend in town, Ada Holm, who runs the chandlery.",
			want: []got{{Text: "We sailed every summer,", Speaker: "Ada Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a quotation whose closing mark was left out before its attribution",
			text: "The first families will arrive under the harbour scheme \"in the coming weeks, Home Secretary Ada Holm has said.\n\nMore boats are due in May.",
			want: []got{{Text: "in the coming weeks,", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the name of a page is no person's full name",
			text: "Toymark said in a statement to the Gazette that the set showed a crew member.\n\n\"The figure is clearly one of the crew and not a captive,\" according to the statement.\n\nAda Holm wrote on the Toymark USA Facebook page that she was \"shocked to have bought\" the set.",
			want: []got{
				{Text: "The figure is clearly one of the crew and not a captive,", Speaker: "Toymark", Kind: "person", Parts: 1},
				{Text: "shocked to have bought", Speaker: "Ada Holm", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "\"the council\" after another council was described stays unresolved",
			text: "The lawmakers backed the address of the Harbour Council of Wexcombe.\n\nThe Wexcombe regional council then met in the old hall.\n\n“The quay is ours,” the council said.",
			want: []got{{Text: "The quay is ours,", Speaker: "council", Kind: "organization", Parts: 1}},
		},
	})
}
