package quotes

import "testing"

// TestRoleAsModifierIntroducesNoOne checks that a role word standing
// before a noun ("a sophomore class") introduces no unnamed person: "the
// sophomore said" is still the one person given that role. The text is
// fictional.
func TestRoleAsModifierIntroducesNoOne(t *testing.T) {
	runSpeakerCases(t, []speakerCase{{
		name: "a sophomore class is no sophomore",
		text: "Lena Vossberg, a sophomore from Carran, said the library had emptied in minutes.\n\n" +
			"The fire started in a sophomore class on boat repair, campus police said.\n\n" +
			"\"I have never run so fast in my life,\" the sophomore said.",
		opening: "I have never run so fast",
		speaker: "Lena Vossberg",
		kind:    "person",
	}})
}
