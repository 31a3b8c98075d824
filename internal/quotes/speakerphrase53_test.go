package quotes

import "testing"

// TestSpeakerPhrases53 covers the session's rules for who speaks, each
// with a case it must leave alone. Each text is fictional, written for
// the test.
func TestSpeakerPhrases53(t *testing.T) {
	const actor = "Tomas Vell has left the dance show.\n\n" +
		"\"We lost the baby,\" Vell said. \"We are grieving,\" said the actor.\n\n" +
		"The news came a month after Vell announced that Kimberly was expecting.\n\n" +
		"The actor shared a clip of the scan.\n\n"
	const burton = "Tomas Brandt received a licence so that he could wed Afton Elaine Burton, 26. She lives in Corcoran.\n\n"
	runTitledCases(t, []titledCase{
		{
			name:  "a verb's particle between a kin word and a name: the word is no title of the name",
			body:  "Webb grabbed the girl as she and her mother were walking down Port Calder's 6th Avenue on Saturday.\n\nThe victim's mother testified, describing her daughter as \"brave, strong, and smart\" before the jury.",
			words: "brave, strong",
			want:  "victim's mother",
		},
		{
			name:  "a role right before the name is still its title",
			body:  "Her mother Ada Wexbury spoke on Saturday.\n\nThe mother testified, describing her daughter as \"brave, strong, and smart\" before the jury.",
			words: "brave, strong",
			want:  "Ada Wexbury",
		},
		{
			name:  "'in which people say': the people",
			body:  "Gov. Ada Holm launched the campaign on Monday.\n\nIt runs on billboards in which people say, \"I'm on the ferry.\"",
			words: "I'm on the ferry",
			want:  "people",
		},
		{
			name:  "the description read as a person before is that person again, a woman named between",
			body:  actor + "\"Hearing the heartbeat was a gift,\" the \"Harbour\" actor said on the show.",
			words: "Hearing the heartbeat",
			want:  "Tomas Vell",
		},
		{
			name:  "not when a man is named between",
			body:  "Tomas Vell has left the dance show.\n\n\"We lost the baby,\" Vell said. \"We are grieving,\" said the actor.\n\nThe news came a month after Vell announced that Ivo Brand would join the cast.\n\nThe actor shared a clip of the scan.\n\n\"Hearing the heartbeat was a gift,\" the actor said on the show.",
			words: "Hearing the heartbeat",
			want:  "actor",
		},
		{
			name:  "not three paragraphs on",
			body:  actor + "The show went on.\n\nThe band played.\n\n\"Hearing the heartbeat was a gift,\" the actor said on the show.",
			words: "Hearing the heartbeat",
			want:  "actor",
		},
		{
			name:  "'learned who had written it' names no one who wrote",
			body:  "That is when Tom Harper and Jo Buckley first learned who had written it, and found themselves blindsided by \"the sheer size of it all.\"",
			words: "the sheer size",
			want:  "",
		},
		{
			name:  "'It was Ada Holm who said' is Ada Holm",
			body:  "It was Ada Holm who said \"the ferry is late\" on Monday.",
			words: "the ferry is late",
			want:  "Ada Holm",
		},
		{
			name:  "a place before a name after 'ambassador to' is no part of it",
			body:  "Ostland's ambassador to Britain Tan Weilin has said that Ostland has the \"resolve and power\" to end the unrest.\n\nTan said the talks would go on.",
			words: "resolve and power",
			want:  "Tan Weilin",
		},
		{
			name:  "two given names joined by a hyphen open the name after a title",
			body:  "Deputy Director of Public Prosecution Eva-Marie Lund closed the case.\n\nMs Lund said: \"I would like to stress that the evidence was credible.\"",
			words: "I would like to stress",
			want:  "Eva-Marie Lund",
		},
		{
			name:  "a sentence end that lost its space is a sentence end ('iPhone.Maker' and 'Jan.Ana' are not)",
			body:  "A video was released on Monday.The harbour master told reporters: \"I have just seen the news.\"",
			words: "I have just seen the news",
			want:  "harbour master",
		},
		{
			name:  "'raged' is a cue",
			body:  "A man was removed from a ferry at Calder.\n\n\"Don't say it!\" the man raged before lecturing the crew.",
			words: "Don't say it",
			want:  "man",
		},
		{
			name:  "a man reported speaking between is no rival of 'she'",
			body:  burton + "Daniel Simone told reporters that Burton has been scheming for two years.\n\n\"There are certain things next of kin can do,\" she told the Courier last November.",
			words: "There are certain things",
			want:  "Afton Elaine Burton",
		},
		{
			name:  "nor one after 'according to', nor a request",
			body:  burton + "When the two asked Brandt to sign the papers, he refused. The plot was the next step, according to Daniel Simone.\n\n\"There are certain things next of kin can do,\" she told the Courier last November.",
			words: "There are certain things",
			want:  "Afton Elaine Burton",
		},
		{
			name:  "a woman reported speaking between is",
			body:  burton + "The plot was the next step, according to Ada Vell.\n\n\"There are certain things next of kin can do,\" she told the Courier last November.",
			words: "There are certain things",
			want:  "Ada Vell",
		},
		{
			name:  "'Powell Sr' is the Powell the text calls a father",
			body:  "Seven-year-old Grayson Powell bowled the game of his life on Saturday.\n\n\"The rule is you have to wear black pants,\" Todd Powell, Grayson's father, explained to the Courier.\n\nPowell Sr said he was unimpressed with the ruling. \"If this is what sport is about, shame on them.\"",
			words: "If this is what sport",
			want:  "Todd Powell",
		},
		{
			name:  "'Vell Jr.' is not the one Vell named, who may be the father",
			body:  "Tomas Vell scored twice on Sunday.\n\n\"We needed that,\" Vell Jr. said after the game.",
			words: "We needed that",
			want:  "Vell Jr.",
		},
		{
			name:  "of two Powells, none called a father, 'Powell Sr' stays as written",
			body:  "Grayson Powell and Todd Powell bowled on Saturday.\n\n\"It was a long day,\" Powell Sr said.",
			words: "It was a long day",
			want:  "Powell Sr",
		},
		{
			name:  "'it says' after 'the website of' a named body is the body's",
			body:  "Ada Lind gave readers a link to the website of Harbour General Hospital, where the surgery is described. \"An awake operation lets us test the brain as we go,\" it says.",
			words: "An awake operation",
			want:  "Harbour General Hospital",
		},
		{
			name:  "not after 'of' and a place alone",
			body:  "Ada Lind gave readers a link to a report of Ulby, where the flood is described. \"The river rose by two metres,\" it says.",
			words: "The river rose",
			want:  "report",
		},
		{
			name:  "nor 'Orrin Sr.' the one Orrin named, the son",
			body:  "Luke Orrin, whose father coached the team for twenty years, threw three touchdowns.\n\nDale Orrin watched from the stands.\n\n\"I taught him everything,\" Orrin Sr. said.",
			words: "I taught him everything",
			want:  "Orrin Sr.",
		},
		{
			name:  "nor when the text writes the suffix into a name",
			body:  "Quarterback Jalen Hurd threw for 300 yards.\n\nHis father, Jalen Hurd Sr., watched. \"He made me proud,\" Hurd Sr. said.",
			words: "He made me proud",
			want:  "Hurd Sr.",
		},
		{
			name:  "'ruled' is a cue",
			body:  "Ivo Brek was due to be freed in September.\n\nBut a judge ruled that Brek should stay in jail because of his \"history of absconding\".",
			words: "history of absconding",
			want:  "judge",
		},
		{
			name:  "'X Sr' stays when the text writes the suffix into a name ('Ed Tate Sr.')",
			body:  "Frank Tate, Mia's father, runs the diner with his father, Ed Tate Sr. Mia Tate, 8, helps out.\n\n\"I built this place,\" Tate Sr. said.",
			words: "I built this place",
			want:  "Tate Sr.",
		},
		{
			name:  "not after 'the website of' one capitalised word",
			body:  "Ada Lind gave readers a link to the website of Ulby, where the flood is described. \"The river rose by two metres,\" it says.",
			words: "The river rose",
			want:  "website",
		},
		{
			name:  "the description read again, a woman named in full between as an object",
			body:  "Tomas Vell has left the dance show.\n\n\"We lost the baby,\" Vell said. \"We are grieving,\" said the actor.\n\nThe news came a month after Vell announced that his partner Anna Roth was expecting.\n\nThe actor shared a clip of the scan.\n\n\"Hearing the heartbeat was a gift,\" the actor said on the show.",
			words: "Hearing the heartbeat",
			want:  "Tomas Vell",
		},
		{
			name:  "not five paragraphs on",
			body:  "Tomas Vell has left the dance show.\n\n\"We lost the baby,\" Vell said. \"We are grieving,\" said the actor.\n\nThe show went on.\n\nThe band played.\n\nThe lights went down.\n\n\"Hearing the heartbeat was a gift,\" the actor said on the show.",
			words: "Hearing the heartbeat",
			want:  "actor",
		},
		{
			name:  "nor after a woman given the description, not opening a sentence",
			body:  "Tom Holt walked away from the wreck. \"I was lucky,\" said the driver.\n\nPolice also spoke to Anna Roth, driver of the van.\n\nThe road was shut for a day.\n\n\"The road was icy,\" the driver said.",
			words: "The road was icy",
			want:  "driver",
		},
		{
			name:  "'he told' between a woman and 'she' does not block her",
			body:  burton + "He told reporters that Burton has been scheming for two years.\n\n\"There are certain things next of kin can do,\" she told the Courier last November.",
			words: "There are certain things",
			want:  "Afton Elaine Burton",
		},
	})
}
