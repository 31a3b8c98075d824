package summary

import "testing"

// TestSaidByPronoun: a sentence credited at its end to "he" or "she" that
// names no one leans on the sentence before it in its article (leans);
// after another summary sentence the pronoun would stand for whoever that
// one spoke of ("one of the pilots").
func TestSaidByPronoun(t *testing.T) {
	for s, want := range map[string]bool{
		"The request to climb was denied because another ferry was crossing the channel, he said.": true,
		"Nobody was hurt, she told reporters.":                                                     true,
		"The request was denied, harbour master Ivo Tark said.":                                    false,
		"The request was denied because Ivo Tark was on leave, he said.":                           false,
		"He said the request would be looked at again on Monday.":                                  false,
		"The ferry, he said, would sail again on Monday.":                                          false,
	} {
		if got := saidByPronoun(s); got != want {
			t.Errorf("saidByPronoun(%q) = %v, want %v", s, got, want)
		}
		if want && !leans(s) {
			t.Errorf("leans(%q) = false: a sentence said by a pronoun leans on the one before", s)
		}
	}
}
