package quotes

import "testing"

// TestExtractShowTold covers a programme named as the one told: its name
// is no quotation. Every text is fictional, written for the test.
func TestExtractShowTold(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "told a show by name, a comma inside the closing mark",
			text: "Mayor Tom Dunn told \"Morning Desk,\" the breakfast programme, that he would not resign.",
			want: nil,
		},
		{
			name: "told and a quotation that ends the sentence is speech",
			text: "Asked about the vote, Mayor Tom Dunn told reporters: \"We will not sign it.\"",
			want: []got{{Text: "We will not sign it.", Speaker: "Tom Dunn", Kind: "person", Parts: 1}},
		},
	})
}
