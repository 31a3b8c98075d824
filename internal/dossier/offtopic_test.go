package dossier

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// ferry is three fictional reports of one event, told in different words.
var ferry = []string{
	`A fire broke out in the engine room of the passenger ferry Saint Oriel on Tuesday morning as it docked in Velmoor harbour, forcing the evacuation of 212 passengers and crew. Harbour master Ilse Brandvik said the blaze was put out by the crew and the town's fire brigade within forty minutes. Three crew members were treated for smoke inhalation. Northsound Lines has cancelled the ferry's crossings to Kessel Island until inspectors finish their checks.`,
	`A blaze in the Saint Oriel's engine room led to the evacuation of 212 people in Velmoor harbour on Tuesday, officials said. The fire began as the ferry was docking, according to harbour master Ilse Brandvik. Northsound Lines said crossings between Velmoor and Kessel Island are suspended while inspectors examine the engines.`,
	`Passengers and crew were evacuated from the ferry Saint Oriel after flames hit its engine room at Velmoor harbour. Brandvik said everyone on board got off safely and firefighters needed about forty minutes. Northsound Lines halted its Kessel Island service pending an inspection.`,
}

// ferryFourth tells the same event in words of its own.
const ferryFourth = `Smoke poured from the Saint Oriel as it came alongside the quay in Velmoor, and the harbour master, Ilse Brandvik, ordered everyone ashore. The ferry's engine room fire was out within the hour; Northsound Lines suspended sailings to Kessel Island and three sailors were checked for smoke inhalation.`

// cheese is a fictional report of an unrelated event.
const cheese = `A soft blue cheese made on a small dairy farm outside Dunbridge has won the top prize at the Marrowfield county show. Farmer Tobias Quell, who makes the cheese with milk from his forty goats, said he had entered the show for twelve years before winning. The judges praised its creamy texture and mild, nutty flavour, and Quell plans to open a shop at the farm next spring.`

func articlesOf(texts ...string) []corroborate.Article {
	arts := make([]corroborate.Article, len(texts))
	for i, t := range texts {
		arts[i] = corroborate.Article{ID: string(rune('a' + i)), Text: t}
	}
	return arts
}

func TestOffTopicFlagsAnotherStory(t *testing.T) {
	d := Build(articlesOf(append(ferry[:3:3], cheese)...), Options{})
	for i, a := range d.Articles[:3] {
		if a.OffTopic {
			t.Errorf("ferry report %d flagged off topic: %s", i+1, a.OffTopicReason)
		}
	}
	cheese := d.Articles[3]
	if !cheese.OffTopic || !strings.Contains(cheese.OffTopicReason, "probably another story") {
		t.Errorf("the cheese report among the ferry reports: off_topic %v, reason %q", cheese.OffTopic, cheese.OffTopicReason)
	}
}

func TestOffTopicKeepsOneStoryInOtherWords(t *testing.T) {
	d := Build(articlesOf(append(ferry[:3:3], ferryFourth)...), Options{})
	for i, a := range d.Articles {
		if a.OffTopic {
			t.Errorf("ferry report %d flagged off topic: %s", i+1, a.OffTopicReason)
		}
	}
}

func TestOffTopicNeedsThreeArticles(t *testing.T) {
	d := Build(articlesOf(ferry[0], cheese), Options{})
	for _, a := range d.Articles {
		if a.OffTopic {
			t.Errorf("a two-article story flags %s: %s", a.ID, a.OffTopicReason)
		}
	}
}

func TestOffTopicFlagIsTheStorys(t *testing.T) {
	arts := articlesOf(ferry[0], ferry[1], ferry[2])
	arts[0].OffTopic, arts[0].OffTopicReason = true, "flagged in another story"
	if d := Build(arts, Options{}); d.Articles[0].OffTopic {
		t.Errorf("a flag the article came with is kept: %s", d.Articles[0].OffTopicReason)
	}
}

func TestMedianWithout(t *testing.T) {
	sorted := []float64{0.1, 0.2, 0.3, 0.5, 0.9}
	for x, want := range map[float64]float64{0.1: 0.4, 0.3: 0.35, 0.9: 0.25} {
		if got := medianWithout(sorted, x); got != want {
			t.Errorf("median of %v without %v = %v, want %v", sorted, x, got, want)
		}
	}
	if got := medianWithout([]float64{0.2, 0.4, 0.6, 0.8}, 0.4); got != 0.6 {
		t.Errorf("median without 0.4 of 4 = %v, want 0.6", got)
	}
}

// An article with no content word (a photo credit, a paywall's stub) says
// nothing of which story it covers: it is not called another story.
func TestOffTopicNotForAnArticleWithoutWords(t *testing.T) {
	arts := articlesOf(ferry[0], ferry[1], ferry[2], "By AP. 12 of 30.")
	markOffTopic(arts)
	for _, a := range arts {
		if a.OffTopic {
			t.Errorf("%s flagged off topic: %s", a.ID, a.OffTopicReason)
		}
	}
}

// A machine translation of the story, odd in its words but naming its ship,
// port, people and company, stays on topic; a report of another event that
// names a few of the story's places, far below the bound, is still flagged.
func TestOffTopicNamesVouch(t *testing.T) {
	translated := `Flames are born in the chamber of machines of the vessel of persons «Saint Oriel» in the dawn of third day, when it came alongside the quay of Velmoor, the chief of quay Brandvik has communicated to the gazette. The society Northsound annulled the voyages toward the isle Kessel until the examiners conclude their revisions of motors, and three sailors received cures for the smoke.`
	d := Build(articlesOf(append(ferry[:3:3], translated)...), Options{})
	if a := d.Articles[3]; a.OffTopic {
		t.Errorf("the translated ferry report flagged off topic: %s", a.OffTopicReason)
	}
	named := cheese + " Quell will sell it in Velmoor, at the Kessel Island market and at Brandvik's deli."
	d = Build(articlesOf(append(ferry[:3:3], named)...), Options{})
	if a := d.Articles[3]; !a.OffTopic {
		t.Errorf("the cheese report naming the ferry's places is not flagged off topic")
	}
}

// Days and months written with a capital are dates, not the story's names:
// a report that shares only those with the story is not vouched for.
func TestOffTopicCalendarWordsAreNoNames(t *testing.T) {
	story := []string{
		"On Tuesday in March the Orlen quarry reopened, and on Friday in April it closed again.",
		"The quarry reopened on Tuesday, March 3, and closed on Friday, April 10.",
		"Tuesday in March saw the quarry open; by Friday in April it had shut.",
	}
	other := "On Tuesday in March, and again on Friday in April, the choir sang."
	if namesVouch(articlesOf(append(story, other)...), 3, -1) {
		t.Errorf("weekdays and months vouched for another story")
	}
}
