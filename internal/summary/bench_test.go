package summary_test

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/claims/synth"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/summary"
)

// BenchmarkClaimsSummary500 is the claims and summary stages for a
// 500-article story (10 origins, 490 reworded copies).
func BenchmarkClaimsSummary500(b *testing.B) {
	arts := synth.Story(500, 10, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := dossier.Build(arts[:0], dossier.Options{}) // an empty dossier to fill
		d.Articles = arts
		var weak []corroborate.Claim
		d.Claims, weak, d.Conflicts = findClaims(arts)
		if s := summary.Build(d, weak, summary.Options{}); len(s) == 0 {
			b.Fatal("no summary")
		}
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkDossier500 is the whole dossier, every stage, for a 500-article
// story: the speed bar is 1 s on 2 cores.
func BenchmarkDossier500(b *testing.B) {
	arts := synth.Story(500, 10, 1)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		d := dossier.Build(arts, dossier.Options{})
		if len(d.Summary) == 0 {
			b.Fatal("no summary")
		}
	}
	// CPU time (user+system, all threads) per dossier: what the stages
	// cost, steadier than wall time on a machine shared with other work
	// (wall time is what running stages alongside each other saves)
	b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkBuild500 is the summary stage alone for a 500-article story,
// the claims found beforehand.
func BenchmarkBuild500(b *testing.B) {
	arts := synth.Story(500, 10, 1)
	d := dossier.Build(arts[:0], dossier.Options{})
	d.Articles = arts
	var weak []corroborate.Claim
	d.Claims, weak, d.Conflicts = findClaims(arts)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if s := summary.Build(d, weak, summary.Options{}); len(s) == 0 {
			b.Fatal("no summary")
		}
	}
}
