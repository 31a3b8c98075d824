package cluster

import (
	"strings"
	"testing"
)

// BenchmarkTokenize splits fictional wire copy: a dateline, initials that
// glue names ("John F. Varga"), figures with separators, accents.
func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("LENNA CITY (Harbor Wire) — Engineers led by Mara J. Okafor found 1,204 cracks "+
		"in the 1962 span; the county’s 3.5-mile detour adds 12 minutes, Zoë Lind told reporters. ", 120)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var out []token
	for b.Loop() {
		out = tokenize(text, out[:0])
	}
}
