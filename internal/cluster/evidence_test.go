package cluster_test

import (
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
)

// dated is a fictional article with a publication time and an outlet.
type dated struct {
	id, outlet, title, text string
	at                      time.Duration // after t0
}

var t0 = time.Date(2031, 3, 3, 8, 0, 0, 0, time.UTC)

// run streams the articles in order and returns each one's final story,
// after a regrouping at the end, merges followed.
func run(t *testing.T, arts []dated) map[string]cluster.StoryID {
	t.Helper()
	c := cluster.New(cluster.Options{})
	merges := cluster.Merges{}
	got := map[string]cluster.StoryID{}
	for _, a := range arts {
		as := c.Add(cluster.Item{ID: a.id, Title: a.title, Text: a.text, Outlet: a.outlet, Time: t0.Add(a.at)})
		merges.Record(as)
		got[a.id] = as.Story
	}
	for _, m := range c.Regroup().Moves {
		got[m.ID] = m.To
	}
	for id, s := range got {
		got[id] = merges.Final(s)
	}
	return got
}

// distractors are other news of the same weeks, so that the stream has
// more than one story to choose from.
var distractors = []dated{
	{"orchestra", "Lanmouth Courier", "Lanmouth orchestra names a new conductor",
		"The Lanmouth Philharmonic named Ilsa Varga its principal conductor on Monday. Varga, who led the Brennick Opera for nine years, takes up the post in September and will open the season with a new symphony by Tomas Reede.", 2 * time.Hour},
	{"ferry", "Coastal Wire", "Ferry strike halts crossings to Skerra Island",
		"Crews of the Skerra Island ferry walked out on Tuesday over rosters, halting all crossings. The Marine Workers Union said the strike would last 48 hours; island shops warned of empty shelves by the weekend.", 26 * time.Hour},
	{"marathon", "Daily Brennick", "Brennick marathon route changes for bridge works",
		"Organisers of the Brennick marathon moved the route away from the harbour after the council scheduled bridge works for race week. Runners will now cross the Old Town twice, adding a climb at the 30 km mark.", 50 * time.Hour},
	{"zoo", "Lanmouth Courier", "Lanmouth zoo welcomes twin red pandas",
		"Two red panda cubs were born at Lanmouth Zoo, keepers said on Thursday. The twins, not yet named, are the first red pandas born at the zoo in a decade and will stay out of public view until the summer.", 74 * time.Hour},
}

func TestStoryOverFiveDaysStaysOne(t *testing.T) {
	days := []dated{
		{"quarry-1", "Daily Brennick", "Landslide closes Varrow quarry road",
			"A landslide at the Varrow quarry buried the access road on Monday morning. Quarry owner Helmstone Aggregates said no workers were hurt; the road to Varrow village is shut and 40 households are cut off.", 0},
		{"quarry-2", "Coastal Wire", "Varrow households cut off after quarry landslide",
			"Forty households in Varrow remain cut off a day after a landslide at the Helmstone Aggregates quarry buried the only access road. The council is ferrying supplies to the village by boat.", 24 * time.Hour},
		{"quarry-3", "Lanmouth Courier", "Engineers find cracks above Varrow quarry",
			"Engineers inspecting the Varrow quarry landslide found fresh cracks in the slope above the buried access road, Helmstone Aggregates said on Wednesday. Clearing the road is on hold until the slope is made safe.", 48 * time.Hour},
		{"quarry-4", "Daily Brennick", "Helmstone to pay for Varrow road after landslide",
			"Helmstone Aggregates will pay to rebuild the Varrow access road buried by the quarry landslide, the company said on Thursday, as villagers cut off since Monday demanded answers about the slope.", 72 * time.Hour},
		{"quarry-5", "Coastal Wire", "Varrow road reopens five days after quarry landslide",
			"The Varrow access road reopened on Friday, five days after a landslide at the Helmstone Aggregates quarry buried it. Council crews cleared the last of the rubble overnight and the 40 cut-off households can drive out again.", 96 * time.Hour},
	}
	arts := append([]dated{days[0], distractors[0], days[1], distractors[1], days[2], distractors[2], days[3], distractors[3]}, days[4])
	got := run(t, arts)
	for _, d := range days[1:] {
		if got[d.id] != got["quarry-1"] {
			t.Errorf("%s in story %v, want quarry-1's %v (one story over five days)", d.id, got[d.id], got["quarry-1"])
		}
	}
	for _, d := range distractors {
		if got[d.id] == got["quarry-1"] {
			t.Errorf("%s joined the quarry story", d.id)
		}
	}
}

func TestOutletUpdatesOnOneDayStayOne(t *testing.T) {
	updates := []dated{
		{"fire-1", "Coastal Wire", "Fire breaks out at Skerra fish market",
			"A fire broke out at the Skerra Island fish market early on Tuesday. Fire crews from the harbour station were at the scene and the quay was closed.", 20 * time.Hour},
		{"fire-2", "Coastal Wire", "Skerra fish market fire: crews contain blaze",
			"Fire crews contained the blaze at the Skerra Island fish market by mid-morning on Tuesday, the harbour station said. Two stalls were destroyed and the quay remains closed.", 23 * time.Hour},
		{"fire-3", "Coastal Wire", "Skerra fish market fire started in freezer room, crews say",
			"The fire that destroyed two stalls at the Skerra Island fish market on Tuesday started in a freezer room, harbour station crews said in the afternoon. The quay will reopen on Wednesday.", 28 * time.Hour},
	}
	arts := []dated{distractors[0], updates[0], distractors[1], updates[1], updates[2], distractors[2]}
	got := run(t, arts)
	for _, u := range updates[1:] {
		if got[u.id] != got["fire-1"] {
			t.Errorf("%s in story %v, want fire-1's %v (one outlet's updates of one story on one day)", u.id, got[u.id], got["fire-1"])
		}
	}
}

func TestWeeklyReportsAreTwoStories(t *testing.T) {
	week := 7 * 24 * time.Hour
	arts := []dated{
		{"claims-1a", "Daily Brennick", "Jobless claims fall to 212,000",
			"First-time claims for jobless benefits in Ostrava fell by 9,000 to 212,000 last week, the Labour Office said on Thursday. Economists had expected 220,000 claims; continuing claims were little changed.", 0},
		{"claims-1b", "Coastal Wire", "Jobless claims drop more than expected",
			"Weekly jobless claims dropped to 212,000, the Labour Office said Thursday, fewer than economists expected, a sign that layoffs remain low across Ostrava.", 3 * time.Hour},
		distractors[0], distractors[1], distractors[2], distractors[3],
		{"claims-2a", "Daily Brennick", "Jobless claims rise to 231,000",
			"First-time claims for jobless benefits in Ostrava rose by 19,000 to 231,000 last week, the Labour Office said on Thursday. Economists had expected 215,000 claims; continuing claims edged up.", week},
		{"claims-2b", "Coastal Wire", "Jobless claims climb more than expected",
			"Weekly jobless claims climbed to 231,000, the Labour Office said Thursday, more than economists expected, as layoffs picked up across Ostrava.", week + 2*time.Hour},
	}
	got := run(t, arts)
	if got["claims-1a"] != got["claims-1b"] || got["claims-2a"] != got["claims-2b"] {
		t.Errorf("each week's reports should be one story: %v", got)
	}
	if got["claims-1a"] == got["claims-2a"] {
		t.Errorf("the reports a week apart share story %v, want two stories", got["claims-1a"])
	}
}

func TestStoryTitleIsMostCentralHeadline(t *testing.T) {
	c := cluster.New(cluster.Options{})
	a := c.Add(cluster.Item{ID: "q1", Text: "A landslide at the Varrow quarry buried the access road on Monday. Helmstone Aggregates said no workers were hurt; 40 households in Varrow are cut off.", Time: t0})
	if a.Title != "" {
		t.Errorf("story without headlines titled %q, want none (the UI shows \"(no title)\")", a.Title)
	}
	b := c.Add(cluster.Item{ID: "q2", Title: "Varrow quarry landslide cuts off 40 households",
		Text: "Forty households in Varrow are cut off after a landslide at the Helmstone Aggregates quarry buried the access road on Monday, the council said.", Time: t0.Add(time.Hour)})
	if b.Story != a.Story || b.Title != "Varrow quarry landslide cuts off 40 households" {
		t.Fatalf("q2: story %v title %q; want story %v titled with q2's headline", b.Story, b.Title, a.Story)
	}
	c2 := c.Add(cluster.Item{ID: "q3", Title: "Opinion: what next?",
		Text: "Varrow villagers cut off by the quarry landslide ask what next. The Helmstone Aggregates quarry and the buried road have divided the village for years.", Time: t0.Add(2 * time.Hour)})
	if c2.Story != a.Story || c2.Title == "" {
		t.Fatalf("q3: story %v title %q; want story %v with a title", c2.Story, c2.Title, a.Story)
	}
}
