package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// assertRemoved fails unless every chrome line is no paragraph of text and
// listed in removed, and every kept line is still in text.
func assertRemoved(t *testing.T, text string, removed []string, chrome, kept []string) {
	t.Helper()
	paras := strings.Split(text, "\n\n")
	for _, c := range chrome {
		if slices.Contains(paras, c) || !slices.Contains(removed, c) {
			t.Errorf("%q: in text %v, listed as removed %v; want removed and listed", c, slices.Contains(paras, c), slices.Contains(removed, c))
		}
	}
	for _, k := range kept {
		if !strings.Contains(text, k) {
			t.Errorf("%q was removed from the text; Removed = %q", k, removed)
		}
	}
}

// A video player's share bar and embed box, repeated over each clip, are
// chrome; so that the first line of a text with no headline is its lead.
func TestVideoEmbedLinesRemoved(t *testing.T) {
	embed := "Embed Ferry runs aground near Portmere harbour 1:52 autoplay autoplay Copy this code to your website or blog"
	later := "Embed FROM MAY 2: Lifeboat crew rescues swimmers 1:10 autoplay autoplay Copy this code to your website or blog"
	kept := []string{
		"A passenger ferry ran aground off Portmere on Tuesday morning, the coastguard said.",
		"Google Plus was closed years ago, but the harbour office still links to its old page, a clerk said.",
		"Harbour News reported last year that two other ferries had grounded in the same channel.",
	}
	in := "Play Facebook\n\nTwitter\n\nGoogle Plus\n\n" + embed + "\n\n" + kept[0] + "\n\n" + kept[1] +
		"\n\nPlay Facebook\n\nTwitter\n\nGoogle Plus\n\n" + later + "\n\n" + kept[2] + "\n"
	a := fromText(in, true, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{"Google Plus", embed, later}, kept)
	if !strings.HasPrefix(a.Text, kept[0]) {
		t.Errorf("Text starts %q, want the lead first", a.Text[:min(len(a.Text), 40)])
	}
}

// A note that the story is breaking and will be updated tells nothing that
// happened, nor does a link to its earlier version; a sentence that asks
// readers to come back for something does.
func TestBreakingNewsNoticeRemoved(t *testing.T) {
	for _, notice := range []string{
		"THIS IS A BREAKING NEWS UPDATE. Check back soon for further information. The earlier story is below.",
		"This is a developing story. Check back later for updates.",
		"This is a breaking news story and will be updated as we learn more information.",
		"Check back for details as they develop.",
	} {
		kept := []string{
			"HARWICK, Maine (AP) — The Harwick ferry will not sail again this year, its owners said on Tuesday.",
			"The mayor said travellers should check back with the port office for updates on the repairs.",
			"The owners had said last week that the ferry could return in May.",
		}
		link := "Earlier story: Harwick ferry owners promise a May return"
		in := "Harwick ferry will not sail this year\n\n" + kept[0] + "\n\n" + notice + "\n\n" + link + "\n\n" + kept[1] + "\n\n" + kept[2] + "\n"
		a := fromText(in, false, Options{})
		assertRemoved(t, a.Text, a.Removed, []string{notice, link}, kept)
	}
}

// A round-up of links to other sites' stories closing a post, each item
// closed by its source in brackets, is no part of the story, nor is the
// label of a list of links the text lost; two such lines, or a digest made
// of nothing else, are content.
func TestLinkRoundupTailRemoved(t *testing.T) {
	story := "Mara Lind said on Friday that she had never met the harbor master, and that the rumour was false.\n\n" +
		"She wrote on her page that the story had hurt her family.\n\n[Photoboard]\n\n"
	items := []string{
		"A singer from Tarn bought a lighthouse and painted it pink. [Quay Gossip]",
		"Two reality stars are feuding again over a boat. [Harbor Tattle]",
		"This chef says his soup cures everything, which it does not. [Daily Ladle]",
	}
	intro := "Here is a video of a seal stealing a fish:"
	a := fromText("Mara Lind denies harbor rumour\n\n"+story+strings.Join(items, "\n")+"\n"+intro+"\n", false, Options{})
	assertRemoved(t, a.Text, a.Removed, append(items, intro), []string{"Mara Lind said on Friday", "hurt her family"})

	two := fromText("Mara Lind denies harbor rumour\n\n"+story+strings.Join(items[:2], "\n")+"\n", false, Options{})
	assertRemoved(t, two.Text, two.Removed, nil, items[:2])

	label := "Top Reads from the Calder Post:"
	emptied := fromText("Mara Lind denies harbor rumour\n\n"+story+label+"\n", false, Options{})
	assertRemoved(t, emptied.Text, emptied.Removed, []string{label}, []string{"hurt her family"})
	// The label names the site the text is from: its outlet, when nothing
	// else names one (the credits of the text are read against it).
	a, err := Extract(corroborate.Document{Source: "lind.txt", Format: "text",
		Body: []byte("Mara Lind denies harbor rumour\n\n" + story + label + "\n")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet == nil || *a.Outlet != "Calder Post" {
		t.Errorf("outlet %v, want the site its links' label names", a.Outlet)
	}

	digest := fromText("Weekend gossip\n\n"+strings.Join(items, "\n\n")+"\n", false, Options{})
	assertRemoved(t, digest.Text, digest.Removed, nil, items)
}

// A gallery's caption block in a text with no headline (the person
// pictured, the photographer's credit, the gallery's buttons) names no
// author, and is chrome.
func TestGalleryCaptionIsNoByline(t *testing.T) {
	kept := []string{
		"Rumours that the harbor master took bribes spread online this week, and the port authority says none of them is true at all.",
		"The port said on Monday that the rumours began on a site that publishes invented stories.",
	}
	caption := []string{"Nora Vale", "Photo by Ken Ross", "View all", "12 photos"}
	in := kept[0] + "\n\n" + strings.Join(caption, "\n") + "\nNora Vale\nPhoto by Ana Ros/Calder Post\n" + kept[1] + "\n"
	a := fromText(in, true, Options{})
	if len(a.Byline) != 0 {
		t.Errorf("Byline = %q, want none: the name captions a picture", a.Byline)
	}
	assertRemoved(t, a.Text, a.Removed, caption, kept)

	// A byline under a headline is still read.
	b := fromText("Harbor master denies bribes\n\nNora Vale\n\n"+kept[1]+"\n", false, Options{})
	if !slices.Equal(b.Byline, []string{"Nora Vale"}) {
		t.Errorf("Byline = %q, want [Nora Vale]", b.Byline)
	}
}

// A post closed by its source's name in brackets ("[Calder Post]" under
// the last paragraph) keeps that line: it credits the story the post
// retells. The same bracket between paragraphs, over a round-up of links,
// naming a platform or under a line that is no prose is a picture's
// credit, and goes.
func TestClosingSourceLineKept(t *testing.T) {
	story := "Mara Lind said on Friday that she had never met the harbor master, and that the rumour was false.\n\n" +
		"She wrote on her page that the story had hurt her family.\n\n"
	items := "A singer from Tarn bought a lighthouse and painted it pink. [Quay Gossip]\n" +
		"Two reality stars are feuding again over a boat. [Harbor Tattle]\n" +
		"This chef says his soup cures everything, which it does not. [Daily Ladle]\n"
	tests := []struct {
		name, body, line string
		kept             bool
	}{
		{"closing the post", story + "[Calder Post]\n", "[Calder Post]", true},
		{"a wire's name closing the post", story + "[AP]\n", "[AP]", true},
		{"a host name, a share bar after it", story + "[calderpost.example]\n\nShare this:\n", "[calderpost.example]", true},
		{"a platform closing the post", story + "[Instagram]\n", "[Instagram]", false},
		{"a picture agency closing the post", story + "[Getty Images]\n", "[Getty Images]", false},
		{"between paragraphs", "Mara Lind said on Friday that she had never met the harbor master.\n\n[Calder Post]\n\n" + story, "[Calder Post]", false},
		{"over a round-up of links", story + "[Photoboard]\n\n" + items, "[Photoboard]", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText("Mara Lind denies harbor rumour\n\n"+tt.body, false, Options{})
			if got := strings.Contains(a.Text, tt.line); got != tt.kept {
				t.Errorf("%q in the text: %v, want %v (text %q, removed %q)", tt.line, got, tt.kept, a.Text, a.Removed)
			}
			if !strings.Contains(a.Text, "hurt her family") {
				t.Errorf("the post lost its last paragraph: %q", a.Text)
			}
		})
	}
}

// A science site's "Explore further:" link to its next story, a film
// site's credit closing a synopsis ("… Written by Harbor Films"), and
// shortened shop links with their labels under a post are page chrome;
// the sentences around them, a review's "Written by" naming a screenwriter
// and the author's own postscript stay.
func TestTrailingLinkChromeRemoved(t *testing.T) {
	t.Run("explore further", func(t *testing.T) {
		link := "Explore further: Ferry engines tested in cold water"
		a := fromText("Ferry trials\n\nThe new ferry passed its sea trials on Tuesday, the yard said.\n\nThe first crossing is planned for May.\n\n"+link+"\n", false, Options{})
		assertRemoved(t, a.Text, a.Removed, []string{link}, []string{"planned for May."})
		prose := "Explore further: the yard says the ferry will carry 300 passengers."
		b := fromText("Ferry trials\n\nThe new ferry passed its sea trials on Tuesday, the yard said.\n\n"+prose+"\n", false, Options{})
		assertRemoved(t, b.Text, b.Removed, nil, []string{prose})
	})
	t.Run("synopsis credit", func(t *testing.T) {
		blurb := "When the last ferry of the season fails to return, a young deckhand sets out across the bay to find it. Her search leads her to an island that is not on any chart, and to a keeper who has been waiting ..."
		a := fromText("The Last Crossing\n\n"+blurb+" Written by Harbor Films\n", false, Options{})
		assertRemoved(t, a.Text, a.Removed, []string{"Written by Harbor Films"}, []string{blurb})
		if strings.Contains(a.Text, "Written by") {
			t.Errorf("the credit stays in the text: %q", a.Text)
		}
		review := "The film is slow but rewarding. Written by Ada Holm, based on a novel by Ivo Kerr, it runs two hours."
		b := fromText("The Last Crossing\n\n"+review+"\n", false, Options{})
		assertRemoved(t, b.Text, b.Removed, nil, []string{review})
	})
	t.Run("shop links under a post", func(t *testing.T) {
		post := "I wrote the first book on a ferry, and I still think it is the best thing I have done.\n\n" +
			"PS For anyone who asked, both books can be ordered below.\n\n"
		links := []string{"Book one:", "http://www.shop.example...ferry-book first edition", "And book two:", "http://www.shop.example...ferry_two_b_img"}
		a := fromText("Why I wrote it\n\n"+post+strings.Join(links, "\n\n")+"\n", false, Options{})
		assertRemoved(t, a.Text, a.Removed, links, []string{"the best thing I have done.", "can be ordered below."})
		mid := "Listen:\n\nThe harbour master read the notice aloud on the quay at noon, the crews said."
		b := fromText("Notice\n\n"+post+mid+"\n", false, Options{})
		assertRemoved(t, b.Text, b.Removed, nil, []string{"Listen:", "read the notice aloud"})
	})
}

// A line that opens with a feed widget's links, with the caption the
// widget showed after them, is chrome; a sentence that gives one address
// in its words is text.
func TestWidgetLinksRemoved(t *testing.T) {
	widget := "http://feeds.lenna-example.com/xmlpublisher/fetch.v2.xml?option=expand_relative_urls&id=4411 " +
		"http://cdn.lenna-example.com/cs_feed_v1_6/csfeedwrapper.swf Week's Best Pics Ada Quill arrives at the harbour gala in Lenna. Ivo Marsh, Harbour Pictures"
	kept := []string{
		"The skipper Ivo Marsh ended his contract when the ferry company sold its last steamship.",
		"http://www.lennaferry.example is where the company posts its timetable, and it was updated on Monday.",
		"\"I was sad to see her go,\" Marsh said.",
	}
	in := "Skipper quits as ferry is sold\n\n" + kept[0] + "\n\n" + widget + "\n\n" + kept[1] + "\n\n" + kept[2] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{widget}, kept)
}
