package quotes

import "testing"

// TestExtractSecondReportedClause covers quoted words in a second clause
// the same cue reports, with a title naming whom they are about. Every
// text is fictional, written for the test.
func TestExtractSecondReportedClause(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "and that the Queen was, after the palace said the King was",
			text: "The palace said the King was \"deeply saddened\" by the news and that the Queen was \"shocked.\"",
			want: []got{
				{Text: "deeply saddened", Speaker: "palace", Kind: "person", Partial: true, Parts: 1},
				{Text: "shocked.", Speaker: "palace", Kind: "person", Partial: true, Parts: 1},
			},
		},
	})
}
