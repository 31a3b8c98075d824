package quotes

import "testing"

// TestExtractRoleBeforeNameGerund covers a participle whose subject is a
// role written before a name: the name speaks, not the role. Every text
// is fictional, written for the test.
func TestExtractRoleBeforeNameGerund(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "police union spokesman Ivo Tark, saying: Ivo Tark",
			text: "Hall siege\n\nPolice union spokesman Ivo Tark said someone inside the hall was hiding and talking to officers by phone, " +
				"saying the gunmen were \"still shooting people\".\n\nMr Tark said officers went in behind a metal shield.",
			opening: "still shooting people",
			speaker: "Ivo Tark",
		},
		{
			name: "kept: the name's possession is not the name: not Ivo Tark",
			text: "Hall siege\n\nPolice union spokesman Ivo Tark's deputy said someone inside the hall was hiding, " +
				"saying the gunmen were \"still shooting people\".",
			opening: "still shooting people",
			speaker: "Police union spokesman", // as before, and not Tark
		},
	})
}
