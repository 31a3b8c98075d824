package quotes

import "testing"

// TestExtractSecondVerbsAndHearers covers quoted words after a second verb
// of one subject, a hearer that is no speaker, and a caption posted by
// someone. Each text is fictional.
func TestExtractSecondVerbsAndHearers(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a second verb after and keeps the subject of the first",
			text: "The harbour council on Monday named Mara Quillon its chair.\n\nQuillon said she is \"deeply grateful\" for the trust of her colleagues, and pledged to \"rebuild the docks\" before winter.",
			want: []got{
				{Text: "deeply grateful", Speaker: "Mara Quillon", Kind: "person", Partial: true, Parts: 1},
				{Text: "rebuild the docks", Speaker: "Mara Quillon", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "an outlet that is told is the hearer, not the speaker",
			text: "The harbour council on Monday named Mara Quillon its chair.\n\nQuillon said she is \"deeply grateful\" for the trust of her colleagues, the Coastal Post is told.\n\n\"I know we are here to serve the fishermen who put their faith in us.\"",
			want: []got{
				{Text: "deeply grateful", Speaker: "Mara Quillon", Kind: "person", Partial: true, Parts: 1},
				{Text: "I know we are here to serve the fishermen who put their faith in us.", Speaker: "Mara Quillon", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a report that reveals a second verb's words only tells of them",
			text: "Dr. Helen Marsh wrote to a port official early in the outbreak, lamenting the \"foolish rumours everywhere\" and promising to \"stand together through this,\" a new report revealed Tuesday.",
			want: []got{
				{Text: "foolish rumours everywhere", Speaker: "Helen Marsh", Kind: "person", Partial: true, Parts: 1},
				{Text: "stand together through this,", Speaker: "Helen Marsh", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a participle after a verb and a preposition is the verb's subject's, in a clause of its own",
			text: "The nurse received an email in March from Piet Oran, director of the island health office, in which Oran apologized for saying the port was making a “grave error” by closing the gates.",
			want: []got{{Text: "grave error", Speaker: "Piet Oran", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "words a person refers to something as are theirs",
			text: "Rep. Dana Pirrel angered her critics on Thursday when she referred to islanders as \"ferry people\" during a hearing.",
			want: []got{{Text: "ferry people", Speaker: "Dana Pirrel", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a document that refers to a thing gives no words of its own",
			text: "The council's letter refers to the Harbour Partnership, a program that pays for \"training and technical help\" in towns.",
			want: nil,
		},
		{
			name: "a second verb after and keeps the pronoun subject of the first",
			text: "Ivo Marchetti was governor for ten years.\n\nDuring those years as governor, he called for lighter rules for the fishing fleet, and referred to the science on fish stocks as \"unsettled\".",
			want: []got{{Text: "unsettled", Speaker: "Ivo Marchetti", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a participle after a person placed beside another is the sentence subject's",
			text: "The singer Lena Vale twisted the knife further by posting a photograph of herself alongside her stepfather Kurt Moss saying: “Thank you for everything.”",
			want: []got{{Text: "Thank you for everything.", Speaker: "Lena Vale", Kind: "person", Parts: 1}},
		},
		{
			name: "a possessor named by a first name given in full only further on",
			text: "Tobin Reyes was a star with his band in the seventies.\n\nAs Marla’s fame grew she, too, turned on her father: “There was never a letter,” she complained.\n\nThe actress Marla Reyes did not reply to calls.",
			want: []got{{Text: "There was never a letter,", Speaker: "Marla Reyes", Kind: "person", Parts: 1}},
		},
		{
			name: "the name of a show between the cue and the quoted words",
			text: "Ines Koss told Channel Four’s “Tideline” that the ferries “were never safe for the crews” and “should have been scrapped years ago.”",
			want: []got{
				{Text: "were never safe for the crews", Speaker: "Ines Koss", Kind: "person", Partial: true, Parts: 1},
				{Text: "should have been scrapped years ago.", Speaker: "Ines Koss", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "two nicknames joined by or stay names",
			text: "The Harbour Gazette reports that the old spruce on the quay, nicknamed \"Spiky,\" or \"Mangy,\" will cost the town a fortune.",
			want: nil,
		},
		{
			name: "a lawmaker's party and state between commas are part of the name",
			text: "\"This is something that deserves an inquiry,\" Sen. Marsha Kell, R-Tenn., told the Harbour Gazette.\n\n\"It cannot wait,\" Rep. Tom Adler, D-N.Y., said Tuesday.",
			want: []got{
				{Text: "This is something that deserves an inquiry,", Speaker: "Marsha Kell", Kind: "person", Parts: 1},
				{Text: "It cannot wait,", Speaker: "Tom Adler", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the show a cue says the words were said on is no quotation",
			text: "\"I have heard from members about the plan,\" Mr. Adler said on \"Fox & Friends.\"\n\nKell, a Republican, said live on \"Morning Harbour\" that the new law would keep voting open.",
			want: []got{{Text: "I have heard from members about the plan,", Speaker: "Adler", Kind: "person", Parts: 1}},
		},
		{
			name: "a caption shared by someone is theirs",
			text: "Councillor Dana Pirrel angered her critics on Friday.\n\nPirrel shared a video of the meeting to her page with the caption, \"Every day, our islanders pay more to reach the mainland.\"",
			want: []got{{Text: "Every day, our islanders pay more to reach the mainland.", Speaker: "Dana Pirrel", Kind: "person", Parts: 1}},
		},
	})
}

// TestExtractInterviewSpeaker covers a feature built on one interview:
// the person a quote names is not the "he" who says it, and quote
// paragraphs in the first person after narrative naming others are the
// interviewee's. The text is fictional.
func TestExtractInterviewSpeaker(t *testing.T) {
	text := "Tom Harrow has broken his silence about his son Ned and his former wife, the singer Lena Vale.\n\n" +
		"‘That was a knife in the back,’ says Tom as he sits in the garden of his farmhouse in Kent. ‘It is time for the truth.’\n\n" +
		"‘We were happy once,’ Tom says. ‘The children were everything to us.’\n\n" +
		"Ned Harrow posted a photograph of himself with his stepfather on Sunday, writing: ‘Best dad in the world.’\n\n" +
		"Tom is plainly still wounded. He says: ‘Ned could have picked up the phone and called me but he never did.’\n\n" +
		"‘I always thought we would find our way back,’ Tom says.\n\n" +
		"When Lena toured Japan, her mother Iris moved into the family home and helped with the children.\n\n" +
		"‘I wanted a quiet life but Lena could not stay still. In the end I moved out.’"
	ms := extractAll(t, text)
	want := map[string]string{
		"Ned could have picked up the phone and called me but he never did.": "Tom Harrow",
		"Best dad in the world.": "Ned Harrow",
		"I wanted a quiet life but Lena could not stay still. In the end I moved out.": "Tom Harrow",
	}
	for _, m := range ms {
		if w, ok := want[m.Text]; ok {
			if m.Speaker != w {
				t.Errorf("%q: speaker %q, want %q", m.Text, m.Speaker, w)
			}
			delete(want, m.Text)
		}
	}
	for q := range want {
		t.Errorf("%q not found in %+v", q, ms)
	}
}

// TestExtractNoMainSpeakerWhenShared checks that quote paragraphs with no
// speaker stay so when no one person gives most of the quotes. The text is
// fictional.
func TestExtractNoMainSpeakerWhenShared(t *testing.T) {
	text := "The ferry strike entered its third week.\n\n" +
		"‘We will not give in,’ said Dana Whitfield. ‘Not this time.’\n\n" +
		"‘The owners have made their last offer,’ said Tobin Reyes.\n\n" +
		"‘I think it will be over by May,’ Whitfield said.\n\n" +
		"‘I doubt it,’ said Marla Quince.\n\n" +
		"When the talks broke down, the mayor, Iris Kell, met both sides at the town hall.\n\n" +
		"‘I have never seen the quay so quiet.’"
	for _, m := range extractAll(t, text) {
		if m.Text == "I have never seen the quay so quiet." && m.Speaker != "" {
			t.Errorf("%q: speaker %q, want none", m.Text, m.Speaker)
		}
	}
}
