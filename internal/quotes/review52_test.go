package quotes

import "testing"

// TestReviewGuards52 keeps the answers a review of the session's rules
// found them breaking (/work/reports-s52/review.md): a full name of no
// known sex opening a sentence (a firm's, a storm's) is no "he"; a
// surname that only opens a sentence as a common word ("Hope is fading")
// is no one; a "he" in a clause of time after another's name, a person
// noun between, a dead man in apposition, years in brackets, a missing
// comma before "said in a statement", and a surname before a plural verb
// keep the old answer. Each text is fictional, written for the test.
func TestReviewGuards52(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a firm's name opening the sentence is no 'he'",
			body:  "Ivo Tark runs a garage in Norland.\n\n\"Business is slow,\" Tark said.\n\nHarbour Motors closed last week, and he called the news \"sad.\"",
			words: "sad.",
			want:  "Ivo Tark",
		},
		{
			name:  "a surname opening the sentence as a common word",
			body:  "Tom Hope and Ivo Tark spoke at the hearing.\n\n\"We cannot cut it,\" Tark said.\n\nHope is fading, he said, calling the plan \"a mess.\"",
			words: "a mess",
			want:  "Ivo Tark",
		},
		{
			name:  "a 'he' in a clause of time after another's name",
			body:  "Ivo Tark announced his retirement on Sunday.\n\n\"I am finished,\" Tark said.\n\nTom Brek watched from the stands as he told reporters he was \"done with football.\"",
			words: "done with football",
			want:  "Ivo Tark",
		},
		{
			name:  "a person noun between the name and the 'he'",
			body:  "Ivo Tark was the guest of honour.\n\n\"I am grateful,\" Tark said.\n\nTom Brek introduced the guest, and he said, \"This town made me.\"",
			words: "This town made me",
			want:  "Ivo Tark",
		},
		{
			name:  "the description's sex before a later 'her'",
			body:  "\"I felt strange,\" Ada Holm said.\n\nHer husband, actor Ivo Brek, was by her side. \"I could not have done it without him,\" she said.",
			words: "I could not have done it",
			want:  "Ada Holm",
		},
		{
			name:  "a dead man in apposition does not speak",
			body:  "Police chief Tom Lund spoke on Monday.\n\n\"We are looking for a man in a red car,\" Lund said.\n\nThe victim, teacher Ivo Brek, died at the scene. \"He was a good man,\" he said.",
			words: "He was a good man",
			want:  "Tom Lund",
		},
		{
			name:  "years in brackets after the name",
			body:  "Tom Lund runs the firm today. \"We keep his spirit,\" Lund said.\n\nJohn Brek (1920-1990) founded the firm in a shed. \"He built this place with his hands,\" he said.",
			words: "He built this place",
			want:  "Tom Lund",
		},
		{
			name:  "a comparison is no apposition",
			body:  "\"I felt strange,\" Ada Holm said.\n\nHer son, like filmmaker Ivo Brek, stayed home that week. \"If your mom says it, you worry,\" he said.",
			words: "If your mom says it",
			want:  "",
		},
		{
			name:  "a relative clause before the description that says it",
			body:  "Ada Holm, who was elected in May, the town's first woman mayor said in a statement on Monday.\n\n\"We will rebuild,\" the statement said.",
			words: "We will rebuild",
			want:  "Ada Holm",
		},
		{
			name:  "a named person's surname before a plural verb is no body",
			body:  "Jordan Brek and his brothers run the farm.\n\nBrek have always farmed here.\n\n\"We love the land,\" they said.",
			words: "We love the land",
			want:  "",
		},
	})
}

// TestReviewGuards52b keeps the answers the second review found broken
// (/work/reports-s52/review2.md): a common noun that is also a surname
// opening a sentence ("Frost damaged"), a "him" between a surname and
// "he", a subject something befell or whom the quotation speaks of after
// an apposition or brackets, a preposition taken for a role, a sex named
// by a word that is not the description's head or by a title in "-man",
// a question before "asked the council:", and a person's role that opens
// with a body's word. Each text
// is fictional, written for the test.
func TestReviewGuards52b(t *testing.T) {
	runTitledCases(t, []titledCase{
		{name: "a common noun that is also a surname", body: "Tom Frost and Ivo Tark farm the valley. \"The soil is good,\" said Frost.\n\n\"We lost the apples,\" Tark said.\n\nFrost damaged the crops in May, and he called the harvest \"a total loss.\"", words: "a total loss", want: "Ivo Tark"},
		{name: "'him' between the surname and 'he'", body: "Tom Brek owns the garage. \"Business is slow,\" said Brek.\n\nIvo Tark worked there for years. \"I loved the job,\" said Tark.\n\nBrek fired him on Monday, and he told reporters the decision was unfair. \"I gave him ten years,\" he said.", words: "I gave him ten years", want: "Ivo Tark"},
		{name: "a quotation about the one in apposition", body: "\"We need more money,\" Tom Lund said.\n\nHis predecessor, former mayor Ivo Brek, left the town in debt. \"He spent everything,\" he said.", words: "He spent everything", want: "Tom Lund"},
		{name: "a quotation that speaks of her", body: "\"I skated well,\" Ada Holm said.\n\nHer rival, fellow skater Mara Brek, fell twice. \"I felt sorry for her,\" she said.", words: "I felt sorry for her", want: "Ada Holm"},
		{name: "one indicted after the brackets", body: "\"The evidence is strong,\" prosecutor Tom Lund said.\n\nSenator Ivo Brek (R-Ohio) was indicted on Monday. \"He took bribes,\" he said.", words: "He took bribes", want: "Tom Lund"},
		{name: "one who died after the brackets", body: "\"He taught me everything,\" Tom Lund said.\n\nDirector Ivo Brek (\"Low Tide\") died in May. \"He was a giant,\" he said.", words: "He was a giant", want: "Tom Lund"},
		{name: "a preposition is no role", body: "\"I was so nervous,\" Ada Holm said.\n\nHer son, under coach Ivo Brek, won the title in May. \"I trained every day,\" he said.", words: "I trained every day", want: ""},
		{name: "the sex of a word after the head", body: "Ada Holm is suing the city. Tom Brek is her lawyer.\n\n\"The city was careless,\" Brek said. \"We will win,\" the lawyer for the woman said.", words: "We will win", want: "Tom Brek"},
		{name: "a title in -man said of a woman", body: "Ada Holm, chairman of Harbour Bank, spoke on Monday.\n\n\"We had a good year,\" Holm said. \"Profits rose,\" the chairman said.", words: "Profits rose", want: "Ada Holm"},
		{name: "a question before 'asked the council:' stays the asker's", body: "Ada Holm runs the bakery. Tom Brek sits on the council.\n\n\"Who pays for this?\" Holm asked the council: \"Is it the taxpayer?\"", words: "Who pays for this", want: "Ada Holm"},
		{name: "a person's role that opens with a body's word", body: "\"It is a good bill,\" said Ada Holm, the governor.\n\nThe state senator, Sanna Vell, said the bill was unfair. It passed by one vote.\n\n\"It hurts families,\" she said.", words: "It hurts families", want: "Sanna Vell"},
	})
}
