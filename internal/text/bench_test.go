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

// benchTextDE is fictional German news prose: ordinals, abbreviations and
// German quotation marks.
var benchTextDE = strings.Repeat(`BREMEN — Die Stadt hat die Weserbrücke am 3. Mai gesperrt, nachdem Prüfer u. a. Risse in zwei Trägern fanden. „Wir gehen kein Risiko ein. Die Brücke bleibt zu“, sagte Bürgermeisterin Dr. Anna Roth. Die Kosten liegen bei ca. 2 Mio. Euro, vgl. S. 12 des Berichts.
Täglich fahren rund 38.000 Autos über die Brücke, z. B. Pendler aus dem Umland.
`, 200)

func BenchmarkSentencesGerman(b *testing.B) {
	b.SetBytes(int64(len(benchTextDE)))
	b.ReportAllocs()
	for b.Loop() {
		SentencesIn(benchTextDE, "de")
	}
}
