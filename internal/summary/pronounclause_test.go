package summary

import "testing"

// TestPronounClause: a sentence whose opening clause calls someone "he"
// or "she" and whose main clause opens with someone or something else
// leans on a sentence before it that named them; one whose main clause
// names them, or may ("the actor"), or speaks of things ("they"), does
// not.
func TestPronounClause(t *testing.T) {
	checkLeans(t, map[string]bool{
		"As he was boarding the ferry to Tolle, a steward wished him a good trip.": true,
		"When she was 20, her brother sold the family's boat.":                     true,
		"When she was 16, Ada Holm left Tolle for the capital.":                    false,
		"When he was 20, the actor moved to Kessmouth.":                            false,
		"Once they hatch, the turtles head for the sea.":                           false,
		"As the ferry left Tolle, a steward wished the passengers a good trip.":    false,
		"When she was 16, pop singer Ada Holm left Tolle with a guitar.":           false,
		"After he took office in 2015, former mayor Ivo Brand sold the ferry.":     false,
		"As she left the court, reporters asked Ada Holm about the ferry.":         false,
		"As she left the court, a reporter from the Tolle Herald asked her.":       true,
	})
}

// TestPronounClauseAfterName: "As he bent down, ..." follows a sentence
// that names Ivo Brand and then calls him "he"; not one that names no
// one, nor one whose "he" is no one's it named.
func TestPronounClauseAfterName(t *testing.T) {
	st := &story{}
	c := &candidate{text: "As he bent down, a gull took his hat and flew off over the harbour."}
	for p, want := range map[string]bool{
		"Ferry owner Ivo Brand was standing on the quay at Tolle when he dropped his keys.": true,
		"The quay at Tolle was busy on Monday morning, when he dropped his keys.":           false,
		"Ferry owner Ivo Brand was standing on the quay at Tolle on Monday.":                false,
	} {
		if got := st.sameReferent(&candidate{text: p}, c); got != want {
			t.Errorf("sameReferent(%q, %q) = %v, want %v", p, c.text, got, want)
		}
	}
}

// checkLeans fails for each sentence of want whose leans is not as want
// says.
func checkLeans(t *testing.T, want map[string]bool) {
	t.Helper()
	for s, w := range want {
		if got := leans(s); got != w {
			t.Errorf("leans(%q) = %v, want %v", s, got, w)
		}
	}
}

// TestPronounSpeaker: a quotation credited to "he" or "she" leans on the
// sentence that said who spoke; one credited to a name does not.
func TestPronounSpeaker(t *testing.T) {
	checkLeans(t, map[string]bool{
		`"The coalition is arming the rebels from the air," he told the Tolle Courier in January.`: true,
		`“The quay will be ready by June,” she said.`:                                              true,
		`"The coalition is arming the rebels from the air," Ada Holm told the Tolle Courier.`:      false,
	})
}
