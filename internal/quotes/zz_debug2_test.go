package quotes

import (
	"fmt"
	"os"
	"testing"

	"github.com/corroborate/corroborate"
)

func TestZZDebug2(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZF"))
	for _, m := range Extract(corroborate.Article{Text: string(b)}, Options{}) {
		fmt.Printf("%q %q %q %+v\n", m.Text, m.SpeakerText, m.Cue, m.Speaker)
	}
}
