package summary_test

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/summary"
)

// TestOffTopicLeftOut: a chess report filed with three reports of the
// Lornby dam's closure and flagged off topic states none of the summary's
// sentences, though its lead would weigh as a lead, while the dam's
// articles have sentences left; a sentence it states with a dam article
// may still cite it.
func TestOffTopicLeftOut(t *testing.T) {
	d, _ := dam()
	chess := article("s", `Grandmaster Ilse Varro won the Hessel chess open on Sunday after a tense final round against Tomas Quell.

Varro, 19, is the youngest winner in the tournament's forty-year history.

The prize of 12,000 euros will fund her training for the world championship in Ostrava.

Quell said he had blundered a rook in time trouble.`)
	chess.OffTopic = true
	d.Articles = append(d.Articles, chess)
	var weak []corroborate.Claim
	_, weak, _ = findClaims(d.Articles)
	for _, opt := range []summary.Options{{}, {Words: 300}} {
		got := summary.Build(d, weak, opt)
		if len(got) == 0 {
			t.Fatalf("Build(%+v) is empty", opt)
		}
		for _, s := range got {
			if st := stated(s); len(st) == 1 && st[0] == "s" {
				t.Errorf("Build(%+v) states %q, which only the off-topic chess report states", opt, s.Text)
			}
		}
		checkVerbatim(t, &corroborate.Dossier{Articles: d.Articles, Summary: got})
	}
}
