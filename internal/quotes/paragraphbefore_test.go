package quotes

import "testing"

// TestExtractPersonOfParagraphBefore covers a first-person quotation alone
// after a paragraph that opens with a name: the named person's, unless the
// paragraph tells of something done to them or the quotation speaks of
// them. Every text is fictional, written for the test.
func TestExtractPersonOfParagraphBefore(t *testing.T) {
	const lead = "Harbour news\n\nThe town council met on Monday.\n\n"
	runSpeakerCases(t, []speakerCase{
		{
			name:    "a paragraph about the person, then their words",
			text:    lead + "Ada Holm runs the ferry office on the quay and has done so for twenty years.\n\n\"I cannot make money with two crossings a day. Nobody can.\"",
			opening: "I cannot make money",
			speaker: "Ada Holm",
		},
		{
			name:    "a clause of its own tells of someone else: still hers",
			text:    lead + "Ada Holm sat in the front row of the court as her son was sentenced for the attack on the quay.\n\n\"I have lost my boy for ten years. I will wait for him.\"",
			opening: "I have lost my boy",
			speaker: "Ada Holm",
		},
		{
			name:    "kept: the man killed does not speak after it",
			text:    lead + "Tomas Vrell was killed on Monday when a lorry struck his bicycle on the coast road near the harbour.\n\n\"I just want answers about what happened that morning.\"",
			opening: "I just want answers",
			speaker: "",
		},
		{
			name:    "kept: the man who died does not speak after it",
			text:    lead + "Tomas Vrell died in hospital on Sunday, three days after the crash on the coast road.\n\n\"I just want answers about what happened that morning.\"",
			opening: "I just want answers",
			speaker: "",
		},
		{
			name:    "kept: words that speak of him after he was jailed are not his",
			text:    lead + "Tomas Vrell, 52, was sent to prison on Monday for an attack on a shopkeeper in Ulby two years ago.\n\n\"I am glad they have locked him up for what he did to me that night.\"",
			opening: "I am glad",
			speaker: "",
		},
		{
			name:    "kept: words that speak of him are not his",
			text:    lead + "Tomas Vrell lost his licence in March after the crash on the coast road near the harbour.\n\n\"I thought he would never drive again, but he has proved me wrong.\"",
			opening: "I thought he would never",
			speaker: "",
		},
	})
}
