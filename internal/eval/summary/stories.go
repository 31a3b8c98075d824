package summary

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/eval"
)

// storyMin is the fewest articles a story of an articles file needs to
// be scored: the wire clusters the 665-byte bar is set on have ten.
const storyMin = 10

// stancesFile is the file beside an articles file that holds each
// article's claim headlines.
const stancesFile = "stances.jsonl"

// LoadStories reads an FNC-1 stories set as wire-like clusters: path is
// JSON Lines of articles ({"id", "story", "text"}) and stances.jsonl
// beside it JSON Lines of {"claim", "article"}. Each story of storyMin
// articles or more is a cluster named by its story, its articles' texts
// in file order (read as plain text, NN.txt), and one reference: the
// distinct claim headlines of its articles, one a line, in the order its
// articles first give them. Headlines are no abstract: they reward a
// story's leads, so figures on this set compare systems with each other,
// not with a set of written summaries.
func LoadStories(path string) ([]Cluster, error) {
	type article struct{ ID, Story, Text string }
	var arts []article
	if err := eval.EachLine(path, func(b []byte) error {
		var a article
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		arts = append(arts, a)
		return nil
	}); err != nil {
		return nil, err
	}
	claims := map[string][]string{}
	if err := eval.EachLine(filepath.Join(filepath.Dir(path), stancesFile), func(b []byte) error {
		var s struct{ Claim, Article string }
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		claims[s.Article] = append(claims[s.Article], s.Claim)
		return nil
	}); err != nil {
		return nil, err
	}
	byStory := map[string][]article{}
	for _, a := range arts {
		byStory[a.Story] = append(byStory[a.Story], a)
	}
	var out []Cluster
	for story, as := range byStory {
		if len(as) < storyMin {
			continue
		}
		c := Cluster{Name: story}
		var heads []string
		seen := map[string]bool{}
		for _, a := range as {
			c.Bodies = append(c.Bodies, a.Text)
			for _, h := range claims[a.ID] {
				if !seen[h] {
					seen[h] = true
					heads = append(heads, h)
				}
			}
		}
		if len(heads) == 0 {
			return nil, fmt.Errorf("%s: story %s has no claim headline in %s", path, story, stancesFile)
		}
		c.References = []string{strings.Join(heads, "\n") + "\n"}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no story of %d articles or more", path, storyMin)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
