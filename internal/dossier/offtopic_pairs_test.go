package dossier

import (
	"strings"
	"testing"
)

// budget is two fictional reports of one council budget, unrelated to the
// ferry fire and like each other.
var budget = []string{
	`The Harwick town council approved a budget of 2.4 million crowns on Thursday evening to replace the leaking roof of the public library on Mill Lane. Councillor Petra Oddvik said the work would start after the summer reading programme ends, and the library would move its children's section to the school gym while the roofers are there.`,
	`Harwick's councillors voted on Thursday to spend 2.4 million crowns on a new roof for the Mill Lane library, whose roof has leaked for three winters. The library's children's section will move to the school gym during the work, councillor Petra Oddvik said, and the roofers will start once the summer reading programme is over.`,
}

// Two articles of another story, like each other, are flagged off topic
// among four of the story and a stray: each shares little with the
// story's majority, however much it shares with the other. Their
// sentences do not enter the summary, and they are not counted among the
// story's independent origins.
func TestOffTopicPairOfAnotherStory(t *testing.T) {
	texts := append(append(append(ferry[:3:3], ferryFourth), budget...), cheese)
	d := Build(articlesOf(texts...), Options{})
	for i, a := range d.Articles {
		want := i >= 4
		if a.OffTopic != want {
			t.Errorf("article %d: off_topic %v (%q), want %v", i+1, a.OffTopic, a.OffTopicReason, want)
		}
	}
	for _, s := range d.Summary {
		if strings.Contains(s.Text, "Harwick") || strings.Contains(s.Text, "library") {
			t.Errorf("summary sentence from the budget reports: %q", s.Text)
		}
	}
	if d.Story.Origins != 4 {
		t.Errorf("story origins %d, want 4 (the ferry reports)", d.Story.Origins)
	}
}

// A story of four gives the pair no majority to be apart from: two and two
// are not flagged by the pair rule.
func TestOffTopicPairNeedsAMajority(t *testing.T) {
	d := Build(articlesOf(append(ferry[:2:2], budget...)...), Options{})
	for i, a := range d.Articles {
		if a.OffTopic {
			t.Errorf("article %d of two and two flagged: %s", i+1, a.OffTopicReason)
		}
	}
}

// marathon is two fictional reports of one city marathon, unrelated to the
// ferry fire and to the budget, and like each other.
var marathon = []string{
	`Runners in the Tessby city marathon will cross the new Lindholm footbridge for the first time on Sunday, organisers said, after the course was redrawn to avoid roadworks on Canal Street. About 6,400 runners have entered the race, which starts at the cathedral square at eight and finishes in Eastpark.`,
	`The Tessby marathon moves onto the Lindholm footbridge this Sunday because of the Canal Street roadworks, the organisers announced. Some 6,400 entrants will set off from the cathedral square at eight in the morning and finish in Eastpark, where the medical tents and the baggage hall will stand.`,
}

// Three articles of a story and two pairs of two other stories: the pairs
// would leave three articles on topic against four flagged, and the
// flagged articles must be the minority, so none is flagged.
func TestOffTopicPairsLeaveAMajority(t *testing.T) {
	d := Build(articlesOf(append(append(ferry[:3:3], budget...), marathon...)...), Options{})
	for i, a := range d.Articles {
		if a.OffTopic {
			t.Errorf("article %d of three and two and two flagged: %s", i+1, a.OffTopicReason)
		}
	}
}

// Four articles of a story and two pairs of two other stories: the four
// are as many as the pairs' articles together and are the story; both
// pairs are flagged.
func TestOffTopicPairsOfFourAndTwoAndTwo(t *testing.T) {
	four := append(ferry[:3:3], ferryFourth)
	d := Build(articlesOf(append(append(four, budget...), marathon...)...), Options{})
	for i, a := range d.Articles {
		if want := i >= 4; a.OffTopic != want {
			t.Errorf("article %d of four and two and two: off topic %v, want %v (%s)", i+1, a.OffTopic, want, a.OffTopicReason)
		}
	}
}
