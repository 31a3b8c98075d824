package summary

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadStories: an articles file beside its stances file is a set of
// clusters, one per story of storyMin articles or more, each holding its
// articles' texts in file order and one reference of its distinct claim
// headlines in the order its articles first give them; a smaller story is
// left out, and Load reads the file as such a set.
func TestLoadStories(t *testing.T) {
	dir := t.TempDir()
	var arts, stances []string
	add := func(story string, n int, heads ...string) {
		for i := range n {
			id := fmt.Sprintf("%s-%d", story, i)
			b, _ := json.Marshal(map[string]string{"id": id, "story": story,
				"text": fmt.Sprintf("The Kessby ferry %s sailed late on day %d.", story, i)})
			arts = append(arts, string(b))
			h := heads[i%len(heads)]
			b, _ = json.Marshal(map[string]string{"claim": h, "article": id, "stance": "agree"})
			stances = append(stances, string(b))
		}
	}
	add("s7", 3, "Ferry sinks off Kessby")
	add("s2", storyMin+1, "Tarnwell ferry delayed", "Ferry held at Tarnwell by fog")
	path := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(arts, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, stancesFile), []byte(strings.Join(stances, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cs, problems, err := Load(path)
	if err != nil || len(problems) > 0 {
		t.Fatalf("Load(%s): %v %v", path, problems, err)
	}
	if len(cs) != 1 || cs[0].Name != "s2" {
		t.Fatalf("Load gave %d clusters (%+v), want story s2 alone", len(cs), cs)
	}
	c := cs[0]
	if len(c.Bodies) != storyMin+1 || !strings.Contains(c.Bodies[0], "s2 sailed late on day 0.") {
		t.Errorf("bodies %q, want the story's %d texts in file order", c.Bodies, storyMin+1)
	}
	if want := "Tarnwell ferry delayed\nFerry held at Tarnwell by fog\n"; len(c.References) != 1 || c.References[0] != want {
		t.Errorf("references %q, want [%q]", c.References, want)
	}
	if b, err := LoadBudget(path); err != nil || b != (Budget{}) {
		t.Errorf("LoadBudget(%s) = %+v, %v; want no budget and no error", path, b, err)
	}
}
