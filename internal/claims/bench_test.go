package claims

import (
	"testing"

	"github.com/corroborate/corroborate/internal/claims/synth"
)

// BenchmarkFind500 aligns and compares a 500-article story (10 origins,
// 490 copies with rewording).
func BenchmarkFind500(b *testing.B) {
	arts := synth.Story(500, 10, 1)
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := Find(arts, nil, Options{})
		if len(r.Claims) == 0 {
			b.Fatal("no claims")
		}
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
