package claims

import "testing"

// One of a group may be the one who acted for it, and a noun just before
// the verb may be the object of a relative clause: neither tells another
// doer. Every sentence is fictional, written for the test.
func TestAgentMemberOfGroupNoConflict(t *testing.T) {
	for _, tc := range []struct{ name, a, b string }{
		{"officer of the police", "Police arrested the eel poacher.", "An officer arrested the eel poacher."},
		{"crewman of the crew", "The crew killed the eel.", "A crewman killed the eel."},
		{"mother of the family", "The family thanked the deckhands.", "The mother thanked the deckhands."},
		{"attendant of the staff", "Staff killed the eel.", "An attendant killed the eel."},
		{"object of a relative clause", "The deckhands who found the woman killed the eel.", "Deckhands killed the eel."},
	} {
		arts := eelStory(tc.a, tc.b, "The ferry went on to Port Arden.")
		if cs := agentConflictsOf(arts); len(cs) != 0 {
			t.Errorf("%s: agent conflicts = %+v, want none", tc.name, cs)
		}
	}
}

// "said that the woman killed" reports a doer: "that" after a saying verb
// opens no relative clause.
func TestAgentSaidThatStillTells(t *testing.T) {
	arts := eelStory(
		"The ferry line said deckhands killed the eel before the crossing went on.",
		"The captain said that the woman killed the eel on the deck.",
		"Deckhands killed the eel and searched the hold.")
	if cs := agentConflictsOf(arts); len(cs) != 1 {
		t.Errorf("agent conflicts = %+v, want deckhands vs the woman", cs)
	}
}
