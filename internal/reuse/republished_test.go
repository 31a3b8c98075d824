package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// swimStory is told word for word by two articles of unknown outlet; the
// one that carries a republication notice (or closes on its source's
// name) is the copy, though it is the longer text.
const swimStory = `A 15-year-old swimmer crossed Tarrow Sound at night and waved at the safety boat halfway across the channel.

Lina Osk, of Tarrow, swam the eleven-kilometre crossing in just under five hours, the harbour swim club said on Sunday.

Club officials said the cold water slowed her in the last hour, but she still beat the junior record by nine minutes.`

func TestRepublicationNoticeMarksTheCopy(t *testing.T) {
	for _, tt := range []struct{ name, tail string }{
		{"first appeared", "\n\nThis article first appeared in the Tarrow Courier and was reproduced with permission."},
		{"reproduced, no name", "\n\nThis story is reproduced with permission of its author and publisher."},
		{"closing source line", " - Tarrow Courier"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze([]corroborate.Article{
				mkArticle(t, "copy", "", "", swimStory+tt.tail),
				mkArticle(t, "origin", "", "", swimStory),
			}, nil, Options{})
			if len(res.Reuse) != 1 {
				t.Fatalf("reuse edges = %d, want 1", len(res.Reuse))
			}
			r := res.Reuse[0]
			if r.From != "origin" || r.To != "copy" {
				t.Errorf("reuse %s → %s, want origin → copy; evidence %v", r.From, r.To, r.Evidence)
			}
			for _, e := range r.Evidence {
				if strings.Contains(e, "no evidence either way") {
					t.Errorf("evidence %q: the notice is evidence", e)
				}
			}
		})
	}
}
