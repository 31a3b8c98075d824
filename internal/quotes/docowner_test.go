package quotes

import "testing"

// A document whose phrase names its owner speaks for the owner; each case
// failed before documentOwner, save the ones marked as kept.
func TestDocumentOwner(t *testing.T) {
	runTitledCases(t, []titledCase{
		{
			name:  "a body's website",
			body:  "The Calder Ferry Company sacked its captain on Monday.\n\n\"We thank Ivo for his service and wish him well,\" Calder Ferry Company's website said.",
			words: "We thank Ivo", want: "Calder Ferry Company",
		},
		{
			name:  "a described person's letter",
			body:  "The girl wrote to the board on Monday.\n\n\"We thank Ivo for his service and wish him well,\" the girl's letter said.",
			words: "We thank Ivo", want: "girl",
		},
		{
			name:  "a report by a body",
			body:  "\"The sea wall will not last the decade,\" read a report by the Calder Commission.",
			words: "The sea wall", want: "Calder Commission",
		},
		{
			name:  "a statement from a body before a colon",
			body:  "A statement from Harbour FC read: \"We thank Ivo for his service and wish him well.\"",
			words: "We thank Ivo", want: "Harbour FC",
		},
		{
			name:  "kept: a report obtained by a paper is not the paper's",
			body:  "Ada Holm was charged in March.\n\n\"She said she found the card,\" read the police report obtained by the Calder Gazette.",
			words: "She said she found", want: "police report obtained by the Calder Gazette",
		},
		{
			name:  "kept: a statement from someone's lawyers is not theirs",
			body:  "Ivo Marsh was charged on Monday.\n\n\"He denies every charge,\" read a statement from Marsh's lawyers.",
			words: "He denies every charge", want: "statement",
		},
		{
			name:  "kept: a show's pages name no one",
			body:  "\"We thank Ivo for his service and wish him well,\" read the show's pages.",
			words: "We thank Ivo", want: "",
		},
	})
}
