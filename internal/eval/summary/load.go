// Package summary scores summaries of multi-document news clusters against
// reference summaries with ROUGE-1, ROUGE-2 and ROUGE-L (Porter-stemmed
// tokens [a-z0-9]+), for corroborate's summary and for the lead, lead-each
// and TF-IDF centroid baselines in the same run.
package summary

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Cluster is one set of articles and the summaries written for it.
type Cluster struct {
	Name     string
	Articles []string // paths of NN.txt, in name order
	// Bodies are the texts of articles read from a set's articles file
	// (LoadStories), each read as a plain-text NN.txt, after Articles
	Bodies     []string
	References []string // texts of reference*.txt
}

var articleName = regexp.MustCompile(`^[0-9]+\.txt$`)

// Load reads the clusters under dir: each folder holding NN.txt articles
// and reference*.txt summaries (dir itself when it is one). A folder with
// articles but no reference, or references but no article, is named in
// the problems and left out. A dir that is a JSON Lines file of articles
// is a stories set instead (LoadStories).
func Load(dir string) ([]Cluster, []error, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() && strings.HasSuffix(dir, ".jsonl") {
		cs, err := LoadStories(dir)
		return cs, nil, err
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	var out []Cluster
	var problems []error
	if c, ok, err := loadOne(dir); ok || err != nil {
		if err != nil {
			return nil, nil, err
		}
		return []Cluster{c}, nil, nil
	}
	for _, e := range ents {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		c, ok, err := loadOne(filepath.Join(dir, e.Name()))
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if ok {
			out = append(out, c)
		}
	}
	if len(out) == 0 && len(problems) == 0 {
		return nil, nil, fmt.Errorf("%s: no cluster folders (NN.txt articles and reference*.txt)", dir)
	}
	return out, problems, nil
}

// loadOne reads the cluster in dir; ok is false when dir has neither
// articles nor references.
func loadOne(dir string) (Cluster, bool, error) {
	c := Cluster{Name: filepath.Base(dir)}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return c, false, err
	}
	var refs []string
	for _, e := range ents {
		switch n := e.Name(); {
		case e.IsDir():
		case articleName.MatchString(n):
			c.Articles = append(c.Articles, filepath.Join(dir, n))
		case strings.HasPrefix(n, "reference") && strings.HasSuffix(n, ".txt"):
			refs = append(refs, filepath.Join(dir, n))
		}
	}
	if len(c.Articles) == 0 && len(refs) == 0 {
		return c, false, nil
	}
	if len(c.Articles) == 0 {
		return c, false, fmt.Errorf("%s: references but no NN.txt article", dir)
	}
	if len(refs) == 0 {
		return c, false, fmt.Errorf("%s: articles but no reference*.txt", dir)
	}
	sort.Strings(c.Articles)
	sort.Strings(refs)
	for _, r := range refs {
		b, err := os.ReadFile(r)
		if err != nil {
			return c, false, err
		}
		if strings.TrimSpace(string(b)) == "" {
			return c, false, fmt.Errorf("%s: empty reference", r)
		}
		c.References = append(c.References, string(b))
	}
	return c, true, nil
}

// Budget is the length a set's budget.json asks for: {"words": N} and/or
// {"bytes": N}. A missing file is the zero Budget and no error.
type Budget struct {
	Words int `json:"words"`
	Bytes int `json:"bytes"`
}

// LoadBudget reads dir/budget.json; a stories file (LoadStories) has none.
func LoadBudget(dir string) (Budget, error) {
	var b Budget
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return b, nil
	}
	data, err := os.ReadFile(filepath.Join(dir, "budget.json"))
	if errors.Is(err, os.ErrNotExist) {
		return b, nil
	}
	if err != nil {
		return b, err
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, fmt.Errorf("%s: %w", filepath.Join(dir, "budget.json"), err)
	}
	return b, nil
}
