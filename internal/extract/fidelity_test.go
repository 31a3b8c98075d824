package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"golang.org/x/text/encoding/charmap"
)

// TestTextKeepsWords checks plain-text cleaning on the cases where it used
// to lose a reader's words: what must stay in the text and what must be
// listed in Removed.
func TestTextKeepsWords(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		headless bool
		text     string   // the whole text, when set
		keep     []string // lines the text must hold
		removed  []string // Removed, exactly
	}{
		{name: "a sentence wrapped after a short first line", headless: true,
			in:   "The mayor said it was a cold \nnight in the city and the buses stopped running early.",
			text: "The mayor said it was a cold night in the city and the buses stopped running early."},
		{name: "a wrap after a headline", in: "Buses stop early\n\nThe mayor said it was a cold\nnight in Calder, and the buses stopped early.",
			text: "The mayor said it was a cold night in Calder, and the buses stopped early."},
		{name: "only a dated sentence", headless: true, in: "Oggi è il 27/10/2014.", text: "Oggi è il 27/10/2014."},
		{name: "only a headline", in: "Wexley Bridge reopens to traffic", text: "Wexley Bridge reopens to traffic"},
		{name: "subheadings and table rows around the prose stay",
			in:   "Ferry review\n\nHometown: Port Calder\n\nThe new Linden ferry is faster than the old one, and its crew is friendlier, our reviewer found on a long crossing.\n\nPros\n\nQuiet engines\n\nCons\n\nSmall café",
			keep: []string{"Hometown: Port Calder", "Pros", "Quiet engines", "Cons", "Small café"}},
		{name: "picture credits and a signature go, the report's source stays",
			in:      "Ferry fares rise\n\n[Image via Calder Gazette]\n\nFares on the Linden ferry rose on Monday by a fifth, the port authority said in a short statement.\n\nGetty.\n\nThe rise follows a year of higher fuel costs, the authority said.\n\nSource: Port Calder Authority\n\n– Mara Ellison",
			keep:    []string{"The rise follows a year of higher fuel costs, the authority said.", "Source: Port Calder Authority"},
			removed: []string{"[Image via Calder Gazette]", "Getty.", "– Mara Ellison"}},
		{name: "a menu of short links goes", headless: true,
			in:      "Home\nWorld\nSport\nWeather\n\nFerry fares rise\n\nFares on the Linden ferry rose on Monday by a fifth, the port authority said in a short statement.",
			keep:    []string{"Ferry fares rise"},
			removed: []string{"Home", "World", "Sport", "Weather"}},
		{name: "a line of prose starting with Via stays", headless: true,
			in:   "Via Roma reopened to cars on Monday.\n\nThe works on the square took a year, the council said.",
			text: "Via Roma reopened to cars on Monday.\n\nThe works on the square took a year, the council said."},
		{name: "an excerpt cut short after a name stays", headless: true,
			in:   "The council voted on Monday to close the Wexley Bridge for six weeks, the clerk said.\n\nSen. Dan...",
			keep: []string{"Sen. Dan..."}},
		{name: "style code goes", headless: true,
			in:      ".ferry-box {\nwidth:100%;\n}\n\nFares on the Linden ferry rose on Monday by a fifth, the port authority said in a short statement.",
			removed: []string{".ferry-box {", "width:100%;", "}"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(corroborate.Document{Source: "story.txt", Format: "text", Headless: tt.headless, Body: []byte(tt.in)}, Options{})
			if err != nil {
				t.Fatalf("Extract(%q): %v", tt.in, err)
			}
			if tt.text != "" && a.Text != tt.text {
				t.Errorf("Text = %q, want %q", a.Text, tt.text)
			}
			for _, k := range tt.keep {
				if !slices.Contains(strings.Split(a.Text, "\n\n"), k) {
					t.Errorf("Text lacks the line %q:\n%s\nremoved: %q", k, a.Text, a.Removed)
				}
			}
			if !slices.Equal(a.Removed, tt.removed) {
				t.Errorf("Removed = %q, want %q", a.Removed, tt.removed)
			}
		})
	}
}

// TestOnlyDatedSentenceKeepsItsDate: a text that is only a dated sentence
// is both the text and the publication date.
func TestOnlyDatedSentenceKeepsItsDate(t *testing.T) {
	a, err := Extract(corroborate.Document{Source: "oggi.jsonl:1", Format: "text", Headless: true, Body: []byte("Oggi è il 27/10/2014.")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || *a.Published != "2014-10-27" {
		t.Errorf("Published = %v, want 2014-10-27", a.Published)
	}
	if len(a.Sentences) != 1 {
		t.Errorf("Sentences = %v, want one", a.Sentences)
	}
}

// TestDocumentLanguage: a language the input gives wins over detection and
// decides the sentence rules.
func TestDocumentLanguage(t *testing.T) {
	tests := []struct {
		lang, body, wantLang string
		sentences            int
	}{
		{"it", "Ha parlato il Dott. Rossi ieri.", "it", 1},
		{"de-DE", "Die Sitzung ist am 3. Mai in Calder.", "de", 1},
		{"es", "Habló la Sra. Gómez con la prensa. Luego se fue.", "es", 2},
		{"", "The Harlow paper mill reopened on Monday after a two-year closure, the owners said. About two hundred workers went back to the mill that morning.", "en", 2},
		{"", "Oggi è il 27/10/2014.", "it", 1},
		{"", "Die Sitzung ist am 3. Mai in Calder.", "de", 1},
		{"", "The mayor spoke.", "en", 1},
		{"", "Le maire a parlé.", "fr", 1},
		{"", "Dijo, p. ej., que no.", "und", 1},
		{"nonsense", "The Harlow paper mill reopened on Monday after a two-year closure, the owners said. About two hundred workers went back to the mill that morning.", "en", 2},
	}
	for _, tt := range tests {
		a, err := Extract(corroborate.Document{Source: "r.jsonl:1", Format: "text", Headless: true, Language: tt.lang, Body: []byte(tt.body)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Language != tt.wantLang || len(a.Sentences) != tt.sentences {
			t.Errorf("Extract(%q, language %q): Language %q, %d sentences; want %q, %d", tt.body, tt.lang, a.Language, len(a.Sentences), tt.wantLang, tt.sentences)
		}
	}
}

// TestMachineHostNamesNoOutlet: a page served from an IP address or
// localhost has no outlet by its URL.
func TestMachineHostNamesNoOutlet(t *testing.T) {
	page := "<html><head><title>Mill reopens</title></head><body><article><h1>Mill reopens</h1><p>The Harlow paper mill reopened on Monday after a two-year closure, the owners said, and about two hundred workers went back.</p><p>More were expected next month, said a spokesman for the owners on Tuesday.</p></article></body></html>"
	text := "Mill reopens\n\nThe Harlow paper mill reopened on Monday after a two-year closure, the owners said."
	for _, u := range []string{"http://127.0.0.1:18765/story", "http://localhost:8080/a", "http://[::1]:9000/b", "https://10.0.0.7/c"} {
		for _, d := range []corroborate.Document{
			{Format: "html", URL: u, Source: u, Body: []byte(page)},
			{Format: "text", URL: u, Source: u, Body: []byte(text)},
		} {
			a, err := Extract(d, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Outlet != nil {
				t.Errorf("Extract(%s, %s): Outlet = %q, want none", d.Format, u, *a.Outlet)
			}
		}
	}
	a, err := Extract(corroborate.Document{Format: "html", URL: "https://www.harborledger.example/a", Body: []byte(page)}, Options{})
	if err != nil || a.Outlet == nil {
		t.Errorf("a site's host names no outlet: %v, %v", a.Outlet, err)
	}
}

// TestHeaderCharset: a fetched page whose charset only its Content-Type
// header gives is read in that charset.
func TestHeaderCharset(t *testing.T) {
	body, err := charmap.ISO8859_2.NewEncoder().String("<html><body><article><h1>Most zamknięty</h1><p>Burmistrz Kowalczyk powiedział w poniedziałek, że most w Calder będzie zamknięty przez sześć tygodni, bo inżynierowie znaleźli pęknięcia.</p><p>Autobusy pojadą objazdem przez port, dodał rzecznik miasta we wtorek rano.</p></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	doc := corroborate.Document{Format: "html", URL: "https://gazeta.example/most", Body: []byte(body),
		Fetch: &corroborate.Fetch{URL: "https://gazeta.example/most", Status: 200, ContentType: "text/html; charset=iso-8859-2"}}
	a, err := Extract(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "powiedział w poniedziałek, że most") {
		t.Errorf("Text = %q, want it read as ISO-8859-2", a.Text)
	}
}
