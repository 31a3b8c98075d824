package extract

import (
	"slices"
	"strings"
	"testing"
)

// A widget's label left on a line of its own is removed and listed; lines
// of the article that open with the same words stay.
func TestWidgetLabelsRemoved(t *testing.T) {
	chrome := []string{
		"<!-- harbor_ad_size = '300x250'; harbor_ad_slot = 'a1b2'; //-->",
		"Poll loading …",
		"Take our Poll Ferry fares Would you pay $6? Yes, gladly. No, never. I'm not sure.",
		"Text Size -",
		"EXPAND",
		"PIN IT",
		"Printer-friendly »",
		"E-mail this to a friend »",
		"1 of 18",
		"Ads by Harborads",
		"Recommended Stories For You",
		"Recommended by Calder Post",
		"LISTEN TO ARTICLE 4:34 SHARE THIS ARTICLE Share Tweet Post Email",
		"Video (02:04) : The Calder ferry leaves the quay for the last time.",
		"ferrydock2.JPG",
	}
	kept := []string{
		"The Calder ferry will cost $6 from Monday, the harbor board said after a vote that split the town.",
		"Take our poll results with a pinch of salt, the board's chair told islanders on Monday.",
		"Text size matters on the new timetables, which older islanders found hard to read.",
		"The board expects 1 of 18 crossings a day to run at a loss, its report said.",
		"Recommended by the harbor pilots, the new route avoids the sandbar.",
		"Video footage of the vote was posted on the board's website.",
		"The board's file, fares2026.pdf, lists every crossing.",
		"The fare rise takes effect on the first sailing Monday morning.",
	}
	var b strings.Builder
	b.WriteString("Ferry fares rise in Calder\n\n" + kept[0] + "\n\n")
	for i, c := range chrome {
		b.WriteString(c + "\n\n")
		if k := 1 + i/2; i%2 == 1 && k < len(kept) {
			b.WriteString(kept[k] + "\n\n")
		}
	}
	b.WriteString(kept[len(kept)-1] + "\n")
	a := fromText(b.String(), false, Options{})
	assertRemoved(t, a.Text, a.Removed, chrome, kept)
}

// A picture's credit alone on its line ("Lena Korr/CALDER POST Sports"),
// and the enlarge button naming the pictured person over it, are removed
// and listed.
func TestPhotographerCreditAlone(t *testing.T) {
	chrome := []string{"[+] EnlargeIvo Marsh", "Lena Korr/CALDER POST Sports"}
	kept := []string{
		"The Calder ferry will cost $6 from Monday, the harbor board said after a vote that split the town.",
		"Ivo Marsh, the board's chair, said fuel costs had doubled.",
	}
	in := "Ferry fares rise in Calder\n\n" + kept[0] + "\n\n" + strings.Join(chrome, "\n\n") + "\n\n" + kept[1] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, chrome, kept)
}

// "Contact senior reporter Ana Ros at …" closing the story names its
// writer and is removed, as "Reach Ana Ros at …" is.
func TestContactLineWithRole(t *testing.T) {
	contact := "Contact senior reporter Ana Ros at (555) 010-0100, aros@calderpost.example or on Facebook."
	in := "Ferry fares rise in Calder\n\nThe Calder ferry will cost $6 from Monday, the harbor board said.\n\nThe board voted 4-3.\n\n" + contact + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{contact}, nil)
	if !slices.Equal(a.Byline, []string{"Ana Ros"}) {
		t.Errorf("Byline = %q, want [Ana Ros]", a.Byline)
	}
}

// A text that opens with its highlights as a bulleted list has no
// headline: the first point stays a point of the text.
func TestBulletFirstNoHeadline(t *testing.T) {
	point := "* Fare rises for the first time in nine years"
	for _, in := range []string{
		point + "\n* Islanders who commute daily pay the most\n\nCALDER, Maine, March 3 (Reuters) - The Calder ferry will cost more from Monday, the harbor board said.\n",
		point + "\n\n" + point + "\n\n* Islanders who commute daily pay the most\n\nCALDER, Maine, March 3 (Reuters) - The Calder ferry will cost more from Monday, the harbor board said.\n",
	} {
		a := fromText(in, false, Options{})
		if a.Title != "" {
			t.Errorf("Title = %q, want none", a.Title)
		}
		if n := strings.Count(a.Text, point); n != 1 {
			t.Errorf("Text = %q, want the first point kept once", a.Text)
		}
	}
}

// The headlines under a related-links label without a colon ("Related
// Articles") are removed and listed when two or more stand there; one line
// under it, which may be the article's subheading, stays.
func TestRelatedHeadlinesUnderLabel(t *testing.T) {
	lead := "CALDER, Maine – The Calder ferry will cost more from Monday, the harbor board said after a vote that split the town."
	next := "The board voted 4-3 to raise the fare to $6, the first rise in nine years, its chair said."
	links := []string{"Lenna quay closes for repairs", "Harbor pilots strike over night shifts, 2 ferries idle"}
	in := lead + "\n\nRelated Articles\n" + strings.Join(links, "\n") + "\n" + next + "\n"
	a := fromText(in, true, Options{})
	assertRemoved(t, a.Text, a.Removed, append([]string{"Related Articles"}, links...), []string{lead, next})

	sub := "Fares since the storm of 2025"
	in = lead + "\n\nRelated Articles\n" + sub + "\n" + next + "\n"
	a = fromText(in, true, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{"Related Articles"}, []string{lead, sub, next})
}
