package quotes

import "testing"

// TestSpeakerPhrases52 covers the session's rules for who speaks, each
// with a case it must leave alone. Each text is fictional, written for
// the test.
func TestSpeakerPhrases52(t *testing.T) {
	const hearing = "Ivo Tark and Tom Brek spoke at the hearing.\n\nTark was firm about the budget. \"We cannot cut it,\" he said, looking at Brek.\n\n"
	runTitledCases(t, []titledCase{
		{
			name:  "a surname alone and an aside with 'his' opening the sentence is the 'he' of a cue in it",
			body:  hearing + `Brek, in his testimony, did not address the budget, but did criticize what he called "experiments" in hiring. "Experiments must stop," he said.`,
			words: "Experiments must stop",
			want:  "Tom Brek",
		},
		{
			name:  "the same for the partial quote the cue gives",
			body:  hearing + `Brek, in his testimony, did not address the budget, but did criticize what he called "experiments" in hiring.`,
			words: "experiments",
			want:  "Tom Brek",
		},
		{
			name:  "a surname inside quoted words before the cue is no subject",
			body:  hearing + "Brek spoke next. \"We can wait,\" he said.\n\n" + `"It is Brek who is joking. Tark sounds angry," he added.`,
			words: "It is Brek who",
			want:  "Tom Brek",
		},
		{
			name:  "a clause with an article after the comma is no apposition",
			body:  "\"I felt strange,\" Ada Holm said.\n\nThe dog, a terrier Ivo Brek bought, also remembers it as a trying time. \"If your mom says it, you worry,\" he said.",
			words: "If your mom says it",
			want:  "",
		},
		{
			name:  "a party and state in brackets after the name of the sentence before",
			body:  "\"I felt strange,\" Ada Holm said.\n\nSenator Ivo Brek (D-Ohio) also remembers it as a trying time. \"If your mom says it, you worry,\" he said.",
			words: "If your mom says it",
			want:  "Ivo Brek",
		},
		{
			name:  "a statement given after a report and a comma is the subject's after the comma",
			body:  "Two sailors have been hurt in a crash in Norland, the Ostland navy said in a statement on Wednesday.\n\n\"The cause of the crash is under investigation,\" the statement said.",
			words: "The cause of the crash",
			want:  "Ostland navy",
		},
		{
			name:  "the subject after the comma may hold 'of'",
			body:  "Two sailors were hurt in the crash, the ministry of defence said in a statement.\n\n\"The cause of the crash is under investigation,\" the statement said.",
			words: "The cause of the crash",
			want:  "ministry of defence",
		},
		{
			name:  "a name and its appositive before 'said in a statement' stay the name",
			body:  "Ada Holm, the mayor, said in a statement on Wednesday that the quay was shut.\n\n\"The cause of the flood is under investigation,\" the statement said.",
			words: "The cause of the flood",
			want:  "Ada Holm",
		},
		{
			name:  "a title inside the sentence before is part of it",
			body:  "Singer Tom Brek, guitarist Ivo Vell and drummer Pat Lund will tour together next year.\n\nThe band announced the tour at its concert in Nashville. Lund came out during the encore.\n\nFollowing a performance of their jam \u201cBlack Water,\u201d Brek teed up the cameo. \u201cYou might remember him from his band,\u201d he said.",
			words: "You might remember him",
			want:  "Tom Brek",
		},
		{
			name:  "a title after the subject of the sentence before",
			body:  "Ada Holm wrote the song with Mary Lind. \u201cI always think of it like a scene,\u201d Holm said.\n\nLind, who had not sung in years, worried about doing justice to a song like \u201cGlasgow,\u201d given that she had no background in country music. \u201cBut the story of it really moved me,\u201d she said.",
			words: "But the story of it",
			want:  "Mary Lind",
		},
		{
			name:  "titles in a row in brackets after the name of the sentence before",
			body:  "\"I felt strange,\" Ada Holm said.\n\nFun as that sounds — the late doctor wrote about such symptoms in his book — Holm was not thrilled. \"I could not focus,\" she said.\n\nFilmmaker Tom Brek (\u201cThe Dock,\u201d \u201cLow Tide\u201d) also remembers it as a trying time. \u201cIf your mom says her head is full of music, you worry,\u201d he said.",
			words: "If your mom says",
			want:  "Tom Brek",
		},
		{
			name:  "a body a plural verb follows is the 'they' after it",
			body:  "Ada Holm accused the label of blocking her show.\n\nHarbour Label have twice denied doing anything wrong.\n\n\"At no point did we block her show,\" they said in a statement on their website last Friday.",
			words: "At no point did we",
			want:  "Harbour Label",
		},
		{
			name:  "a body a singular verb follows is no 'they'",
			body:  "Ada Holm accused the label of blocking her show.\n\nHarbour Label has twice denied doing anything wrong.\n\n\"At no point did we block her show,\" they said in a statement on their website last Friday.",
			words: "At no point did we",
			want:  "",
		},
		{
			name:  "two people a plural verb follows are no body",
			body:  "Ada Holm accused the label of blocking her show.\n\nLund and Brek have twice denied doing anything wrong.\n\n\"At no point did we block her show,\" they said in a statement on their website last Friday.",
			words: "At no point did we",
			want:  "",
		},
		{
			name:  "a long appositive before 'has written'",
			body:  "\"If the port imposes a tariff, the duty is paid,\" Ivo Brek, a senior fellow at the Kessport Institute-Lund Foundation Tax Policy Centre, has written.",
			words: "If the port imposes",
			want:  "Ivo Brek",
		},
		{
			name:  "a description of the other sex is not the one quoted before",
			body:  "\"I am sure it happens often,\" John Dempsey said.\n\n\"It does not affect me at all now,\" the woman said.",
			words: "It does not affect me",
			want:  "woman",
		},
	})
}
