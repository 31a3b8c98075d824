package quotes

import "testing"

// TestReviewGuards53 keeps the shapes a review of this session's rules
// found them breaking, each with the speaker it had before them. Each
// text is fictional, written for the test.
func TestReviewGuards53(t *testing.T) {
	runTitledCases(t, []titledCase{
		{name: "'The X is Name' still gives the role", body: `Her lawyer is Dana Vell. "We will appeal," the lawyer said.`, words: "We will appeal", want: "Dana Vell"},
		{name: "'The X was Name' still gives the role", body: `The driver was Tom Holt, 34, of Orvik. "I did not see her," the driver said.`, words: "I did not see her", want: "Tom Holt"},
		{name: "'past' before a name is a role's word", body: `Past president Ada Lund spoke first. "We owe the club everything," the president said.`, words: "We owe the club", want: "Ada Lund"},
		{name: "a relative clause with its own verb is no speaker", body: `The company for which he worked said: "We are saddened by the news."`, words: "We are saddened", want: "company"},
		{name: "a relative clause with a name and a verb is no speaker", body: `The hospital in which Vell died said: "Our thoughts are with his family."`, words: "Our thoughts are", want: "hospital in which Vell died"},
		{name: "'saw who' keeps its quotation", body: `The man she saw who said "Get out" was never found.`, words: "Get out", want: "man she saw who"},
		{name: "a description with a word added is not read again", body: "Tom Holt walked away from the wreck. \"I was lucky,\" said the driver.\n\nThe bus driver, Anna Roth, was unhurt.\n\nThe road was shut for a day.\n\n\"The road was icy,\" the bus driver said.", words: "The road was icy", want: "bus driver"},
		{name: "nor after a woman given the description", body: "Tom Holt walked away from the wreck. \"I was lucky,\" said the driver.\n\nThe bus driver, Anna Roth, was unhurt.\n\nThe road was shut for a day.\n\n\"The road was icy,\" the driver said.", words: "The road was icy", want: "driver"},
		{name: "nor after a woman opening a sentence", body: "John Pell saw the fire from his window. \"The flames were huge,\" said the witness.\n\nAnna Kay, who lives next door, also saw the fire.\n\nThe road was shut for a day.\n\n\"I called the police,\" the witness said.", words: "I called the police", want: "witness"},
		{name: "nor one the text gives another role", body: "Journalist Ray Kemp asked about the film. \"Is it finished?\" Kemp asked. \"Almost,\" said the actor.\n\nThe film opens in June.\n\nThe cinema is new.\n\n\"I am nervous,\" the actor said.", words: "I am nervous", want: "actor"},
		{name: "an unnamed one of the description between", body: "Police stopped a lorry on the M4 on Monday. \"I was only going 60,\" said the driver, Ken Marsh.\n\nOfficers found 40 crates of stolen wine.\n\nThe driver of a second lorry fled.\n\n\"I did not know what was in the back,\" the driver said.", words: "I did not know", want: "driver"},
		{name: "a camel-case name before a dot is no sentence end", body: `The company, known as iPhone.Maker, said: "We will act now."`, words: "We will act now", want: "company"},
		{name: "nor an abbreviation", body: `Ivo Marsh joined in Jan.Ana Lind said: "We will act now."`, words: "We will act now", want: "Jan.Ana Lind"},
		{name: "a place-like given name opening a name", body: `"I felt strong," said Chad Le Clos after the final.`, words: "I felt strong", want: "Chad Le Clos"},
		{name: "another", body: `Georgia Mae Tell, a nurse, said: "We had no beds."`, words: "We had no beds", want: "Georgia Mae Tell"},
		{name: "a poll of a body's viewers is the poll's", body: "A poll of Harbour News viewers was published on Monday. \"The plan will fail,\" it says.", words: "The plan will fail", want: "poll"},
		{name: "a poster of a person is the poster's", body: "A poster of Ada Holm hangs in the office. \"Fight on,\" it says.", words: "Fight on", want: "poster"},
		{name: "a statement of a body and a weekday is no owner", body: "Reporters read the statement of Harbour Rail Monday. \"Trains are cancelled,\" it says.", words: "Trains are cancelled", want: "statement"},
		{name: "the letter of a body's lawyers is not the body's", body: "Reporters read the letter of Ada Holm's lawyers. \"We will appeal,\" it says.", words: "We will appeal", want: "letter"},
		{name: "a second 'Powell Sr. said' is the father too", body: "Seven-year-old Grayson Powell won on Saturday.\n\nTodd Powell, Grayson's father, explained the rule.\n\n\"It was unfair,\" Powell Sr. said.\n\n\"We will appeal,\" Powell Sr. said later.", words: "We will appeal", want: "Todd Powell"},
	})
}
