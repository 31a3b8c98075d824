package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestEventText: an event phrase is told in its one word, whole words
// only.
func TestEventText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Senator Hale faced off with Minister Lind.", "Senator Hale clashed with Minister Lind."},
		{"Faced off again, the two rivals spoke.", "clashed again, the two rivals spoke."},
		{"The old mill was brought down on Sunday.", "The old mill was demolished on Sunday."},
		{"Crews tore down the pier.", "Crews demolished the pier."},
		{"Tears ran down her face as the verdict was read.", "Tears ran down her face as the verdict was read."},
		{"Tears down her face, the widow spoke.", "Tears down her face, the widow spoke."},
		{"Firefighters brought downstairs two children.", "Firefighters brought downstairs two children."},
		{"Police brought down two drones over the stadium.", "Police brought down two drones over the stadium."},
		{"The mayor will bring downtown traders together.", "The mayor will bring downtown traders together."},
		{"The coach faced offside calls all night.", "The coach faced offside calls all night."},
	} {
		if got := eventText(tt.in); got != tt.want {
			t.Errorf("eventText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEventWordWeighed: a phrase told in one article ("faced off") and a
// word in another ("sparred") weigh the event word the vectors count: the
// word statistics read the same text as the vectors.
func TestEventWordWeighed(t *testing.T) {
	arts := []corroborate.Article{
		{ID: "a", Text: "Councillor Ivo Brand faced off with Ada Vell over the Tarn ferry on Tuesday."},
		{ID: "b", Text: "Councillor Ivo Brand and Ada Vell argued over the Tarn ferry budget on Tuesday."},
		{ID: "c", Text: "The Tarn ferry will stop running in May, its owner said."},
	}
	v := newVocab(arts)
	vec, _ := v.vector("Brand faced off with Vell.")
	if vec["clash"] == 0 {
		t.Errorf("vector of a sentence that faced off weighs clash %v, want more than 0 (vector %v)", vec["clash"], vec)
	}
}
