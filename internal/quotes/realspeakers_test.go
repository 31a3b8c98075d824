package quotes

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// speakerCase names one quotation of a text, by words it holds, and the
// speaker it must be given ("" for none); absent, when set, are words no
// quotation may hold.
type speakerCase struct {
	name    string
	text    string
	opening string
	speaker string
	kind    string
	absent  string
}

// runSpeakerCases checks the speaker of one quotation in each text.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			all := extractAll(t, tc.text)
			for _, g := range all {
				if tc.absent != "" && strings.Contains(g.Text, tc.absent) {
					t.Errorf("quotation %q holds %q", g.Text, tc.absent)
				}
			}
			for _, g := range all {
				if tc.opening == "" || !strings.Contains(g.Text, tc.opening) {
					continue
				}
				if g.Speaker != tc.speaker || tc.kind != "" && g.Kind != tc.kind {
					t.Errorf("speaker of %q = %q (%s), want %q (%s)", tc.opening, g.Speaker, g.Kind, tc.speaker, tc.kind)
				}
				return
			}
			if tc.opening != "" {
				t.Errorf("no quotation holds %q; got %+v", tc.opening, all)
			}
		})
	}
}

// TestExtractRealShapes covers speaker shapes met in real news coverage.
// Every text is fictional, written for the test.
func TestExtractRealShapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "it says after a sentence that opens with a person is the page's owner, never the person",
			text: "22-year-old Lena Brisk of Harrowgate began making headlines after a rumour spread that she woke up during an operation on her spine to chat with the theatre staff about football. Though only part of the story is true, we are glad to be able to say that it is the part about the football chat. Lena revealed on her blog on Sunday that staying awake during the operation was part of the plan.\n\n" +
				"The student told her followers that when it came to the papers covering her story, many “reports got it wrong.” She explains that far from being a surprise to her surgeons, “keeping me awake was planned – it is called an awake block. It was all planned.”\n\n" +
				"Brisk even provided readers with a link to the website of University Hospital Kelmford where the procedure is described in detail. “A spinal block is given in the same way as an ordinary anaesthetic but the patient stays awake throughout. This allows us to check movement as we work,” it says.\n\nBrisk is expected to go home next week.",
			opening: "A spinal block",
			speaker: "University Hospital Kelmford", // the body whose website it is
			kind:    "organization",
		},
		{
			name:    "a pronoun after a sentence opened by the surname of the one person named in full, another named after it",
			text:    "You have probably never heard of Hanna Dorsk.\n\nYou have probably never heard of Hanna Dorsk. She spent most of her life as an unknown mountain guide. But she very recently came forward as the woman Kessler put in charge of finding Omar bin Tarek after the raid, and guess what? It turns out the woman Kessler put in charge is a rather shady operator. Who would have thought?\n\nDorsk, of course, never caught bin Tarek. She led the rescue team from 2006 to 2009, a fact we now know only because she came forward to take some credit for the rescue: \"We searched every ridge, and it still was not enough,\" she told the Valley Courier last week. Before that, she was just a quiet former guide.",
			opening: "We searched every ridge",
			speaker: "Hanna Dorsk",
			kind:    "person",
		},
		{
			name:    "a quote that is the predicate of a name after \"and\" is that person's",
			text:    "Colin Varey says his daughter Ruby was sent a bill for missing a sleepover. The bill for 12 pounds was in her lunch box last week and Varey “thought it was a prank.”",
			opening: "thought it was a prank.",
			speaker: "Colin Varey",
			kind:    "person",
		},
		{
			name:    "he let her know that he: the one telling speaks",
			text:    "Colin Varey said he then went to see the girl's mother. He let her know that he “would not be paying the charge” and that “she should have asked me first.”",
			opening: "would not be paying the charge",
			speaker: "Colin Varey",
			kind:    "person",
		},
		{
			name:    "a quote alone in its paragraph keeps its speaker past a name it speaks of itself and a body's name joined by and",
			text:    "“I was sure it was a prank,” Colin Varey said.\n\nThe sleepover was planned for half term at the Pine Lodge and Snowboard Centre, and Ruby had been invited by a classmate.\n\n“Her mother stopped me at the gate and asked if Ruby was coming. I said yes and that she was excited.”",
			opening: "Her mother stopped me",
			speaker: "Colin Varey",
			kind:    "person",
		},
		{
			name:    "a quote alone in its paragraph that names the speaker before is not theirs",
			text:    "“The harbour needs a new wall,” Mara Quell said.\n\nThe council met on Monday and Tom Reddle spoke against the plan.\n\n“Quell has never paid for a wall in her life, and Reddle knows it.”",
			opening: "Quell has never paid",
			speaker: "",
		},
		{
			name:    "the and one capitalised word that is no one's name is a body",
			text:    "“We will not give up the valley,” the Brotherhood said in a message on Sunday.",
			opening: "We will not give up",
			speaker: "Brotherhood",
			kind:    "organization",
		},
		{
			name:    "a phrase of time opening the sentence is no speaker; the one described after its comma is",
			text:    "Halfway through an operation meant to repair her knee, a pensioner apparently woke up and asked the surgeons, “Is it nearly done?”",
			opening: "Is it nearly done?",
			speaker: "pensioner",
			kind:    "person",
		},
		{
			name:    "a show's name said on ends before the next quotation, which is the speaker's",
			text:    "Ferry Minister Lena Ostrova defended the checks.\n\n“The state has spent millions to keep passengers safe,\" Ostrova said on the radio show \"Morning Tide.\" \"So it is the state's job to know which ferries are checked.\"",
			opening: "So it is the state's job",
			speaker: "Lena Ostrova",
			kind:    "person",
			absent:  "Morning Tide",
		},
		{
			name:    "a show's name after an outlet's possessive",
			text:    "Health Secretary Tomas Vell spoke on Sunday.\n\n\"We have kept the wards open all winter,\" Vell said on Harbourwire's \"Morning Tide.\" \"So it is our business to know who is ill.\"",
			opening: "So it is our business",
			speaker: "Tomas Vell",
			kind:    "person",
			absent:  "Morning Tide",
		},
		{
			name:    "a participle after a reporting clause set inside the sentence is that clause's subject's",
			text:    "Governor Ilse Marrow, whose absence has fuelled rumours for weeks, has been struck down by a mystery illness, her aides in Caldport revealed today, saying only that she was 'suffering from discomfort'.",
			opening: "suffering from discomfort",
			speaker: "aides in Caldport",
			kind:    "person",
		},
		{
			name:    "one reported speaking out in the sentence before, past another woman reported telling police",
			text:    "Amid the growing number of crew members accusing Tobias Renn of bullying, was one, Delia Marsh, who worked with him on The Harbour Show. But after the Ledger revealed the claims she told police about her boss, another co-star, Maren-Lisle, is speaking out about what happened behind the scenes.\n\n“I was NOT bullied by Tobias Renn when I was on The Harbour Show!” she wrote in an Instagram post on Wednesday. “I was a child on that show and this is a silly rumour that I want no part of!”\n\n“Everyone on that show treated me kindly,” she wrote. “Now leave me out of this!”",
			opening: "Now leave me out of this!",
			speaker: "Maren-Lisle",
			kind:    "person",
		},
		{
			name:    "a claim being repeated is no one speaking; the one who said it before is",
			text:    "Lawyer Ivo Marsh said the fact that the claims are being repeated “does not make them true.” But this claim is new.",
			opening: "does not make them true.",
			speaker: "Ivo Marsh",
			kind:    "person",
		},
		{
			name:    "a paper's name run together with the writer's",
			text:    "Former nurse Barbara Holm has spoken before.\n\nIn an article for The Ledger Holm wrote, \"as a girl, I tried to convince myself I had imagined it.\"",
			opening: "as a girl, I tried",
			speaker: "Barbara Holm",
			kind:    "person",
		},
		{
			name:    "a show appeared on is no quotation",
			text:    "The site claimed that the actress had filed charges against Renn when both appeared on \"The Harbour Show.\" The article was a hoax, said Tobias Renn.",
			opening: "",
			absent:  "Harbour Show",
		},
		{
			name:    "a surname that is also a title, after a known first name, is a name",
			text:    "Envoy says talks can wait\n\nDefector Tomas Voss, of the Harbour Institute, said: \"The north will not talk this year.\"\n\nRobert King, the federal envoy for the region, said freeing the sailors could open talks.\n\nBut he said the capital would not give in to attempts to \"extort\" concessions from the delay.",
			opening: "extort",
			speaker: "Robert King",
			kind:    "person",
		},
		{
			name:    "a closing single mark after a word in s before 'rather than' closes the quotation",
			text:    "Harbour chief Ivo Marsh told the northern ports they should 'mind their own business' rather than meddle in the affairs of the other harbours' boards, he said.\n\n'We will not be told what to do,' Marsh said.",
			opening: "mind their own business",
			speaker: "Ivo Marsh",
			absent:  "rather than",
		},
		{
			name:    "the Lord is a person",
			text:    "The preacher told the hall that those who obey will receive what the Lord called “crowns of eternal lives”.",
			opening: "crowns of eternal lives",
			speaker: "Lord",
			kind:    "person",
		},
		{
			name:    "the college said: the body named before, not a person",
			text:    "A computer model built by the Kelmford Tech College of Engineering showed the danger.\n\n\"The drone breaks a chunk of the blades,\" the college said of its findings.",
			opening: "The drone breaks a chunk",
			speaker: "Kelmford Tech College of Engineering",
			kind:    "organization",
		},
		{
			name:    "'As the paper stated,' credits the sentence; no one speaks there to stop the speaker carrying on",
			text:    "A girl from Brackley was sent a bill after she did not turn up at a classmate's sleepover.\n\nThe Brackley Echo says Colin Varey found the bill in his daughter's lunch box on Friday and Varey “thought it was a prank.”\n\nThe sleepover was set for the week before Easter, and the Varey family indicated that Ruby would be there.\n\n“Her mother stopped me at the school gate and asked if Ruby was coming. I said yes and that Ruby could not wait.”\n\nAs the Quayside stated, Varey later told the mother in person that Ruby would come. Only after that talk did Varey remember the family trip.\n\nWhen he tried to cancel, Varey had no way to reach the mother.\n\n“We had no phone number or address for her. So on the day we asked Ruby what she wanted and she chose the trip.”",
			opening: "We had no phone number",
			speaker: "Colin Varey",
			kind:    "person",
		},
	})
}

// TestExtractDocumentInTitle covers "it says" opening a text whose only
// mention of the document is in the headline. The text is fictional.
func TestExtractDocumentInTitle(t *testing.T) {
	a := corroborate.Article{
		ID:    "t",
		Title: "A swimming coach has shared a touching note he received from a ten-year-old pupil after he told the club he was leaving.",
		Text: "Printed on bright yellow paper it says: “Dear Coach Pellow,\n\n“You taught me to swim when I was scared of the water. I will miss you every Tuesday.\n\n" +
			"“PS, The whole lane says thank you.”\n\nThe coach, who has worked at the club for twelve years, said he was moved.",
	}
	ms := Extract(a, Options{})
	if len(ms) == 0 {
		t.Fatal("no quotation found")
	}
	for _, m := range ms {
		if m.Speaker == nil || m.Speaker.Kind != "document" || !strings.Contains(m.Speaker.Name, "note") {
			t.Errorf("speaker of %q = %+v, want the note", m.Text, m.Speaker)
		}
	}
	a.Title = "Swimming coach leaves the club after twelve years"
	for _, m := range Extract(a, Options{}) {
		if m.Speaker != nil && m.Speaker.Kind == "document" {
			t.Errorf("speaker of %q = %+v, want none: the headline names no document", m.Text, m.Speaker)
		}
	}
}

// TestExtractTimeIsNoRole covers a time set between commas after a name:
// no role of the speaker. The text is fictional.
func TestExtractTimeIsNoRole(t *testing.T) {
	ms := Extract(corroborate.Article{ID: "t", Text: "Mayor Ana Pruitt met the harbour board on Tuesday.\n\nPruitt, on Wednesday, said \"there was a lot of hype\" around the talks."}, Options{})
	found := false
	for _, m := range ms {
		if m.Speaker == nil || m.Speaker.Name != "Ana Pruitt" {
			t.Errorf("speaker of %q = %+v, want Ana Pruitt", m.Text, m.Speaker)
			continue
		}
		found = true
		for _, r := range m.Speaker.Roles {
			if strings.Contains(r, "Wednesday") {
				t.Errorf("roles of Ana Pruitt = %q: a day is no role", m.Speaker.Roles)
			}
		}
	}
	if !found {
		t.Error("no quotation given to Ana Pruitt")
	}
}

// TestLinkNestedIsNotOuter checks that words one article quotes inside
// someone's quotation are not that quotation when another article gives
// them to the one who said them, and that a quotation whose own words
// match still links. The texts are fictional.
func TestLinkNestedIsNotOuter(t *testing.T) {
	_, qs, _ := story(t,
		"Coastguard officer Dana Vell found the missing swimmer on a rock ledge late Saturday.\n\n\"When we finally reached her she said, 'Thank you. Thank you.' \" Vell said.",
		"The first thing Mia Tallis told rescuers, the coastguard said Monday, was \"thank you.\"",
		"\"When we finally reached her she said, 'Thank you,'\" said Dana Vell of the coastguard.",
	)
	for _, q := range qs {
		articles := map[string]bool{}
		for _, m := range q.Mentions {
			articles[m.Article] = true
		}
		if articles["a2"] && (articles["a1"] || articles["a3"]) {
			t.Errorf("quote %q links the swimmer's words to the rescuer's quotation", q.Text)
		}
		if articles["a1"] != articles["a3"] {
			t.Errorf("quote %q: the rescuer's quotation in a1 and a3 should be one", q.Text)
		}
	}
}

// TestExtractSupposedIsNoQuotation covers the writer's distance from a
// word or two set after "a supposed": no one is quoted. The text is
// fictional.
func TestExtractSupposedIsNoQuotation(t *testing.T) {
	text := "Norland has condemned Veloria for forcing a ferry to turn back for a supposed “safety check” — leading to the arrest of a blogger on board.\n\n“Norland strongly condemns the forced diversion of a ferry between two ports,” the statement read."
	for _, g := range extractAll(t, text) {
		if strings.Contains(g.Text, "safety check") {
			t.Errorf("%q read as a quotation of %q", g.Text, g.Speaker)
		}
	}
	if len(extractAll(t, text)) != 1 {
		t.Errorf("want the statement alone, got %+v", extractAll(t, text))
	}
}

// TestLinkNameSpelling checks that one person's name written with a
// hyphen or a space, with an accent or without, is one speaker across
// articles. The texts are fictional.
func TestLinkNameSpelling(t *testing.T) {
	sps, _, cs := story(t,
		"Singer Rosa-Lenné spoke out on Monday.\n\n“Keep me out of this,” said Rosa-Lenné.",
		"“Keep me out of this,” said Rosa Lenne, the singer.",
	)
	n := 0
	for _, s := range sps {
		if strings.Contains(s.Name, "Rosa") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("speakers %+v: want one Rosa Lenne", sps)
	}
	if len(cs) != 0 {
		t.Errorf("conflicts %+v: one person, no conflict", cs)
	}
}
