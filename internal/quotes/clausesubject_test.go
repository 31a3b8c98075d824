package quotes

import "testing"

// TestExtractSecondClauseSubject covers a "he" or "she" after a sentence
// whose second clause has a subject of its own. Every text is fictional,
// written for the test.
func TestExtractSecondClauseSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "he after a second clause with a name in apposition is that name",
			text:    "Foreign Minister Karl Brenner condemned the attack, and the league's Secretary-General, Omar Haddad, sent a letter to the ministry. \"This cannot go unanswered,\" he said.",
			opening: "This cannot go unanswered",
			speaker: "Omar Haddad",
			kind:    "person",
		},
		{
			name:    "he after a second clause whose subject is a woman stays with the man",
			text:    "Foreign Minister Karl Brenner condemned the attack, and Anna Haddad sent a letter to the ministry. \"This cannot go unanswered,\" he said.",
			opening: "This cannot go unanswered",
			speaker: "Karl Brenner",
			kind:    "person",
		},
	})
}
