package claims

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

func TestDumpFNCConflicts(t *testing.T) {
	if os.Getenv("CLAIMS_DUMP") == "" {
		t.Skip("set CLAIMS_DUMP=1")
	}
	f, err := os.Open("../../../shared/bench/clustering/fnc1-stories/articles.jsonl")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	stories := map[string][]corroborate.Article{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ ID, Story, Text string }
		json.Unmarshal(sc.Bytes(), &a)
		stories[a.Story] = append(stories[a.Story], corroborate.Article{ID: a.ID, Text: a.Text, Sentences: text.Sentences(a.Text)})
	}
	var keys []string
	for k := range stories {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r := Find(stories[k], nil, Options{})
		for _, c := range r.Conflicts {
			t.Logf("%s %s | %s | %v", k, c.Kind, c.About, c.Sides)
		}
	}
}
