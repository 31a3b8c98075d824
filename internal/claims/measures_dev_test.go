package claims

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/corroborate/corroborate"
)

// devStories is the development half of the FNC-1 stories, read from the
// shared benchmark folder beside the repository, never copied into it.
const devStories = "../../../shared/bench/clustering/fnc1-stories/articles.jsonl"

// devStory reads the articles of one story of devStories, skipping the
// test when the file is absent.
func devStory(t *testing.T, story string) []corroborate.Article {
	t.Helper()
	f, err := os.Open(devStories)
	if err != nil {
		t.Skipf("SKIPPED: the dev stories are not at %s (%v)", devStories, err)
	}
	defer f.Close()
	var arts []corroborate.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ ID, Story, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if r.Story == story {
			arts = append(arts, article(r.ID, "", r.Text))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Skipf("SKIPPED: no story %s in %s", story, devStories)
	}
	return arts
}

// The dev story s316 gives one company's revenue of one year in two
// sentences worded apart, one of them for "last year": undated (as the
// benchmark has it) the year is unknown and nothing is reported; dated in
// the month the story broke, the two figures conflict.
func TestMeasureConflictDevStory(t *testing.T) {
	arts := devStory(t, "s316")
	numbers := func(arts []corroborate.Article) map[string]corroborate.Conflict {
		out := map[string]corroborate.Conflict{}
		for _, c := range Find(arts, nil, Options{}).Conflicts {
			if c.Kind == corroborate.ConflictNumber {
				out[sideValues(c.Sides)] = c
			}
		}
		return out
	}
	undated := numbers(arts)
	for i := range arts {
		arts[i].Published = corroborate.StrPtr("2014-09-10T12:00:00Z")
	}
	var added []corroborate.Conflict
	for k, c := range numbers(arts) {
		if _, ok := undated[k]; !ok {
			added = append(added, c)
		}
	}
	if len(added) != 1 {
		t.Fatalf("dating the story added %d number conflicts, want 1: %+v", len(added), added)
	}
	c := added[0]
	if c.Confidence < SureConfidence || len(c.Sides) != 2 || c.Sides[0].Articles[0] == c.Sides[1].Articles[0] {
		t.Errorf("added conflict %+v: want a sure conflict between two articles", c)
	}
}
