package reuse

import (
	"strings"
	"testing"
)

// benchText is fictional running text with the shapes tokenizers meet:
// names, possessives, figures, hyphens, quotation marks, accents.
var benchText = strings.Repeat("The Harbor Ledger's council voted 7-2 on Tuesday to spend $4.2 million "+
	"on the Eastgate Bridge, O’Neil said. “We can’t wait until 2027,” added Mayor Zoë Varga-Lind, "+
	"whose office expects 38,000 crossings a day in Säterdal. ", 100)

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		tokenize(benchText)
	}
}
