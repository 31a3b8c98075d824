package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/corroborate/corroborate"
)

// quayPage is an HTML page whose article holds about n bytes of text.
func quayPage(n int, head string) []byte {
	para := "<p>The Lantern Quay ferry sailed at dawn, Captain Orlo Vesk said, and the harbour office counted forty passengers aboard.</p>\n"
	return []byte("<!doctype html><html><head><title>Quay ferry sails</title>" + head + "</head><body><article><h1>Quay ferry sails</h1>\n" +
		strings.Repeat(para, n/(len(para)-8)+1) + "</article></body></html>")
}

func TestHTMLBounds(t *testing.T) {
	script := "<script>var quay = \"" + strings.Repeat("x", 5000) + "\";</script>"
	tests := []struct {
		name    string
		body    []byte
		opt     Options
		wantErr string // "" when the page is extracted
	}{
		{"text under the bound", quayPage(2000, ""), Options{MaxTextBytes: 4000}, ""},
		{"text over the bound", quayPage(6000, ""), Options{MaxTextBytes: 4000}, "html: article text too long: the page holds 5,"},
		// the markup's indentation is no text
		{"indented markup", []byte(strings.ReplaceAll(string(quayPage(2000, "")), "\n", "\n"+strings.Repeat(" ", 200))), Options{MaxTextBytes: 4000}, ""},
		{"a script is not text", quayPage(2000, script), Options{MaxTextBytes: 4000}, ""},
		{"default bound", quayPage(1300<<10, ""), Options{}, "over the limit of 1 MiB of text"},
		{"paragraphs under the bound", []byte("<html><body><article>" + strings.Repeat("<p>Orlo Vesk sailed.</p>", maxParagraphs) + "</article></body></html>"),
			Options{}, ""},
		{"paragraphs over the bound", []byte("<html><body><article>" + strings.Repeat("<p>The quay opened.</p>", maxParagraphs+1) + "</article></body></html>"),
			Options{}, "html: page has 10001 paragraphs, over the limit of 10000 for one page"},
		{"nested 100,000 deep", []byte("<html><body>" + strings.Repeat("<div>", 100000) + "<p>The quay.</p>" + strings.Repeat("</div>", 100000) + "</body></html>"),
			Options{}, "html: elements nested more than 512 deep: the page cannot be parsed"},
		{"page too large", append([]byte("<html><body><p>The quay.</p>"), make([]byte, maxHTMLBytes)...), Options{},
			"html: page too large: 16,777,244 bytes, over the limit of 16,777,216 bytes for one page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(corroborate.Document{Source: "quay.html", Format: "html", Body: tt.body}, tt.opt)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("Extract: %v, want the article", err)
			case tt.wantErr == "" && !strings.Contains(a.Text, "Orlo Vesk"):
				t.Fatalf("Extract text %.80q, want the paragraphs", a.Text)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("Extract error %v, want one holding %q", err, tt.wantErr)
			}
		})
	}
}

func TestPageBoundsElements(t *testing.T) {
	root, err := html.Parse(strings.NewReader("<html><body>" + strings.Repeat("<i></i>", maxElements) + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	// html, head and body are elements too.
	want := "html: page has 200003 elements, over the limit of 200000 for one page"
	if err := pageBounds(root, 0); err == nil || err.Error() != want {
		t.Fatalf("pageBounds = %v, want %q", err, want)
	}
	root, _ = html.Parse(strings.NewReader("<html><body>" + strings.Repeat("<i></i>", maxElements-3) + "</body></html>"))
	if err := pageBounds(root, 0); err != nil {
		t.Fatalf("pageBounds of %d elements = %v, want nil", maxElements, err)
	}
}
