package dossier

import (
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
)

// The fixtures are fictional: a crane topples in a harbor storm.

const (
	craneLead  = "A harbor crane toppled onto the container quay at Port Calder during Tuesday's storm, injuring two dock workers."
	craneLead2 = "Two dock workers were hurt when a crane fell at Port Calder as the storm hit the container quay on Tuesday."
	craneLead3 = "The storm that toppled a crane at Port Calder also flooded the ferry terminal, the harbor master said."
)

// titled is an article with a headline and a lead, published at day
// (0: unknown).
func titled(id, title, lead string, day int) corroborate.Article {
	a := corroborate.Article{ID: id, Title: title, Text: lead}
	if day > 0 {
		a.Time = time.Date(2026, 3, day, 9, 0, 0, 0, time.UTC)
	}
	return a
}

// The story's title is a real headline of the article most central to the
// story, whatever extraction took for each article's title.
func TestStoryTitle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		arts  []corroborate.Article
		reuse []corroborate.Reuse
		want  string
	}{
		{"a date is no title, though its article is the only dated one", []corroborate.Article{
			titled("a1", "Published on March 3, 2026", craneLead, 3),
			titled("a2", "Crane topples onto Port Calder quay in storm", craneLead2, 0),
			titled("a3", craneLead3, craneLead3, 0),
		}, nil, "Crane topples onto Port Calder quay in storm"},
		{"a widget's label before a headline is dropped", []corroborate.Article{
			titled("a1", "Story highlights Two dock workers hurt as crane falls at Port Calder", craneLead, 0),
			titled("a2", "Add a location to your Tweets", "You can add location information to your Tweets.", 0),
			titled("a3", craneLead3, craneLead3, 0),
		}, nil, "Two dock workers hurt as crane falls at Port Calder"},
		{"a dateline-led paragraph is cut to its first clause", []corroborate.Article{
			titled("a1", "PORT CALDER, Wexland A harbor crane toppled onto the container quay at Port Calder during Tuesday's storm, injuring two dock workers and closing the quay for the week.", craneLead, 0),
			titled("a2", "POPULAR", craneLead2, 0),
		}, nil, "A harbor crane toppled onto the container quay at Port Calder during Tuesday's storm"},
		{"a headline before a lead sentence taken for a title", []corroborate.Article{
			titled("a1", craneLead, craneLead, 1),
			titled("a2", "Storm topples Port Calder crane, two dock workers hurt", craneLead2, 2),
		}, nil, "Storm topples Port Calder crane, two dock workers hurt"},
		{"the headline sharing most with the story, not the earliest", []corroborate.Article{
			titled("a1", "Ferry terminal floods as storm hits harbor", craneLead3, 1),
			titled("a2", "Crane falls on Port Calder quay, two dock workers hurt", craneLead, 2),
			titled("a3", "Dock workers hurt as crane topples at Port Calder", craneLead2, 3),
		}, nil, "Crane falls on Port Calder quay, two dock workers hurt"},
		{"the earliest among equals", []corroborate.Article{
			titled("a1", "Crane topples at Port Calder quay", craneLead, 5),
			titled("a2", "Port Calder quay crane topples", craneLead2, 4),
		}, nil, "Port Calder quay crane topples"},
		{"the origin of two copies", []corroborate.Article{
			titled("a1", "Dock workers hurt as crane topples at Port Calder quay", craneLead, 1),
			titled("a2", "Storm topples crane", craneLead2, 2),
			titled("a3", "Crane at Port Calder falls", craneLead2, 3),
			titled("a4", "Port Calder crane falls", craneLead3, 4),
		}, []corroborate.Reuse{{From: "a4", To: "a2"}, {From: "a4", To: "a3"}}, "Port Calder crane falls"},
		{"a teaser that shares nothing with the story comes last", []corroborate.Article{
			titled("a1", "Why would anyone stand there?", craneLead, 1),
			titled("a2", "", craneLead2, 0),
			titled("a3", craneLead3, craneLead3, 0),
		}, nil, craneLead3},
		{"a caption after its label, when nothing better", []corroborate.Article{
			titled("a1", "Image copyright Calder Photo Image caption The crane lies across the container quay at Port Calder", craneLead, 0),
			titled("a2", "", craneLead2, 0),
		}, nil, "The crane lies across the container quay at Port Calder"},
		{"a one-word label opens a real headline too", []corroborate.Article{
			titled("a1", "Gallery owner sees Port Calder crane topple onto the quay", craneLead, 0),
		}, nil, "Gallery owner sees Port Calder crane topple onto the quay"},
		{"a caption label after letters that change length in lower case", []corroborate.Article{
			titled("a1", "ȺȺ Image caption The crane lies across the container quay at Port Calder", craneLead, 0),
		}, nil, "The crane lies across the container quay at Port Calder"},
		{"a dateline glued to the headline, and one with a mark", []corroborate.Article{
			titled("a1", "PORT CALDER, Tarnland Crane topples onto Port Calder quay", craneLead, 0),
			titled("a2", "PORT CALDER (Calder Wire) - Port Calder crane topples onto quay", craneLead2, 0),
		}, nil, "Crane topples onto Port Calder quay"},
		{"a headline that opens with By is no byline; a byline is", []corroborate.Article{
			titled("a1", "By Ana Ros and Ivo Marsh", craneLead, 0),
			titled("a2", "By a landslide, Port Calder votes to rebuild the crane quay", craneLead2, 0),
		}, nil, "By a landslide, Port Calder votes to rebuild the crane quay"},
		{"page furniture given as a record's title", []corroborate.Article{
			titled("a1", "Tweet with a location", craneLead, 0),
			titled("a2", "Posted on March 3, 2026", craneLead2, 0),
			titled("a3", "Crane topples onto Port Calder quay", craneLead3, 0),
		}, nil, "Crane topples onto Port Calder quay"},
		{"a headline set all in capitals after one in sentence case, though it is the origin", []corroborate.Article{
			titled("a1", "CRANE TOPPLES AT PORT CALDER QUAY", craneLead, 1),
			titled("a2", "Port Calder quay crane topples", craneLead2, 2),
			titled("a3", "Storm at Port Calder", craneLead2, 3),
			titled("a4", "Crane falls at Port Calder", craneLead3, 4),
		}, []corroborate.Reuse{{From: "a1", To: "a3"}, {From: "a1", To: "a4"}}, "Port Calder quay crane topples"},
		{"a copy's headline after its origin's, though it shares more with the story", []corroborate.Article{
			titled("a1", "Cover-up at the quay: Port Calder crane toppled onto dock workers as storm hit", craneLead, 2),
			titled("a2", "Crane falls in Port Calder storm", craneLead2, 1),
			titled("a3", "Ferry terminal floods", craneLead3, 3),
		}, []corroborate.Reuse{{From: "a2", To: "a1", Shared: 0.7, Direction: "likely"}}, "Crane falls in Port Calder storm"},
		{"a copy that takes a part of its text keeps its headline's rank", []corroborate.Article{
			titled("a1", "Cover-up at the quay: Port Calder crane toppled onto dock workers as storm hit", craneLead, 2),
			titled("a2", "Crane falls in Port Calder storm", craneLead2, 1),
		}, []corroborate.Reuse{{From: "a2", To: "a1", Shared: 0.3, Direction: "likely"}}, "Cover-up at the quay: Port Calder crane toppled onto dock workers as storm hit"},
		{"nothing but furniture", []corroborate.Article{
			titled("a1", "Published on March 3, 2026", craneLead, 3),
			titled("a2", "Gallery 12 photo Gallery © Calder Photo", craneLead2, 0),
		}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &corroborate.Dossier{Articles: tc.arts, Reuse: tc.reuse}
			if got := storyTitle(d); got != tc.want {
				t.Errorf("storyTitle = %q, want %q; candidates %+v", got, tc.want, titleCandidates(d))
			}
		})
	}
}

// A quotation a cut leaves open is closed, and a comma the cut leaves
// inside it is dropped.
func TestTitleTextClosesQuotation(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`NASA opens a "Harbor Crane Challenge,"`, `NASA opens a "Harbor Crane Challenge"`},
		{`The first trailer for "Crane Season: Part Two`, `The first trailer for "Crane Season: Part Two"`},
		{`dock workers walked out`, ``},
	} {
		if got := titleText(strings.Fields(tc.in), true); got != tc.want {
			t.Errorf("titleText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A headline given whole is shown as written: a quotation it leaves
	// open is the headline's, not a cut's.
	arts := []corroborate.Article{
		{ID: "a", Title: `Mayor says "we will rebuild the bridge`, Text: "The mayor of Tarn said on Tuesday that the city would rebuild the Elm Street bridge."},
		{ID: "b", Title: `Tarn to rebuild Elm Street bridge`, Text: "Tarn will rebuild the Elm Street bridge, its mayor said on Tuesday."},
	}
	for _, c := range titleCandidates(&corroborate.Dossier{Articles: arts}) {
		if c.title != strings.Join(strings.Fields(arts[c.i].Title), " ") {
			t.Errorf("candidate title %q, want the headline as written %q", c.title, arts[c.i].Title)
		}
	}
}

// A headline that opens with the place its article's dateline names opens
// with its subject ("Calder police …"), not a dateline: it stays whole and
// can title the story; a dateline set apart by capitals or a mark is cut.
func TestTitleOpeningWithDatelinePlace(t *testing.T) {
	a := titled("a1", "Calder police seek the operator of a drone that struck a harbor crane", craneLead, 0)
	a.Dateline = "Calder"
	b := titled("a2", "At least 30 close calls with drones recorded", craneLead3, 0)
	got := storyTitle(&corroborate.Dossier{Articles: []corroborate.Article{a, b}})
	if got != a.Title {
		t.Errorf("storyTitle = %q, want the headline that opens with its dateline's place, whole", got)
	}
	for _, tc := range []struct{ title, want string }{
		{"CALDER Police seek drone operator after crane strike", "Police seek drone operator after crane strike"},
		{"Calder (Harbor Wire) - Police seek drone operator", "Police seek drone operator"},
		{"Calder police seek drone operator", "Calder police seek drone operator"},
	} {
		dl := "Calder"
		if strings.HasPrefix(tc.title, "CALDER") {
			dl = "CALDER"
		}
		if got := tc.title[datelineEnd(tc.title, dl):]; got != tc.want {
			t.Errorf("%q after its dateline %q = %q, want %q", tc.title, dl, got, tc.want)
		}
	}
}

// With no headline among the articles, the story is titled by what its
// summary says first, not by one article's lead; a headline still wins.
func TestStoryTitleFromSummary(t *testing.T) {
	side := "The ferry terminal's café owner said she would reopen once the water had been pumped out."
	sum := []corroborate.SummarySentence{{Text: craneLead2}}
	long := []corroborate.SummarySentence{{Text: "Two dock workers who were standing on the container quay at Port Calder in the middle of Tuesday's storm were hurt badly and taken to the harbor hospital by boat and then by road"}}
	for _, tc := range []struct {
		name string
		arts []corroborate.Article
		sum  []corroborate.SummarySentence
		want string
	}{
		{"leads only: the one the summary opens with", []corroborate.Article{
			titled("a1", side, side, 1),
			titled("a2", craneLead2, craneLead2, 2),
		}, sum, craneLead2},
		{"leads only, none the summary's", []corroborate.Article{
			titled("a1", side, side, 1),
			titled("a2", craneLead3, craneLead3, 2),
		}, sum, side},
		{"no titles at all", []corroborate.Article{
			titled("a1", "", craneLead, 1),
			titled("a2", "", craneLead3, 2),
		}, sum, craneLead2},
		{"a headline before the summary", []corroborate.Article{
			titled("a1", "Storm topples Port Calder crane, two dock workers hurt", craneLead, 1),
			titled("a2", craneLead3, craneLead3, 2),
		}, sum, "Storm topples Port Calder crane, two dock workers hurt"},
		{"a summary sentence too long for a title leaves the leads", []corroborate.Article{
			titled("a1", craneLead3, craneLead3, 1),
		}, long, craneLead3},
		{"no titles, a long opener cut before its closing attribution", []corroborate.Article{
			titled("a1", "", craneLead, 1),
		}, []corroborate.SummarySentence{{Text: "The harbour board and the ferry operators of the northern isles will share the cost of the new crane for the container quay, The Calder Post reported on Monday."}},
			"The harbour board and the ferry operators of the northern isles will share the cost of the new crane for the container quay"},
		{"no titles, a long opener cut before a late subordinate clause", []corroborate.Article{
			titled("a1", "", craneLead, 1),
		}, []corroborate.SummarySentence{{Text: "Officials say a dock worker who was on the container quay at Port Calder for the night shift is in hospital tonight after a crane arm fell onto the quay in the storm."}},
			"Officials say a dock worker who was on the container quay at Port Calder for the night shift is in hospital tonight"},
		{"no titles, a comma before the verb is no clause's end", []corroborate.Article{
			titled("a1", "", craneLead, 1),
		}, []corroborate.SummarySentence{{Text: "A source close to the harbour board of the northern isles, has told the Calder Post that the ferry operators will share the cost of the new crane for the container quay this winter."}},
			"A source close to the harbour board of the northern isles, has told the Calder Post that the ferry operators…"},
		{"no titles, an opener with no clause to cut at is clipped", []corroborate.Article{
			titled("a1", "", craneLead, 1),
		}, long, "Two dock workers who were standing on the container quay at Port Calder in the middle of Tuesday's storm…"},
		{"no titles and no summary", []corroborate.Article{
			titled("a1", "", craneLead, 1),
		}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &corroborate.Dossier{Articles: tc.arts, Summary: tc.sum}
			if got := storyTitle(d); got != tc.want {
				t.Errorf("storyTitle = %q, want %q", got, tc.want)
			}
		})
	}
}

// The headline of a page beside the story (a forecast of the next storm
// among reports of this one) does not title the story when it shares next
// to nothing with the event the summary opens with and its article states
// no part of it; it does when its article states the opening sentence, or
// when that sentence is one article's of three.
func TestStoryTitleBesideStory(t *testing.T) {
	forecast := "Harbor master warns ferry terminal of weekend gales"
	forecastLead := "As the latest gale eases at midweek, forecasters are watching another system for the weekend."
	sum := []corroborate.SummarySentence{{Text: craneLead2, Cites: []string{"a2"}, SupportedBy: []corroborate.ClaimSupport{{Article: "a3"}}}}
	arts := []corroborate.Article{
		titled("a1", forecast, forecastLead, 1),
		titled("a2", craneLead2, craneLead2, 2),
		titled("a3", craneLead3, craneLead3, 3),
	}
	d := &corroborate.Dossier{Articles: arts, Summary: sum}
	if got := storyTitle(d); got != craneLead2 {
		t.Errorf("storyTitle = %q, want the lead the summary opens with, not the side page's headline", got)
	}
	d.Summary[0].SupportedBy = []corroborate.ClaimSupport{{Article: "a1"}}
	if got := storyTitle(d); got != forecast {
		t.Errorf("storyTitle = %q, want the headline of an article that states the opening sentence", got)
	}
	d.Summary[0].SupportedBy = nil
	if got := storyTitle(d); got != forecast {
		t.Errorf("storyTitle = %q, want the headline when one article of three states the opening sentence", got)
	}
	d.Summary[0].SupportedBy = []corroborate.ClaimSupport{{Article: "a2"}, {Article: "a2", Start: 40}}
	if got := storyTitle(d); got != forecast {
		t.Errorf("storyTitle = %q, want the headline when one article of three states the opening sentence twice", got)
	}
	d.Summary[0].SupportedBy = nil
	d.Articles = arts[:2] // two articles: either may be the story
	if got := storyTitle(d); got != forecast {
		t.Errorf("storyTitle of two articles = %q, want the headline", got)
	}
	// "cranes" and "storms" meet the opener's "crane" and "storm" by their stems
	shared := titled("a1", "Cranes idle as storms lash ferry terminal", forecastLead, 1)
	d.Articles = []corroborate.Article{shared, arts[1], arts[2]}
	d.Summary[0].SupportedBy = []corroborate.ClaimSupport{{Article: "a3"}}
	if got := storyTitle(d); got != shared.Title {
		t.Errorf("storyTitle = %q, want the headline that shares the event's words", got)
	}
}
