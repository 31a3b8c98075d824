package claims

import (
	"strings"
	"testing"
)

// TestQuotationGoesOnInNextParagraph checks that a quotation going on in
// the next paragraph, its second sentence naming no one (one article
// leaving it outside quotation marks), is one claim worded by both
// sentences as one article wrote them, supported over both.
func TestQuotationGoesOnInNextParagraph(t *testing.T) {
	res, said := findIn(t, [][3]string{
		{"a", "Lenna Post", `The quay at Port Arden was closed on Monday after a storm.

"They tied the boats to the old bollards and then they ran for the sheds," deckhand Oren Pask said.

"I was so cold I could not feel the rope in my hands."`},
		{"b", "Tarn Courier", `Port Arden's quay closed on Monday.

"They tied the boats to the old bollards and then they ran for the sheds," deckhand Oren Pask said. I was so cold I could not feel the rope in my hands.`},
	})
	var rows []string
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "bollards") || strings.Contains(c.Text, "feel the rope") {
			rows = append(rows, c.Text)
		}
	}
	want := `"They tied the boats to the old bollards and then they ran for the sheds," deckhand Oren Pask said. "I was so cold I could not feel the rope in my hands."`
	if len(rows) != 1 || rows[0] != want {
		t.Fatalf("claims %q, want [%q]", rows, want)
	}
	got, _ := supportOf(res, said, "bollards", "b")
	if !strings.HasSuffix(got, "feel the rope in my hands.") {
		t.Errorf("b's support %q does not span the second sentence", got)
	}
}

// TestNarrationIsNoQuotationsStart checks that a quotation naming no one
// after a sentence telling what happened in no one's words is not worded
// with it: the two are not one statement.
func TestNarrationIsNoQuotationsStart(t *testing.T) {
	res, _ := findIn(t, [][3]string{
		{"a", "Lenna Post", `The quay at Port Arden was closed on Monday after a storm broke the sea wall.

"We owe that to every crew that ties up here."`},
		{"b", "Tarn Courier", `The quay at Port Arden was closed on Monday after a storm broke the sea wall.

"We owe that to every crew that ties up here."`},
	})
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "sea wall") && strings.Contains(c.Text, "We owe that") {
			t.Errorf("claim %q words narration and a quotation as one", c.Text)
		}
	}
}

// TestAnswerIsNoContinuation checks that a quotation credited to someone
// unnamed ("the man shouted") after another's words is not worded with
// them: in a dialogue the two are different speakers.
func TestAnswerIsNoContinuation(t *testing.T) {
	body := `The ferry left Port Arden late on Monday.

The purser replied, "Well, what should I tell the passengers then?" "Tell them we sail when the fog lifts," the man shouted before walking off.`
	res, _ := findIn(t, [][3]string{{"a", "Lenna Post", body}, {"b", "Tarn Courier", body}})
	for _, c := range res.Claims {
		if strings.Contains(c.Text, "purser") && strings.Contains(c.Text, "fog lifts") {
			t.Errorf("claim %q words two speakers as one", c.Text)
		}
	}
}
