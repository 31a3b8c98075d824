package extract

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestInputIDAndURLKept checks that the id and address a structured input
// gives an article stay on it, so that a reader can find the record and
// open the page.
func TestInputIDAndURLKept(t *testing.T) {
	doc := corroborate.Document{Source: "dump.jsonl:2", Format: "text", Headless: true, ID: "otter-12",
		URL: "https://news.example/otters", Body: []byte("Wildlife officers counted 14 otters on Lake Mirren this spring, the first since 1998.")}
	a, err := Extract(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.InputID != "otter-12" || a.URL != "https://news.example/otters" {
		t.Errorf("article input id %q, url %q; want the record's", a.InputID, a.URL)
	}
}
