package reuse

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/eval"
	"github.com/corroborate/corroborate/internal/text"
)

// Source is one real article the generator derives copies from.
type Source struct {
	ID    string
	Group string // the FNC-1 story, or "polnear": sources of one group may share text
	// Paras are the article's paragraphs, each a list of sentences; only
	// sentences of at least minWords words that look like prose are kept.
	Paras [][]string
	// Raw is the text as stored, chrome and all: what the unrelated-pairs
	// check reads.
	Raw string
}

const minWords = 6

// Splits of the sources: FNC-1 stories are halved by a hash of the story
// label; PolNeAR's dev texts are the dev half and its train texts the test
// half.
const (
	SplitDev  = "dev"
	SplitTest = "test"
	SplitAll  = "all"
)

// LoadSources reads the real articles of dir (the shared bench folder):
// clustering/fnc1-stories/articles.jsonl and quotes/polnear/{dev,train}/text.
// Sources too short to derive from (fewer than five usable sentences) are
// left out. The texts are read at run time and never stored.
func LoadSources(dir, split string) ([]Source, error) {
	if split != SplitDev && split != SplitTest && split != SplitAll {
		return nil, fmt.Errorf("reuse benchmark: unknown split %q (dev, test or all)", split)
	}
	fnc := filepath.Join(dir, "clustering", "fnc1-stories", "articles.jsonl")
	var out []Source
	err := eval.EachLine(fnc, func(b []byte) error {
		var a struct{ ID, Story, Text string }
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		if !inSplit(storyHalf(a.Story), split) {
			return nil
		}
		if s, ok := newSource(a.ID, a.Story, a.Text); ok {
			out = append(out, s)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reuse benchmark: %w", err)
	}
	for _, half := range []struct{ folder, split string }{{"dev", SplitDev}, {"train", SplitTest}} {
		if !inSplit(half.split, split) {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "quotes", "polnear", half.folder, "text", "*.txt"))
		slices.Sort(files)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("reuse benchmark: %w", err)
			}
			body := string(b)
			if i := strings.IndexByte(body, '\n'); i >= 0 {
				body = body[i+1:] // the first line is the headline
			}
			if s, ok := newSource("polnear/"+strings.TrimSuffix(filepath.Base(p), ".txt"), "polnear", body); ok {
				out = append(out, s)
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("reuse benchmark: no usable articles under %s", dir)
	}
	return out, nil
}

func storyHalf(story string) string {
	h := fnv.New32a()
	h.Write([]byte(story))
	if h.Sum32()%2 == 0 {
		return SplitDev
	}
	return SplitTest
}

func inSplit(half, split string) bool { return split == SplitAll || half == split }

// newSource splits a text into paragraphs of usable sentences.
func newSource(id, group, body string) (Source, bool) {
	s := Source{ID: id, Group: group, Raw: body}
	n := 0
	for _, para := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		var sents []string
		for _, sp := range text.Sentences(para) {
			t := strings.TrimSpace(para[sp.Start:sp.End])
			if usable(t) {
				sents = append(sents, t)
			}
		}
		if len(sents) > 0 {
			s.Paras = append(s.Paras, sents)
			n += len(sents)
		}
	}
	return s, n >= 5
}

// usable keeps sentences of prose: enough words, ending like a sentence, no
// markup or code.
func usable(s string) bool {
	if len(strings.Fields(s)) < minWords || strings.ContainsAny(s, "{}<>_|") || strings.Contains(s, "http") {
		return false
	}
	last := s[len(s)-1]
	return strings.ContainsRune(".!?\"'”’)", rune(last)) || strings.HasSuffix(s, "”")
}

// sentences lists all usable sentences of s in order.
func (s Source) sentences() []string {
	var out []string
	for _, p := range s.Paras {
		out = append(out, p...)
	}
	return out
}
