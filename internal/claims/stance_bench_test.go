package claims

import (
	"testing"

	"github.com/corroborate/corroborate/internal/claims/synth"
)

// BenchmarkStance500 takes the stance of each article of a 500-article
// story towards one claim (the first origin's lead sentence): one op is
// the whole story.
func BenchmarkStance500(b *testing.B) {
	arts := synth.Story(500, 10, 1)
	lead := arts[0].Sentences[0]
	claim := arts[0].Text[lead.Start:lead.End]
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for _, a := range arts {
			if Stance(claim, a.Text) != "" {
				n++
			}
		}
		if n != len(arts) {
			b.Fatalf("%d stances for %d articles", n, len(arts))
		}
	}
}
