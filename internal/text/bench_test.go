package text

import (
	"strings"
	"testing"
)

// benchText is fictional news prose with abbreviations and quotations.
var benchText = strings.Repeat(`PORT CALDER, Ore. — City officials closed the Wexley Bridge on Tuesday after inspectors found cracks in two beams. "We are not going to gamble with people's lives. The bridge stays closed," Mayor Delia Ferrante said. Sen. Ada Rowe of the U.S. Senate said work would begin by Aug. 18 at 9 a.m. Monday.
About 38,000 vehicles cross the span every day, according to the city.
`, 200)

func BenchmarkSentences(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(benchText)
	}
}
