package claims

import (
	"testing"

	"github.com/corroborate/corroborate/internal/claims/synth"
)

// BenchmarkStance500 takes the stance of each article of a 500-article
// story towards one claim (the first origin's lead sentence) with
// StanceStory: one op is the whole story.
func BenchmarkStance500(b *testing.B) {
	arts := synth.Story(500, 10, 1)
	lead := arts[0].Sentences[0]
	claim := arts[0].Text[lead.Start:lead.End]
	bodies := make([]string, len(arts))
	for i, a := range arts {
		bodies[i] = a.Text
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got := StanceStory(claim, bodies); len(got) != len(arts) {
			b.Fatalf("%d stances for %d articles", len(got), len(arts))
		}
	}
}
