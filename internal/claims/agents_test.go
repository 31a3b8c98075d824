package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// agentConflictsOf returns the conflicts of arts about who did an act.
func agentConflictsOf(arts []corroborate.Article) []corroborate.Conflict {
	var out []corroborate.Conflict
	for _, c := range Find(arts, nil, Options{}).Conflicts {
		if c.Kind == corroborate.ConflictName && len(c.About) > 4 && c.About[:4] == "who " {
			out = append(out, c)
		}
	}
	return out
}

// eelStory is a ferry story whose articles each add one sentence telling
// who killed the eel.
func eelStory(a, b, c string) []corroborate.Article {
	lead := "A moray eel bit a woman on the Tarn ferry to Port Arden on Sunday, the ferry line said.\n\n"
	return []corroborate.Article{
		article("a", "Lenna Post", lead+a),
		article("b", "Tarn Courier", lead+b),
		article("c", "Orlin Daily", lead+c),
	}
}

// Deckhands (several people) and the woman (one) cannot both be the one
// who killed the eel: two accounts of one act, though one says
// "stomped the eel to death".
func TestAgentConflict(t *testing.T) {
	arts := eelStory(
		"The ferry line said deckhands killed the eel before the crossing went on.",
		"The woman stomped the eel to death, and deckhands searched the hold for more eels, the captain said.",
		"Deckhands killed the eel and searched the hold.")
	cs := agentConflictsOf(arts)
	if len(cs) != 1 {
		t.Fatalf("agent conflicts = %+v, want one", cs)
	}
	c := cs[0]
	if c.About != "who killed the eel" {
		t.Errorf("about = %q", c.About)
	}
	if len(c.Sides) != 2 || c.Sides[0].Value != "deckhands" || len(c.Sides[0].Articles) != 2 || c.Sides[1].Value != "The woman" || c.Sides[1].Articles[0] != "b" {
		t.Errorf("sides = %+v, want deckhands (a, c) vs the woman (b)", c.Sides)
	}
}

// Doers that may be one, or where one includes the other, are no
// conflict: a compound doer, two descriptions of one person, the same
// noun, a pronoun, a negated act.
func TestAgentNoConflict(t *testing.T) {
	for _, tc := range []struct{ name, a, b string }{
		{"compound", "The woman and two deckhands killed the eel.", "The woman killed the eel."},
		{"compound first", "Deckhands and the woman killed the eel.", "The woman killed the eel."},
		{"one person", "The passenger killed the eel.", "The woman killed the eel."},
		{"same noun", "Deckhands killed the eel.", "A deckhand killed the eel."},
		{"pronoun", "She killed the eel.", "Deckhands killed the eel."},
		{"negated", "The woman never killed the eel.", "Deckhands killed the eel."},
		{"other object", "The woman killed the engine.", "Deckhands killed the eel."},
		{"object told apart", "The woman killed the grey eel.", "Deckhands killed the green eel."},
		{"no person", "The storm delayed the crossing.", "Deckhands delayed the crossing."},
		{"other day", "The woman killed the eel on Sunday, March 3.", "Deckhands killed the eel on Monday, March 4."},
		// one of a group may act for it; a noun in a relative clause is no doer
		{"officer of the police", "Police arrested the eel poacher.", "An officer arrested the eel poacher."},
		{"crewman of the crew", "The crew killed the eel.", "A crewman killed the eel."},
		{"mother of the family", "The family thanked the deckhands.", "The mother thanked the deckhands."},
		{"attendant of the staff", "Staff killed the eel.", "An attendant killed the eel."},
		{"passenger of the passengers", "Passengers killed the eel.", "The woman killed the eel."},
		{"object of a relative clause", "The deckhands who found the woman killed the eel.", "Deckhands killed the eel."},
	} {
		arts := eelStory(tc.a, tc.b, "The ferry went on to Port Arden.")
		if cs := agentConflictsOf(arts); len(cs) != 0 {
			t.Errorf("%s: agent conflicts = %+v, want none", tc.name, cs)
		}
	}
}

// A second verb joined by "and" has the first's doer, and its "it" the
// first's object: "brushed the eel away and killed it" tells that the
// woman killed the eel.
func TestAgentSecondVerb(t *testing.T) {
	arts := eelStory(
		"Deckhands killed the eel before the crossing went on.",
		"The woman brushed the eel away and killed it on the deck, the captain said.",
		"The ferry went on to Port Arden.")
	cs := agentConflictsOf(arts)
	if len(cs) != 1 || cs[0].About != "who killed the eel" || cs[0].Sides[1].Articles[0] != "b" {
		t.Fatalf("agent conflicts = %+v, want deckhands (a) vs the woman (b)", cs)
	}
	arts = eelStory(
		"Deckhands killed the eel before the crossing went on.",
		"The woman brushed the eel away, and a deckhand killed it on the deck.",
		"The ferry went on to Port Arden.")
	if cs := agentConflictsOf(arts); len(cs) != 0 {
		t.Errorf("agent conflicts = %+v, want none: the deckhand killed it", cs)
	}
}
