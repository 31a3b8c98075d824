package quotes

import "testing"

// TestExtractParaphrase covers quoted words inside a reported sentence
// with no verb of saying right before them, and quoted words that are no
// one's speech. Each text is fictional, written for the test.
func TestExtractParaphrase(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a stance verb's subject gives the quoted words, a pronoun resolved",
			text: `Pell Oduya, who runs the ferry, said the crossing was long overdue. He expressed hope that the vote would bring "a bridge for everyone, not just the drivers." He also thanked the engineers, the divers and the cooks "who worked through the winter to finish the drawings."`,
			want: []got{
				{Text: "a bridge for everyone, not just the drivers.", Speaker: "Pell Oduya", Kind: "person", Partial: true, Parts: 1},
				{Text: "who worked through the winter to finish the drawings.", Speaker: "Pell Oduya", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a named subject of a stance verb",
			text: `Governor Ines Calloway welcomed the "swift and careful work" of the crews.`,
			want: []got{{Text: "swift and careful work", Speaker: "Ines Calloway", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "present-tense cues of a group",
			text: "Lawyers for the ferry firm acknowledge that the payment was \"possibly\" made to the wrong office.\n\nHarbour police confirm that they are looking for \"a grey van seen near the slipway on Friday night\".",
			want: []got{
				{Text: "possibly", Speaker: "lawyers", Kind: "person", Partial: true, Parts: 1},
				{Text: "a grey van seen near the slipway on Friday night", Speaker: "Harbour police", Kind: "organization", Partial: true, Parts: 1},
			},
		},
		{
			name: "a name and its town speak, not the state",
			text: "Mira Tosk of Dunmore, Vt., said her son got the kite as a gift, and while she helped him fly it, she saw the string was frayed.\n\n\"This right here snapped in my hand,\" she told Radio Dunmore about the kite.",
			want: []got{{Text: "This right here snapped in my hand,", Speaker: "Mira Tosk", Kind: "person", Parts: 1}},
		},
		{
			name: "it after a statement is the statement's authors, not an outlet named before",
			text: "The Marsh Gazette reported that the shop in Ulby was shut.\n\n\"Today is the happiest morning we have had,\" the Brun family said in a shared statement given to the Ulby Courier. \"We have waited nearly two years for this moment,\" it added.",
			want: []got{
				{Text: "Today is the happiest morning we have had,", Speaker: "Brun family", Kind: "person", Parts: 1},
				{Text: "We have waited nearly two years for this moment,", Speaker: "Brun family", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a passive participle is no cue: the colon's subject speaks",
			text: `Tova Renn ended the letter, which was also written in Welsh, with this line: "We will not pay twice for one bridge."`,
			want: []got{{Text: "We will not pay twice for one bridge.", Speaker: "Tova Renn", Kind: "person", Parts: 1}},
		},
		{
			name: "a second piece of one reported sentence is one mention of two parts",
			text: `Nora Pell, the aunt who bought the kite, wrote on the shop's page that she was "SORRY to have ever bought" the kite for her nephew, "only to find that the string snaps in any wind at all."`,
			want: []got{{Text: "SORRY to have ever bought only to find that the string snaps in any wind at all.", Speaker: "Nora Pell", Kind: "person", Partial: true, Parts: 2}},
		},
		{
			name: "a word or two after the first piece are a second part of its mention",
			text: `The minister said the boats would get a "full refit" and would sail again "within weeks."`,
			want: []got{{Text: "full refit within weeks.", Speaker: "minister", Kind: "person", Partial: true, Parts: 2}},
		},
		{
			name: "hashtags, a work after its makers' names and the writer's own marks are no quotations",
			text: "The one fine film of his books is the Marsh brothers' \"Salt Road Home for Old Sailors,\" but it began with a great villain.\n\nI have argued for years that a critic must judge the film, and not how \"loyal\" the film is to the novel.\n\nTalia Brook posted a photo of her cat on the set. \"He sat on my script all day!\" Brook captioned, with the tags \"#cats,\" \"#set\" and \"#winter.\"",
			want: []got{{Text: "He sat on my script all day!", Speaker: "Talia Brook", Kind: "person", Parts: 1}},
		},
		{
			name: "a long name inside a sentence is no quotation; a role word between a body's name and a person's",
			text: "Founded in a boathouse in 1996 by Dana Welk and Ivo Strand as \"Dana and Ivo's Guide To The Harbour Web\", the site grew fast.\n\nMuseum historian Petra K. Lund welcomed the change, saying: \"The web brings both risk and reward. We are glad of the chance to tell our story.\"",
			want: []got{{Text: "The web brings both risk and reward. We are glad of the chance to tell our story.", Speaker: "Petra K. Lund", Kind: "person", Parts: 1}},
		},
		{
			name: "a he after a sentence opening with a description, a place and a name is that person, not a patrol",
			text: "The storm closed the coast road, the Ulby Highway Patrol said.\n\nLongtime Boston resident and keen sailor Peter Lind was just trying to take it all in.\n\n\"It is my first cold season on the coast, so the ice still seems new and strange to me,\" he told Radio Ulby on Wednesday.",
			want: []got{{Text: "It is my first cold season on the coast, so the ice still seems new and strange to me,", Speaker: "Peter Lind", Kind: "person", Parts: 1}},
		},
		{
			name: "a he after a conjunction before a colon",
			text: `Mayor Hal Voss said the council would meet again on Friday. And he played hardball: "The treasurer did not want my team in that room. That is not how this town works."`,
			want: []got{{Text: "The treasurer did not want my team in that room. That is not how this town works.", Speaker: "Hal Voss", Kind: "person", Parts: 1}},
		},
		{
			name: "a dateline is no subject of the participle",
			text: `ULBY, Marshland — The Fen Council is raising its warnings ahead of the spring floods, saying the dikes are "close to giving way."`,
			want: []got{{Text: "close to giving way.", Speaker: "Fen Council", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "a few words a reported clause quotes are its speaker's, not the outlet's credited after",
			text: `After his arrest, the man told officers he had wanted to burn "the ferry office", the Marsh Gazette said.`,
			want: []got{{Text: "the ferry office", Speaker: "man", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a cue after a conjunction and a clause opening keeps the subject",
			text: `The harbour pilot Nell Stroud called the delay "a slow leak of trust" and argued that the "basic shape of the season has not changed at all":`,
			want: []got{
				{Text: "a slow leak of trust", Speaker: "Nell Stroud", Kind: "person", Partial: true, Parts: 1},
				{Text: "basic shape of the season has not changed at all", Speaker: "Nell Stroud", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "the one a relative clause is about speaks",
			text: "Columnist Ada Brook of the Ulby Courier quotes an unnamed harbour adviser who describes as \"nonsense\" the rumours that the dike is leaking.\n\nThe governor's plan, which the governor said was \"about safety and nothing else,\" drew crowds to the square.",
			want: []got{
				{Text: "nonsense", Speaker: "unnamed harbour adviser", Kind: "person", Partial: true, Parts: 1},
				{Text: "about safety and nothing else,", Speaker: "governor", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "one aide of a group speaks about it, not for it",
			text: `"They start the spring on the back foot," said one senior Harbour Party aide of the Wardens. "It will not last."`,
			want: []got{{Text: "They start the spring on the back foot, It will not last.", Speaker: "senior Harbour Party aide", Kind: "person", Parts: 2}},
		},
		{
			name: "a participle after a dash tells what a thing says, no one speaking",
			text: "A kite set has caused a row.\n\nIda Tosk of Sacramento, Calif., told us her 5-year-old nephew got the kite as a gift, and as she was helping him fly it, she noticed the label — telling her to tie a string around the boy’s wrist.\n\n“This right here was tied to his wrist,” she told Radio Ulby about the kite.",
			want: []got{{Text: "This right here was tied to his wrist,", Speaker: "Ida Tosk", Kind: "person", Parts: 1}},
		},
		{
			name: "a he opening the quote's sentence is the one the sentence before names, not the last speaker",
			text: "Host Jim Tapp and the guest Carl Mott sparred for ten minutes. Mott said the station was out of touch, and Mott said it twice.\n\nThen, Tapp had enough. He said that Mott was being \"obsequious,\" and cut him off.",
			want: []got{{Text: "obsequious,", Speaker: "Jim Tapp", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the name after a participle opening the sentence speaks on into a quote paragraph",
			text: "Writing in the Ulby Law Review, Ulby Law's Jack Penrow raises the chance that the board has no case at all.\n\n\"One possibility is that the board never had the power to close the pier. It has been said for months that it did.\"",
			want: []got{{Text: "One possibility is that the board never had the power to close the pier. It has been said for months that it did.", Speaker: "Jack Penrow", Kind: "person", Parts: 1}},
		},
		{
			name: "a he in a quote paragraph right after one person described speaking is that person",
			text: "Lawyer Jack Penrow said the board had no case.\n\nIn a clip shared on the web, an unnamed dock worker at the old pier gate asked the mayor to send help.\n\n\"Without your help, we cannot hold the pier by ourselves for long,\" he said.",
			want: []got{{Text: "Without your help, we cannot hold the pier by ourselves for long,", Speaker: "unnamed dock worker at the old pier gate", Kind: "person", Parts: 1}},
		},
		{
			name: "a pulled quote credited on the next line after a box-drawing dash",
			text: "“A slow, warm book about a town that will not give up its ferry. I read it twice and would give it to anyone who loves the coast.”\n\n─ Ulby Evening Post",
			want: []got{{Text: "A slow, warm book about a town that will not give up its ferry. I read it twice and would give it to anyone who loves the coast.", Speaker: "Ulby Evening Post", Kind: "organization", Parts: 1}},
		},
		{
			name: "a surname with an age after it opens a sentence about that person",
			text: "The court in Ulby ruled that Ivo Penn's extradition would not be allowed.\n\nPenn, 32, has a rare illness. His lawyers argued that sending him abroad was \"unfair and harsh\" in his case.\n\nHe said outside the court he hopes his case helps others.\n\n\"This ruling matters for everyone whose mind works differently,\" he said.",
			want: []got{
				{Text: "unfair and harsh", Speaker: "lawyers", Kind: "person", Partial: true, Parts: 1},
				{Text: "This ruling matters for everyone whose mind works differently,", Speaker: "Ivo Penn", Kind: "person", Parts: 1},
			},
		},
		{
			name: "quoted words between a determiner and their noun, and a quoted subject after a colon",
			text: "It's good to see that Brook has left behind that whole \"NEVER! THE STAGE IS MY ONLY HOME!\" state of mind. Work is hard to find.\n\nAround midnight: \"Harbour watch\" sights the yacht for the last time.",
		},
	})
}
