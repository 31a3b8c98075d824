package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestEchoTellsWhatLeadsTell: six fictional articles open with a ferry
// sinking off Tarnport in words of their own. A lead echoes a sentence
// that tells the sinking, not one that only names the port and the ferry
// ("The Halla ferry sailed from Tarnport.", "Tarnport harbour is busy in
// summer."), whose few story words every lead says too.
func TestEchoTellsWhatLeadsTell(t *testing.T) {
	leads := []string{
		"The Halla ferry sank in a storm off Tarnport on Friday night, and coastguard lifeboats rescued forty passengers and six crew from the cold sea.",
		"Coastguard lifeboats pulled forty passengers and six crew from the sea after the Halla ferry sank in a storm off Tarnport on Friday night.",
		"Forty passengers and six crew were rescued by coastguard lifeboats on Friday night when the Halla ferry capsized in a storm and sank near Tarnport.",
		"The Halla ferry went down in a storm off Tarnport late on Friday, and coastguard lifeboats rescued its forty passengers and six crew.",
		"Lifeboats saved forty passengers and six crew after the Halla ferry sank in a storm off Tarnport on Friday night, the coastguard said.",
		"A ferry carrying forty passengers and six crew sank in a storm off Tarnport on Friday night, and coastguard lifeboats rescued everyone aboard the Halla.",
	}
	rest := []string{
		"The harbour master said the weather had turned within an hour.",
		"Families waited at the quay until the last boat came in.",
		"An inquiry will look at the ferry's last inspection in March.",
		"The company suspended its other crossings for the weekend.",
		"Two passengers were taken to hospital with hypothermia.",
		"Divers will survey the wreck once the storm passes.",
	}
	var arts []corroborate.Article
	for i, l := range leads {
		body := l + "\n\n" + rest[i]
		arts = append(arts, corroborate.Article{ID: string(rune('a' + i)), Text: body, Sentences: text.Sentences(body)})
	}
	d := &corroborate.Dossier{Articles: arts}
	st := newStory(d)
	tests := []struct {
		s        string
		min, max int
	}{
		{"Coastguards rescued forty passengers after the Halla ferry sank off Tarnport on Friday.", 4, 6},
		{"The Halla ferry sailed from Tarnport.", 0, 1},
	}
	for _, tt := range tests {
		vec, _ := st.v.vector(tt.s)
		if got := st.echoes().count(st.v, vec); got < tt.min || got > tt.max {
			t.Errorf("echoes of %q = %d, want %d to %d", tt.s, got, tt.min, tt.max)
		}
	}
}
