package claims

import (
	"os"
	"testing"
)

func TestDumpHolders(t *testing.T) {
	if os.Getenv("CLAIMS_DUMP") == "" {
		t.Skip("set CLAIMS_DUMP=1")
	}
	for _, a := range loadSeeds(t) {
		for _, sp := range sentencesOf(a) {
			toks := tokenize(a.Text, sp.Start, sp.End)
			for _, h := range holders(a.Text, toks) {
				t.Logf("%s %+v", a.ID, h)
			}
			for _, n := range negations(a.Text, toks) {
				t.Logf("%s NEG %+v", a.ID, n)
			}
			for _, f := range figures(a.Text, toks) {
				t.Logf("%s FIG %+v", a.ID, f)
			}
		}
	}
}
