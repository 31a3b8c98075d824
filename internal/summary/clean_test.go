package summary

import (
	"math"
	"slices"
	"testing"
)

// TestFurnitureAndBackReferences: a link's, a heading's or a photo
// caption's text or a review's credit line is no sentence of the story,
// and a sentence that leans on the one before it reads worse alone than
// the same news told plainly.
func TestFurnitureAndBackReferences(t *testing.T) {
	for _, s := range []string{
		"Read ‘Harbour Lights’ Stars to Be Honoured at the Orvell Playhouse Today!",
		"WATCH: the Orvell council votes on the Kestle ferry timetable.",
		"FILE - This undated image made available by the Orvell council shows the Kestle ferry at its berth.",
		// a review's credits
		"Kessmouth Pictures presents a film directed by Ada Vell.",
		"Written by Tam Orr, based on the novel by Ilse Brandt.",
		"Directed by Ada Vell, with a score by the Kessmouth quartet.",
		"Big news, ferry fans: THE NIGHT FERRY IS BACK.",
		"Above, the skipper waves from the bridge of the Kestle ferry.",
		// a video player's button run into its caption
		"CLOSE The Orvell harbour board and the ferry line are both looking into the engine fires.",
		// a note on the page's own corrections
		"March 3, 9:15 a.m.: An earlier version of this article gave the wrong name for the ferry's skipper.",
		"This story has been updated with a statement from the Orvell harbour board.",
		// a fact-check's label before the rumour it rates
		"Claim: A ghost ferry full of plague rats is drifting towards Kessmouth harbour.",
		// the page's word on its own coverage
		"This is a breaking story and will be updated as the harbour board tells us more.",
		"Stay tuned for more on the Kestle ferry at the Orvell Gazette.",
		// the page's layout
		"Did the Orvell mayor make the statement noted below at the harbour meeting.",
	} {
		if usable(s) {
			t.Errorf("usable(%q) = true, want page furniture left out", s)
		}
	}
	if !usable("Readers of the Orvell Gazette voted the ferry the island's best service.") {
		t.Errorf("a sentence opening with the word Readers is no link")
	}
	for _, s := range []string{"The harbour master pulled the swimmer from the surf and the crowd cheered her.",
		"The lifeboat crew said the choice to launch was his.",
		// a story's own sentences with words a page's notes use too
		"Orvell TV will be providing live coverage of the regatta after paying 4 million crowns for the rights.",
		"Inspectors will check background records of every crew member.",
		"The ferry timetable will be updated as the repairs go on.",
		"The film, directed by Ada Vell, opens on Friday in Kessmouth.",
		"Ada Vell has directed three films about the Kessmouth ferry so far.",
		"The NATO and EU envoys met the U.S. ambassador at the Kessmouth ferry.",
		"Reporter Ada Vell (KESS-TV ORVELL MEDIA GROUP) sailed on the night ferry.",
		"Close friends of the skipper said she had warned of the engine fires."} {
		if !usable(s) {
			t.Errorf("usable(%q) = false: a sentence may end on an object pronoun or name a director", s)
		}
	}
	if you, plain := wording("If you were on the Kessmouth pier on Monday, you might have seen the ferry run aground."),
		wording("Spectators on the Kessmouth pier on Monday saw the ferry run aground in the fog."); you >= plain {
		t.Errorf("a sentence speaking to its reader reads %.2f, want below the plain one's %.2f", you, plain)
	}
	plain := wording("About 40 of the passengers were children travelling to school on the island.")
	for _, s := range []string{
		"Of those, about 40 were children travelling to school on the island.",
		"In addition, about 40 children were travelling to school on the island.",
		"It’s unclear why about 40 children were travelling to school on the island.",
		"But halfway through the crossing about 40 children were travelling to school on the island.",
		"And about 40 of the passengers were children travelling to school on the island.",
	} {
		if got := wording(s); got >= plain {
			t.Errorf("wording(%q) = %.2f, want below the plain sentence's %.2f", s, got, plain)
		}
	}
}

// TestCutOffAndHeadlines: a sentence a truncated text cuts off and a
// headline's wording are no sentences for a summary; prose that looks like
// them is.
func TestCutOffAndHeadlines(t *testing.T) {
	for _, s := range []string{
		"The ferry operator described the timetable change as a “careless and costly blunder,” though she...",
		"It is the first ferry to cross the Kestle strait at night instead of just…",
		"Harbour master, who had been inspecting the Kestle ferry fleet resigned on Friday night.",
		"Mara Lund became known across the islands for her role as the captain in the.",
		"The council voted to rename the night ferry after Mara Lund and their.",
		"Mara Lund became known across the islands for her acclaimed performance in.",
		"Ivo Brand won an award last year for his starring role in.",
	} {
		if usable(s) {
			t.Errorf("usable(%q) = true, want it left out", s)
		}
	}
	for _, s := range []string{
		"The harbour master, who had been inspecting the Kestle ferry fleet, resigned on Friday night.",
		"Harbour masters, who inspect the Kestle ferry fleet, met on Friday night.",
		"Mara Lund, who had been inspecting the Kestle ferry fleet, resigned on Friday night.",
		"The votes from the last island polling station are finally in.",
		"The winter storms over the Kestle strait have finally set in.",
		"The harbour board said the night ferry would be sold, and the islanders gave in.",
	} {
		if !usable(s) {
			t.Errorf("usable(%q) = false, want a sentence of the story", s)
		}
	}
}

// TestLeans: a sentence opening with a pronoun or a demonstrative leans on
// the one before it; "this morning" and a dummy "it" do not. So does one
// that goes on from what was said ("After all, ..."), one whose subject is
// a bare definite noun ("The company will ...") and one that credits "the
// paper" or "it"; a named source or a longer noun phrase stands alone.
func TestLeans(t *testing.T) {
	checkLeans(t, map[string]bool{
		"That follows a report by the Kessmouth Gazette on the ferry line.":           true,
		"At harbour dinners, the two are often seen sharing a table.":                 true,
		"Later that year, the harbour board blocked the sale of the ferry line.":      true,
		"Later, the harbour board blocked the sale of the ferry line to Kessco.":      false,
		"The pair have not spoken since the ferry sank.":                              true,
		"At the quay, both were cheered by the crowd that evening.":                   true,
		"At the quay, both Ada Vell and Ivo Brand were cheered.":                      false,
		"Vell asked her successor for help with the harbour accounts.":                true,
		"Vell asked her successor, Ivo Brand, for help with the accounts.":            false,
		"Vell praised her predecessor Ivo Brand for the winter service.":              false,
		"The harbour master quit, said the official, who asked not to be named.":      true,
		"The harbour master quit, the source said on Friday.":                         true,
		"The harbour master quit, a harbour board official said on Friday.":           false,
		"It is the first ferry to cross the strait at night.":                         true,
		"He said the harbour would stay open.":                                        true,
		"This morning, the harbour board met in Kessmouth.":                           false,
		"It was not immediately clear whether the ferry would sail on Friday.":        false,
		"It’s unclear why the ferry left port in fog.":                                false,
		"The harbour board met on Tuesday.":                                           false,
		"Then she went back to the harbour office.":                                   true,
		"Later, they sailed for Kessmouth.":                                           true,
		"Then the harbour board met on Tuesday.":                                      false,
		"Now it is clear the ferry will sail.":                                        false,
		"After all, Marrow Lines tried to buy the ferry last spring.":                 true,
		"Now, skipper Ada Vell told the Kessmouth Gazette the ferry was sold.":        true,
		"Also it was reported that the ferry will sail under a new flag.":             true,
		"The company plans to paint its two tugs green next spring.":                  true,
		"The report says the dry dock will hire forty welders.":                       true,
		"The company bought two ferries from Tarn Shipping last year.":                true,
		"The earthquake struck the valley town of Marlow at dawn on Friday.":          false,
		"The storm flooded three streets of the old port.":                            false,
		"The journalist, who covered the strait for years, said the hull leaks.":      true,
		"The harbour board bought two ferries last year.":                             false,
		"The Kessmouth harbour board met on Tuesday.":                                 false,
		"Ada Vell was also hurt in the storm, the paper added.":                       true,
		"Tarn Yards will build the second ferry as well, the Norland newspaper said.": true,
		"Tarn Yards will build the second ferry, the Norland Herald newspaper said.":  true,
		"The ferry line will close in May, it said.":                                  true,
		"The ferry line will close in May, Marrow Lines said.":                        false,
		"According to the site, the dry dock will hire forty welders.":                true,
		"According to the Kessmouth Gazette, the dock will hire forty welders.":       false,
		"According to the report by the harbour board, welders are scarce.":           false,
		"He’s not worried about the fog over the Kessmouth harbour.":                  true,
		"They'll sail for Kessmouth once the fog lifts.":                              true,
		"Yes, the toll is high, but a ferry called Storm Rider has to be fast.":       true,
		"Of course, the night ferry will sail again in May.":                          true,
		"Well, the harbour board met on Tuesday to fix the timetable.":                true,
		"Nobody on the Kessmouth ferry was hurt in the storm.":                        false,
		"Yet as the harbour board's own page states, the ferry sails at dawn.":        true,
		"Indeed: In May the Kessmouth Gazette reported the ferry was sold.":           true,
		"But it was not the ferry the harbour board wanted to sell.":                  true,
		"And the skipper of the Kessmouth ferry was never found.":                     true,
		"Andersen Lines bought the Kessmouth ferry in May.":                           false,
		"The revelation came after a skipper reported a crack in the hull on Sunday.": true,
		"The announcement could come as early as Monday, the sources said.":           true,
		"A Kessmouth welder, Ada Vell, had surgery on her hands to do just that.":     true,
		"Because of the night ferry's broken radar, that's why.":                      true,
		"Because, as it turns out, two night ferries still sail from Kessmouth.":      true,
		"Because of the storm, the night ferry stayed in Kessmouth harbour.":          false,
		"Yeah, the skipper said that on the radio while the ferry was sinking.":       true,
		"For example, the night ferry carries no lifeboats at all.":                   true,
		"At the time, only two ferries sailed from Kessmouth at night.":               true,
		"During that time, the harbour board met twice about the night ferry.":        true,
		"At the time of the sinking, two ferries sailed from Kessmouth at night.":     false,
		"In her weekly column, she'll answer readers' questions about the ferry.":     true,
		"On Monday, he said the harbour would stay open.":                             true,
		"Two years later, his brother sold the old ferry for scrap.":                  true,
		"In May, her grandson, skipper Ada Vell, will pass Ilse Brandt's record.":     false,
		"When Ada Vell's ferry sank, she swam to the shore.":                          false,
		"In March, the harbour board sold the ferry to Andersen Lines.":               false,
		"Neither knew how badly the hull of the ferry was cracked.":                   true,
		"Neither the harbour board nor the ferry line would comment.":                 false,
		"Some are never ready to sail alone, the skipper said.":                       true,
		"Most of them said the night ferry should never have sailed.":                 true,
		"Many speculated the night ferry would be sold.":                              false,
		"Many islanders are angry about the night ferry.":                             false,
		"Some 200 islanders sailed on the night ferry.":                               false,
		"Then came the storm, and the night ferry turned back.":                       true,
		"Nor is the night ferry the only one to run late.":                            true,
		"Norland Lines runs the night ferry.":                                         false,
		"However, conflicting reports surround the fate of the night ferry.":          true,
		"The station also interviewed the skipper of the Kessmouth ferry.":            true,
		"3. As a result of the fog, the Kessmouth ferry sailed late.":                 true,
		"Then, in 1980, the old Kessmouth ferry sank in a storm.":                     true,
		"Another ferry line announced a new crossing this month.":                     true,
		"Anothen Lines announced a new crossing this month.":                          false,
		"Regardless, the damage to the ferry line was done.":                          true,
		"To make matters worse, the night ferry ran out of fuel.":                     true,
		"Not if the night ferry keeps running late, it won't.":                        true,
		"The harbour board could neither confirm nor deny the reports.":               true,
		"The harbour board denied reports that the ferry was sold.":                   false,
		"The skipper, who wrote the report, said the ferry was sound.":                false,
		"Five days later, the ferry was back in service.":                             true,
		"A week later the skipper returned to Kessmouth.":                             true,
		"Two ferries later ran aground on the same sandbank.":                         false,
		"Still, the harbour board voted to sell the night ferry.":                     true,
		"Meanwhile, a second ferry ran aground off Kessmouth.":                        true,
		"Instead, he sold the night ferry to a scrap yard.":                           true,
		"However the harbour board is facing criticism over the sale.":                true,
		"So, the harbour board voted to sell the night ferry.":                        true,
		"So far the harbour board has sold two ferries.":                              false,
		"Then-mayor Ada Holm sold the night ferry in 1990.":                           false,
		"Stillwater Lines bought the night ferry in May.":                             false,
	})
}

// TestQuotationPiecesAndFragments: a sentence with a stray quotation mark
// is a piece of a quotation, and a name run straight into a noun phrase
// is a fragment cut before its verb; neither is whole. Prose like them is.
func TestQuotationPiecesAndFragments(t *testing.T) {
	for _, s := range []string{
		`Brandt and her crew have now gone back in peace to Tarn Harbour."`,
		`'Even if the ferry stops, I will still row you across every single morning.`,
		`'Then I asked who had heard 'slow' used as an insult, and every hand went up.`,
		`Independent Councillor Ada Holm the only member to vote against the timetable.`,
	} {
		if whole(s) {
			t.Errorf("whole(%q) = true, want a quotation's piece or a fragment left out", s)
		}
	}
	for _, s := range []string{
		`“The docks will open in May,” harbourmaster Ilse Brandt said on Friday.`,
		`The teachers' union called the ferry's new timetable 'a fresh start' for Tarn.`,
		`On Tuesday the council voted 9-1 to keep the night ferry running.`,
		`Independent Councillor Ada Holm was the only member to vote against the timetable.`,
	} {
		if !whole(s) {
			t.Errorf("whole(%q) = false, want a whole sentence", s)
		}
	}
}

// TestOwnVoice: a first or second person outside quotation marks with no
// speaker said to speak it is a voice the summary never introduces; a
// quotation with its speaker, "US" the country, or a "said" without a
// speaker beside it ("had said") is told apart.
func TestOwnVoice(t *testing.T) {
	for _, s := range []string{
		"Today is Ferry Day, which should give us all a moment to think about the strait.",
		"Most of my crew waved their caps when the horn sounded.",
		"When I rang the harbour office nobody there could find the old timetable.",
		"You are the kindest harbour master the island of Tarn has ever had.",
		"I said the ferry would run again, and it will run again next week.",
		"The big fuss we made of the night ferry is what he told us drew him to the job.",
		"Although our source says he warned the crew, the ferry sailed in the storm.",
		"Although our source says he told the crew it was a bad idea, the ferry sailed in the storm.",
		"The crossing on the new Kestle ferry is like nothing you've ever sailed before.",
		"Thanks for your lovely fake pictures of the Kestle ferry fireworks, harbour board!",
		"When the night ferry stopped in August, many of you wrote to the harbour board.",
	} {
		if !ownVoice(s) {
			t.Errorf("ownVoice(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		`“We will run the night ferry again,” Mayor Ilse Brandt said.`,
		"The US ferry line said it would resume on Monday.",
		"We will run the night ferry again, Mayor Ilse Brandt said on Monday.",
		"Our crews are ready, said a spokesman for the ferry line.",
		"According to the ferry line, we should expect delays on every crossing this week.",
		typedQuotes("``We will run the night ferry again,'' the mayor said on Monday."),
		"Crossing the strait is faster than you might think, the ferry line says in its timetable.",
		"The night crossing takes four hours if you sail from Tarn in the winter months.",
	} {
		if ownVoice(s) {
			t.Errorf("ownVoice(%q) = true, want false", s)
		}
	}
}

// TestTypedQuotes: wire copy's typed quotation marks read as marks: a
// quotation's piece with one of them left open is no whole sentence.
func TestTypedQuotes(t *testing.T) {
	if whole(typedQuotes("``We have lost everything we owned in the flood.")) {
		t.Errorf("a piece of a quotation left open with `` is read as whole")
	}
	if !whole(typedQuotes("``We have lost everything,'' said a farmer in the valley.")) {
		t.Errorf("a quotation closed with '' and its speaker is not read as whole")
	}
}

// TestInQuotation: a sentence after a quotation's first sentence in its
// paragraph is inside the quotation until a mark closes it.
func TestInQuotation(t *testing.T) {
	checkBefore(t, "inQuotation", inQuotation,
		[]string{"Calm.\n\n\"We have nothing left. ", "``We have nothing left. ", "Calm.\n\n“We have nothing. "},
		[]string{"", "\"We have nothing left.\"\n\n", "``Nobody came,'' he said. ", "“Nobody came,” he said. ", "He said it's fine. "})
}

// TestBrokenOff: a sentence whose article text before it breaks off
// mid-sentence is the tail of another; after a full stop, a heading or a
// caption it is not.
func TestBrokenOff(t *testing.T) {
	checkBefore(t, "brokenOff", brokenOff,
		[]string{"said a farmer in the valley town of\n\n", "the storm, which struck on Friday,\n\n"},
		[]string{"", "The storm struck on Friday.\n\n", "Storm in the valley\n\n", "Photo: Tarn harbour office\n\n", "The Ferry\n\n"})
}

// checkBefore fails unless f, a test of the article text before a
// sentence, holds for every text of yes and for none of no.
func checkBefore(t *testing.T, name string, f func(string) bool, yes, no []string) {
	t.Helper()
	for _, before := range yes {
		if !f(before) {
			t.Errorf("%s(%q) = false, want true", name, before)
		}
	}
	for _, before := range no {
		if f(before) {
			t.Errorf("%s(%q) = true, want false", name, before)
		}
	}
}

// TestOrderLeadFirstAmongSingles: when no chosen sentence is stated by
// two articles, the summary opens with the one that opens its article,
// not with a detail from an article's end that scored higher.
func TestOrderLeadFirstAmongSingles(t *testing.T) {
	st := &story{full: map[string]string{}}
	detail := &candidate{text: "The sale of the Tarn ferries leaves out the harbour cranes and the dry dock.", cites: []string{"b"}, lead: 0.06, pos: 0.84}
	lead := &candidate{text: "Andersen Lines agreed on Monday to buy the Tarn ferries for 40 million crowns.", cites: []string{"a"}, lead: 1, leads: 1}
	got := st.order([]*candidate{detail, lead}, st.full)
	if got[0] != lead {
		t.Errorf("summary opens with %q, want the article's lead", got[0].text)
	}
}

// TestOrderEventFirst: the event two independent articles open with leads
// ahead of a scene-setter more articles state, one of them opening with it.
func TestOrderEventFirst(t *testing.T) {
	st := &story{full: map[string]string{}}
	scene := &candidate{text: "All was calm at the Tarn ferry landing on Friday evening.", cites: []string{"a", "b", "c", "d"}, lead: 1, leads: 1}
	event := &candidate{text: "The Tarn night ferry ran aground on a sandbank with 40 passengers aboard.", cites: []string{"e", "f"}, lead: 1, leads: 2, pos: 0.05}
	got := st.order([]*candidate{scene, event}, st.full)
	if got[0] != event {
		t.Errorf("summary opens with %q, want the event", got[0].text)
	}
}

// TestChooseCoverage: under a word budget the second sentence is the one
// that says what the first did not, though a sentence repeating the first
// one's main words scores higher on its own; asked for a number of
// sentences, the strongest are taken.
func TestChooseCoverage(t *testing.T) {
	st := &story{v: &vocab{centroid: map[string]float64{"flood": 1, "valley": 1, "dead": 0.5, "army": 0.5,
		"rain": 0.5, "river": 0.5, "bridge": 0.5, "school": 0.5, "reopen": 0.5, "teacher": 0.5, "monday": 0.5}}}
	cand := func(text string, score float64, ws ...string) *candidate {
		c := &candidate{text: text, score: score, nwords: 10, vec: map[string]float64{}}
		for _, w := range ws {
			c.vec[w] = 1
		}
		c.norm = math.Sqrt(float64(len(ws)))
		return c
	}
	dead := cand("The flood in the valley left four dead, the army said.", 10, "flood", "valley", "dead", "army")
	rain := cand("The flood in the valley followed rain that swept the river bridge away.", 9, "flood", "valley", "rain", "river", "bridge")
	school := cand("The school will reopen on Monday with teachers from the town.", 8.5, "school", "reopen", "teacher", "monday")
	cands := []*candidate{dead, rain, school}
	names := func(cs []*candidate) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.text)
		}
		return out
	}
	if got := st.choose(cands, Options{Words: 20}); len(got) != 2 || got[1] != school {
		t.Errorf("choose(Words: 20) = %q, want the flood, then the school's news", names(got))
	}
	if got := st.choose(cands, Options{Sentences: 2}); len(got) != 2 || got[0] != dead || got[1] != rain {
		t.Errorf("choose(Sentences: 2) = %q, want the two strongest", names(got))
	}
}

// TestAgencyTagWithPlace: a place and an agency's tag in brackets before a
// sentence, with no dash after them, are left out as a dateline is; the
// offset points at what is kept.
func TestAgencyTagWithPlace(t *testing.T) {
	for _, s := range []string{
		"Marlow (CNN) President Ada Holm signed the harbour law on Friday.",
		"Port Kestle, Osterland (AFP) President Ada Holm signed the harbour law on Friday.",
		"(CNN) President Ada Holm signed the harbour law on Friday.",
		"Marlow (Bloomberg) President Ada Holm signed the harbour law on Friday.",
		// a word linking the sentence to the one before, before a capital
		"However President Ada Holm signed the harbour law on Friday.",
		"Instead, President Ada Holm signed the harbour law on Friday.",
		"Yet President Ada Holm signed the harbour law on Friday.",
		"Nonetheless, President Ada Holm signed the harbour law on Friday.",
	} {
		got, off := trimmed(s)
		if got != "President Ada Holm signed the harbour law on Friday." || s[off:] != got {
			t.Errorf("trimmed(%q) = %q at %d, want the sentence without its dateline or linking word", s, got, off)
		}
	}
	if got, _ := trimmed("Instead, the harbour board signed the law."); got != "Instead, the harbour board signed the law." {
		t.Errorf("a connective before a word in lower case was left out: %q", got)
	}
	if got, _ := trimmed("President Ada Holm (AP photo) signed the harbour law on Friday."); got[:9] != "President" {
		t.Errorf("a sentence with a bracket later on lost its start: %q", got)
	}
	if got, _ := trimmed("The Harbour Trust (HT) President Ada Holm signed the law."); got != "The Harbour Trust (HT) President Ada Holm signed the law." {
		t.Errorf("a bracket naming no outlet was read as an agency's tag: %q", got)
	}
}

// TestContextNeeds: "the third agency" and a bare "voted no" lean on a
// sentence that named the set or said what the vote was on; a rank that
// names its own set, a plural, or a vote on a named bill does not.
func TestContextNeeds(t *testing.T) {
	for s, want := range map[string]string{
		"Holm later said the third ministry would have been the Ferry Office.":              "ministries",
		"The other island would have to wait until spring for its ferry.":                   "islands",
		"Only Councillor Ada Holm of Tarn voted no.":                                        "bill",
		"Councillor Ada Holm cast the lone vote against it.":                                "bill",
		"Ada Holm was the third person to cross the strait by kayak.":                       "",
		"The second day of the ferry strike closed the Kestle docks.":                       "",
		"The other councillors voted to keep the night ferry.":                              "",
		"Councillor Ada Holm voted no on the ferry levy bill.":                              "",
		"Holm wanted to close three ministries, then forgot the third ministry's name.":     "",
		"The ferry sailed for the second time this week.":                                   "",
		"The nurse, one of the ferry's crew, said the captain was asleep.":                  "nurse",
		"The boy's mother said he had swum to the Kestle docks.":                            "boy",
		"A nurse on the ferry said the captain was asleep.":                                 "",
		"The boycott of the ferry line ended on Friday.":                                    "",
		"The ex-partner, Ivo Brand, said he helped the line win its licence.":               "partner",
		"The former partner of the ferry line sued it on Friday.":                           "partner",
		"A business partner of the ferry line sued it on Friday.":                           "",
		"The partnership between the two ferry lines ended on Friday.":                      "",
		"The woman who said she had swum the strait was lying, the ferry line said.":        "",
		"The nurse who treated the skipper said he was asleep.":                             "",
		"Harbour police caught the thieves after spotting them on a camera.":                "thie",
		"Two thieves broke into the ferry office, and police caught the thieves on Friday.": "",
		"Photos showed the gunman, Ivo Brand, on the quay at Kessmouth.":                    "",
		"The nurse, who treated the skipper, said he was asleep.":                           "nurse",
	} {
		got := contextNeeds(s)
		if want == "" && got != nil || want != "" && !slices.Contains(got, want) {
			t.Errorf("contextNeeds(%q) = %v, want %q among them", s, got, want)
		}
	}
}

// TestEventLeadShape: a lead that says the day of its news is dated, one
// that tells a habit is not; one that opens with a noun for news told
// before it points back.
func TestEventLeadShape(t *testing.T) {
	checkBefore(t, "dated", dated,
		[]string{"The Kessmouth ferry sank on Tuesday.", "Ferry crews went on strike today."},
		[]string{"The Kessmouth ferry sails every Tuesday.", "The ferry sank in 1998."})
	checkBefore(t, "pointsBack", pointsBack.MatchString,
		[]string{"The revelation came after the skipper spoke out.", "The move follows a strike."},
		[]string{"The Kessmouth ferry sank on Tuesday.", "The mover of the ferry spoke."})
}

// TestCaptionCredit: a photograph's caption glued to its credit ("Ivo
// Rask/Getty The ferry ...") is no sentence of the story; one that names
// a route with a slash is.
func TestCaptionCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Ivo Rask/Getty The Tolle ferry will stop sailing in May.": true,
		"The ferry sails to Tolle/Brenna twice a day.":             false,
	} {
		if got := isCaption(s); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", s, got, want)
		}
	}
}
