package quotes

import "testing"

// TestExtractWorksAndReportedWords covers the names of works and words a
// quotation reports of someone else: each text is fictional, written for
// the test.
func TestExtractWorksAndReportedWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a work's title in parentheses after the noun is no quotation",
			text: "In the foreword, Edda Marr wrote: \"I would tell you that I drew the map, by the light of the harbour.\"\n\nProfessor Ivo Lund pointed out in a 2004 Gazette essay (\"By the Light of the Harbour\") that this may have been meant.",
			want: []got{{Text: "I would tell you that I drew the map, by the light of the harbour.", Speaker: "Edda Marr", Kind: "person", Parts: 1}},
		},
		{
			name: "a work's title straight after the noun is no quotation",
			text: "Ivo Lund wrote the essay \"Salt Roads of the North\" in 2004.\n\n\"We lost the roads,\" Lund said.",
			want: []got{{Text: "We lost the roads,", Speaker: "Ivo Lund", Kind: "person", Parts: 1}},
		},
		{
			name: "a speech quoted after a comma is a quotation",
			text: "In his speech, \"We will rebuild the pier,\" Mayor Ivo Lund said.",
			want: []got{{Text: "We will rebuild the pier,", Speaker: "Ivo Lund", Kind: "person", Parts: 1}},
		},
	})
}
