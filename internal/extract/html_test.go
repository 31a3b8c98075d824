package extract

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

func mustReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func extractHTMLDoc(body []byte) (corroborate.Article, error) {
	return Extract(corroborate.Document{Source: "page.html", Format: "html", Body: body}, Options{})
}

// TestFromHTMLArticle runs a fictional news page with navigation, a share
// bar, an inline related link, newsletter and follow prompts, a related
// stories box, comments and a footer.
func TestFromHTMLArticle(t *testing.T) {
	a, err := extractHTMLDoc(mustReadFile(t, "testdata/html/harbor.html"))
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	wantParas := []string{
		"LINDEN BAY — The harbor ferry resumed its hourly crossings on Thursday, six weeks after a winter storm tore the landing ramp from its moorings and left island residents relying on a single water taxi.",
		"“We had people rowing their groceries across,” said harbor master Ines Okafor, who oversaw the repairs. “Today the line at the dock was mostly people who just wanted to ride it again.”",
		"The port authority said the new ramp cost 2.4 million dollars, about a third more than first estimated, because steel pilings had to be driven deeper into the silt than the original design called for.",
		"Weekend service will run every ninety minutes until the summer timetable starts in May, the authority said, and fares will stay at their old level through the end of the year.",
		"Shopkeepers on the island said trade had fallen by half during the closure. “A boat every hour is what keeps this place alive,” said baker Tomas Reyes, whose shop faces the landing.",
	}
	if diff := cmp.Diff(wantParas, strings.Split(a.Text, "\n\n")); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if want := "Ferry service returns to Linden Bay after storm repairs"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if diff := cmp.Diff([]string{"Marta Quill"}, a.Byline); diff != "" {
		t.Errorf("Byline (-want +got):\n%s", diff)
	}
	if got := deref(a.Published); got != "2024-03-14T09:30:00Z" {
		t.Errorf("Published = %q, want 2024-03-14T09:30:00Z (the page's article:published_time)", got)
	}
	if got := deref(a.Outlet); got != "The Calder Gazette" {
		t.Errorf("Outlet = %q, want The Calder Gazette", got)
	}
	if a.Dateline != "LINDEN BAY" {
		t.Errorf("Dateline = %q, want LINDEN BAY", a.Dateline)
	}
	if a.Language != "en" {
		t.Errorf("Language = %q, want en", a.Language)
	}
	for _, chrome := range []string{"Related: Map of the February storm damage", "Sign up for our free newsletter", "Follow Marta Quill on Twitter"} {
		found := false
		for _, r := range a.Removed {
			found = found || strings.Contains(r, chrome)
		}
		if !found {
			t.Errorf("Removed = %q, want it to list %q", a.Removed, chrome)
		}
	}
	for _, gone := range []string{"Subscribe", "Tweet", "Leave a comment", "nightmare", "Council votes", "All rights reserved", "Privacy Policy"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("Text holds chrome %q", gone)
		}
	}
}

// TestFromHTMLWindows1252 reads a page whose bytes are windows-1252, as its
// <meta charset> says: curly quotes, an accented letter, the euro sign.
func TestFromHTMLWindows1252(t *testing.T) {
	body := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 prices</title></head><body><article>" +
		"<h1>Caf\xe9 prices</h1>" +
		"<p>The caf\xe9 on the pier raised the price of a coffee to 3 \x80 this spring, its owner said on Monday afternoon.</p>" +
		"<p>\x93Beans cost twice what they did,\x94 said the owner, Ren\xe9e Martel, who has run the kiosk since 1998.</p>" +
		"<p>Regulars said they would keep coming, though several said they would now skip the pastry with it.</p>" +
		"</article></body></html>")
	a, err := extractHTMLDoc(body)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	for _, want := range []string{"café on the pier", "3 €", "“Beans cost twice what they did,”", "Renée Martel"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("Text = %q, want it to hold %q", a.Text, want)
		}
	}
	if a.Title != "Café prices" {
		t.Errorf("Title = %q, want %q", a.Title, "Café prices")
	}
}

func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		name, in, want, charset string
		header                  string // the HTTP Content-Type header
	}{
		{"utf-8", "<p>naïve</p>", "<p>naïve</p>", "utf-8", ""},
		{"utf-8 with bom", "\xef\xbb\xbf<p>naïve</p>", "<p>naïve</p>", "utf-8", ""},
		{"declared latin-1", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>na\xefve</p>",
			"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>naïve</p>", "windows-1252", ""},
		{"undeclared legacy bytes", "<p>na\xefve</p>", "<p>naïve</p>", "windows-1252", ""},
		{"valid utf-8 wins over a wrong declaration", "<meta charset=\"iso-8859-1\"><p>naïve</p>", "<meta charset=\"iso-8859-1\"><p>naïve</p>", "utf-8", ""},
		{"shift_jis", "<meta charset=\"shift_jis\"><p>\x93\xfa\x96\x7b</p>", "<meta charset=\"shift_jis\"><p>日本</p>", "shift_jis", ""},
		{"decomposed accents become composed", "<p>nai\u0308ve</p>", "<p>naïve</p>", "utf-8", ""},
		{"soft hyphens go", "<p>extra\u00adordinary</p>", "<p>extraordinary</p>", "utf-8", ""},
		{"charset only in the HTTP header", "<p>mi\xb3o\xbf</p>", "<p>miłoż</p>", "iso-8859-2", "text/html; charset=ISO-8859-2"},
		{"the HTTP header before the meta tag", "<meta charset=\"windows-1252\"><p>mi\xb3o</p>", "<meta charset=\"windows-1252\"><p>miło</p>", "iso-8859-2", "text/html;charset=\"iso-8859-2\""},
		{"a header's utf-8 on a page that is not", "<p>na\xefve</p>", "<p>naïve</p>", "windows-1252", "text/html; charset=utf-8"},
		{"a header with no charset", "<p>na\xefve</p>", "<p>naïve</p>", "windows-1252", "text/html"},
		{"an unknown header charset falls back on the meta tag", "<meta charset=\"iso-8859-2\"><p>mi\xb3o</p>", "<meta charset=\"iso-8859-2\"><p>miło</p>", "iso-8859-2", "text/html; charset=x-nonsense"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs, err := decodeHTML([]byte(tt.in), tt.header)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || cs != tt.charset {
				t.Errorf("decodeHTML(%q, %q) = %q, %q; want %q, %q", tt.in, tt.header, got, cs, tt.want, tt.charset)
			}
		})
	}
}

// TestFromHTMLMalformed feeds broken and hostile pages: extraction returns
// text or an error, never panics.
func TestFromHTMLMalformed(t *testing.T) {
	para := "The council met on Tuesday evening and agreed to repair the old sea wall before the autumn storms arrive."
	tests := []struct {
		name     string
		body     string
		wantText bool // the paragraph must come out
	}{
		{"unclosed tags", "<html><body><div><p>" + para + "<p>" + para + "<div><span><b>", true},
		{"stray end tags", "</div></p></body><p>" + para + "</td></tr></table></html></html>", true},
		{"tags inside attributes", `<p title="<p>x</p>" data-x='">'>` + para + `</p><img src="x" onerror="<script>">`, true},
		{"deep nesting", strings.Repeat("<div>", 100000) + "<p>" + para + "</p>", false},
		{"deep inline nesting", strings.Repeat("<b><i>", 50000) + para, false},
		{"binary junk", "\x00\x01\x02<\xff\xfe>\x00" + strings.Repeat("\x89PNG\r\n", 1000), false},
		{"only script", "<script>" + strings.Repeat("var a = '<p>';", 1000) + "</script>", false},
		{"huge attribute", `<p class="` + strings.Repeat("a", 1<<20) + `">` + para + `</p>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := extractHTMLDoc([]byte(tt.body))
			if tt.wantText {
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				if !strings.Contains(a.Text, para) {
					t.Errorf("Text = %q, want it to hold the paragraph", a.Text)
				}
			}
		})
	}
}

func TestFromHTMLEmpty(t *testing.T) {
	for _, body := range []string{"", "   \n\t ", "<html></html>", "<html><head><title>x</title></head><body></body></html>", "<!-- nothing -->"} {
		_, err := extractHTMLDoc([]byte(body))
		if !errors.Is(err, ErrEmpty) {
			t.Errorf("Extract(%q) error = %v, want ErrEmpty", body, err)
		}
	}
}

func TestFromHTMLTooLarge(t *testing.T) {
	body := []byte("<p>" + strings.Repeat("word ", maxHTMLBytes/5+1) + "</p>")
	_, err := extractHTMLDoc(body)
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("Extract(%d bytes) error = %v, want one saying the page is too large", len(body), err)
	}
}

// FuzzExtractHTML checks that no page makes HTML extraction panic and that
// what comes out is trimmed UTF-8 text with sentence spans inside it.
func FuzzExtractHTML(f *testing.F) {
	f.Add([]byte("<p>The council met on Tuesday and agreed to repair the sea wall before the storms.</p>"))
	f.Add([]byte("<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>"))
	f.Add([]byte("<table><tr><td><p>cell<table><td>nested</table></p></td></tr></table><br><br>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte("<h1>Title</h1><p>By Jo Bell</p><p>Related: other story</p><p>© 2024</p>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := extractHTMLDoc(body)
		if err != nil {
			return
		}
		if a.Text == "" || a.Text != strings.TrimSpace(a.Text) || !utf8.ValidString(a.Text) {
			t.Fatalf("Text %q is empty, untrimmed or not UTF-8", a.Text)
		}
		for _, sp := range a.Sentences {
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
				t.Fatalf("sentence [%d,%d) out of range", sp.Start, sp.End)
			}
		}
	})
}
