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
