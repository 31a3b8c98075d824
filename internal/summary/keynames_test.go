package summary

import "testing"

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

// TestNameFirst: the opening sentence takes the wording of its claim that
// names the story's subject over one that says only "the jab", when it
// reads nearly as well; not one that leans on what the summary lacks.
func TestNameFirst(t *testing.T) {
	st := &story{keys: keyNames{"HH": 1, "HARWICK": 0.7, "BOARD": 1}, v: &vocab{}}
	plain := wordingOf{text: "Advisers to the Orvell Board voted on Friday to resume use of the jab.", score: 0}
	naming := wordingOf{text: "Advisers to the Orvell Board voted on Friday to resume use of the Harwick & Harwick jab, officials said.", score: -0.5}
	leaning := wordingOf{text: "The board voted on Friday to resume use of the Harwick & Harwick jab.", score: 0}
	c := &candidate{alts: []wordingOf{plain, leaning, naming}}
	c.use(plain)
	st.nameFirst(c)
	if c.text != naming.text {
		t.Errorf("nameFirst chose %q, want %q", c.text, naming.text)
	}
	far := wordingOf{text: naming.text, score: -3}
	c = &candidate{alts: []wordingOf{plain, far}}
	c.use(plain)
	st.nameFirst(c)
	if c.text != plain.text {
		t.Errorf("nameFirst chose %q, a wording far worse", c.text)
	}
}
