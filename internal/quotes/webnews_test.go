package quotes

import "testing"

// TestExtractWebNewsShapes covers shapes read on web news from many
// outlets; each text is fictional, written for the test.
func TestExtractWebNewsShapes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a sentence adverb before a comma is no name",
			text: "Ultimately, keeping the job may not be Dana Orlov's choice, pointed out Noel Harwick, an analyst at Pell Research.\n\n“She started with so much energy, and the last two years have been hard on her,” he said.",
			want: []got{{Text: "She started with so much energy, and the last two years have been hard on her,", Speaker: "Noel Harwick", Kind: "person", Parts: 1}},
		},
		{
			name: "a number opening a sentence is no name",
			text: "Two wardens who answered the call could not find the dog. They left, but were sent back by a supervisor, Chief Amos Pell said.\n\nA neighbour pointed them to the shed, where Sgt. Ruth Calloway found a loose board. She pulled it away, finding a puppy that looked \"absolutely terrified,\" she told reporters on Monday.",
			want: []got{{Text: "absolutely terrified,", Speaker: "Ruth Calloway", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a cue opening an inverted sentence is no name",
			text: "Orla Brandt has a new job at a coupon website. Said Orla in the company's release, “No matter what your budget is, there is no reason not to save. It is like money in your pocket!”",
			want: []got{{Text: "No matter what your budget is, there is no reason not to save. It is like money in your pocket!", Speaker: "Orla Brandt", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle opening a sentence is no name",
			text: "Following Brandt's posts, Varga wrote a long reply on his own site.\n\nIn May, while promoting a sketch for a comedy site, Brandt called those who oppose the ferry levy \"heartless cheapskates.\"",
			want: []got{{Text: "heartless cheapskates.", Speaker: "Brandt", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a name shouted in capitals is no full name for a later first name",
			text: "Big news, readers: ORLA BRANDT GOT A JOB. Orla Brandt will write for a coupon website. In her first post, Orla wrote, “There is no reason not to save. It is like money in your pocket!”",
			want: []got{{Text: "There is no reason not to save. It is like money in your pocket!", Speaker: "Orla Brandt", Kind: "person", Parts: 1}},
		},
		{
			name: "the subject of a clause reported by someone else speaks",
			text: "Chief Gregory Pell said the girl's aunt told police the dog had been missing for weeks. \"We looked everywhere for him, every single day,\" she said.",
			want: []got{{Text: "We looked everywhere for him, every single day,", Speaker: "girl's aunt", Kind: "person", Parts: 1}},
		},
		{
			name: "a name before a long affiliation speaks, not the place that ends it",
			text: `"I am glad to be wrong about that," Dr. Jeffrey Bender of the University of Wexcombe Medical Center in Port Alder City said Tuesday at a news conference.`,
			want: []got{{Text: "I am glad to be wrong about that,", Speaker: "Jeffrey Bender", Kind: "person", Parts: 1}},
		},
		{
			name: "an initial inside a description is no name",
			text: "A filing showed that a female U. of W. student told police a man in a red van had waved a badge at her. She refused to get in, and he drove off.\n\nA few days later the woman picked out Harlow's photo from six, but his lawyers want to block her testimony.\n\nShe did say that of the six photos, Harlow \"looked the most like\" the man, the filing said.",
			want: []got{{Text: "looked the most like", Speaker: "female U. of W. student", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a name in quotation marks inside the attribution; the description speaking is the one the sentence before reports writing",
			text: "After the posts, Varga wrote a long reply on his own site. \"As you may know, Orla is a keen sailor and I respect her views, but I am baffled by this, as nothing in the film was not in the script a year ago,\" the \"Salt Road\" author wrote on his blog. \"Yes, the storm scenes are rough, but a film called Salt Road 2 has to do what it says on the tin.\" Varga, a fan of Brandt, noted that her part in \"Salt Road 2\" is a high point.",
			want: []got{
				{Text: "As you may know, Orla is a keen sailor and I respect her views, but I am baffled by this, as nothing in the film was not in the script a year ago,", Speaker: "Varga", Kind: "person", Parts: 1},
				{Text: "Yes, the storm scenes are rough, but a film called Salt Road 2 has to do what it says on the tin.", Speaker: "Varga", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a quotation ending a reported clause of its own after a colon is partial",
			text: `Okafor stressed her support for the new quay and said she has the one quality a harbour master needs: "Patience, and a very long memory for tides."`,
			want: []got{{Text: "Patience, and a very long memory for tides.", Speaker: "Okafor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a nickname inside a name",
			text: `“While Dana steadied the firm, she missed the big trends,” Harbor Research founder and principal analyst R “Ray” Okonjo said via email. “Most folks expect Dana to leave within a year,” he noted.`,
			want: []got{
				{Text: "While Dana steadied the firm, she missed the big trends,", Speaker: "Okonjo", Kind: "person", Parts: 1},
				{Text: "Most folks expect Dana to leave within a year,", Speaker: "Okonjo", Kind: "person", Parts: 1},
			},
		},
		{
			name: "quoted words after an allegation",
			text: `In the filing, prosecutors alleged for the first time that Harlow “beat and robbed” another man in 2015.`,
			want: []got{{Text: "beat and robbed", Speaker: "prosecutors", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "quoted words with a group reported speaking at the end of the sentence",
			text: `He was heard on the tapes describing his "perfect mark" as he pointed at people in the crowd, prosecutors have previously said.`,
			want: []got{{Text: "perfect mark", Speaker: "prosecutors", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "quoted words with a body reported speaking at the end of the sentence",
			text: `Ruiz did have travel insurance, but the policy leaves out “acts of war or riots,” and will not pay for the flight, the Harbor Aid campaign says.`,
			want: []got{{Text: "acts of war or riots,", Speaker: "Harbor Aid campaign", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "quoted words with a pronoun speaking at the end of the sentence",
			text: `She is expected to recover within weeks, Dr. Amos Bender said Tuesday. Her injuries are "like those of someone hit by a bus," although that does not mean she fell that fast, he said.`,
			want: []got{{Text: "like those of someone hit by a bus,", Speaker: "Amos Bender", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the sentence before a described speaker begins at its paragraph",
			text: "Both films drew an adult rating. (The first also had a child actor swearing)\n\nFollowing Brandt's posts, Varga wrote a long reply on his own site. \"As you may know, Orla is a keen sailor and I respect her,\" the \"Salt Road\" author wrote.",
			want: []got{{Text: "As you may know, Orla is a keen sailor and I respect her,", Speaker: "Varga", Kind: "person", Parts: 1}},
		},
		{
			name: "a single mark typed for the closing double one before the cue",
			text: "Her father called the girl \u201ca miracle.\u201d\n\n\u201cGiven the damage a fall from that height does, that she is alive at all is remarkable, \u2019 said Dr. Ada Holm, a surgeon at Harbor General in Wexcombe.",
			want: []got{
				{Text: "a miracle.", Speaker: "father", Kind: "person", Partial: true, Parts: 1},
				{Text: "Given the damage a fall from that height does, that she is alive at all is remarkable,", Speaker: "Ada Holm", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an unlisted verb with an adverb after it",
			text: `Lars, who was ten years older, had a plan. "I want you to look at me," he ordered softly.`,
			want: []got{{Text: "I want you to look at me,", Speaker: "Lars", Kind: "person", Parts: 1}},
		},
		{
			name: "a colon after a sentence opening with a conjunction and a name",
			text: `But Finley, who came to the Courier from Ohio in 2016 after a long stint as an editor, felt he had to reply: "Wonderful! That brings us one step closer to the end."`,
			want: []got{{Text: "Wonderful! That brings us one step closer to the end.", Speaker: "Finley", Kind: "person", Parts: 1}},
		},
		{
			name: "a colon after a sentence opening with a date",
			text: `On Sept. 23, 1896, Queen Maud marked the day in her journal: “Today I have reigned longer than any sovereign of this harbour.”`,
			want: []got{{Text: "Today I have reigned longer than any sovereign of this harbour.", Speaker: "Maud", Kind: "person", Parts: 1}},
		},
		{
			name: "a quote after a sentence in which a named person spoke",
			text: `After the ruling, Ada Love spoke outside the court. "I am very thankful for all of the support that we have had."`,
			want: []got{{Text: "I am very thankful for all of the support that we have had.", Speaker: "Ada Love", Kind: "person", Parts: 1}},
		},
		{
			name: "a whole quote, a clause, then the attribution",
			text: `"The support of his family would mean that he would be at far lower risk," if he stayed in the country, the judges said.`,
			want: []got{{Text: "The support of his family would mean that he would be at far lower risk,", Speaker: "judges", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun with no one reported speaking is the person the last sentences open with",
			text: "Lauri Vance, 32, has a rare illness. His lawyers said it would be \"unjust\" to send him abroad.\n\nHe said outside the court that he hopes his case will help others.\n\n\"This decision matters for everyone whose mind works differently,\" he said.",
			want: []got{
				{Text: "unjust", Speaker: "lawyers", Kind: "person", Partial: true, Parts: 1},
				{Text: "This decision matters for everyone whose mind works differently,", Speaker: "Lauri Vance", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a possessor's document before the quote",
			text: `In the harbour town, the plan is popular. And it just prompted one resident's tweet, "This is wonderful news for everyone who works on the water."`,
			want: []got{{Text: "This is wonderful news for everyone who works on the water.", Speaker: "resident", Kind: "person", Parts: 1}},
		},
		{
			name: "a quote after a longer sentence opening with a name",
			text: `Harbor Director Michael Ryan cited safety as a reason to keep the ferries in the dock until the storm has passed. “We do not control the weather, so we need to keep the boats safe.”`,
			want: []got{{Text: "We do not control the weather, so we need to keep the boats safe.", Speaker: "Michael Ryan", Kind: "person", Parts: 1}},
		},
		{
			name: "a body named after a place word is no person for a pronoun",
			text: "Mr Tumblin paid $20 for the dress in the 1960s.\n\nHe spotted it while doing some research at Western Props, a company which has served film studios for decades.\n\n\u201cI saw this dress on the floor and a clerk told me not to bother to pick it up,\u201d he said.",
			want: []got{{Text: "I saw this dress on the floor and a clerk told me not to bother to pick it up,", Speaker: "Tumblin", Kind: "person", Parts: 1}},
		},
		{
			name: "a month is no name",
			text: "The actress writes that she spoke with Ronan in December, telling him about the \u201caftermath\u201d of her story.\n\n\u201cI am sorry it has taken me a few weeks to come out in support of you,\u201d she writes.",
			want: []got{
				{Text: "aftermath", Speaker: "actress", Kind: "person", Partial: true, Parts: 1},
				{Text: "I am sorry it has taken me a few weeks to come out in support of you,", Speaker: "actress", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a place after a preposition is not who asked",
			text: "In a video, an unnamed activist at the party office in Varnholm asked the president to send troops to the region.\n\n\"Without your help it will be hard for us to resist the soldiers on our own,\" he said.",
			// A description speaks on only in its own paragraph: no speaker.
			want: []got{{Text: "Without your help it will be hard for us to resist the soldiers on our own,", Parts: 1}},
		},
		{
			name: "a body that agreed to do something is no speaker for a pronoun",
			text: "Norvale agreed to buy the ferry line for $4bn in cash on Monday.\n\nMarta Quell, the line's chief executive, has faced a barrage of criticism. She hit out at the coverage in an interview after the sale.\n\n\u201cI have tried to ignore it, but it is a shame,\u201d she said.",
			want: []got{{Text: "I have tried to ignore it, but it is a shame,", Speaker: "Marta Quell", Kind: "person", Parts: 1}},
		},
		{
			name: "an adverb and a participle after an article are no cue; 'calling' is",
			text: `After a hastily called, late-night meeting, the Harbour Council issued a statement calling the spill "a clear breach of every licence we granted" for the yard.`,
			want: []got{{Text: "a clear breach of every licence we granted", Speaker: "Harbour Council", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a weekday after an article is part of the speaker",
			text: `“There are jellyfish with more spine than the harbour board,” reads a Wednesday editorial in the Wexcombe Courier.`,
			want: []got{{Text: "There are jellyfish with more spine than the harbour board,", Speaker: "Wednesday editorial", Kind: "document", Parts: 1}},
		},
		{
			name: "one more of those before speaks",
			text: `"Yet another town we would have won," one supporter wrote online. "Better watch the ballot boxes in Wexcombe this time," tweeted another.`,
			want: []got{
				{Text: "Yet another town we would have won,", Speaker: "supporter", Kind: "person", Parts: 1},
				{Text: "Better watch the ballot boxes in Wexcombe this time,", Speaker: "another", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a clause after an inverted-looking cue is reported, its subject not the speaker",
			text: `Salo Varga, who served as counsel at the harbour office, said Perry has proven “it is possible to balance the needs of the fleet and of the fishermen.”`,
			want: []got{{Text: "it is possible to balance the needs of the fleet and of the fishermen.", Speaker: "Salo Varga", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a naming cue after a comma names its object, not its speaker",
			text: `Saeed, 19, a student from Ardenia, called Norvale’s treatment of the refugees “plain cruelty.”`,
			want: []got{{Text: "plain cruelty.", Speaker: "Saeed", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "an adverb between the subject and the cue",
			text: `Predictably, Brandt soon tweeted some venom at the host: "Dana Hale of Harbour News just got destroyed in her own interview."`,
			want: []got{{Text: "Dana Hale of Harbour News just got destroyed in her own interview.", Speaker: "Brandt", Kind: "person", Parts: 1}},
		},
		{
			name: "the pronoun subject of a reported clause speaks",
			text: `"It is a rare case that prison serves the inmate well," said Public Defender Brendan Okoro. Okoro said he and his deputies have often argued that a client was too frail for prison, but he has never seen a judge cite it as a "reason not to send someone to jail."`,
			want: []got{
				{Text: "It is a rare case that prison serves the inmate well,", Speaker: "Brendan Okoro", Kind: "person", Parts: 1},
				{Text: "reason not to send someone to jail.", Speaker: "Brendan Okoro", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "an infinitive right before the quotation introduces it",
			text: `“We want to keep them moving as quickly as we can,” said Zoran Helic, a civil protection officer in Tovarnik. He was proud to add, “We have not had a single incident.”`,
			want: []got{
				{Text: "We want to keep them moving as quickly as we can,", Speaker: "Zoran Helic", Kind: "person", Parts: 1},
				{Text: "We have not had a single incident.", Speaker: "Zoran Helic", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a paragraph left open with a comma introduces the quote paragraph",
			text: "Her father Joe Wethington remembers much more.\n\nHe says only half of the parachute opened as she spiralled to the ground,\n\n\"The man with the radio was trying to talk her through it and she could not do it,\"\n\nBut the owner of the jump centre, Bob Swainson, says the parachute opened completely.\n\n\"The jumper left the plane. The parachute appeared to open fine and then started to rotate,\"",
			want: []got{
				{Text: "The man with the radio was trying to talk her through it and she could not do it,", Speaker: "Joe Wethington", Kind: "person", Parts: 1},
				{Text: "The jumper left the plane. The parachute appeared to open fine and then started to rotate,", Speaker: "Bob Swainson", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a role after a body's name is an appositive; a period closing the quote before the speaker",
			text: "Flies turn fast, new research shows.\n\n\u201cWe found that flies change course in a hundredth of a second, faster than we imagined.\u201d Michael Dickinson, UW professor of biology and co-author of the paper, said in a release.",
			want: []got{{Text: "We found that flies change course in a hundredth of a second, faster than we imagined.", Speaker: "Michael Dickinson", Kind: "person", Parts: 1}},
		},
		{
			name: "a colon after a clause whose subject is a pronoun",
			text: `Dennis Finley saw a post about a film premiere. Then, after word that the mayor would attend, he sought to show off his wit with this: "Another reason not to buy a ticket."`,
			want: []got{{Text: "Another reason not to buy a ticket.", Speaker: "Dennis Finley", Kind: "person", Parts: 1}},
		},
		{
			name: "one of several, then the name, then the colon",
			text: `One of those prime ministers, Conservative Sir John Marlow, rejected any suggestion the queen had been too passive: "The crown would not be as loved if it were part of politics."`,
			want: []got{{Text: "The crown would not be as loved if it were part of politics.", Speaker: "John Marlow", Kind: "person", Parts: 1}},
		},
		{
			name: "a second verb joined by 'and' after a quote keeps the first verb's subject",
			text: `Mira Lund wrote a letter. Lund explains in her letter that she had “cherished” Orlov's books as a child and describes herself as being “in awe” of his plays.`,
			want: []got{
				{Text: "cherished", Speaker: "Mira Lund", Kind: "person", Partial: true, Parts: 1},
				{Text: "in awe", Speaker: "Mira Lund", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a title opening a sentence stays part of the name",
			text: `Acting Labour leader Harriet Holm said it was "no exaggeration" to say the queen was loved by all.`,
			want: []got{{Text: "no exaggeration", Speaker: "Harriet Holm", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "what a report found",
			text: `A 13-year-old would likely have suffered “impaired judgment and slowed decision making,” the report found.`,
			want: []got{{Text: "impaired judgment and slowed decision making,", Speaker: "report", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "a name and a role under a quote with no verb",
			text: "\u201cWe were not going to leave until we found him.\u201d Sgt. Ruth Calloway, Wexcombe County Police Department\n\nPolice had been told the boy did not want to be there.",
			want: []got{{Text: "We were not going to leave until we found him.", Speaker: "Ruth Calloway", Kind: "person", Parts: 1}},
		},
		{
			name: "a group opening a sentence is no name a pronoun points to",
			text: "Birthdays are a big one. Women will say, 'This is my final hope.'\n\nLars Holm is a gateway guy, he says: he is low risk because he is no real lover. \"The women are not there to please me; I am there for them.\"",
			want: []got{{Text: "The women are not there to please me; I am there for them.", Speaker: "Lars Holm", Kind: "person", Parts: 1}},
		},
		{
			name: "a phrase of manner between the subject and the cue is an aside",
			text: `Becca Heller, director of the refugee project, said the order was cruel. Matthew Segal, legal director of the Harbor Civil Liberties Union, in a statement called the ruling “a huge victory for justice” in the face of what he called the mayor’s “unlawful ban on ferries.”`,
			want: []got{
				{Text: "a huge victory for justice", Speaker: "Matthew Segal", Kind: "person", Partial: true, Parts: 1},
				{Text: "unlawful ban on ferries.", Speaker: "Matthew Segal", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a role after a full name with its comma left out",
			text: `"This was always a case that could have been tried here," Emma Norton the head of legal casework said.`,
			want: []got{{Text: "This was always a case that could have been tried here,", Speaker: "Emma Norton", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun after a sentence that opens with a name of no known gender",
			text: "\"I do not have a plan B,\" said Kinan Ozmeh, a clarinet player.\n\nMaryam Kanna is a 24-year-old nurse who lives in Wexcombe. She calls the order \"totally alienating.\"",
			want: []got{
				{Text: "I do not have a plan B,", Speaker: "Kinan Ozmeh", Kind: "person", Parts: 1},
				{Text: "totally alienating.", Speaker: "Maryam Kanna", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a participle opening a sentence with a question is no cue",
			text: `Joe Okafor has apologised after snapping at a reporter. Asked why he was “confident” that the mayor would change by the Courier’s Dana Hale, Mr Okafor appeared agitated, responding: “I’m not confident.”`,
			// "confident" is the reporter's word in a question: no speaker, left out.
			want: []got{{Text: "I’m not confident.", Speaker: "Joe Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "a participle after a quote in the same sentence takes the sentence's subject",
			text: `A group of scientists has pushed back on the agency’s conclusion that it is “extremely unlikely” the virus leaked from a lab — insisting the theory is “viable.”`,
			want: []got{{Text: "viable.", Speaker: "group", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a weekday after the name is no part of it; titles joined by 'and'",
			text: "President Okafor on Wednesday said the plan was \"a good start\" for the harbour.\n\nActress and activist Rose Hale pushed back on critics, adding that she had doubts.\n\n\"I did an interview on the radio and it caused so much anger,\" she said.",
			want: []got{
				{Text: "a good start", Speaker: "Okafor", Kind: "person", Partial: true, Parts: 1},
				{Text: "I did an interview on the radio and it caused so much anger,", Speaker: "Rose Hale", Kind: "person", Parts: 1},
			},
		},
	})
}
