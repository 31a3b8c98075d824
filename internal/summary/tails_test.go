package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// TestQuoteTail: the sentence that names the asker of a question quoted
// just before it in its paragraph ("... so sure?" A reporter asked him
// ...) says nothing once the question is left out; one after a quotation
// closed with a full stop, or in a new paragraph, stands alone.
func TestQuoteTail(t *testing.T) {
	const tail = "A reporter for the Kessmouth Gazette, Ada Vell, asked the mayor at the end of the briefing."
	for _, before := range []string{
		`The mayor took questions. "Why are you so sure the ferry will sail, Mr. Mayor?" `,
		"The mayor took questions. ``Will the ferry sail?'' ",
		"The mayor took questions. “Stop the ferry now!” ",
		`The mayor took questions. "The ferry will sail on Friday," `,
	} {
		if !quoteTail(before, tail) {
			t.Errorf("quoteTail(%q, %q) = false, want the tail of a question", before, tail)
		}
	}
	for _, before := range []string{
		"",
		`The mayor took questions. "The ferry will sail on Friday." `,
		"The mayor took questions. \"Will the ferry sail?\"\n\n",
		"The mayor took questions about the ferry. ",
	} {
		if quoteTail(before, tail) {
			t.Errorf("quoteTail(%q, %q) = true, want a sentence of its own", before, tail)
		}
	}
	if quoteTail(`"Will the ferry sail?" `, "The harbour board met in Kessmouth on Tuesday to decide.") {
		t.Errorf("a sentence with no speech verb after a quoted question is read as the question's tail")
	}

	// in a story, the tail is no wording of the claim: with no other
	// article's wording, the claim has none to show
	const question = `"Why are you so sure the Kessel ferry will sail on Friday, Mr. Mayor?" `
	art := "The mayor of Kessmouth said the ferry would sail on Friday. " + question + tail + " The mayor did not answer."
	arts := []corroborate.Article{{ID: "a", Text: art}}
	arts[0].Sentences = text.Sentences(art)
	st := newStory(&corroborate.Dossier{Articles: arts})
	at := strings.Index(art, tail)
	if c := st.candidateFor(&corroborate.Claim{Text: tail, Support: []corroborate.ClaimSupport{
		{Article: "a", Start: at, End: at + len(tail)}}}); c != nil {
		t.Errorf("candidateFor = %q, want none: the question it names the asker of is left out", c.text)
	}
	// the same words after a plain sentence read alone
	plain := "The mayor of Kessmouth said the ferry would sail on Friday. " + tail
	arts = []corroborate.Article{{ID: "a", Text: plain}}
	arts[0].Sentences = text.Sentences(plain)
	st = newStory(&corroborate.Dossier{Articles: arts})
	at = strings.Index(plain, tail)
	if c := st.candidateFor(&corroborate.Claim{Text: tail, Support: []corroborate.ClaimSupport{
		{Article: "a", Start: at, End: at + len(tail)}}}); c == nil {
		t.Errorf("candidateFor = nil for a sentence after a plain one, want its wording")
	}
}

// TestLeansBackward: sentences that answer, qualify or date themselves
// from the one before them in their article, go on from it ("Additionally,
// ...", "In fact, ...", "Amid that, ...", "Despite these efforts, ...") or
// end confirming or denying what it told ("A source ... confirmed that.")
// or answer it with "so" ("... certainly thinks so, and ...") or call it
// "any such" thing refer to what a summary does not say; the same news told plainly, and
// the same prepositions before a time or a name, stand alone.
func TestLeansBackward(t *testing.T) {
	checkLeans(t, map[string]bool{
		"Except, in two harbour towns on the Kessel coast, where one skipper kept the night ferry running.": true,
		"Perhaps they won’t be, but the harbour board has some of the most powerful backers on the island.": true,
		"Maybe not, but the ferry line has never lost a court case in Kessmouth.":                           true,
		"Earlier Saturday, the mayor announced on the radio that the ferry would sail next week.":           true,
		"Later on Monday, the harbour board voted to sell the night ferry to Marrow Lines.":                 true,
		"During the campaign, the mayor was quite clear on this.":                                           true,
		"The mayor announced on Saturday that the ferry would sail next week.":                              false,
		"Earlier this week, police named the two skippers found on the Kessel ferry.":                       false,
		"Except for the night ferry, every boat in Kessmouth sailed on Friday.":                             false,
		"Perhaps the best known skipper on the island, Ada Vell, retired on Friday.":                        false,
		"The harbour board voted on Friday to spend more on this year's ferry service.":                     false,
		"The harbour board confirmed that the ferry would not sail again until the spring.":                 false,
		"Additionally, the harbour board voted to sell the night ferry to Marrow Lines.":                    true,
		"In fact, nobody boarded or left the Kessel ferry that night.":                                      true,
		"At least for a serious skipper.":                                                                   true,
		"Amid that, the mayor of Kessmouth called for calm on the quay.":                                    true,
		"Despite these efforts, the ferry sank within the hour.":                                            true,
		"Because of that the harbour stayed shut until Friday.":                                             true,
		"A source inside the Kessmouth harbour board confirmed that.":                                       true,
		"Marrow Lines denied it.": true,
		"After this week's vote, the harbour board will sell the night ferry.":                         false,
		"Amid the storm, the Kessel ferry sank off Tarnport on Friday night.":                          false,
		"Despite a storm warning, the Kessel ferry sailed from Tarnport on Friday night.":              false,
		"In addition to the ferry, the harbour board owns two tugs.":                                   false,
		"At least forty passengers were rescued from the Kessel ferry on Friday night.":                false,
		"The skipper of the Halla ferry certainly thinks so, and now the harbour board wants answers.": true,
		"Harbour officials believe so.":                                                                true,
		"The skipper thinks passengers so frightened they jumped were never found.":                    false,
		"Marrow Lines declined any such offer at the time.":                                            true,
		"The harbour board said it had no plans to sell the night ferry to any buyer.":                 false,
		"Given that the storm had passed, the Kessel ferry sailed from Tarnport on Friday.":            false,
	})
}

// TestSpliced: two sentences run together with a comma, the second opening
// with a capital pronoun and its verb, are no sentence to show; a comma
// before a pronoun in lower case is an ordinary clause.
func TestSpliced(t *testing.T) {
	if usable("Crossing the strait is hard in winter (particularly at night), This is why the ferry line is offering a prize for new lamps.") {
		t.Errorf("a comma-spliced run-on is usable")
	}
	if usable("The crossing took six hours, It was the longest of the year for the Kessel ferry.") {
		t.Errorf("a comma-spliced run-on opening with It is usable")
	}
	if !usable("Crossing the strait is hard in winter, and this is why the ferry line is offering a prize for new lamps.") {
		t.Errorf("a sentence with a clause after a comma is not usable")
	}
	if !usable("The skipper told listeners of the radio show This Old Harbour, This Week in Kessmouth and others that the crossing was calm.") {
		t.Errorf("a title in capitals after a comma is read as a run-on")
	}
}

// TestRubric: a newsletter's label before a paragraph ("Caveat: ...") is
// left out and the sentence after it kept verbatim; "Yes, but:" and a
// colon inside a sentence are not labels.
func TestRubric(t *testing.T) {
	for s, want := range map[string]string{
		"Caveat: Although the mayor backed the ferry, she has been known to change her mind.":    "Although the mayor backed the ferry, she has been known to change her mind.",
		"Why it matters: The night ferry is the island's only link to Kessmouth in winter.":      "The night ferry is the island's only link to Kessmouth in winter.",
		"A: The night ferry is the oldest boat of the Kessmouth fleet.":                          "The night ferry is the oldest boat of the Kessmouth fleet.",
		"Yes, but: The harbour board has not voted on the night ferry yet.":                      "Yes, but: The harbour board has not voted on the night ferry yet.",
		"The harbour board gave one reason: The night ferry lost money every winter.":            "The harbour board gave one reason: The night ferry lost money every winter.",
		"Caveat: the ferry sails only in summer, the harbour board said on Tuesday in a letter.": "Caveat: the ferry sails only in summer, the harbour board said on Tuesday in a letter.",
	} {
		got, off := trimmed(s)
		if got != want || s[off:] != want {
			t.Errorf("trimmed(%q) = %q at %d, want %q", s, got, off, want)
		}
	}
}
