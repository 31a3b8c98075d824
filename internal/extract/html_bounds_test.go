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

// commentedPage is quayPage with about c bytes of readers' comments after
// the article, in a block whose opening tag is open.
func commentedPage(n, c int, open string) []byte {
	comment := "<li><p>Gull_Watcher wrote: the old pier lamps were brighter before the council swapped them out.</p></li>\n"
	page := string(quayPage(n, ""))
	block := open + "<ol>" + strings.Repeat(comment, c/(len(comment)-18)+1) + "</ol></section>"
	return []byte(strings.Replace(page, "</article>", "</article>"+block, 1))
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
		// readers' comments, which extraction leaves out, do not make an
		// article too long
		{"comments over the bound", commentedPage(2000, 6000, `<section id="comments">`), Options{MaxTextBytes: 4000}, ""},
		{"a post's comments", commentedPage(2000, 6000, `<section class="entry post-comments">`), Options{MaxTextBytes: 4000}, ""},
		{"article over the bound beside comments", commentedPage(6000, 6000, `<section id="comments">`), Options{MaxTextBytes: 4000},
			"html: article text too long: the page holds, besides its readers' comments, 5,"},
		// an opinion column labelled "comment" is the article, and its
		// readers' comments are still left out
		{"opinion column", []byte(strings.Replace(string(commentedPage(2000, 6000, `<section class="comments-area">`)),
			"<article>", `<article><div class="article-page comment">`, 1)), Options{MaxTextBytes: 4000}, ""},
		// a wrapper named for a state of the page is not its comments
		{"wrapper with comments allowed", []byte(strings.Replace(string(quayPage(6000, "")), "<article>", `<article><div class="story story--with-comments allow-comments">`, 1)),
			Options{MaxTextBytes: 4000}, "html: article text too long: the page holds 5,"},
		// a comment section holding the headline is the article
		{"headline inside", []byte(strings.Replace(string(quayPage(6000, "")), "<article>", `<article><div id="comments">`, 1)),
			Options{MaxTextBytes: 4000}, "html: article text too long: the page holds 5,"},
		// nothing left once the comments are out: the bound the page breaks
		{"only comments", []byte("<html><body><div class=\"post-comments\">" + strings.Repeat("<p>Orlo Vesk wrote that the quay lamps were brighter last year.</p>", 100) + "</div></body></html>"),
			Options{MaxTextBytes: 4000}, "html: article text too long: the page holds 5,000 bytes"},
		{"commentary is no comment section", commentedPage(2000, 6000, `<section class="commentary">`), Options{MaxTextBytes: 4000},
			"html: article text too long"},
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
			case tt.wantErr == "" && strings.Contains(a.Text, "Gull_Watcher"):
				t.Fatalf("Extract text holds the comments: %.80q", a.Text)
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

func TestCommentName(t *testing.T) {
	for v, want := range map[string]bool{
		"comments": true, "comment-list": true, "commentlist": true, "comments-area": true,
		"comment-thread": true, "post-comments": true, "reader_comments": true, "fb-comments": true, "disqus_thread": true,
		"dsq-comments": true,
		// an opinion column, a count, a switch or a state of the page
		"comment": false, "commentary": false, "comment-count": false, "comments-open": false, "allow-comments": false,
		"story--with-comments": false, "article--no-comments": false, "post--has-comments": false, "js-comments": false,
		"load-comments": false, "tag-reader-comments": false,
	} {
		if got := commentName(v); got != want {
			t.Errorf("commentName(%q) = %v, want %v", v, got, want)
		}
	}
}
