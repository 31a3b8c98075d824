package cluster_test

import (
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/cluster/simulate"
	"github.com/google/go-cmp/cmp"
)

// Two fictional stories: a chemical plant fire and a stadium vote.
var (
	fire = []cluster.Item{
		{ID: "fire-1", Text: "A fire broke out Tuesday night at the Vellacor chemical plant in Harrowgate, forcing the evacuation of 300 homes on Aug. 18. " +
			"Fire Chief Dana Whitlock said crews contained the blaze by dawn. The Harrowgate Emergency Council ordered residents within two miles " +
			"to stay indoors while air samples were taken near the plant."},
		{ID: "fire-2", Text: "Residents of Harrowgate returned home Wednesday after the Aug. 18 fire at the Vellacor chemical plant was put out. " +
			"Fire Chief Dana Whitlock said no one was hurt, and the Harrowgate Emergency Council lifted the shelter order once air samples " +
			"from around the plant came back clean."},
		{ID: "fire-3", Text: "Vellacor said it would pay for hotel rooms for the 300 Harrowgate families evacuated during the chemical plant fire. " +
			"State inspectors will visit the plant next week, the Harrowgate Emergency Council said, and Fire Chief Dana Whitlock will brief them."},
	}
	stadium = []cluster.Item{
		{ID: "stadium-1", Text: "The Port Avery city council voted 7-2 on Monday to fund a new waterfront stadium for the Port Avery Mariners, " +
			"a minor league baseball team. Mayor Ilse Brandt called the $84 million stadium a turning point for the harbor district."},
		{ID: "stadium-2", Text: "Opponents of the Port Avery stadium deal said they would collect signatures for a referendum after the council " +
			"approved $84 million for the Mariners' waterfront ballpark. Mayor Ilse Brandt defended the vote on the harbor stadium."},
		{ID: "stadium-3", Text: "The Port Avery Mariners unveiled drawings of their waterfront stadium on Thursday, days after the city council " +
			"approved the $84 million plan backed by Mayor Ilse Brandt for the harbor district."},
	}
)

// interleaved is fire-1, stadium-1, fire-2, stadium-2, fire-3, stadium-3.
func interleaved() []cluster.Item {
	var out []cluster.Item
	for i := range fire {
		out = append(out, fire[i], stadium[i])
	}
	return out
}

// addAll streams items through c and returns each item's story, following
// merges to the story that absorbed it.
func addAll(c *cluster.Clusterer, items []cluster.Item) (map[string]cluster.StoryID, []cluster.Assignment) {
	merges := cluster.Merges{}
	var as []cluster.Assignment
	for _, it := range items {
		a := c.Add(it)
		as = append(as, a)
		merges.Record(a)
	}
	got := map[string]cluster.StoryID{}
	for _, a := range as {
		got[a.ID] = merges.Final(a.Story)
	}
	return got, as
}

func TestInterleavedStories(t *testing.T) {
	got, as := addAll(cluster.New(cluster.Options{}), interleaved())
	for _, group := range [][]cluster.Item{fire, stadium} {
		for _, it := range group[1:] {
			if got[it.ID] != got[group[0].ID] {
				t.Errorf("%s in story %v, want %v with %s", it.ID, got[it.ID], got[group[0].ID], group[0].ID)
			}
		}
	}
	if got["fire-1"] == got["stadium-1"] {
		t.Errorf("fire and stadium stories share story %v", got["fire-1"])
	}
	for _, a := range as {
		if wantNew := strings.HasSuffix(a.ID, "-1"); a.New != wantNew {
			t.Errorf("%s: New = %v, want %v (score %.3f)", a.ID, a.New, wantNew, a.Score)
		}
	}
}

func TestStoryBeyondWindow(t *testing.T) {
	t0 := time.Date(2017, 8, 18, 6, 0, 0, 0, time.UTC)
	// Recent: 1, so that a story is evicted as soon as the window passes
	// (by default it also waits for the latest 2,000 articles to pass).
	c := cluster.New(cluster.Options{Window: 72 * time.Hour, Recent: 1})
	at := func(it cluster.Item, d time.Duration) cluster.Item { it.Time = t0.Add(d); return it }
	first := c.Add(at(fire[0], 0))
	second := c.Add(at(fire[1], 2*time.Hour))
	if second.Story != first.Story {
		t.Fatalf("fire-2 two hours later in story %v, want %v", second.Story, first.Story)
	}
	c.Add(at(stadium[0], 3*time.Hour))
	if st := c.Stats(); st.Stories != 2 {
		t.Fatalf("Stats().Stories = %d before the window passes, want 2", st.Stories)
	}
	late := c.Add(at(fire[2], 80*time.Hour))
	if !late.New || late.Story == first.Story {
		t.Errorf("fire-3 78 hours after the story's last article: story %v, New %v; want a new story, not %v", late.Story, late.New, first.Story)
	}
	if st := c.Stats(); st.Stories != 1 {
		t.Errorf("Stats().Stories = %d after the window passed, want 1 (the old stories evicted)", st.Stories)
	}
}

func TestOutOfOrderItemKeepsClock(t *testing.T) {
	t0 := time.Date(2017, 8, 18, 6, 0, 0, 0, time.UTC)
	c := cluster.New(cluster.Options{})
	a := fire[0]
	a.Time = t0.Add(time.Hour)
	first := c.Add(a)
	b := fire[1]
	b.Time = t0 // an hour earlier: late delivery
	second := c.Add(b)
	if second.Story != first.Story {
		t.Errorf("late fire-2 in story %v, want %v", second.Story, first.Story)
	}
	untimed := c.Add(fire[2])
	if want := t0.Add(time.Hour + time.Second); !untimed.Time.Equal(want) {
		t.Errorf("untimed item placed at %v, want one Tick after the latest time, %v", untimed.Time, want)
	}
}

// Two angles on a fictional bridge closure open two stories; an article
// that tells both makes them converge.
var (
	traffic = []cluster.Item{
		{ID: "traffic-1", Text: "Commuters faced long detours on Friday after the Kestrel Bridge was shut to traffic. Buses on route 14 " +
			"were sent through Millbrook, and drivers reported hour-long queues on Harbour Road."},
		{ID: "traffic-2", Text: "Detours around the closed Kestrel Bridge added an hour to commutes again on Monday. Route 14 buses still run " +
			"through Millbrook and Harbour Road queues stretched past the ferry terminal."},
	}
	inspection = []cluster.Item{
		{ID: "inspection-1", Text: "Engineers from Tarrow Structural found cracked steel bearings under the Kestrel Bridge during an inspection, " +
			"the county said. Tarrow Structural recommended replacing four bearings before the span carries loads again."},
		{ID: "inspection-2", Text: "The cracked bearings that Tarrow Structural found under the Kestrel Bridge will take six weeks to replace, " +
			"county engineers said, citing corrosion in the steel and a delayed inspection schedule."},
	}
	bridge = cluster.Item{ID: "bridge-both", Text: "The Kestrel Bridge will stay shut for six weeks while cracked steel bearings found by Tarrow " +
		"Structural are replaced, the county said, so detours through Millbrook and the Harbour Road queues will continue. Route 14 " +
		"buses keep their detour, and Tarrow Structural engineers will replace the four bearings after the inspection found corrosion. " +
		"Commuters on Harbour Road and in Millbrook face the detour and queues for six more weeks."}
)

func TestConvergingStoriesMerge(t *testing.T) {
	c := cluster.New(cluster.Options{Threshold: 0.2, MergeThreshold: 0.25})
	got, as := addAll(c, []cluster.Item{traffic[0], inspection[0], traffic[1], inspection[1], bridge})
	// as: traffic-1, inspection-1, traffic-2, inspection-2, bridge-both
	if as[0].Story == as[1].Story || as[2].Story != as[0].Story || as[3].Story != as[1].Story {
		t.Fatalf("before the bridging article, stories %v %v %v %v; want traffic and inspection apart",
			as[0].Story, as[1].Story, as[2].Story, as[3].Story)
	}
	last := as[len(as)-1]
	if len(last.Merged) != 1 {
		t.Fatalf("bridging article: Merged = %v, want one story (explanation %q)", last.Merged, last.Explanation())
	}
	for _, id := range []string{"traffic-1", "traffic-2", "inspection-1", "inspection-2", "bridge-both"} {
		if got[id] != last.Story {
			t.Errorf("%s in story %v after the merge, want %v", id, got[id], last.Story)
		}
	}
	if oldest := min(as[0].Story, as[1].Story); last.Story != oldest {
		t.Errorf("merged story is %v, want the older one, %v", last.Story, oldest)
	}
	if !strings.Contains(last.Explanation(), "; merged s") {
		t.Errorf("Explanation() = %q, want it to name the merged story", last.Explanation())
	}
	if st := c.Stats(); st.Stories != 1 {
		t.Errorf("Stats().Stories = %d after the merge, want 1", st.Stories)
	}
}

func TestExplanation(t *testing.T) {
	c := cluster.New(cluster.Options{})
	c.Add(fire[0])
	a := c.Add(fire[1])
	if a.New {
		t.Fatalf("fire-2 opened a new story (score %.3f)", a.Score)
	}
	// "Whitlock" shows as the name it is part of.
	for _, want := range []string{"Fire Chief Dana Whitlock", "Harrowgate Emergency Council", "plant"} {
		if !contains(a.Shares, want) {
			t.Errorf("Shares = %q, want it to include %q", a.Shares, want)
		}
	}
	for _, s := range a.Shares {
		if !strings.Contains(fire[1].Text, s) {
			t.Errorf("shared term %q is not written so in the article", s)
		}
		for _, stop := range []string{"the", "and", "said", "after"} {
			if strings.EqualFold(s, stop) {
				t.Errorf("Shares = %q lists the function word %q", a.Shares, s)
			}
		}
	}
	if got := a.Explanation(); !strings.HasPrefix(got, "shares: ") || !strings.Contains(got, "Harrowgate Emergency Council") {
		t.Errorf("Explanation() = %q, want \"shares: ...\" naming the Harrowgate Emergency Council", got)
	}
	if got := (cluster.Assignment{New: true}).Explanation(); got != "new story" {
		t.Errorf("new story's Explanation() = %q, want %q", got, "new story")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestDeterministic(t *testing.T) {
	sim := simulate.New(simulate.Config{Seed: 3, Articles: 3000})
	items := interleaved()
	for i := range sim.Len() {
		it, _ := sim.Item(i)
		items = append(items, it)
	}
	_, first := addAll(cluster.New(cluster.Options{Window: time.Hour}), items)
	_, second := addAll(cluster.New(cluster.Options{Window: time.Hour}), items)
	if diff := cmp.Diff(first, second); diff != "" {
		t.Errorf("two runs over the same stream differ (-first +second):\n%s", diff)
	}
}

// TestMemoryFollowsWindow streams a simulated day through a one-hour window:
// the live stories must level off instead of growing with the stream.
func TestMemoryFollowsWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 12,000 simulated articles")
	}
	sim := simulate.New(simulate.Config{Seed: 5, Articles: 12_000})
	c := cluster.New(cluster.Options{Window: time.Hour})
	var created int
	quarter := make([]int, 4) // most live stories seen in each quarter
	for i := range sim.Len() {
		it, _ := sim.Item(i)
		if c.Add(it).New {
			created++
		}
		q := i * 4 / sim.Len()
		quarter[q] = max(quarter[q], c.Stats().Stories)
	}
	// The first quarter warms up (document frequencies are still being
	// learnt); from then on the count must stay level.
	if quarter[3] > 2*quarter[1] {
		t.Errorf("live stories per quarter %v: the last quarter holds more than twice the second", quarter)
	}
	if live := c.Stats().Stories; live*4 > created {
		t.Errorf("%d live stories at the end of %d created over 24h with a 1h window, want under a quarter", live, created)
	}
}
