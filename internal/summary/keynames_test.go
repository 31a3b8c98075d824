package summary

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestNameKeys: a name is one key however it is written, and a run of
// capitalised words gives its initials, so "J&J" is "Johnson & Johnson".
func TestNameKeys(t *testing.T) {
	k := nameKeys(`Regulators cleared the Harwick & Harwick jab. The Board for Drug Safety (BDS) met in the U.S. on Friday.`)
	for _, want := range []string{"HH", "HARWICK", "BDS", "US", "BOARD"} {
		if !k[want] {
			t.Errorf("nameKeys: %q missing from %v", want, k)
		}
	}
	for _, no := range []string{"THE", "FRIDAY", "THEBOARD"} {
		if k[no] {
			t.Errorf("nameKeys: %q is no name, in %v", no, k)
		}
	}
	if k := nameKeys("H&H's jab"); !k["HH"] {
		t.Errorf("nameKeys(H&H's) = %v, want HH", k)
	}
	// a closing curly mark ends a name run; a capital beyond ASCII makes a
	// whole initial
	if k := nameKeys("He praised “Harwick” Lines today."); k["HL"] {
		t.Errorf("nameKeys ran a name on past a closing quotation mark: %v", k)
	}
	if k := nameKeys("Émile Orvell spoke."); !k["ÉO"] {
		t.Errorf("nameKeys(Émile Orvell) = %v, want the initials ÉO", k)
	}
}

// TestJoinedOrName: a word with a capital inside is two page elements run
// together unless the story spells it so twice.
func TestJoinedOrName(t *testing.T) {
	s := "Marrow Lines could make an offer to buy HarbourLink as early as this week."
	if usable(s) {
		t.Errorf("usable(%q) with no story = true, want the camel word read as joined", s)
	}
	if !usableIn(s, func(w string) bool { return w == "HarbourLink" }) {
		t.Errorf("usableIn(%q) = false, want HarbourLink read as a name", s)
	}
	if usableIn("The ferry sailed from PlymouthThe harbour board met on Tuesday.", func(w string) bool { return w == "HarbourLink" }) {
		t.Error("usableIn: a joined word that is no name passed")
	}
}

// TestNameSpeltTwice: a word with a capital inside that one article
// spells twice is a name (a group it names again), even in a story where
// no other article names it; one spelt once, two page elements run
// together, is not.
func TestNameSpeltTwice(t *testing.T) {
	arts := []corroborate.Article{
		{ID: "a", Text: "One group, TideWatch, said 9,000 people had signed its petition. TideWatch members were glad of the vote."},
		{ID: "b", Text: "The ferry sailed from PlymouthThe harbour board met on Tuesday."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	if !st.isName("TideWatch") {
		t.Error("isName(TideWatch) = false, want a name: one article spells it twice")
	}
	if st.isName("PlymouthThe") {
		t.Error("isName(PlymouthThe) = true, want two elements run together")
	}
}

// TestNameFirst: the opening sentence takes the wording of its claim that
// names the story's subject over one that says only "the jab", when it
// reads nearly as well; not one that leans on what the summary lacks.
func TestNameFirst(t *testing.T) {
	st := &story{keys: keyNames{"HH": 1, "HARWICK": 0.7, "BOARD": 1}, v: &vocab{}}
	plain := wordingOf{text: "Advisers to the Orvell Board voted on Friday to resume use of the jab.", score: 0}
	naming := wordingOf{text: "Advisers to the Orvell Board voted on Friday to resume use of the Harwick & Harwick jab, officials said.", score: -0.5}
	leaning := wordingOf{text: "The board voted on Friday to resume use of the Harwick & Harwick jab.", score: 0}
	c := &candidate{alts: []wordingOf{plain, leaning, naming}}
	st.use(c, plain)
	st.nameFirst(c)
	if c.text != naming.text {
		t.Errorf("nameFirst chose %q, want %q", c.text, naming.text)
	}
	far := wordingOf{text: naming.text, score: -3}
	c = &candidate{alts: []wordingOf{plain, far}}
	st.use(c, plain)
	st.nameFirst(c)
	if c.text != plain.text {
		t.Errorf("nameFirst chose %q, a wording far worse", c.text)
	}
}

// TestSubjectSurnames: a surname alone as the subject of the sentence or
// of a clause, beside a speech verb or in the possessive needs its full
// name first; one as an object does not.
func TestSubjectSurnames(t *testing.T) {
	// "Dear Mina," in a letter makes Mina look like a surname
	full := map[string]string{"Okafor": "Mina Okafor", "Vell": "Ada Vell", "Mina": "Dear Mina"}
	for s, want := range map[string]string{
		"Mina Okafor has left the harbour board over the quay.":                   "",
		"Okafor says the quay will open in May.":                                  "Okafor",
		"The quay grew out of Okafor's plan to dredge the channel.":               "Okafor",
		"Engineers told the board that Okafor wanted a deeper channel.":           "Okafor",
		"The harbour board said it would write to Okafor on Monday.":              "",
		"Mina Okafor said the quay would open in May, Vell said.":                 "Vell",
		"The Gazette reported that Okafor, an engineer, wanted a deeper channel.": "Okafor",
		"The board thanked Mina Okafor and Vell, the harbour master, on Monday.":  "",
	} {
		got := strings.Join(subjectSurnames(s, full), ",")
		if got != want {
			t.Errorf("subjectSurnames(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPlaceNoSurname: a surname the story's articles also use for a place
// ("in Marlow") needs no one introduced; a person's does.
func TestPlaceNoSurname(t *testing.T) {
	arts := []corroborate.Article{
		{ID: "a", Text: "The regatta in Marlow was cut short by fog on Monday. Rower Ada Holm said the course was lost."},
		{ID: "b", Text: "Fog in Marlow hid the regatta course, and Holm's crew ran aground near the pier."},
	}
	st := newStory(&corroborate.Dossier{Articles: arts})
	st.noteNames("Historian Petra Marlow wrote about the Harbour Bridge and rower Ada Holm.")
	got := st.persons()
	if _, ok := got["Marlow"]; ok {
		t.Errorf("persons() keeps Marlow, a place the articles name: %v", got)
	}
	if _, ok := got["Holm"]; !ok {
		t.Errorf("persons() lost Holm: %v", got)
	}
}
