package extract

import (
	"strings"
	"testing"
)

// A frame's fallback left with its tags in a plain text (an embedded
// post's stand-in) is listed as removed, tags and all gone from the text.
func TestFrameFallbackRemoved(t *testing.T) {
	kept := []string{
		"A ferry ran aground off Portmere on Tuesday morning, the coastguard said.",
		"Nobody was hurt, and the ferry was towed back to the quay by noon.",
	}
	post := "Tweet: Ana Ros - The ferry hit the sandbar and everyone cheered. Very odd morning."
	in := "Ferry aground at Portmere\n\n" + kept[0] + "\n\n<noframe>" + post + "</noframe>\n\n" + kept[1] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{post}, kept)
	if containsAny(a.Text, "<noframe>", "</noframe>", "sandbar") {
		t.Errorf("fallback left in text: %q", a.Text)
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// Headlines closed by a link's arrow under a "RELATED" label, and a
// follow prompt that adds a plea to comment, are chrome.
func TestArrowedRelatedAndCommentPleaRemoved(t *testing.T) {
	kept := []string{
		"A ferry ran aground off Portmere on Tuesday morning, the coastguard said.",
		"Nobody was hurt, and the ferry was towed back to the quay by noon.",
		"The harbour master said the channel would be dredged next spring.",
	}
	chrome := []string{
		"RELATED",
		"Portmere ferry fares to rise for the third year running »",
		"Coastguard crews train for winter rescues off the Calder coast »",
		"Follow Calder Harbour News on Facebook and Twitter See the latest news and share your comments with Calder Harbour News on Facebook and Twitter.",
	}
	in := "Ferry aground at Portmere\n\n" + kept[0] + "\n\n" + kept[1] + "\n\n" + chrome[3] + "\n\n" + kept[2] +
		"\n\n" + chrome[0] + "\n\n" + chrome[1] + "\n\n" + chrome[2] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, chrome, kept)
}

// A French quote closing with its guillemet is no link's arrow.
func TestGuillemetQuoteNoArrow(t *testing.T) {
	if arrowedHeadline("« Le ferry est en retard, encore une fois »") {
		t.Error("a quote in guillemets read as a link's headline")
	}
}

// A video's caption between CLOSE and VPC, a "Story Highlights" label run
// into a caption, and teasers under a label in capitals are chrome; the
// highlight after the label and a memo's head stay.
func TestSiteFurnitureRemoved(t *testing.T) {
	kept := []string{
		"A ferry ran aground off Portmere on Tuesday morning, the coastguard said.",
		"The ferry operator said its boats would sail again by Friday",
		"Nobody was hurt, and the ferry was towed back to the quay by noon.",
		"TO: Members of the Portmere Harbour Board",
		"The harbour master said the channel would be dredged next spring.",
	}
	chrome := []string{
		"CLOSE The Portmere ferry ran aground at dawn and was towed back to the quay. VPC",
		"Story Highlights",
		"HARBOUR FARES: Ferry tickets rise despite the grounding",
		"LATEST: From the Calder Boat Show",
	}
	in := "Ferry aground at Portmere\n\n" + chrome[0] + "\n\n" + kept[0] +
		"\n\nThe ferry at the quay on Tuesday. (Photo: AP) Story Highlights " + kept[1] + "\n\n" + kept[2] +
		"\n\n" + chrome[2] + "\n\n" + kept[3] + "\n\n" + chrome[3] + "\n\n" + kept[4] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, chrome, kept)
}

// A related story's box drawn with an icon font, and a reader's comment
// with its signature, time and count, are chrome between the article's
// paragraphs; a correction's label in capitals stays.
func TestCommentAndRelatedWidgetRemoved(t *testing.T) {
	kept := []string{
		"A ferry ran aground off Portmere on Tuesday morning, the coastguard said.",
		"The ferry operator said its boats would sail again by Friday.",
		"FOR THE RECORD",
		"Nobody was hurt, and the ferry was towed back to the quay by noon.",
		"The harbour master said the channel would be dredged next spring.",
	}
	chrome := []string{
		"lRelated Ferry fares at Portmere rise for the third year",
		"CALDER NOW",
		"Ferry fares at Portmere rise for the third year",
		"SEE ALL RELATED",
		"8",
		"cComments",
		"If the council would only dredge the channel, we would not have groundings like this.",
		"MARLOW TEAGUE",
		"AT 7:14 PM MARCH 3, 2016",
		"12",
		"ADD A COMMENT",
	}
	in := "Ferry aground at Portmere\n\n" + kept[0] + "\n\n" + strings.Join(chrome[:5], "\n\n") + "\n\n" + kept[1] +
		"\n\n" + kept[2] + "\n\n" + kept[3] + "\n\n" + strings.Join(chrome[5:9], "\n\n") + "\n\n" + chrome[10] + "\n\n" + chrome[9] + "\n\n" + kept[4] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, chrome, kept)
}

// TestShortIconLabelNoPanic checks that a widget's label shorter than
// "xRelated" ("lShare") is cut at its own length, not at a fixed one.
func TestShortIconLabelNoPanic(t *testing.T) {
	lines := []line{{text: "lShare", kind: "related links"}, {text: "The ferry sailed at noon."}}
	markWidgets(lines)
	if lines[1].kind != "" {
		t.Errorf("the sentence after the label was taken as chrome: %q", lines[1].kind)
	}
}
