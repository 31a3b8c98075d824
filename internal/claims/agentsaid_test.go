package claims

import "testing"

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
