package extract

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A lead too long for a headline, written first and again as the first
// paragraph (as some dumps write the headline), is the text's lead once and
// names nothing; unrepeated, it is the text's first paragraph.
func TestLongLeadSaidTwiceKeptOnce(t *testing.T) {
	lead := "As the fog rolled over the Linden Bay quay on Sunday morning, the ferry's captain, Ada Quill, told the crowd waiting for the first crossing in nine months that the boat would leave on time whatever the weather."
	rest := "The crossing took forty minutes. Quill said the crew had trained for a month."
	for _, tc := range []struct{ name, in string }{
		{"said twice", lead + "\n\n" + lead + " " + rest + "\n\nThe port authority said fares would stay the same until June.\n"},
		{"said once", lead + "\n\n" + rest + "\n\nThe port authority said fares would stay the same until June.\n"},
	} {
		a, err := Extract(corroborate.Document{Source: "quay.txt", Format: "text", Body: []byte(tc.in)}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if a.Title != "" {
			t.Errorf("%s: Title = %q, want none: a 40-word sentence is the lead", tc.name, a.Title)
		}
		if n := strings.Count(a.Text, lead); n != 1 || !strings.HasPrefix(a.Text, lead) {
			t.Errorf("%s: the lead stands %d times in the text, want once and first: %q", tc.name, n, a.Text)
		}
		if len(a.Sentences) == 0 || a.Text[a.Sentences[0].Start:a.Sentences[0].End] != lead {
			t.Errorf("%s: first sentence is not the lead: %+v", tc.name, a.Sentences)
		}
		if slices.Contains(a.Removed, lead) {
			t.Errorf("%s: the lead is listed as removed chrome", tc.name)
		}
	}
}

// A page that is only a platform's interface, a send-to-a-friend form or a
// web archive's crawl note,
// crawled in place of an article, has no text, and the error says why.
func TestChromePageHasNoText(t *testing.T) {
	pages := map[string]string{
		"location prompt": "Tweet with a location\n\nTweet with a location\n\nYou can add location information to your Tweets from the quay or from anywhere else you sail. Learn more\n",
		"plugin prompt":   "To get the full experience of this page, please upgrade your Flash Plugin\n\nPlease install Adobe Flash to watch this clip.\n",
		"embed prompt":    "Add this Tweet to your website by copying the code below.\n\nAdd this video to your website by copying the code below.\n",
		"crawl note":      "These crawls are part of an effort to archive pages about harbor towns.\n\nThese crawls are part of an effort to archive pages about harbor towns. Each town's pages are kept as they were on the day of the crawl.\n",
		"share form": "Thanks for your interest in sharing the word about the Calder Gazette.\n\n" +
			"Note: we only ask for your e-mail address so that the person you are recommending this page to knows that it came from you, and that it is no spam.\n",
		"crawl seed list": "The seed for HarborCrawl07 was:\n\nThe seed for HarborCrawl07 was:\n\n- Front pages of every harbor town on the web:\n\n-- up to fifty ranked pages per town site\n",
	}
	for name, body := range pages {
		a, err := Extract(corroborate.Document{Source: name + ".txt", Format: "text", Body: []byte(body)}, Options{})
		if !errors.Is(err, ErrEmpty) {
			t.Errorf("%s: err = %v, text %q: want ErrEmpty", name, err, a.Text)
			continue
		}
		if !strings.Contains(err.Error(), "site chrome") {
			t.Errorf("%s: error %q does not say the page is site chrome", name, err)
		}
		if a.Title != "" {
			t.Errorf("%s: Title = %q, want none", name, a.Title)
		}
	}
}

// A first line that is site chrome, a date line or a widget's label is no
// headline; a headline said again under itself is no byline.
func TestChromeFirstLineIsNoTitle(t *testing.T) {
	body := "The Linden Bay ferry returned to service on Sunday after nine months in dry dock.\n\nThe crossing took forty minutes, the port authority said.\n"
	for _, tc := range []struct {
		first, title string
		gone         bool // the line and its repeat leave the text
	}{
		{"POPULAR", "", true},
		{"Image copyright Calder Photo Image caption The ferry at the quay", "", true},
		{"Gallery 8 photo Gallery © CPN/ADA ROSS Ferry at the quay", "", true},
		{"Published on March 8, 2026", "", true},
		{"Story highlights The ferry is back after nine months", "", false},
		{"The Harbor Master's Farewell Speech (Full Text)", "The Harbor Master's Farewell Speech (Full Text)", false},
	} {
		a := fromText(tc.first+"\n\n"+tc.first+"\n\n"+body, false, Options{})
		if a.Title != tc.title {
			t.Errorf("%q: Title = %q, want %q", tc.first, a.Title, tc.title)
		}
		if tc.gone && strings.Contains(a.Text, strings.Fields(tc.first)[0]) {
			t.Errorf("%q: left in the text %q", tc.first, a.Text)
		}
		if item, ok := strings.CutPrefix(tc.first, "Story highlights "); ok && strings.Count(a.Text, item) != 1 {
			t.Errorf("%q: the first highlight is not in the text once: %q", tc.first, a.Text)
		}
		if strings.Contains(a.Text, "Story highlights") {
			t.Errorf("%q: widget label left in the text %q", tc.first, a.Text)
		}
		if !strings.Contains(a.Text, "nine months in dry dock") {
			t.Errorf("%q: the body was lost: %q", tc.first, a.Text)
		}
	}
	// A highlight said once, with no repeat under it, stays in the text.
	once := "The ferry is back after nine months"
	if a := fromText("Story highlights "+once+"\n\n"+body, false, Options{}); a.Title != "" || strings.Count(a.Text, once) != 1 {
		t.Errorf("a highlight said once: Title = %q, Text = %q; want no title and the highlight once in the text", a.Title, a.Text)
	}
	a := fromText("Published on March 8, 2026\n\nPublished on March 8, 2026\n\n"+body, false, Options{})
	if a.Published == nil || *a.Published != "2026-03-08" {
		t.Errorf("Published = %v, want 2026-03-08 from the first line", deref(a.Published))
	}
	a = fromText("Harbor news\n\nStory highlights include the ferry's return and the new quay.\n\n"+body, false, Options{})
	if !strings.Contains(a.Text, "Story highlights include the ferry's return") {
		t.Errorf("a sentence about highlights lost its first words: %q", a.Text)
	}
	a = fromText("Harbor Overview\n\nHarbor Overview\n\n"+body, false, Options{})
	if a.Title != "Harbor Overview" || a.Byline != nil {
		t.Errorf("Title = %q, Byline = %q: want the heading as title and no byline", a.Title, a.Byline)
	}
}

// Photo captions closed by their credit, gallery and player widgets, a
// page-break label and related headlines in brackets are chrome; prose that
// names an agency or ends in brackets, and an editor's note, stay.
func TestCaptionCreditsAndWidgets(t *testing.T) {
	chrome := []string{
		"Ada Quill, captain of the “Grey Lady.” (Harbor Films)",
		"Rockets burst over the quay at Linden Bay, Ore. AP",
		"A ferry waits at the quay in Linden Bay March 3, 2026. REUTERS/Ken Ross",
		"Crowds line the quay for the ferry's return, Sunday, March 8, 2026, in Linden Bay. The ferry had been out of service since... (Associated Press)",
		"The lifeboat leaves the quay at dawn. Ken Ross/The Calder Post",
		"The crew waves from the bridge. (Ken Ross/Calder Post)",
		"1 of 12 Full Screen Autoplay Close Skip Ad × Linden Bay at dawn View Photos The quay before the ferry ran. Buy Photo Wait 1 second to continue.",
		"00:00 / 01:12 SD HD Share",
		"Media playback is unsupported on your device Media caption The captain on her last crossing",
		"Image copyright Calder Photo Image caption The quay after the storm",
		"Story Continued Below",
		"Slideshow (6 Images)",
		"[Ferry fares rise again for the summer season, port says]",
		"An image from the Linden Bay harbor festival Sunday night.",
		"Have a tip we should know? tips@calderpost.example",
	}
	prose := []string{
		"The council said the ferry would run again on Monday (Tuesday at the latest).",
		"Fares rose by a third this year, according to the AP",
		"[Editor's note: this story was updated on Monday with the council's vote.]",
		"Quill joined the lifeboat crew in 2001 (RNLI)",
		"The port authority thanked the crew of the Grey Lady on Sunday (the crew thanked it back).",
		"A photo of the captain circulated on social media on Monday.",
	}
	parts := interleave(prose, chrome)
	in := "Ferry back in service\n\nThe Linden Bay ferry returned to service on Sunday.\n\n" + strings.Join(parts, "\n\n") + "\n\nThe crossing took forty minutes, its captain said.\n"
	checkRemoved(t, in, chrome, prose)
}

// Under a label that announces links ("Read more at …:"), the headlines
// listed are chrome up to the first sentence.
func TestLabelledLinkListRemoved(t *testing.T) {
	links := []string{
		"Read more at Harbor & Coast:",
		"Linden Bay ferry fares to double in June, port authority says",
		"Lifeboat crew rescues two kayakers off the point",
	}
	prose := []string{
		"The Linden Bay ferry returned to service on Sunday after nine months in dry dock.",
		"The port authority will publish its timetable for the summer next week.",
		"Quay works ahead",
	}
	in := "Ferry back in service\n\n" + prose[0] + "\n\n" + strings.Join(links, "\n\n") + "\n\n" + prose[1] + "\n\n" + prose[2] + "\n\nThe quay will close for repairs in the autumn, the council said.\n"
	checkRemoved(t, in, links, prose)
}

// A video widget's strip, a button to report a mistake, a promotion's
// label before a headline, a picture's alt text over its caption closed by
// an archive label and an agency, and a plea to follow the outlet on a
// platform are chrome, in the languages we read; sentences that share
// their words stay.
func TestWidgetAndPromoChrome(t *testing.T) {
	chrome := []string{
		"JUST WATCHED Ferry fares rise again Replay More Videos ... MUST WATCH Ferry fares rise again 01:24 PLAY VIDEO",
		"Report a Typo",
		"DON’T MISS: The Quiet Harbor Towns Where Ferries Still Run All Night",
		"ferry quay",
		"The night ferry leaves the Linden Bay quay on Monday. [Representational Image] Reuters",
		"Segnala un errore",
		"No te pierdas: Los pueblos del puerto donde el ferry sigue de noche",
		"Pasajeros en el muelle de Port Calder. [Imagen de archivo] EFE",
		"Síguenos en Twitter",
	}
	prose := []string{
		"The harbor board will close the night crossing from March, its chair Ada Holm said on Tuesday.",
		"She said the board would report a typo in the new timetable to the printers on Monday.",
		"Don't miss the last ferry, the harbor master warned passengers on Sunday evening.",
		"ferries at dawn",
		"Residents can follow the ferry's position on Twitter, the board said.",
		"Follow the signs to the quay, the guide told the visitors at the station.",
		"Holm said the photo [pictured in the leaflet] was taken in 1950.",
	}
	// The alt text stands over its caption; "ferries at dawn" over prose.
	in := "Night ferry to close\n\n" + strings.Join([]string{prose[0], chrome[0], prose[1], chrome[1], prose[2], chrome[2],
		prose[3], prose[4], chrome[3], chrome[4], prose[5], chrome[5], prose[6], chrome[6], chrome[7], chrome[8]}, "\n\n") +
		"\n\nThe crossing has run every night since 1962.\n"
	checkRemoved(t, in, chrome, prose)
}

// A plea to follow the outlet on a platform that closes a line of content
// is cut off it; the credit before it stays in the text.
func TestTrailingFollowPromptCut(t *testing.T) {
	credit := "This story first appeared in the Calder Post. Copyright 2026."
	for _, prompt := range []string{"Follow the Calder Post on Twitter.", "Like us on Facebook!", "Suivez-nous sur Instagram."} {
		in := "Night ferry to close\n\nThe harbor board will close the night crossing from March, its chair Ada Holm said on Tuesday.\n\n" + credit + " " + prompt + "\n"
		a := fromText(in, false, Options{})
		if !strings.HasSuffix(a.Text, credit) || strings.Contains(a.Text, prompt) {
			t.Errorf("%q: text ends %q, want the credit without the prompt", prompt, a.Text[max(0, len(a.Text)-120):])
		}
		if !slices.Contains(a.Removed, prompt) {
			t.Errorf("%q: not listed as removed: %q", prompt, a.Removed)
		}
	}
}

// A platform's page crawled in place of an article is its prompts and its
// interface: in a language we do not read, the interface has no words a
// rule knows, and the page opening with the prompt is skipped whole; an
// article after an embed prompt, in a language we read or long, stays.
func TestPlatformPageInOtherLanguage(t *testing.T) {
	embed := "Add this Tweet to your website by copying the code below.\n\nAdd this video to your website by copying the code below. Meer lezen\n\n"
	page := embed + "Hmm, er ging iets mis bij het laden van de kade. Opnieuw proberen? Bericht plaatsen\n\nWie dit bericht op een eigen site zet, gaat akkoord met de regels van de haven.\n\nVoorbeeld\n"
	a, err := Extract(corroborate.Document{Source: "embed.txt", Format: "text", Body: []byte(page)}, Options{})
	if !errors.Is(err, ErrEmpty) {
		t.Errorf("the page gave text %q, err %v: want ErrEmpty", a.Text, err)
	}
	short := "The harbor board closed the night crossing on Tuesday, its chair said.\n\nThe crossing had run every night since 1962.\n"
	long := strings.Repeat("De havenraad sloot dinsdag de nachtelijke oversteek naar het eiland, zei de voorzitter van de raad in de haven. ", 6)
	for name, body := range map[string]string{"short article in English": short, "long article in Dutch": long} {
		a, err := Extract(corroborate.Document{Source: "embed.txt", Format: "text", Body: []byte(embed + body)}, Options{})
		if err != nil || !strings.Contains(a.Text, strings.TrimSpace(strings.SplitN(body, "\n", 2)[0])) {
			t.Errorf("%s: text %q, err %v: want the article kept", name, a.Text, err)
		}
	}
}

// A sign-up prompt crawled in place of an article, under a headline of
// its own said twice, has no article text.
func TestSignUpPageHasNoText(t *testing.T) {
	body := "One Last Step...\n\nOne Last Step...\n\nWe have sent you a verification email. Please check your email and click on the link to activate your account.\n\nIf the message does not arrive within a few minutes, please check your spam or junk folder.\n\nClose\n"
	a, err := Extract(corroborate.Document{Source: "signup.txt", Format: "text", Body: []byte(body)}, Options{})
	if !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), "site chrome") {
		t.Fatalf("err = %v, text %q: want ErrEmpty saying the page is site chrome", err, a.Text)
	}
}

// A dateline standing first, then opening the lead, is no headline.
func TestDatelineFirstLineIsNoTitle(t *testing.T) {
	body := "HARWICK, Maine\n\nHARWICK, Maine (AP) — The ferry to Linden Bay returned to service on Sunday after nine months in dry dock.\n\nThe crossing took forty minutes, the port authority said.\n"
	a, err := Extract(corroborate.Document{Source: "wire.txt", Format: "text", Body: []byte(body)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "" {
		t.Errorf("Title = %q, want none", a.Title)
	}
	if !strings.HasPrefix(a.Text, "HARWICK, Maine (AP) — The ferry") {
		t.Errorf("Text = %q, want the lead with its dateline first", a.Text)
	}
	// A headline that a lead merely starts with stays the headline.
	body = "Ferry returns\n\nFerry returns to Linden Bay after nine months in dry dock, the port said.\n"
	if a, _ := Extract(corroborate.Document{Source: "b.txt", Format: "text", Body: []byte(body)}, Options{}); a.Title != "Ferry returns" {
		t.Errorf("Title = %q, want %q", a.Title, "Ferry returns")
	}
}

// A story about an account's prompt keeps its sentence: it speaks to no
// reader.
func TestStoryAboutVerificationIsNoChrome(t *testing.T) {
	body := "Bank warns of fake texts\n\nPolice said the fake texts urged customers to click the link to verify their bank details.\n\nThe bank said it never asks for passwords.\n"
	a, err := Extract(corroborate.Document{Source: "scam.txt", Format: "text", Body: []byte(body)}, Options{})
	if err != nil || !strings.Contains(a.Text, "click the link to verify") {
		t.Errorf("Extract = %q, %v: want the sentence kept", a.Text, err)
	}
}
