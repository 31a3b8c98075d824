// Package metadata scores what is read from an HTML page besides its text —
// title, byline, site name (our outlet), publication day, language — and the
// main text's word F1, on folders laid out like Mozilla Readability's test
// pages: <page>/source.html, <page>/expected-metadata.json and
// <page>/expected.html.
//
// A null in the expected metadata is not proof that the page has no such
// value, so each field is scored on the pages whose expectation is not null.
// Synthetic "lorem ipsum" fixtures are left out of every figure (Load marks
// them, Run counts them).
package metadata

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Page is one test page.
type Page struct {
	ID        string
	HTML      []byte
	Want      Expected
	Text      string // the text of expected.html
	Synthetic bool   // a "lorem ipsum" fixture, left out of the figures
}

// Expected is expected-metadata.json; nil means not given.
type Expected struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	SiteName      *string `json:"siteName"`
	PublishedTime *string `json:"publishedTime"`
	Lang          *string `json:"lang"`
}

// reLorem finds the placeholder text of synthetic fixtures.
var reLorem = regexp.MustCompile(`(?i)lorem ipsum|dolor sit amet|incididunt ut labore`)

// Load reads every page folder under dir, sorted by name. A folder without
// source.html is skipped; a malformed expectation is an error naming it.
func Load(dir string) ([]Page, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("metadata benchmark: %w", err)
	}
	var pages []Page
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		p, ok, err := loadPage(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("metadata benchmark: page %s: %w", e.Name(), err)
		}
		if ok {
			pages = append(pages, p)
		}
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("metadata benchmark: no page folders with source.html in %s", dir)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func loadPage(dir string) (Page, bool, error) {
	p := Page{ID: filepath.Base(dir)}
	var err error
	if p.HTML, err = os.ReadFile(filepath.Join(dir, "source.html")); err != nil {
		return p, false, nil
	}
	b, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
	if err != nil {
		return p, false, err
	}
	if err := json.Unmarshal(b, &p.Want); err != nil {
		return p, false, fmt.Errorf("expected-metadata.json: %w", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "expected.html")); err == nil {
		p.Text = htmlText(string(b))
	}
	p.Synthetic = reLorem.MatchString(strings.Join(strings.Fields(p.Text), " "))
	return p, true, nil
}

// htmlText is the text of an HTML fragment, its words separated by spaces.
func htmlText(s string) string {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}
