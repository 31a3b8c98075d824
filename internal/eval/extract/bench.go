package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/corroborate/corroborate/internal/eval"
)

// Page is one benchmark page: its raw HTML bytes and the expected main text.
type Page struct {
	ID    string
	URL   string
	HTML  []byte
	Truth string
}

// truthRecord is one entry of ground-truth.json.
type truthRecord struct {
	URL         string `json:"url"`
	ArticleBody string `json:"articleBody"`
}

// Load reads the benchmark folder dir: ground-truth.json and, for each of
// its ids, html/<id>.html.gz (or html/<id>.html). Pages come back sorted by
// id. A page named in the ground truth but missing on disk is an error.
func Load(dir string) ([]Page, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("extraction benchmark: %w", err)
	}
	var truth map[string]truthRecord
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("extraction benchmark: ground-truth.json: %w", err)
	}
	pages := make([]Page, 0, len(truth))
	for id, rec := range truth {
		html, err := readPage(filepath.Join(dir, "html"), id)
		if err != nil {
			return nil, fmt.Errorf("extraction benchmark: page %s: %w", id, err)
		}
		pages = append(pages, Page{ID: id, URL: rec.URL, HTML: html, Truth: rec.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// readPage reads <id>.html.gz, falling back to a plain <id>.html.
func readPage(dir, id string) ([]byte, error) {
	b, err := eval.ReadGzip(filepath.Join(dir, id+".html.gz"))
	if errors.Is(err, fs.ErrNotExist) {
		return os.ReadFile(filepath.Join(dir, id+".html"))
	}
	return b, err
}

// Predictions is the ground truth's own format, {id: {"articleBody": str}},
// for scoring a run independently.
func Predictions(res Result) map[string]map[string]string {
	out := make(map[string]map[string]string, len(res.Pages))
	for _, p := range res.Pages {
		out[p.ID] = map[string]string{"articleBody": p.Pred}
	}
	return out
}
