package extract

import "testing"

// A caption printed again without its date and credit next to the caption
// that has them is a caption: removed and listed, and no headline; the
// same words standing apart from the caption, as the article's paragraph,
// stay.
func TestCaptionTwinsRemoved(t *testing.T) {
	caption := "Ana Ros, the harbor pilot, left, and Ivo Kerr walk along the Lenna quay after the ferry's last crossing on Monday"
	credited := "May 4, 2026 " + caption + ". Lena Korr/The Calder Post"
	kept := []string{
		"The Calder ferry made its last crossing on Monday after ninety years of service, the harbor board said.",
		"Islanders who commute daily will take the new bridge from Tuesday.",
	}
	in := caption + ".\n\n" + caption + ".\n\n" + credited + "\n\n" + kept[0] + "\n\n" + kept[1] + "\n"
	a := fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{caption + ".", credited}, kept)
	if a.Title != "" {
		t.Errorf("Title = %q, want none: the first line is the caption", a.Title)
	}

	// The caption's words as a paragraph of the article, away from it.
	lead := "Ivo Kerr walked along the Lenna quay after the ferry's last crossing on Monday."
	pic := "Ivo Kerr walked along the Lenna quay after the ferry's last crossing on Monday. (Lena Korr/Calder Post)"
	in = "Last ferry leaves Lenna\n\n" + lead + "\n\n" + kept[0] + "\n\n" + pic + "\n\n" + kept[1] + "\n"
	a = fromText(in, false, Options{})
	assertRemoved(t, a.Text, a.Removed, []string{pic}, []string{lead, kept[0], kept[1]})
}
