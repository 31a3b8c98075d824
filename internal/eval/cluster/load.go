package cluster

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/eval"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// Article is one benchmark article with its gold story and the clusterer's
// input for it.
type Article struct {
	ID    string
	Story string
	// Item is what the clusterer reads, made as ingest makes it: the
	// record is parsed as ingest parses an input, extracted as the stream
	// workers extract it, and turned into an item by cluster.ItemOf. Its
	// ID is the benchmark's.
	Item cluster.Item
}

// Load reads a benchmark: a JSONL file of {"id","story","text"} lines,
// with "title", "published" and "outlet" when known, or a folder of .txt
// files whose names give the story (see Topic). Articles come in file
// order, or in name order for a folder. A record that ingest or extraction
// refuses is an error naming it.
func Load(path string) ([]Article, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cluster benchmark: %w", err)
	}
	if fi.IsDir() {
		return loadDir(path)
	}
	return loadJSONL(path)
}

// gold is what a benchmark line says beyond the article itself.
type gold struct {
	ID    string `json:"id"`
	Story string `json:"story"`
}

func loadJSONL(path string) ([]Article, error) {
	var out []Article
	err := eval.EachLine(path, func(line []byte) error {
		var g gold
		if err := json.Unmarshal(line, &g); err != nil {
			return err
		}
		if g.ID == "" || g.Story == "" {
			return errors.New(`need "id" and "story"`)
		}
		docs, errs := ingest.Parse(g.ID+".jsonl", line, ingest.Options{})
		if len(errs) > 0 {
			return errs[0]
		}
		it, err := itemOf(docs[0])
		if err != nil {
			return err
		}
		it.ID = g.ID
		out = append(out, Article{ID: g.ID, Story: g.Story, Item: it})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cluster benchmark: %w", err)
	}
	return out, nil
}

// itemOf extracts doc as a stream worker does and makes the clusterer's
// item of it.
func itemOf(doc corroborate.Document) (cluster.Item, error) {
	a, err := extract.Extract(doc, extract.Options{})
	if err != nil {
		return cluster.Item{}, err
	}
	return cluster.ItemOf(a), nil
}

func loadDir(dir string) ([]Article, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("cluster benchmark: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("cluster benchmark: no .txt files in %s", dir)
	}
	slices.Sort(names)
	out := make([]Article, 0, len(names))
	for _, n := range names {
		docs, errs := ingest.ReadFile(n, ingest.Options{})
		if len(errs) > 0 {
			return nil, fmt.Errorf("cluster benchmark: %w", errs[0])
		}
		it, err := itemOf(docs[0])
		if err != nil {
			return nil, fmt.Errorf("cluster benchmark: %s: %w", n, err)
		}
		base := filepath.Base(n)
		it.ID = base
		out = append(out, Article{ID: base, Story: Topic(base), Item: it})
	}
	return out, nil
}

// numbered matches the copy number at the end of a file name:
// "ParisAttacks2015 (12)" or "premier.league.125".
var numbered = regexp.MustCompile(`(?: \(\d+\)|\.\d+)$`)

// Topic is the story a WikiRef-style file name gives: the name without
// ".txt" and without its copy number, " (N)" or ".N".
func Topic(name string) string {
	return numbered.ReplaceAllString(strings.TrimSuffix(name, ".txt"), "")
}
