package claims

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestDumpWikiConflicts prints the conflicts found in each topic of the
// wikiref220 set: real coverage, for reading the precision of conflicts.
func TestDumpWikiConflicts(t *testing.T) {
	if os.Getenv("CLAIMS_DUMP") == "" {
		t.Skip("set CLAIMS_DUMP=1")
	}
	files, _ := filepath.Glob("../../../shared/bench/clustering/wikiref220/*.txt")
	topics := map[string][]corroborate.Article{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		topic, _, _ := strings.Cut(filepath.Base(f), " (")
		topic = strings.TrimSuffix(topic, ".txt")
		s := string(b)
		topics[topic] = append(topics[topic], corroborate.Article{ID: filepath.Base(f), Text: s, Sentences: text.Sentences(s)})
	}
	var keys []string
	for k := range topics {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if len(topics[k]) < 3 {
			continue
		}
		r := Find(topics[k], nil, Options{})
		t.Logf("== %s: %d articles, %d claims, %d conflicts", k, len(topics[k]), len(r.Claims), len(r.Conflicts))
		for _, c := range r.Conflicts {
			var sv []string
			for _, s := range c.Sides {
				sv = append(sv, s.Value+" "+strings.Join(s.Articles, ","))
			}
			t.Logf("%s | %s | %s", c.Kind, clipText(c.About, 90), clipText(strings.Join(sv, " VS "), 200))
		}
	}
}
