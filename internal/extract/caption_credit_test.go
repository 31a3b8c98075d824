package extract

import (
	"strings"
	"testing"
)

// A caption closed by its picture's credit under a label ("Photo: Ana
// Ros") is removed and listed; a paragraph closed by the page's pictures
// credited together loses the credit only; prose that names a photo in a
// sentence stays.
func TestCaptionClosedByCreditLabel(t *testing.T) {
	captions := []string{
		"The ferry Calder Star leaves the quay at dawn on Monday. Photo: Lena Korr",
		"Ivo Marsh, the board's chair, at the quay. Photo: CALDER POST/IVO KERR",
		"A ferry waits out the storm off Lenna. Photo: KTRN via Twitter",
		"Photo: The ferry at the Lenna quay on March 3, 2026. Credit: Ana Ros / Calder Images",
	}
	kept := []string{
		"The Calder ferry will cost more from Monday, the harbor board said, after a vote that split the town.",
		"The board published the photo on Monday. Photo: the quay at dawn, its caption read.",
		"It is the first rise in nine years, and islanders who commute daily will pay the most",
	}
	in := "Ferry fares rise in Calder\n\n" + kept[0] + "\n\n" + captions[0] + "\n\n" + captions[1] + "\n\n" + kept[1] + "\n\n" +
		captions[2] + "\n\n" + captions[3] + "\n\n" + kept[2] + ". Images: Calder Images (3)\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, captions, kept)
	assertRemoved(t, a.Text, a.Removed, []string{"Images: Calder Images (3)"}, nil)
}

// A picture's credit run into the quotation after it, its space lost, is
// cut off and listed; the quotation stays. A credit that keeps its space,
// and a word run into the credit's, are left as they are.
func TestGluedCreditSplit(t *testing.T) {
	for _, c := range []struct{ line, credit, sentence string }{
		{"Photo: Calderpics“We sail at dawn or not at all,” the pilot said.", "Photo: Calderpics", "“We sail at dawn or not at all,” the pilot said."},
	} {
		in := "Ferry fares rise in Calder\n\nThe Calder ferry will cost $6 from Monday, the harbor board said.\n\n" + c.line + "\n\nThe board voted 4-3.\n"
		a := fromText(in, false, Options{})
		assertRemoved(t, a.Text, a.Removed, []string{c.credit}, []string{c.sentence})
	}
	if got := gluedCreditAt("Photo: McAllister Ros"); got != -1 {
		t.Errorf("gluedCreditAt(a credit alone) = %d, want -1", got)
	}
	if got := gluedCreditAt("Photo: CalderpicsMarsh insisted the ferry would sail on Monday"); got != -1 {
		t.Errorf("gluedCreditAt(a word run into the credit) = %d, want -1", got)
	}
	if got := gluedCreditAt("Photo: Ana Ros The ferry left the quay on Monday"); got != -1 {
		t.Errorf("gluedCreditAt(a credit with its space) = %d, want -1", got)
	}
}

// A paragraph closing with a poll named by its agency and pollster
// ("according to a Reuters/Ipsos poll.") is the article's sentence, not a
// caption closed by a photographer's credit ("REUTERS/Ana Ros").
func TestAgencyPollNotCredit(t *testing.T) {
	kept := []string{
		"The Calder ferry will cost more from Monday, the harbor board said, after a vote that split the town.",
		"Six in ten islanders oppose the rise, according to a Reuters/Ipsos poll.",
	}
	caption := "The ferry Calder Star leaves the quay at dawn on Monday. REUTERS/Ana Ros"
	in := "Ferry fares rise in Calder\n\n" + kept[0] + "\n\n" + kept[1] + "\n\n" + caption + "\n\nThe board voted 4-3.\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{caption}, kept)
}

// A picture's credit under its label glued to the end of a paragraph of
// the article ("… on Pier Street. Photo: Calder Harbor Board") is cut off
// and listed; the paragraph's sentences stay. A short caption of one
// sentence closed the same way is removed whole.
func TestLabelCreditCutOffParagraph(t *testing.T) {
	para := "Islanders said they would petition the state for help with the cost, and a meeting is set for Thursday at the town hall on Pier Street."
	in := "Ferry fares rise in Calder\n\n" + strings.Join(appendedArticle, "\n\n") + "\n\n" + para + " Photo: Calder Harbor Board\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{"Photo: Calder Harbor Board"}, append(appendedArticle[:4:4], para))
	for _, r := range a.Removed {
		if strings.Contains(r, "Pier Street") {
			t.Errorf("the paragraph went to removed: %q", r)
		}
	}
	caption := "Free at last? The ferry Calder Star at the Lenna quay after the vote. Photo: AP"
	in = "Ferry fares rise in Calder\n\n" + strings.Join(appendedArticle, "\n\n") + "\n\n" + caption + "\n\n" + para + "\n"
	a = fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{caption}, append(appendedArticle[:4:4], para))
}
