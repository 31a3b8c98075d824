package claims

import "testing"

// "said that the woman killed" reports a doer: "that" after a verb opens
// no relative clause, whatever the verb ("said", "learned").
func TestAgentSaidThatStillTells(t *testing.T) {
	for _, verb := range []string{"said", "learned"} {
		arts := eelStory(
			"The ferry line said deckhands killed the eel before the crossing went on.",
			"The captain "+verb+" that the woman killed the eel on the deck.",
			"Deckhands killed the eel and searched the hold.")
		cs := agentConflictsOf(arts)
		if len(cs) != 1 || len(cs[0].Sides) != 2 || cs[0].Sides[1].Value != "the woman" || cs[0].Sides[1].Articles[0] != "b" {
			t.Errorf("%s that: agent conflicts = %+v, want deckhands (a, c) vs the woman (b)", verb, cs)
		}
	}
}
