package quotes

import "testing"

// TestExtractBodyNameFragment covers the words after "on" in a body's
// name, "the Council on Harbour-Fishing Relations": a fragment of the
// body's name, never a person who takes a later "she" of someone else.
// The text is fictional, written for the test.
func TestExtractBodyNameFragment(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the words after on in a council's name are no person",
			text: "About 80 people waited on the quay on Sunday for what officials for the Council on Harbour-Fishing Relations say are nine boats held at sea.\n\n" +
				"The ministry did not answer questions.\n\n" +
				"She told the Lantern Post that \"nobody here knows when the boats will come home.\"",
			opening: "nobody here knows",
			speaker: "",
		},
		{
			name: "a council's name in the sentence before is no second person",
			text: "The ministry named the crews on Monday.\n\n" +
				"Mara Quist now sits on the board of the Council on Harbour-Fishing Relations.\n\n" +
				"\"We want every crew home by winter,\" she said.",
			opening: "We want every crew",
			speaker: "Mara Quist",
		},
		{
			name: "a person named after an office's name is still a person",
			text: "Office of Harbour Works Director John Hale spoke to fishermen on Monday.\n\n" +
				"\"The quay will be rebuilt before the winter,\" Hale said.",
			opening: "The quay will be rebuilt",
			speaker: "John Hale",
		},
	})
}

// TestAnalyseBodyOnName covers a body's name that runs over "on": the
// Council on Harbour-Fishing Relations speaks as one organisation.
func TestAnalyseBodyOnName(t *testing.T) {
	s := "the Council on Harbour-Fishing Relations"
	r := analyse(s, tokenize(s, 0, len(s), nil))
	if r.kind != "organization" || r.name != "Council on Harbour-Fishing Relations" {
		t.Errorf("analyse(%q) = %q (%s), want the council, an organization", s, r.name, r.kind)
	}
}

// TestExtractAirportOnHoliday covers "on" after a body that takes no
// "on" in its name: "Orland Airport on Midsummer Eve" is a place and a
// day, and a "he" later still goes to no one named.
func TestExtractAirportOnHoliday(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a day after an airport's name is no body's name",
			text: "A passenger was taken off a plane at Orland Airport on Midsummer Eve because he shouted when the crew wished him a Happy Midsummer, the Valley Star reports.\n\n" +
				"He yelled at the agent, \"You should not say that to everyone.\"",
			opening: "You should not say that",
			speaker: "",
		},
	})
}
