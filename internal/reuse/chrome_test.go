package reuse

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// playerBox is the chrome a site's video player leaves in the text above
// each clip: share buttons, then the embed box with the clip's title.
func playerBox(title string) string {
	return "Play Facebook\n\nTwitter\n\nGoogle Plus\n\nEmbed " + title + " 2:07 autoplay autoplay Copy this code to your website or blog\n\n"
}

// Two reports from one site, on different days, share nothing but their
// player's chrome: the same embed box, which the second repeats above a
// second clip. That is no copied text.
func TestPlayerChromeIsNoReuse(t *testing.T) {
	first := playerBox("Crane topples onto Dunmore quay") +
		"A harbour crane toppled onto the Dunmore quay early on Thursday, crushing two parked vans, the port authority said.\n\n" +
		"Nobody was hurt, according to port manager Colm Ferris, who said the crane had been idle since a wind warning on Wednesday."
	second := playerBox("Crane topples onto Dunmore quay") +
		"DUNMORE — Engineers began cutting the fallen crane into sections on Saturday so that the quay could reopen to fishing boats.\n\n" +
		playerBox("FROM MARCH 3: Trawler sinks at its mooring") +
		"The harbour board said it would review how cranes are secured before storms, a spokeswoman said, adding that the review would take a month."
	res := Analyze([]corroborate.Article{
		mkArticle(t, "thursday", "", "", first),
		mkArticle(t, "saturday", "", "", second),
	}, nil, Options{})
	if len(res.Reuse) != 0 {
		t.Fatalf("reuse = %d edges, want none: %v", len(res.Reuse), evidence(res.Reuse))
	}
	if res.Origins != 2 {
		t.Errorf("origins = %d, want 2", res.Origins)
	}
}

// The same picture post embedded by two sites (its caption, then the
// picture site's signature) is quoted material both carry, not text one
// took from the other.
func TestEmbeddedPictureSignature(t *testing.T) {
	post := "I never sold that painting and I never will, it hangs in my kitchen and it stays there, so please stop sharing that silly story about an auction in Geneva!\n\n" +
		"A photo posted by Inès Marlowe (@inesmarlowe) on Mar 4, 2024 at 9:12am PST\n\n"
	a := "The painter Inès Marlowe denied on Monday that she had sold her best-known canvas to a collector.\n\n" + post +
		"A gallery in Lyon had listed the work in its spring catalogue, which it withdrew on Tuesday."
	b := "Inès Marlowe is not selling. The painter took to her picture feed to deny a report of a private sale.\n\n" + post +
		"Her agent said the false report had started on a satire site and spread through fan forums over the weekend."
	res := Analyze([]corroborate.Article{
		mkArticle(t, "a", "", "", a),
		mkArticle(t, "b", "", "", b),
	}, nil, Options{})
	if len(res.Reuse) != 0 {
		t.Fatalf("reuse = %d edges, want none: %v", len(res.Reuse), evidence(res.Reuse))
	}
}
