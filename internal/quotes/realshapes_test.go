package quotes

import (
	"strings"
	"testing"
)

// TestExtractSpeakersOfRealShapes covers wrong or missing speakers a review of
// real coverage found. Every text is fictional, written for the test.
func TestExtractSpeakersOfRealShapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:    "an appositive with no comma before the cue: the name opening it speaks, not the place ending it",
			text:    "Harbour blast\n\n\"We heard a bang and ran outside,\" Tomas Relling, a baker living close to Cafe Marisol said.\n\nThe port office declined to comment.",
			opening: "We heard a bang",
			speaker: "Tomas Relling",
		},
		{
			name:    "a place after a role in the appositive is not the speaker",
			text:    "Wave warning\n\nOlga Venn, a geologist at Northfield University, Ostra, says the waves 'will reach the outer islands by night'.\n\nThe port office declined to comment.",
			opening: "will reach the outer islands",
			speaker: "Olga Venn",
		},
		{
			name:    "an official in a city is an official, not the city",
			text:    "Levy talks\n\nThe talks broke up late. \"He is a stubborn man, keener on himself than on the deal,\" one Harbour Union official in Kelmford said on the condition of anonymity.\n\nThe port office declined to comment.",
			opening: "He is a stubborn man",
			speaker: "Harbour Union official",
		},
		{
			name:    "he of the sentence before, not a man quoted two paragraphs up",
			text:    "Levy talks\n\n\"The talks are stuck,\" said Aldo Brenn, a reporter for Harbour Wire.\n\nThe mayor's party came second in the vote.\n\nMarek Tolvan, however, insisted on a broad deal. \"The most important thing is to agree by Friday,\" he said after meeting the port chief.",
			opening: "The most important thing",
			speaker: "Marek Tolvan",
		},
		{
			name:    "relatives of passengers on the ferry: the relatives, not the ferry",
			text:    "Ferry lost\n\nRelatives of passengers on board the ferry released a statement accusing the line of trying to \"hide and twist the facts\".\n\nThe port office declined to comment.",
			opening: "hide and twist",
			speaker: "relatives",
		},
		{
			name:    "it of a statement is not a body heard speaking many paragraphs back",
			text:    "Harbour strike\n\n\"We will not move,\" the Harbour Wire union said.\n\nThe strike began at dawn.\n\nShips queued outside the port.\n\nTraders lost money.\n\nThe mayor cut short a trip.\n\nBy noon the quay was empty.\n\nThe claim \u2014 pinned on the gate \u2014 said the dockers had \"chosen the busiest day\".\n\n\"Let the owners know the next strike will be longer,\" it said.",
			opening: "Let the owners know",
			absent:  "",
			speaker: "",
		},
		{
			name:    "it after a body described telling: the body, not an outlet credited before",
			text:    "Ferry lost\n\nAccording to Harbour Wire reports, families refused to believe the news.\n\nIn a text message, the ferry company told families \u201cwe must accept the boat went down off Kelm Point\u201d.\n\nIt said: \u201cNorwave Ferries deeply regrets that none of those on board survived.\u201d",
			opening: "deeply regrets",
			speaker: "ferry company",
		},
	})
}

// A "they" after a group that acted on another plural of people ("Police
// arrested two protesters. They told reporters …") may be either: the
// group is not its speaker.
func TestTheyAfterGroupActingOnPeople(t *testing.T) {
	text := "Harbour march\n\nPolice arrested two protesters outside the Calder town hall on Monday. They told reporters that \"we did nothing wrong.\"\n\nThe port office declined to comment."
	for _, g := range extractAll(t, text) {
		if strings.Contains(g.Text, "did nothing wrong") && g.Speaker == "Police" {
			t.Errorf("the protesters' words are given to the police: %+v", g)
		}
	}
}

// Within the group's own sentence, "what they called" is the group's even
// when the sentence names other people after it.
func TestTheyInGroupSentenceNamingOthers(t *testing.T) {
	text := "Port order\n\nMayors speaking for 40,000 residents of Ulby pledged to fight what they called the port's order \"cruel\" and \"unlawful.\"\n\nThe port office declined to comment."
	found := false
	for _, g := range extractAll(t, text) {
		if strings.Contains(g.Text, "cruel") {
			found = true
			if g.Speaker == "" {
				t.Errorf("the mayors' word has no speaker: %+v", g)
			}
		}
	}
	if !found {
		t.Error("the mayors' words are not found")
	}
}
