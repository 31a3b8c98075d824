package cluster_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/google/go-cmp/cmp"
)

// regrouped streams items through c, regroups once at the end and returns
// each item's story after the regrouping (merges followed), with the
// regrouping.
func regrouped(t *testing.T, c *cluster.Clusterer, items []cluster.Item) (map[string]cluster.StoryID, cluster.Regrouping) {
	t.Helper()
	got, _ := addAll(c, items)
	rg := c.Regroup()
	for _, m := range rg.Moves {
		if got[m.ID] != m.From {
			t.Errorf("move of %s from %v, but it was in %v", m.ID, m.From, got[m.ID])
		}
		got[m.ID] = m.To
	}
	return got, rg
}

// sameStory checks that the ids share one story and no other id is in it.
func sameStory(t *testing.T, got map[string]cluster.StoryID, ids ...string) {
	t.Helper()
	want := got[ids[0]]
	for id, s := range got {
		if in := slices.Contains(ids, id); in != (s == want) {
			t.Errorf("%s in story %v; want %v together and alone: %v", id, s, ids, got)
			return
		}
	}
}

func TestRegroupSplitsAStoryThatHoldsTwo(t *testing.T) {
	// A threshold so low that every article joins the first story online.
	c := cluster.New(cluster.Options{Threshold: 0.001})
	online, _ := addAll(c, interleaved())
	if online["fire-1"] != online["stadium-3"] {
		t.Fatalf("online, the fire and the stadium are apart (%v); the test needs them together", online)
	}
	rg := c.Regroup()
	got := map[string]cluster.StoryID{}
	for id := range online {
		got[id] = online[id]
	}
	for _, m := range rg.Moves {
		if m.From != online[m.ID] {
			t.Errorf("move of %s from %v, but it was in %v", m.ID, m.From, online[m.ID])
		}
		got[m.ID] = m.To
	}
	sameStory(t, got, "fire-1", "fire-2", "fire-3")
	sameStory(t, got, "stadium-1", "stadium-2", "stadium-3")
	if len(rg.Opened) != 1 || len(rg.Moves) != 3 || len(rg.Closed) != 0 {
		t.Errorf("regrouping %+v; want one story opened for three moved articles, none closed", rg)
	}
	// The first article's story keeps its id.
	if got["fire-1"] != online["fire-1"] {
		t.Errorf("fire-1 moved to %v; the part holding the first article should keep the story", got["fire-1"])
	}
	// The clusterer now knows two stories: a new stadium article joins the
	// stadium's.
	a := c.Add(cluster.Item{ID: "stadium-4", Text: "Port Avery Mariners fans lined up for tickets at the waterfront stadium approved by the council and Mayor Ilse Brandt."})
	if a.Story != got["stadium-1"] {
		t.Errorf("stadium-4 joined %v (%s), want the stadium story %v", a.Story, a.Explanation(), got["stadium-1"])
	}
	if c.Stats().Stories != 2 {
		t.Errorf("%d live stories after the split, want 2", c.Stats().Stories)
	}
}

func TestRegroupJoinsPiecesOfOneStory(t *testing.T) {
	// A threshold so high that every article opens a story online.
	c := cluster.New(cluster.Options{Threshold: 0.99, MergeThreshold: 0.99})
	got, rg := regrouped(t, c, interleaved())
	sameStory(t, got, "fire-1", "fire-2", "fire-3")
	sameStory(t, got, "stadium-1", "stadium-2", "stadium-3")
	if len(rg.Closed) != 4 || len(rg.Moves) != 4 || len(rg.Opened) != 0 {
		t.Errorf("regrouping %+v; want four stories closed by four moves", rg)
	}
	// Each story survives under its first article's id (the oldest).
	if got["fire-1"] != 1 || got["stadium-1"] != 2 {
		t.Errorf("stories %v and %v, want the oldest, s1 and s2", got["fire-1"], got["stadium-1"])
	}
	if c.Stats().Stories != 2 {
		t.Errorf("%d live stories after joining, want 2", c.Stats().Stories)
	}
	if again := c.Regroup(); !again.Empty() {
		t.Errorf("a second regrouping changed %+v, want nothing", again)
	}
}

func TestRegroupMovesOnlyRecentArticles(t *testing.T) {
	c := cluster.New(cluster.Options{Threshold: 0.99, MergeThreshold: 0.99, Recent: 2})
	got, rg := regrouped(t, c, interleaved())
	if n := c.Stats().Recent; n != 2 {
		t.Errorf("Stats().Recent = %d, want 2", n)
	}
	for _, m := range rg.Moves {
		if m.ID != "fire-3" && m.ID != "stadium-3" {
			t.Errorf("moved %s, which is older than the two recent articles", m.ID)
		}
	}
	// The two recent articles join the stories of their own kind: the
	// settled articles still count.
	if got["fire-3"] != got["fire-1"] && got["fire-3"] != got["fire-2"] {
		t.Errorf("fire-3 in %v, apart from fire-1 (%v) and fire-2 (%v)", got["fire-3"], got["fire-1"], got["fire-2"])
	}
	if got["stadium-3"] == got["fire-3"] {
		t.Errorf("stadium-3 and fire-3 both in %v", got["fire-3"])
	}
}

func TestRegroupDeterministic(t *testing.T) {
	run := func() cluster.Regrouping {
		c := cluster.New(cluster.Options{Threshold: 0.001})
		addAll(c, append(interleaved(), traffic[0], inspection[0], traffic[1], inspection[1]))
		return c.Regroup()
	}
	a, b := run(), run()
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two runs regrouped differently (-first +second):\n%s", diff)
	}
	if a.Empty() {
		t.Error("nothing regrouped; the test needs moves")
	}
}

// lake is a broad subject rather than one event: pages about one fictional
// lake, each on another side of it, little alike two by two whichever way
// they are cut. Their ids are lake-1 to lake-6.
var lake = func() []cluster.Item {
	texts := []string{
		"Lake Tessaro covers 140 square kilometres between the Ardent hills and the Morrow valley. Its trout fishery supports " +
			"about forty licensed boats, and anglers report record catches of brown trout near the northern reed beds every spring.",
		"The Lake Tessaro ferry runs six crossings a day from Sellin pier to the island chapel. Winter timetables cut the " +
			"service to two crossings, and tickets bought on board cost more than those sold at the harbour kiosk.",
		"Birdwatchers come to Lake Tessaro for the grebes, herons and the rare marsh harrier that nests in the southern " +
			"wetlands. The visitor hide at Corra point opens at dawn, and guided walks leave from the car park on weekends.",
		"Water samples from Lake Tessaro showed nitrate levels falling for a third year, the regional environment office " +
			"reported. Farm runoff from the Morrow valley remains the main source of algae blooms in late summer.",
		"Monks built the first mill on the shore of Lake Tessaro in the twelfth century. The ruined abbey above Sellin " +
			"still shows the old stone quay, and the town museum keeps the mill's carved grinding wheel.",
		"Rowing crews from nine clubs raced over two kilometres on Lake Tessaro at the annual regatta. The Sellin eight " +
			"won the final by a length, and spectators lined the promenade from the boathouse to the lighthouse.",
	}
	items := make([]cluster.Item, len(texts))
	for i, text := range texts {
		items[i] = cluster.Item{ID: fmt.Sprintf("lake-%d", i+1), Text: text}
	}
	return items
}()

func TestRegroupKeepsABroadSubjectWhole(t *testing.T) {
	// Every page joins the first online; a split needs the parts to be
	// close-knit as well as apart.
	whole, _ := regrouped(t, cluster.New(cluster.Options{Threshold: 0.001}), lake)
	sameStory(t, whole, "lake-1", "lake-2", "lake-3", "lake-4", "lake-5", "lake-6")
	// Without the contrast between the parts and the cut, the little
	// likeness across it would cut the subject in pieces.
	cut, rg := regrouped(t, cluster.New(cluster.Options{Threshold: 0.001, SplitContrast: 1000}), lake)
	if len(rg.Opened) == 0 {
		t.Errorf("no split without the contrast (%v); the test needs one to show what the contrast keeps", cut)
	}
}

// guide is the lake pages under headlines: five under one guide's
// headline, which join one story online, and the regatta page under its
// own, which opens a story of its own; the fire and stadium stories run
// after them.
func guide() []cluster.Item {
	var items []cluster.Item
	for _, it := range lake {
		it.Title = "Lake Tessaro visitor guide"
		if it.ID == "lake-6" {
			it.Title = "Sellin eight wins regatta final"
		}
		items = append(items, it)
	}
	return append(items, interleaved()...)
}

func TestRegroupJoinsThePiecesOfABroadSubject(t *testing.T) {
	c := cluster.New(cluster.Options{})
	online, _ := addAll(c, guide())
	if online["lake-6"] == online["lake-1"] {
		t.Fatalf("online, the regatta page joined the guide (%v); the test needs it apart", online)
	}
	rg := c.Regroup()
	got := online
	for _, m := range rg.Moves {
		got[m.ID] = m.To
	}
	// The regatta page is little like the guide's pages, but no less
	// than they are like one another: one subject.
	sameStory(t, got, "lake-1", "lake-2", "lake-3", "lake-4", "lake-5", "lake-6")
	// Close-knit stories stay apart, however broad the story beside them.
	sameStory(t, got, "fire-1", "fire-2", "fire-3")
	sameStory(t, got, "stadium-1", "stadium-2", "stadium-3")

	// Without weighing the likeness across against the likeness within,
	// only the absolute threshold joins, and the regatta stays apart.
	apart, _ := regrouped(t, cluster.New(cluster.Options{SplitContrast: 1000}), guide())
	if apart["lake-6"] == apart["lake-1"] {
		t.Errorf("without the contrast the regatta joined the guide (%v); the test needs it apart to show what the contrast joins", apart)
	}
}
