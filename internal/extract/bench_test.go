package extract

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func BenchmarkExtractText(b *testing.B) {
	body := []byte(strings.Replace(chromeStory, "LINDEN BAY", strings.Repeat("The ferry runs every hour on weekdays, the port said.\n\n", 40)+"LINDEN BAY", 1))
	doc := corroborate.Document{Source: "bench.txt", Format: "text", Body: body}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
