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
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/eval"
	"golang.org/x/text/encoding/charmap"
)

// Article is one benchmark article with its gold story.
type Article struct {
	ID    string `json:"id"`
	Story string `json:"story"`
	Text  string `json:"text"`
}

// Load reads a benchmark: a JSONL file of {"id","story","text"} lines, or a
// folder of .txt files whose names give the story (see Topic). Articles
// come in file order, or in name order for a folder.
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

func loadJSONL(path string) ([]Article, error) {
	var out []Article
	err := eval.EachLine(path, func(line []byte) error {
		var a Article
		if err := json.Unmarshal(line, &a); err != nil {
			return err
		}
		if a.ID == "" || a.Story == "" {
			return errors.New(`need "id" and "story"`)
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cluster benchmark: %w", err)
	}
	return out, nil
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
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("cluster benchmark: %w", err)
		}
		base := filepath.Base(n)
		out = append(out, Article{ID: base, Story: Topic(base), Text: decode(b)})
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

// decode returns b as UTF-8, reading it as Windows-1252 when it is not
// valid UTF-8 (the WikiRef files are), with CRLF line ends made LF.
func decode(b []byte) string {
	s := string(b)
	if !utf8.Valid(b) {
		if d, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			s = string(d)
		}
	}
	return strings.ReplaceAll(s, "\r\n", "\n")
}
