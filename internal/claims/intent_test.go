package claims

import "testing"

// TestIntentCuesComplete checks that every word an intent statement turns
// on is in the set read first (intentCues), so that none is skipped.
func TestIntentCuesComplete(t *testing.T) {
	for _, set := range []map[string]bool{deliberateAdverbs, accidentAdverbs, deliberateAdjs, accidentAdjs} {
		for w := range set {
			if !intentCues[w] {
				t.Errorf("%q is missing from intentCues", w)
			}
		}
	}
}
