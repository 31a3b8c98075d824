package quotes

import "testing"

// A definite description speaking is the one person in play the text gave
// its age or role word; each positive case kept the description before,
// the ones marked as kept must keep it.
func TestDefiniteNamed(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "an age, the only person named",
			body:  "Harbour FC appointed Tomas Vrell as manager on Monday.\n\nThe club finished fourth last season.\n\n\"I am proud to be here,\" the 48-year-old said.",
			words: "I am proud", want: "Tomas Vrell",
		},
		{
			name:  "an age given after the name",
			body:  "Tomas Vrell, 48, was appointed manager on Monday.\n\n\"I am proud to be here,\" the 48-year-old said.",
			words: "I am proud", want: "Tomas Vrell",
		},
		{
			name:  "a role given with as",
			body:  "Harbour FC appointed Tomas Vrell as manager on Monday.\n\nThe club finished fourth last season.\n\n\"I am proud to be here,\" the new manager said.",
			words: "I am proud", want: "Tomas Vrell",
		},
		{
			name:  "kept: a role given by a predicate (byRole)",
			body:  "Ulby (Wire) -- Flanked by his family, Arvid IV was formally proclaimed the new King of Calder on Thursday.\n\n\"We have a great country and we will keep it,\" the new King said.",
			words: "We have a great", want: "Arvid IV",
		},
		{
			name:  "kept: the role word is not the name's",
			body:  "Police arrested Jon Dree on Monday.\n\n\"He did not resist,\" the officer said.",
			words: "He did not resist", want: "officer",
		},
		{
			name:  "kept: two people in play",
			body:  "Harbour FC appointed Tomas Vrell as manager on Monday, replacing Ivo Lund.\n\n\"I am proud to be here,\" the 48-year-old said.",
			words: "I am proud", want: "48-year-old",
		},
		{
			name:  "kept: a word that says nothing of a role",
			body:  "The girl attacked Ivo Lund with a bottle while he was at a bar.\n\n\"I wanted to hurt him,\" the girl told the Calder Press Association.",
			words: "I wanted to hurt", want: "girl",
		},
		{
			name:  "kept: an indefinite description",
			body:  "Harbour FC appointed Tomas Vrell as manager on Monday.\n\n\"He is a good choice,\" a spokesman said.",
			words: "He is a good", want: "spokesman",
		},
	})
}
