package claims

import "testing"

// TestNameAndTitleAloneStateNoClaim checks that two sentences opening
// with one person's name and title but telling two things of them are
// two claims, while two telling one thing in other words stay one.
func TestNameAndTitleAloneStateNoClaim(t *testing.T) {
	checkAligned(t, []alignCase{
		{"said / visited",
			"Deputy Harbour Minister Ana Vell said the ferry tax would be cut.",
			"Deputy Harbour Minister Ana Vell visited the ferry yards.",
			false},
		{"one statement",
			"Deputy Harbour Minister Ana Vell said the ferry tax would be cut next spring.",
			"Deputy Harbour Minister Ana Vell said on Monday that the ferry tax would be cut.",
			true},
	})
}
