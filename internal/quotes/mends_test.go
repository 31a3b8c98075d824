package quotes

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestExtractMends covers quotations the pronoun and first-person rules
// must leave alone: words someone else wrote or said, a person described
// without a name, a credit line, a victim named before a family's words, a
// paragraph about a woman between a man's quotes. Every text is fictional,
// written for the test.
func TestExtractMends(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "first person printed on a stranger's T-shirt is not the subject's",
			text: "Local news roundup\n\nDale Ormond says the attack has left him afraid to go out.\n\n" +
				"He was punched by a stranger wearing a T-shirt with \"I hate everyone in this town and I always will\" printed on the front.\n\n" +
				"The police have not made an arrest.",
			opening: "I hate everyone",
			speaker: "",
		},
		{
			name: "a time of day in prose is no credit line",
			text: "Councillors have approved a new cycle lane on the High Street.\n\n" +
				"Bill Hart, a cyclist, has campaigned for the lane for years.\n\n" +
				"At the vote, which began at 7:30pm, the scheme was backed by Tom Reed, a farmer from Ulby.\n\n" +
				"The lane will open in May.\n\n" +
				"\"It will save me twenty minutes every morning,\" he said.",
			opening: "It will save me",
			speaker: "Tom Reed",
		},
		{
			name: "a slash in prose is no credit line",
			text: "Councillors have approved a new cycle lane on the High Street.\n\n" +
				"Bill Hart, a cyclist, has campaigned for the lane for years.\n\n" +
				"At the vote the scheme was backed by Tom Reed who runs the 24/7 cafe in Ulby.\n\n" +
				"The lane will open in May.\n\n" +
				"\"It will save me twenty minutes every morning,\" he said.",
			opening: "It will save me",
			speaker: "Tom Reed",
		},
		{
			name: "an accident describes no one",
			text: "Councillors have approved a new cycle lane on the High Street.\n\n" +
				"Bill Hart, a cyclist, has campaigned for the lane for years.\n\n" +
				"At the vote the scheme was backed by Tom Reed, a farmer from Ulby.\n\n" +
				"The accident last year led to calls for the lane.\n\n" +
				"\"It will save me twenty minutes every morning,\" he said.",
			opening: "It will save me",
			speaker: "Tom Reed",
		},
		{
			name: "a daughter's card is not the father's words",
			text: "Local news roundup\n\nDale Ormond says the quarrel broke him.\n\n" +
				"He keeps the birthday card his daughter sent in 2009, signed \"to my dad, the best in the world, love from me.\"\n\n" +
				"His daughter has not called.",
			opening: "to my dad",
			speaker: "",
		},
		{
			name: "a landlord's letter is not the tenant's words",
			text: "Local news roundup\n\nAna Ruiz has run the bakery for twelve years.\n\n" +
				"She was sent a letter by her landlord last month which began \"I regret to tell you that my family needs the shop back.\"\n\n" +
				"The bakery will close in May.",
			opening: "I regret to tell you",
			speaker: "",
		},
		{
			name: "a patient's nomination is not the nurse's words",
			text: "Local news roundup\n\nRuth Okafor is a nurse at Ulby General.\n\n" +
				"She was given the award after a patient nominated her as \"the kindest person I met in my whole life.\"\n\n" +
				"The award was presented on Friday.",
			opening: "the kindest person",
			speaker: "",
		},
		{
			name: "another man named before the quotation: not the subject's words",
			text: "Local news roundup\n\nRuth Okafor is a nurse at Ulby General.\n\n" +
				"She lost her temper at the meeting with Tom Brell, whose plan would make the ward \"a place I would not send my dog.\"\n\n" +
				"The board will vote next week.",
			opening: "a place I would not",
			speaker: "",
		},
		{
			name: "he after a man described without a name is not the man named before but the one described",
			text: "Councillors have approved a new cycle lane on the High Street.\n\n" +
				"The scheme was first proposed by Tom Reed, a former councillor who died last year.\n\n" +
				"A driver who parks on the street every day was not impressed.\n\n" +
				"\"It will cost me twenty minutes every morning,\" he said.",
			opening: "It will cost me",
			speaker: "driver",
		},
		{
			name: "a photographer on a credit line is no speaker",
			text: "Ferry strike ends after three weeks\n\n" +
				"Crews returned to the Ulby ferries on Monday after the union accepted a pay offer.\n\n" +
				"The ferry Gull leaving Ulby harbour. Photograph: Tom Pike/Ulby Post\n\n" +
				"The dispute had stranded hundreds of islanders, and the union's regional organiser was relieved it was over.\n\n" +
				"\"Nobody wins a strike like this one,\" he said.",
			opening: "Nobody wins a strike",
			speaker: "",
		},
		{
			name: "a victim named in the paragraph before does not speak the family's statement",
			text: "Police have named the woman who died in a crash on the A61 near Ripon on Saturday.\n\n" +
				"The victim was Kara Mills, 45, of Harrogate.\n\n" +
				"\"We are heartbroken and ask for privacy at this time.\"\n\n" +
				"Officers are appealing for witnesses.",
			opening: "We are heartbroken",
			speaker: "",
		},
		{
			name: "she in the paragraph between ends the man's carried speech",
			text: "Storm clean-up begins in Ulby\n\n" +
				"\"We were lucky,\" said Tom Reed, who farms above the village.\n\n" +
				"His daughter, Jane Reed, was alone in his farmhouse when the roof came off, and she hid under the stairs with her dog.\n\n" +
				"\"I have never been so scared in my life.\"",
			opening: "I have never been so scared",
			speaker: "",
		},
		{
			name: "she after a woman named in a sentence about her neighbour still goes to her",
			text: "Ruth Okafor lost her home in the flood.\n\n" +
				"The water rose in minutes, and her neighbour helped her carry the children out.\n\n" +
				"\"I have nothing left but my family,\" she said.",
			opening: "I have nothing left",
			speaker: "Ruth Okafor",
		},
	})
}

// BenchmarkExtractLongParagraph reads one article with no paragraph
// breaks: 1,500 sentences naming a woman, each followed by a man's quote,
// so that every "he" reads back for the person it stands for. The reading
// back is bounded; unbounded, an iteration took seconds.
func BenchmarkExtractLongParagraph(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Show results\n\n")
	for range 1500 {
		sb.WriteString(`Ann Xyz grew the largest marrow. "We need rain before the judging," he said. `)
	}
	art := corroborate.Article{ID: "long", Text: sb.String()}
	b.SetBytes(int64(len(art.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Extract(art, Options{})) == 0 {
			b.Fatal("no quotes found")
		}
	}
}
