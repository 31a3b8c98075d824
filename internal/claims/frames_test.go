package claims

import "testing"

// TestFrameSubjectParticiple: a frame in -ing ("a statement on Monday
// saying it ...", "kept stating it ...") has no subject just before it, so
// the pronoun is not resolved to that word; "denying" is read as before,
// and so is a finite frame.
func TestFrameSubjectParticiple(t *testing.T) {
	tests := []struct{ s, pron, want string }{
		{"The ferry company issued a statement on Monday saying it had not paid the fine.", "it", ""},
		{"The harbour board kept stating it is not a charity.", "it", ""},
		{"The harbour board said it is not a charity.", "it", "board"},
		{"The harbour board, denying it is a charity, refused to pay.", "it", "board"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.s, 0, len(tc.s))
		if got, _ := frameSubject(toks, tokIndex(toks, tc.pron)); got != tc.want {
			t.Errorf("%q: subject %q, want %q", tc.s, got, tc.want)
		}
	}
}
