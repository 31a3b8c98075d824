package quotes

import "testing"

// TestExtractGerundAfterPreposition covers a participle after a name
// governed by a preposition: the sentence's subject says it, and a
// pronoun after it is that subject. Every text is fictional, written for
// the test.
func TestExtractGerundAfterPreposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a letter posted on Twitter Tuesday, saying: the writer, not Twitter Tuesday",
			text: "Letter to court\n\nAna Ruiz asked for mercy for the man in a letter posted on Twitter Tuesday, saying she did not think a long sentence would help. " +
				"She added, \"We must teach him kindness.\"",
			opening: "We must teach him",
			speaker: "Ana Ruiz",
		},
		{
			name:    "kept: one after with speaks",
			text:    "Fans cheer coach\n\nFans cheered Ivo Tark in Ulby on Monday, with one supporter shouting, \"Bring us the cup next year.\"",
			opening: "Bring us the cup",
			speaker: "supporter",
		},
	})
}
