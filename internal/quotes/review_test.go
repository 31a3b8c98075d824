package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Cases from reading whole stories: speakers that must not be given. The
// news text below is fictional, written for these tests.
func TestExtractSpeakersNotGiven(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []got
	}{
		{
			name: "a pronoun that pointed to a description does not reach it from another paragraph",
			text: "A thank-you card that a young cellist wrote to her coach after he told her group that he was leaving.\n\n" +
				"The coach kept the card on his desk for a week.\n\n" +
				"He told the Gazette: “I had always worried about telling them, and now I know I need not have.”",
			want: []got{{Text: "I had always worried about telling them, and now I know I need not have.", Parts: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, extractAll(t, tt.text)); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
