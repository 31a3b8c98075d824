package extract

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A page's highlights may stand above the lead: the outlet's mark that
// opens the lead under them names the outlet, with or without a dash; a
// mark under a paragraph of the article, or a place with no mark under
// short lines, does not.
func TestDatelineUnderHighlights(t *testing.T) {
	lead := "The whole board of the Lenna harbor ferry service resigned on Tuesday, a day after the crossing shut for the winter.\n\n" +
		"\"We could not keep the boats running safely,\" board chair Ada Holm told reporters.\n\n" +
		"The town council will name an interim board next week."
	highlights := "Story highlights The Lenna ferry board resigned on Tuesday\n\nThe crossing stays shut until March, officials said\n\n"
	long := "The ferry service, which has carried islanders and their cars across the harbor since long before the war, " +
		"through two floods and a strike that lasted most of a summer, has had a difficult year, with three of its four boats " +
		"out of service for repairs at one time or another and its fares frozen by the council.\n\n"
	tests := []struct {
		name, text, outlet, place string
	}{
		{"mark and dash", highlights + "(CNN) — " + lead, "CNN", ""},
		{"place and mark, no dash", highlights + "Lenna (CNN) " + lead, "CNN", "Lenna"},
		{"a wire's bullet points", "* Board resigns after winter closure\n\n* Council to name interim board\n\nBy Ana Ros\n\nLENNA, March 3 (Reuters) - " + lead, "Reuters", "LENNA"},
		{"under a paragraph of the article", long + "(CNN) — " + lead, "", ""},
		{"a place alone under short lines", highlights + "LENNA — " + lead, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, corroborate.Document{Source: "ferry.txt", Format: "text", Body: []byte("Ferry board quits\n\n" + tt.text)})
			if got := orEmpty(a.Outlet); got != tt.outlet {
				t.Errorf("Outlet = %q, want %q", got, tt.outlet)
			}
			if a.Dateline != tt.place {
				t.Errorf("Dateline = %q, want %q", a.Dateline, tt.place)
			}
		})
	}
}

// A publisher's closing sign-off ("Original article on X.") names the
// original publisher: the outlet of a text that names no other, while a
// copy whose URL is another site's is that site's, the line kept in its
// text as a credit.
func TestOriginSignoffOutlet(t *testing.T) {
	body := "Ferry snails found in a crater lake\n\nA team of biologists has found snails living in the warm water of a crater lake in Tarnland.\n\n" +
		"\"We did not expect anything to survive there,\" said Ada Holm, who led the survey.\n\n"
	tests := []struct {
		name, url, closing, outlet string
	}{
		{"original article", "", "Follow Ana Ros @anaros. Original article on Calder Science.", "Calder Science"},
		{"originally published", "", "Originally published on Calder Science.", "Calder Science"},
		{"a host name", "", "Original article on CalderScience.com.", "CalderScience.com"},
		{"a known outlet", "", "Original article on Reuters.", "Reuters"},
		{"a copy on another site", "https://www.harborledger.example/science/snails", "Original article on Calder Science.", "harborledger.example"},
		{"in a sentence", "", "She said the original article on Calder Science had the figures wrong.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, corroborate.Document{Source: "snails.txt", URL: tt.url, Format: "text", Body: []byte(body + tt.closing)})
			if got := orEmpty(a.Outlet); got != tt.outlet {
				t.Errorf("Outlet = %q, want %q", got, tt.outlet)
			}
			if !strings.HasSuffix(a.Text, tt.closing) {
				t.Errorf("the closing line left the text: %q (removed %q)", a.Text, a.Removed)
			}
		})
	}
}

// mustExtract extracts doc with the default options, failing tb on an error.
func mustExtract(tb testing.TB, doc corroborate.Document) corroborate.Article {
	tb.Helper()
	a, err := Extract(doc, Options{})
	if err != nil {
		tb.Fatalf("Extract(%s): %v", doc.Source, err)
	}
	return a
}

// A text that gives no date is dated by the day its URL's path names; a
// date in the text wins, and a URL without a whole day, or with a day that
// does not exist, dates nothing.
func TestURLDate(t *testing.T) {
	body := "Ferry returns\n\nThe harbor ferry resumed its hourly crossings on Thursday, six weeks after a winter storm tore the landing ramp from its moorings."
	tests := []struct {
		name, url, body, want string
	}{
		{"year, month and day", "https://calder.example/news/2026/03/14/ferry-returns", body, "2026-03-14"},
		{"dashes, no leading zero", "https://calder.example/2026-3-4-ferry-returns.html", body, "2026-03-04"},
		{"a date in the text wins", "https://calder.example/2026/03/14/ferry-returns", "Ferry returns\n\nMarch 16, 2026\n\n" + body[len("Ferry returns\n\n"):], "2026-03-16"},
		{"year and month only", "https://calder.example/2026/03/ferry-returns", body, ""},
		{"no such day", "https://calder.example/2026/02/30/ferry-returns", body, ""},
		{"no URL", "", body, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, corroborate.Document{Source: "ferry.txt", URL: tt.url, Format: "text", Body: []byte(tt.body)})
			if got := orEmpty(a.Published); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

// A news agency that sets its name between slashes in its dateline
// ("LENNA, March 3. /ITAR-TASS/. The …") names itself there: the outlet is
// the agency, the place is the dateline's, and a lead standing as the
// headline does not keep the dateline as its start.
func TestSlashDatelineAgency(t *testing.T) {
	lead := "The council of the Lenna harbour district turned to the regional governor on Tuesday, asking him to send a temporary crew to run the night ferry."
	rest := "\n\nThe council voted unanimously for the request at an extraordinary session.\n\n\"We have no boats and no crews,\" council chair Ada Holm said."
	tests := []struct {
		name, body, outlet, place string
	}{
		{"agency between slashes", "LENNA, March 3. /ITAR-TASS/. " + lead + rest, "TASS", "LENNA"},
		{"under a line of page chrome", "Gallery 8 photo Gallery © Ana Ros Harbour of Lenna\n\nLENNA, March 3 /TASS/. " + lead + rest, "TASS", "LENNA"},
		{"an unknown name between slashes", "LENNA, March 3. /Harbour Daily/. " + lead + rest, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, corroborate.Document{Source: "council.txt", Format: "text", Body: []byte(tt.body)})
			if got := orEmpty(a.Outlet); got != tt.outlet {
				t.Errorf("Outlet = %q, want %q", got, tt.outlet)
			}
			if a.Dateline != tt.place {
				t.Errorf("Dateline = %q, want %q", a.Dateline, tt.place)
			}
			if tt.outlet != "" && strings.Contains(a.Title, "/") {
				t.Errorf("Title = %q, keeps the dateline", a.Title)
			}
			if !strings.Contains(a.Text, lead) {
				t.Errorf("the lead left the text: %q", a.Text)
			}
		})
	}
}
