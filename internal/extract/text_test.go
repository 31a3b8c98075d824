package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

const chromeStory = `Harbor ferry fares to double in June

Share this article

By Ana Ruiz and Tom Beck, Coastline Post

Published May 2, 2026 9:05AM (EDT)

(Photo: Coastline Post/File)

LINDEN BAY, Ore. — The Linden Bay ferry will double its fares in June, the port authority said on Friday, the first increase in nine years.

"We have held the line as long as we could," said port director Mira Holt. The authority expects 4,000 fewer riders a week.

Leave a comment

Your email address will not be published. Required fields are marked *

Subscribe now for unlimited access.

Ana Ruiz

Discuti questo articolo`

func TestFromTextChrome(t *testing.T) {
	a := fromText(chromeStory, false, Options{})
	if a.Title != "Harbor ferry fares to double in June" {
		t.Errorf("Title = %q", a.Title)
	}
	if diff := cmp.Diff([]string{"Ana Ruiz", "Tom Beck"}, a.Byline); diff != "" {
		t.Errorf("Byline mismatch (-want +got):\n%s", diff)
	}
	if a.Published == nil || *a.Published != "2026-05-02T09:05:00-04:00" {
		t.Errorf("Published = %v, want 2026-05-02T09:05:00-04:00", deref(a.Published))
	}
	if a.Outlet == nil || *a.Outlet != "Coastline Post" {
		t.Errorf("Outlet = %v, want Coastline Post", deref(a.Outlet))
	}
	if a.Dateline != "LINDEN BAY, Ore." {
		t.Errorf("Dateline = %q", a.Dateline)
	}
	wantRemoved := []string{
		"Share this article", "(Photo: Coastline Post/File)", "Leave a comment",
		"Your email address will not be published. Required fields are marked *",
		"Subscribe now for unlimited access.", "Ana Ruiz", "Discuti questo articolo",
	}
	if diff := cmp.Diff(wantRemoved, a.Removed); diff != "" {
		t.Errorf("Removed mismatch (-want +got):\n%s", diff)
	}
	wantText := "LINDEN BAY, Ore. — The Linden Bay ferry will double its fares in June, the port authority said on Friday, the first increase in nine years.\n\n" +
		"\"We have held the line as long as we could,\" said port director Mira Holt. The authority expects 4,000 fewer riders a week."
	if a.Text != wantText {
		t.Errorf("Text = %q\nwant %q", a.Text, wantText)
	}
}

func TestFromTextKeepsContent(t *testing.T) {
	// Short lines inside the body, a colon lead-in and a list stay.
	in := "Council votes on budget\n\nThe council met on Monday. It passed three measures:\n\nFrom the minutes:\n\n- a new library wing\n\nThe vote was 5-2, and the mayor signed it the same evening after a long debate."
	checkKeepsAll(t, in, "From the minutes:", "- a new library wing", "The council met on Monday.")
}

// checkKeepsAll reads the text in and checks that it removes nothing and
// keeps every line in want.
func checkKeepsAll(t *testing.T, in string, want ...string) {
	t.Helper()
	a := fromText(in, false, Options{})
	for _, w := range want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("Text lost %q: %q", w, a.Text)
		}
	}
	if len(a.Removed) != 0 {
		t.Errorf("Removed = %q, want nothing", a.Removed)
	}
}

// A text with no headline line that opens with a name line is read (a
// panic once: the byline check looked at the line before the first).
func TestHeadlessTextOpeningWithName(t *testing.T) {
	doc := corroborate.Document{Source: "d.jsonl:4", Format: "text", Headless: true,
		Body: []byte("Ada Quill\n\nThe ferry returned on Monday, the port said.")}
	if a, err := Extract(doc, Options{}); err != nil || !strings.Contains(a.Text, "The ferry returned") {
		t.Errorf("Extract = %q, %v", a.Text, err)
	}
}

func TestHeadlessText(t *testing.T) {
	// A JSON record's one-paragraph text has no headline line: none is taken.
	doc := corroborate.Document{Source: "d.jsonl:3", Format: "text", Headless: true, Title: "Given title",
		Body: []byte("The Harlow paper mill reopened on Monday after a two-year closure, the owners said.")}
	a, err := Extract(doc, Options{})
	if err != nil {
		t.Fatalf("Extract(headless) = %v", err)
	}
	if a.Title != "Given title" || !strings.HasPrefix(a.Text, "The Harlow paper mill") {
		t.Errorf("Title = %q, Text = %q", a.Title, a.Text)
	}
}

func TestHardWrappedLinesJoin(t *testing.T) {
	in := "Title here\n\nThe council met on Monday to discuss the budget for the coming\nyear and passed it after a long debate.\n"
	a := fromText(in, false, Options{})
	want := "The council met on Monday to discuss the budget for the coming year and passed it after a long debate."
	if a.Text != want {
		t.Errorf("Text = %q, want %q", a.Text, want)
	}
}

// TestFixedWidthWrapJoins: in a text wrapped at a fixed width, a line that
// runs to the width and ends no sentence goes on in the next line, though
// that starts with a capital (a name); a short line (a heading, a
// paragraph's last line) ends where it ends.
func TestFixedWidthWrapJoins(t *testing.T) {
	in := strings.Join([]string{
		"Floods in the Kellin valley",
		"",
		"   KELLIN, Osterland (AP) _ Floods in the Kellin valley have killed at",
		"least 40 people and cut off a dozen villages in the north, officials",
		"said Friday, as the army flew food and water to the towns of Orsa and",
		"Vell.",
		"   ``Nobody has come to help us,'' said a farmer in the valley town of",
		"Orsa, who lost his house and a herd of forty cattle on Thursday night",
		"when the river broke its banks.",
		"   Relief workers said roads into the valley remained closed and that",
		"food and water were running short in at least a dozen towns.",
	}, "\n")
	a := fromText(in, false, Options{})
	if a.Title != "Floods in the Kellin valley" {
		t.Errorf("Title = %q, want the headline", a.Title)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 3 || !strings.HasPrefix(paras[1], "“Nobody has come to help us,” said") || !strings.Contains(paras[1], "valley town of Orsa, who lost") {
		t.Errorf("Text = %q, want three paragraphs, the farmer's sentence whole", a.Text)
	}
	if got := fromText("Title here\n\nShort line one\nAnother short line\nThird line\nFourth\nFifth line\nSixth line\n", false, Options{}); strings.Count(got.Text, "\n\n") != 5 {
		t.Errorf("lines of a text not wrapped at a width were joined: %q", got.Text)
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"August 4, 2017", "2017-08-04"},
		{"Published Aug. 4, 2017", "2017-08-04"},
		{"4 August 2017", "2017-08-04"},
		{"Agosto 4, 2017", "2017-08-04"},
		{"4 de agosto de 2017", "2017-08-04"},
		{"4 agosto 2017", "2017-08-04"},
		{"4 août 2017", "2017-08-04"},
		{"4. August 2017", "2017-08-04"},
		{"12 marzo 2026", "2026-03-12"},
		{"3 de março de 2026", "2026-03-03"},
		{"1er mai 2026", "2026-05-01"},
		{"17. Dezember 2025", "2025-12-17"},
		{"2017-08-04", "2017-08-04"},
		{"25/12/2024", "2024-12-25"},
		{"Published August 4, 2017 10:33AM (EDT)", "2017-08-04T10:33:00-04:00"},
		{"2017-08-04T10:33:00Z", "2017-08-04T10:33:00Z"},
		{"March 06, 2026, 5:49:29 AM EST", "2026-03-06T05:49:29-05:00"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tm, clock, ok := findDate(tt.in)
			if !ok {
				t.Fatalf("findDate(%q) found nothing, want %s", tt.in, tt.want)
			}
			got := tm.Format("2006-01-02")
			if clock {
				got = tm.Format(timeLayout(tt.want))
			}
			if got != tt.want {
				t.Errorf("findDate(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
	for _, bad := range []string{"no date here", "03/04/2017", "February 31, 2020", "Room 4 May"} {
		if tm, _, ok := findDate(bad); ok {
			t.Errorf("findDate(%q) = %v, want none", bad, tm)
		}
	}
}

func timeLayout(want string) string {
	if strings.HasSuffix(want, "Z") {
		return "2006-01-02T15:04:05Z07:00"
	}
	return "2006-01-02T15:04:05-07:00"
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in     string
		names  []string
		outlet string
	}{
		{"By Charlie Brandt", []string{"Charlie Brandt"}, ""},
		{"BY Ana Ros and Li Wei, Associated Press", []string{"Ana Ros", "Li Wei"}, "Associated Press"},
		{"By Lena Okafor, Tidewater Press", []string{"Lena Okafor"}, "Tidewater Press"},
		{"Por María Gil y José Luis Vega", []string{"María Gil", "José Luis Vega"}, ""},
		{"By the way, nobody asked", nil, ""},
		{"By Tuesday", nil, ""},
		{"By By Ada Quill, harbor reporter", []string{"Ada Quill"}, ""},
		{"By Di Marco Rossi", []string{"Di Marco Rossi"}, ""},
	}
	for _, tt := range tests {
		names, outlet := parseByline(tt.in)
		if !slices.Equal(names, tt.names) || outlet != tt.outlet {
			t.Errorf("parseByline(%q) = %q, %q; want %q, %q", tt.in, names, outlet, tt.names, tt.outlet)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := map[string]string{
		"The council said that the vote was not final and that the mayor has the last word.":      "en",
		"El consejo dijo que la votación no es final y que el alcalde tiene la última palabra.":   "es",
		"Il consiglio ha detto che il voto non è definitivo e che il sindaco ha l'ultima parola":  "it",
		"Le conseil a dit que le vote n'est pas définitif et que le maire a le dernier mot pour":  "fr",
		"Der Rat sagte, dass die Abstimmung nicht endgültig ist und der Bürgermeister das letzte": "de",
		"O conselho disse que a votação não é final e que o prefeito tem a última palavra para":   "pt",
	}
	for in, want := range tests {
		if got := detectLanguage(in, ""); got != want {
			t.Errorf("detectLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExtractText(t *testing.T) {
	doc := corroborate.Document{Source: "a.txt", Format: "text", Body: []byte(chromeStory)}
	a, err := Extract(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Extract(doc, Options{})
	if a.ID == "" || a.ID != b.ID {
		t.Errorf("ID = %q then %q, want one stable id", a.ID, b.ID)
	}
	if len(a.Sentences) != 3 || a.Language != "en" || a.Source != "a.txt" {
		t.Errorf("Sentences = %d, Language = %q, Source = %q", len(a.Sentences), a.Language, a.Source)
	}
	if _, err := Extract(corroborate.Document{Source: "e.txt", Format: "text", Body: []byte("   \n")}, Options{}); err == nil {
		t.Error("Extract(empty) returned no error")
	}
	if _, err := Extract(corroborate.Document{Source: "b.txt", Format: "text", Body: []byte("ok\xff\xfe")}, Options{}); err == nil {
		t.Error("Extract(invalid UTF-8) returned no error")
	}
}

func deref(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

// TestDetectLanguageShort checks the detector on texts too short to
// trust: a page's declared language stands, and without one the answer
// is "und" rather than a guess.
func TestDetectLanguageShort(t *testing.T) {
	tests := []struct{ text, declared, want string }{
		{"Ferry returns", "", "und"},
		{"Ferry returns", "en-GB", "en"},
		{"Il traghetto torna", "it", "it"},
		{"Der Rat sagte, dass die Abstimmung nicht endgültig ist und der Bürgermeister das letzte Wort hat, wie es in der Stadt seit Jahren üblich ist. Die Fähre fährt wieder jede Stunde.", "en", "de"},
	}
	for _, tt := range tests {
		if got := detectLanguage(tt.text, tt.declared); got != tt.want {
			t.Errorf("detectLanguage(%q, %q) = %q, want %q", tt.text, tt.declared, got, tt.want)
		}
	}
}

// A gallery button under the headline is chrome, never the byline.
func TestGalleryButtonIsNoByline(t *testing.T) {
	in := "The harbor master resigned after the ferry fire\n\nVIEW GALLERY\n\nThe harbor master of Linden Bay resigned on Friday, a week after a ferry caught fire at the quay.\n"
	a := fromText(in, false, Options{})
	if len(a.Byline) != 0 {
		t.Errorf("Byline = %q, want none", a.Byline)
	}
	if strings.Contains(a.Text, "VIEW GALLERY") || !slices.Contains(a.Removed, "VIEW GALLERY") {
		t.Errorf("Text = %q, Removed = %q: the button is not removed and listed", a.Text, a.Removed)
	}
}

// Captions left in a story's text: one ending in its picture's credit, one
// set after a credit by a run of spaces, and an image's file name.
func TestCaptionLines(t *testing.T) {
	captions := []string{
		"Vigil: candles and flowers at the gates of the harbor station on Friday night (Picture: Coastline Post)",
		"Getty   Firefighters carry a hose along the quay at Linden Bay",
		"Harbor-Fire-3",
	}
	prose := []string{
		"The harbor master of Linden Bay resigned on Friday, a week after a ferry caught fire at the quay.",
		"\"We should have closed the quay a day earlier,\" she told the council (a meeting she had called herself).",
	}
	in := "The harbor master resigns\n\n" + prose[0] + "\n\n" + captions[0] + "\n\n" + captions[1] + "\n\n" + captions[2] + "\n\n" + prose[1] + "\n"
	checkRemoved(t, in, captions, prose)
}

// checkRemoved reads the text in and checks that every chrome line left
// the text and is listed as removed, and every prose line stayed.
func checkRemoved(t *testing.T, in string, chrome, prose []string) corroborate.Article {
	t.Helper()
	a := fromText(in, false, Options{})
	for _, c := range chrome {
		if strings.Contains(a.Text, c) || !slices.Contains(a.Removed, c) {
			t.Errorf("chrome %q is kept in the text or not listed as removed", c)
		}
	}
	for _, p := range prose {
		if !strings.Contains(a.Text, p) {
			t.Errorf("prose %q was removed", p)
		}
	}
	return a
}

// A letter quoted in the body keeps its opening line and its sign-off: a
// line between paragraphs needs more than a chrome word ("read") or a lone
// letter ("x") to be taken for chrome.
func TestQuotedLetterKept(t *testing.T) {
	in := `Pupil's note to her teacher goes round the town

A note that a ten-year-old wrote to her music teacher at Linden Bay primary school was pinned up in the town library on Monday.

Her teacher had told the class he was leaving the school at the end of the term.

More than a goodbye

It read in full: 'Dear Mr Holt

I will miss your songs and the way you played the drum on Fridays.

From Ada

x

The note now hangs beside the library's front door, the librarian said.`
	checkKeepsAll(t, in, "It read in full: 'Dear Mr Holt", "\n\nx\n\n", "More than a goodbye")
}

// Promotions for other stories, videos and social pages, and a caption
// marked as a posed picture, are chrome wherever they stand in the body.
func TestPromoLinesRemoved(t *testing.T) {
	promos := []string{
		"MORE: Ten ferry routes you can take for a pound",
		"RELATED: Harbor café owner swims across the bay for charity and raises thousands for the lifeboat crew",
		"Watch the harbor master's last speech at the quay:",
		"Video loading        Watch next        Watch this video again",
		"For more stories, like the Coastline Post's Facebook page and follow the crew's updates:",
		"RelatedLinden Bay ferry fares to double in JuneHarbor: lifeboat crew rescues two kayakers",
		"A teacher reads a letter from a pupil at her desk (picture posed by models)",
		">> Read more harbor stories",
	}
	prose := []string{
		"The harbor master of Linden Bay resigned on Friday, a week after a ferry caught fire at the quay.",
		"More: the council said it would publish the report on the fire next week.",
		"Related: the port authority has raised ferry fares twice since the fire, both times by ten per cent.",
		"She told the council she had asked for a new fire pump two years ago.",
	}
	in := "The harbor master resigns\n\n" + prose[0] + "\n\n" + strings.Join(promos[:3], "\n\n") + "\n\n" + prose[1] + "\n\n" +
		prose[2] + "\n\n" + strings.Join(promos[3:], "\n\n") + "\n\n" + prose[3] + "\n"
	checkRemoved(t, in, promos, prose)
}

// The date under an embedded post is the post's, not the article's.
func TestEmbeddedPostDateIsNoPublished(t *testing.T) {
	in := `Harbor café owner swims across the bay

The owner of a café on the Linden Bay quay swam across the bay on Sunday to raise money for the lifeboat crew.

She made it in just under two hours, the crew said on social media.

Ada Quill made it across! Well done from all of us
— Linden Bay Lifeboat (@lindenlifeboat) March 8, 2026

The crew said it would spend the money on a new radio.`
	a := fromText(in, false, Options{})
	if a.Published != nil {
		t.Errorf("Published = %q, want none: the date closes an embedded post", *a.Published)
	}
	if !strings.Contains(a.Text, "(@lindenlifeboat) March 8, 2026") {
		t.Errorf("the embedded post's date line left the text: %q", a.Text)
	}
}

// Photo captions left in the text say where people stand in the picture or
// that they are pictured, and end without a stop; prose that says "left"
// or "pictured" ends its sentence and stays. Prompts to follow a link or
// open a video plain text no longer holds are chrome.
func TestPictureCaptionsAndPrompts(t *testing.T) {
	chrome := []string{
		"Harbor master Ada Quill, right, became the town's best known sailor after she rescued two kayakers, left",
		"Mira Holt (centre) took part in the rescue with her two daughters",
		"KEN ROSS/VIA CALDER TV   Brave: the crew of the lifeboat set out at dawn",
		"CALDER HARBOR MUSEUM   Old Times: the quay, pictured here in 1950, was rebuilt after the flood",
		"The lifeboat crew, pictured",
		"READING ON A PHONE? CLICK HERE TO SEE THE HARBOUR CLIP.",
		"Check Out These Three Tricks For Cheaper Quay Parking",
		"Check out our Linden ferry review here",
		"Read the full story here.",
		"Scroll down for video",
	}
	prose := []string{
		"The lifeboat, nicknamed the Grey Lady, left the quay at six in the morning, the crew said.",
		"Turn left at the lighthouse and the old quay is on the right, the guide told the visitors.",
		"The boat pictured in the museum's leaflet sank in 1950 and was raised a year later.",
		"Um, right.",
		"She was pictured leaving the harbor office on Friday with her lawyer.",
		"Check out times at the harbor hotel are at ten, the manager said.",
	}
	parts := interleave(prose, chrome)
	in := "Lifeboat crew rescues kayakers\n\n" + strings.Join(parts, "\n\n") + "\n\nThe crew has saved eleven people this year, its captain said.\n"
	checkRemoved(t, in, chrome, prose)
}

// interleave returns a's and b's lines in turn, a's first: chrome between
// lines of prose.
func interleave(a, b []string) []string {
	var out []string
	for i := range max(len(a), len(b)) {
		if i < len(a) {
			out = append(out, a[i])
		}
		if i < len(b) {
			out = append(out, b[i])
		}
	}
	return out
}

// TestASCIIQuotes: newswire archives spell quotation marks “so” and a
// nested one `so'; they are read as the marks they stand for, a quotation
// left open ends with its paragraph, and a text without “ is untouched.
func TestASCIIQuotes(t *testing.T) {
	bq := "\x60"
	tests := []struct{ in, want string }{
		{bq + bq + "We gave them every chance,'' said Mara Quill.", "“We gave them every chance,” said Mara Quill."},
		{"He said " + bq + bq + "the " + bq + "fair' fee is gone.''", "He said “the ‘fair' fee is gone.”"},
		{bq + bq + "First paragraph, still open.\n\nThe warden's ''job'' stays.", "“First paragraph, still open.\n\nThe warden's ''job'' stays."},
		{"''Not this year,'' the governor replied.", "''Not this year,'' the governor replied."},
	}
	for _, tt := range tests {
		if got := asciiQuotes(tt.in); got != tt.want {
			t.Errorf("asciiQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A byline and the date on one line under the headline are both read: the
// names without "By" (said twice or once), the date as the publication
// date, with its time when it has one; the line leaves the text.
func TestBylineAndDateOnOneLine(t *testing.T) {
	body := "The Linden Bay ferry returned to service on Sunday after nine months in dry dock.\n\nThe crossing took forty minutes, the port authority said.\n"
	tests := []struct {
		line      string
		byline    []string
		published string
	}{
		{"By By Ada Quill, harbor reporter. March 06, 2026, 5:49:29 AM EST", []string{"Ada Quill"}, "2026-03-06T05:49:29-05:00"},
		{"By Ada Quill, harbor reporter. March 06, 2026, 5:49:29 AM EST", []string{"Ada Quill"}, "2026-03-06T05:49:29-05:00"},
		{"By Ada Quill. March 6, 2026", []string{"Ada Quill"}, "2026-03-06"},
		{"By Ada Quill and Tom Beck | March 6, 2026", []string{"Ada Quill", "Tom Beck"}, "2026-03-06"},
		{"By Ada Quill, updated March 6, 2026", []string{"Ada Quill"}, "2026-03-06"},
		{"By Ada Quill", []string{"Ada Quill"}, ""},
		{"March 6, 2026", nil, "2026-03-06"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			a := fromText("Ferry back in service\n\n"+tt.line+"\n\n"+body, false, Options{})
			if !slices.Equal(a.Byline, tt.byline) {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.byline)
			}
			if got := orEmpty(a.Published); got != tt.published {
				t.Errorf("Published = %q, want %q", got, tt.published)
			}
			if strings.Contains(a.Text, tt.line) {
				t.Errorf("the line stayed in the text: %q", a.Text)
			}
		})
	}
	// A sentence that opens with "By" and holds a date is no byline.
	a := fromText("Ferry back in service\n\nBy the end of March 6, 2026, the ferry had carried a thousand passengers.\n\n"+body, false, Options{})
	if a.Byline != nil || a.Published != nil {
		t.Errorf("a sentence read as byline %q and date %q", a.Byline, orEmpty(a.Published))
	}
}

// A line of prose closed by the outlet that reported it, in brackets, looks
// like a caption closed by its credit; it says something happened or was
// said, so it stays. Captions closed by a photographer's or a picture
// agency's credit, or pointing at the picture, still go.
func TestCreditedReportIsNoCaption(t *testing.T) {
	chrome := []string{
		"Ada Quill, the ferry's captain (Harbor Films)",
		"The new ferry, pictured at the quay, was launched in May (Calder Post)",
		"Ferry crews were cheered at the quay on Friday (Getty Images)",
		"Crews worked through the night to clear the quay (Ana Ros/Calder Post)",
	}
	prose := []string{
		"The harbour levy was approved on Monday, the board said (Calder Post)",
		"The ferry board will add a night crossing in June (Reuters)",
	}
	parts := interleave(prose, chrome)
	in := "Harbour levy approved\n\nThe harbour board met for four hours on Monday before the vote was taken, its chair said.\n\n" +
		strings.Join(parts, "\n\n") + "\n\nThe levy takes effect in the spring, the board's chair said on Tuesday.\n"
	checkRemoved(t, in, chrome, prose)
	for _, p := range prose {
		if Furniture(p) {
			t.Errorf("Furniture(%q) = true, want false: a sentence of the article", p)
		}
	}
}

// Wire copy as an agency sends it: the lead stands first with its
// dateline (no headline), and the agency's notes to editors and its
// transmission slug are left in the text.
func TestWireDeskNotesAndLeadTitle(t *testing.T) {
	lead := "LENNA, Norland _ The Orvell ferry sank in a winter storm on Tuesday off the coast of Norland, killing at least 14 passengers and crew, the coast guard said."
	notes := []string{
		"(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)",
		"(BEGIN OPTIONAL TRIM)",
		"(END OPTIONAL TRIM)",
		"(MORE)",
		"NYT-12-02-98 1820EST",
		"AP-NY-03-14-26 0912EDT",
	}
	prose := []string{
		"Rescuers pulled 61 survivors from the sea, officials said.",
		"The ferry, built in 1971, had failed an inspection last spring (more on that below), records show.",
		"Optional extras on the crossing, such as cabins, were sold out, the company said.",
	}
	in := lead + "\n\n" + prose[0] + "\n\n" + strings.Join(notes[:3], "\n\n") + "\n\n" + prose[1] + "\n\n" +
		prose[2] + "\n\n" + strings.Join(notes[3:], "\n\n") + "\n"
	a := checkRemoved(t, in, notes, prose)
	if want := lead[len("LENNA, Norland _ "):]; a.Title != want {
		t.Errorf("title %q, want the lead without its dateline %q", a.Title, want)
	}
	if !strings.HasPrefix(a.Text, lead) {
		t.Errorf("the lead is no longer the text's first paragraph:\n%s", a.Text)
	}
}

// A byline standing first, as wire copy starts, is the byline and no
// headline; a headline that opens with "By" stays the headline.
func TestBylineStandingFirst(t *testing.T) {
	body := "\n\nLENNA, Norland _ For the families of Orvell, the ferry was the town's lifeline, and on Tuesday it sank.\n"
	a := fromText("By MARTA OLSEN"+body, false, Options{})
	if a.Title != "" || !slices.Equal(a.Byline, []string{"MARTA OLSEN"}) {
		t.Errorf("title %q, byline %q: want no title and the byline MARTA OLSEN", a.Title, a.Byline)
	}
	// said twice, as some dumps write a headline
	a = fromText("By MARTA OLSEN\n\nBy MARTA OLSEN"+body, false, Options{})
	if a.Title != "" || !slices.Equal(a.Byline, []string{"MARTA OLSEN"}) || strings.Contains(a.Text, "OLSEN") {
		t.Errorf("byline said twice: title %q, byline %q, text %q", a.Title, a.Byline, a.Text)
	}
	const head = "By the numbers: the ferry crossing in one chart"
	if a := fromText(head+body, false, Options{}); a.Title != head {
		t.Errorf("title %q, want %q", a.Title, head)
	}
}

// HTML tags left in a plain text (a feed's or a dump's text field) are
// taken out: inline ones leave their words in the sentence, a span or a
// block leaves what it held on a line of its own, where a caption's credit
// is read as one; a script quoted in the text stays, as written.
func TestStrayTagsInPlainText(t *testing.T) {
	in := "Ferry sinks off Norland\n\n" +
		"The <b>Orvell</b> ferry sank on Tuesday, <a href=\"https://example.com/x\">the coast guard</a> said.\n" +
		"<span class=meta>Photo/Lenna Coast Guard</span>Rescuers pulled 61 people from the water.<br>Five are missing.\n\n" +
		"The port's code is <script>var x = 1 < 2;</script> and the ferry was built in 1971, and 3 < 4 is no tag.\n"
	a := fromText(in, false, Options{})
	textHolds(t, a.Text, []string{
		"The Orvell ferry sank on Tuesday, the coast guard said.",
		"Rescuers pulled 61 people from the water.",
		"Five are missing.",
		"The port's code is <script>var x = 1 < 2;</script> and the ferry was built in 1971, and 3 < 4 is no tag.",
	}, []string{"<b>", "<a ", "</a>", "<span", "<br>", "Photo/Lenna"})
	if !slices.Contains(a.Removed, "Photo/Lenna Coast Guard") {
		t.Errorf("the caption's credit is not listed as removed: %q", a.Removed)
	}
}
