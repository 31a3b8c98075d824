// Package stance measures how well claims.Stance tells whether an article
// agrees with, disagrees with or discusses a claim, on FNC-1 style data:
// stances.jsonl ({"claim", "article", "stance"}) with articles.jsonl
// ({"id", "story", "text"}) beside it.
package stance

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path/filepath"

	"github.com/corroborate/corroborate/internal/eval"
)

// Pair is one (claim, article) line of stances.jsonl. Raw keeps the line
// so predictions can be written back with one field added.
type Pair struct {
	Claim   string `json:"claim"`
	Article string `json:"article"`
	Stance  string `json:"stance"`
	Raw     []byte // the input line
	Story   string
	Body    string
	// Coverage holds the bodies of every article of the story, in the
	// order of articles.jsonl (shared by the story's pairs); Body is
	// Coverage[At]. Stance is taken within the story.
	Coverage []string
	At       int
}

type articleLine struct {
	ID    string `json:"id"`
	Story string `json:"story"`
	Text  string `json:"text"`
}

// Load reads the stances file and the articles.jsonl beside it. Pairs whose
// article is missing are an error: the benchmark would be scored wrongly.
func Load(stancesPath string) ([]Pair, error) {
	artPath := filepath.Join(filepath.Dir(stancesPath), "articles.jsonl")
	arts := map[string]articleLine{}
	at := map[string]int{}
	var order []string
	if err := eval.EachLine(artPath, func(b []byte) error {
		var a articleLine
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		arts[a.ID] = a
		order = append(order, a.ID)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("stance: %w", err)
	}
	coverage := map[string][]string{}
	for _, id := range order {
		a := arts[id]
		at[id] = len(coverage[a.Story])
		coverage[a.Story] = append(coverage[a.Story], a.Text)
	}
	var pairs []Pair
	err := eval.EachLine(stancesPath, func(b []byte) error {
		var p Pair
		if err := json.Unmarshal(b, &p); err != nil {
			return err
		}
		p.Raw = append([]byte(nil), b...)
		a, ok := arts[p.Article]
		if !ok {
			return fmt.Errorf("article %q not in %s", p.Article, artPath)
		}
		p.Story, p.Body = a.Story, a.Text
		p.Coverage, p.At = coverage[a.Story], at[p.Article]
		pairs = append(pairs, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stance: %w", err)
	}
	return pairs, nil
}

// Dev reports whether a story belongs to the development half: a fixed
// hash of its id, so the split is the same on every run and machine.
func Dev(story string) bool {
	h := fnv.New32a()
	h.Write([]byte(story))
	return h.Sum32()%2 == 0
}
