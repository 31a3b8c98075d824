package summary

import "testing"

// TestFurnitureAndBackReferences: a link's or heading's text is no
// sentence of the story, and a sentence that leans on the one before it
// reads worse alone than the same news told plainly.
func TestFurnitureAndBackReferences(t *testing.T) {
	for _, s := range []string{
		"Read ‘Harbour Lights’ Stars to Be Honoured at the Orvell Playhouse Today!",
		"WATCH: the Orvell council votes on the Kestle ferry timetable.",
	} {
		if usable(s) {
			t.Errorf("usable(%q) = true, want page furniture left out", s)
		}
	}
	if !usable("Readers of the Orvell Gazette voted the ferry the island's best service.") {
		t.Errorf("a sentence opening with the word Readers is no link")
	}
	plain := wording("About 40 of the passengers were children travelling to school on the island.")
	for _, s := range []string{
		"Of those, about 40 were children travelling to school on the island.",
		"In addition, about 40 children were travelling to school on the island.",
		"It’s unclear why about 40 children were travelling to school on the island.",
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
	} {
		if usable(s) {
			t.Errorf("usable(%q) = true, want it left out", s)
		}
	}
	for _, s := range []string{
		"The harbour master, who had been inspecting the Kestle ferry fleet, resigned on Friday night.",
		"Harbour masters, who inspect the Kestle ferry fleet, met on Friday night.",
		"Mara Lund, who had been inspecting the Kestle ferry fleet, resigned on Friday night.",
	} {
		if !usable(s) {
			t.Errorf("usable(%q) = false, want a sentence of the story", s)
		}
	}
}

// TestLeans: a sentence opening with a pronoun or a demonstrative leans on
// the one before it; "this morning" and a dummy "it" do not.
func TestLeans(t *testing.T) {
	for s, want := range map[string]bool{
		"That follows a report by the Kessmouth Gazette on the ferry line.":    true,
		"It is the first ferry to cross the strait at night.":                  true,
		"He said the harbour would stay open.":                                 true,
		"This morning, the harbour board met in Kessmouth.":                    false,
		"It was not immediately clear whether the ferry would sail on Friday.": false,
		"It’s unclear why the ferry left port in fog.":                         false,
		"The harbour board met on Tuesday.":                                    false,
	} {
		if got := leans(s); got != want {
			t.Errorf("leans(%q) = %v, want %v", s, got, want)
		}
	}
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

// TestOpinionDoesNotLead: a columnist's first-person sentence does not
// open the summary ahead of the news, though it may stand after it.
func TestOpinionDoesNotLead(t *testing.T) {
	if !opinion("Today is Ferry Day, which should give us all a moment to think about the strait.") {
		t.Errorf("a first-person plural with no speaker is an opinion")
	}
	if opinion(`“We will run the night ferry again,” Mayor Ilse Brandt said.`) || opinion("The US ferry line said it would resume on Monday.") {
		t.Errorf("a quotation with its speaker, or the US, is no opinion")
	}
}

// TestOrderNewsFirst: of two sentences as widely stated, the column's own
// voice gives the lead to the news, though it scored higher.
func TestOrderNewsFirst(t *testing.T) {
	st := &story{full: map[string]string{}}
	column := &candidate{text: "Today is Ferry Day, which should give us all a moment to think about the strait.", cites: []string{"a", "b", "c"}, lead: 1}
	news := &candidate{text: "The night ferry between Orvell and Tarn resumed on Monday after a two-year halt.", cites: []string{"a", "b", "c"}, lead: 1, pos: 0.1}
	got := st.order([]*candidate{column, news}, st.full)
	if got[0] != news {
		t.Errorf("summary opens with %q, want the news", got[0].text)
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
