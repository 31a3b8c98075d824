package summary_test

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/summary"
)

// summit is a fictional story of three short excerpts: one gives the
// president's full name, the others her title and surname only.
func summit() []corroborate.Article {
	return []corroborate.Article{
		article("a", `President Vell said the tone of her highly anticipated meeting with Chancellor Marrow was good and positive.

Vell, on Wednesday, reflected on the hours-long meeting, saying the two leaders had spoken plainly.`),
		article("b", `President Ada Vell told reporters on Wednesday that the tone of her meeting with Chancellor Ivo Marrow in Tarnport was good, positive.

The two leaders met for four hours in a lakeside villa.`),
		article("c", `President Vell said she raised the dispute over fishing rights and the closed border crossing at Ardle during her summit with Chancellor Ivo Marrow.

She said she had called on Marrow to reopen the crossing.`),
	}
}

// Sentences left out while the summary did not yet introduce the person
// they name by surname come back once a sentence chosen later does: a
// summary of three articles that tell different things is more than the
// one sentence that gives the full name.
func TestLeftOutSentencesComeBack(t *testing.T) {
	d, weak := dossierOf(summit())
	got := summary.Build(d, weak, summary.Options{})
	for _, s := range got {
		checkCited(t, s, d)
	}
	if len(got) < 3 {
		t.Errorf("summary = %q, want three sentences at least", texts2(got))
	}
	if len(got) > 0 && !strings.Contains(got[0].Text, "Ada Vell") {
		t.Errorf("first sentence = %q, want the one giving Ada Vell's full name", got[0].Text)
	}
}
