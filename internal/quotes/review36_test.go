package quotes

import "testing"

// Review s36 findings, shapes that recur across the dev stories, each a
// fictional case that failed before its fix.
func TestReview36Quotes(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name: "she after a definite description opening the paragraph before is that one",
			body: "The girl, whose name cannot be published because she is a minor, attacked Thomas Marsk, 25, with a bottle at a bar in Calder on Friday.\n\n" +
				"She said Marsk had lied to her about the money.\n\n\"I had to do something to show him that I was angry,\" she said.",
			words: "I had to do something", want: "girl",
		},
		{
			name: "he after the teacher gave an interview is the teacher",
			body: "The teacher and the school have not been named but the teacher gave an interview to Harbour News.\n\n" +
				"He told the website he decided to speak after a lesson on bullying:\n\n\"As part of the lesson, I asked who had heard the word used as an insult.\"",
			words: "As part of the lesson", want: "teacher",
		},
		{
			name:  "he after the man was waiting is the man",
			body:  "The man was waiting to board a flight to Norvik when a gate agent began greeting everyone. He yelled at the woman, \"You should not say that to everyone.\"",
			words: "You should not say that", want: "man",
		},
		{
			name: "she after a kin word and a name is the one named",
			body: "The reporter was seized in Ostland last year.\n\nLast week, Tarrow's mother Edith Tarrow released a video pleading with rebel leader Omar Vask to spare her son.\n\n" +
				"\"Paul is a journalist who went to cover the war,\" she said.",
			words: "Paul is a journalist", want: "Edith Tarrow",
		},
		{
			name: "they added after one unnamed reporter suggested is the reporter",
			body: "Many readers wondered what the word meant.\n\nOne unnamed reporter in Calder suggested it meant 'eyes with a nice shape and makeup.'\n\n" +
				"'Or even without makeup, the woman will be in trouble,' they added.",
			words: "Or even without makeup", want: "unnamed reporter",
		},
	})
}
