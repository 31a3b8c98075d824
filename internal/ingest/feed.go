package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/mmcdole/gofeed"
)

// parseFeed reads an RSS or Atom document: each item with text becomes a
// document, its HTML content preferred over its description.
func parseFeed(name string, body []byte) ([]corroborate.Document, []error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, []error{&InputError{name, fmt.Errorf("invalid feed: %w", err)}}
	}
	var docs []corroborate.Document
	var errs []error
	for i, it := range feed.Items {
		src := fmt.Sprintf("%s#%d", name, i+1)
		content := first(it.Content, it.Description)
		if content == "" {
			errs = append(errs, &InputError{src, fmt.Errorf("feed item %q has no content", it.Title)})
			continue
		}
		d := corroborate.Document{
			Source: src,
			Format: "html",
			Body:   []byte(content),
			ID:     first(it.GUID, it.Link),
			URL:    it.Link,
			Outlet: feed.Title,
			Title:  it.Title,
		}
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				d.Byline = append(d.Byline, strings.TrimSpace(a.Name))
			}
		}
		if it.PublishedParsed != nil {
			d.Published = it.PublishedParsed.UTC().Format(time.RFC3339)
		}
		if !looksHTML(d.Body) {
			d.Format = "text"
			d.Headless = true
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs = append(errs, &InputError{name, fmt.Errorf("feed %q has no items", feed.Title)})
	}
	return docs, errs
}
