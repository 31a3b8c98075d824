package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// ageNotes runs Find and returns the notes of its age conflicts.
func ageNotes(arts []corroborate.Article) []string {
	var out []string
	for _, c := range Find(arts, nil, Options{}).Conflicts {
		if strings.HasPrefix(c.About, "the age of") {
			out = append(out, c.Note)
		}
	}
	return out
}

// One person's age given two ways, by "-year-old" before the full name, by
// an apposition after it, or after a nickname the story gives her, is a
// number conflict.
func TestAgeConflict(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", `The ferry board hired 31-year-old Odile Marguerite “Dilly” Varn as its first woman pilot on Monday.

Her mother, Hanne Varn, said the family was proud.`),
		article("b", "Tarn Courier", `Odile Varn, 31, will steer the night ferry to Orvell from June.`),
		article("c", "Orlin Daily", `The ferry board named Odile Marguerite Varn, 32, its first woman pilot.`),
		article("d", "Strait Herald", `Dilly, 32, said she had wanted the job since she was a girl.`),
	}
	notes := ageNotes(arts)
	if len(notes) != 1 || notes[0] != "31 vs 32 years old (Odile Marguerite Varn)" {
		t.Fatalf("age conflicts %q, want one 31 vs 32 for Odile Marguerite Varn", notes)
	}
	for _, c := range Find(arts, nil, Options{}).Conflicts {
		if strings.HasPrefix(c.About, "the age of") {
			if c.Kind != corroborate.ConflictNumber || c.Confidence < SureConfidence {
				t.Errorf("age conflict %+v: want a sure number conflict", c)
			}
			if got := len(c.Sides[0].Articles) + len(c.Sides[1].Articles); got != 4 {
				t.Errorf("age conflict sides %+v: want all four articles", c.Sides)
			}
		}
	}
}

// Ages of different people, of one person at another time, or in decades
// are no conflict.
func TestAgeNoConflict(t *testing.T) {
	cases := map[string][]corroborate.Article{
		"two people of one surname": {
			article("a", "Lenna Post", `Pilot Odile Varn, 31, and her father, Tomas Varn, were aboard the ferry.`),
			article("b", "Tarn Courier", `Varn, 58, said the crossing was calm.

Tomas Varn has sailed the strait for decades.`),
		},
		"one article, two ages for one name": {
			article("a", "Lenna Post", `Varn, 31, steered the ferry. Varn, 58, watched from the dock.

Odile Varn was at the helm.`),
			article("b", "Tarn Courier", `Odile Varn, 31, steered the ferry.`),
		},
		"an age at another time": {
			article("a", "Lenna Post", `In 2009, the 19-year-old Odile Varn first crossed the strait alone.`),
			article("b", "Tarn Courier", `Odile Varn, 35, now steers the night ferry.`),
		},
		"then": {
			article("a", "Lenna Post", `The ferry board hired Odile Varn, then 19, as a deckhand.`),
			article("b", "Tarn Courier", `Odile Varn, 35, now steers the night ferry.`),
		},
		"in her thirties": {
			article("a", "Lenna Post", `Odile Varn, in her 30s, steers the night ferry.`),
			article("b", "Tarn Courier", `Odile Varn, 35, now steers the night ferry.`),
		},
		"a surname alone the story never gives a first name": {
			article("a", "Lenna Post", `Varn, 31, steered the ferry to Orvell.`),
			article("b", "Tarn Courier", `Varn, 58, said the crossing was calm.`),
		},
	}
	for name, arts := range cases {
		if notes := ageNotes(arts); len(notes) > 0 {
			t.Errorf("%s: age conflicts %q, want none", name, notes)
		}
	}
}

// "40 people were killed" and "at least 40 people were injured" state two
// facts: no claim groups them, however alike their other words; a sentence
// that tells of both, or "escaped death", groups with either.
func TestKilledAndInjuredNotOneClaim(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", `Earlier this week, 40 people were killed when a bomber struck the fish market in Dorvale during the harvest fair.`),
		article("b", "Tarn Courier", `At least 40 people were injured earlier this week when a bomber struck the fish market in Dorvale during the harvest fair.`),
	}
	for _, c := range Find(arts, nil, Options{}).Claims {
		if len(c.Support) > 1 {
			t.Errorf("claim %q groups killed with injured: %+v", c.Text, c.Support)
		}
	}
	if !outcomesDiffer(&unit{outcome: outcomeOf(tokenize(arts[0].Text, 0, len(arts[0].Text)))}, &unit{outcome: outcomeOf(tokenize(arts[1].Text, 0, len(arts[1].Text)))}) {
		t.Error("killed and injured read as one outcome")
	}
	escaped := "The ferry pilot narrowly escaped death when the storm struck the harbour at Dorvale."
	hurt := "The ferry pilot was injured when the storm struck the harbour at Dorvale."
	if outcomesDiffer(&unit{outcome: outcomeOf(tokenize(escaped, 0, len(escaped)))}, &unit{outcome: outcomeOf(tokenize(hurt, 0, len(hurt)))}) {
		t.Error(`"escaped death" read as a death`)
	}
}

// Two sentences that share only a relative clause describing someone
// (", who goes by the name ..., ") state different facts; sharing the
// clause and the point still states one claim.
func TestRelativeClauseAloneStatesNoClaim(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", `The smuggler, who goes by the nickname Grey Heron of Vellmar, was reportedly rushed to the Orvell harbour clinic.`),
		article("b", "Tarn Courier", `The pilot said the smuggler, who goes by the nickname Grey Heron of Vellmar, was also present.`),
		article("c", "Orlin Daily", `The smuggler, who goes by the nickname Grey Heron of Vellmar, was rushed to the Orvell harbour clinic on Sunday.`),
	}
	for _, c := range Find(arts, nil, Options{}).Claims {
		ids := map[string]bool{}
		for _, s := range c.Support {
			ids[s.Article] = true
		}
		if ids["b"] && (ids["a"] || ids["c"]) {
			t.Errorf("claim %q groups the smuggler's presence with his rush to the clinic: %+v", c.Text, c.Support)
		}
		if ids["a"] != ids["c"] {
			t.Errorf("claim %q: the two reports of the rush to the clinic are apart: %+v", c.Text, c.Support)
		}
	}
}

// The same count given as deaths by one article and as injuries by another,
// in sentences that tell one event alike, is an unsure number conflict; a
// death and an injury of different events are none.
func TestKilledVersusInjuredConflict(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", `Earlier this week, 40 people were killed when a bomber struck the crowded fish market in Dorvale during the harvest fair.`),
		article("b", "Tarn Courier", `At least 40 people were injured earlier this week when a bomber struck the crowded fish market in Dorvale during the harvest fair.`),
		article("c", "Orlin Daily", `One other person was killed. A second bomber blew himself up near the Dorvale ferry pier, injuring one person.`),
	}
	var got []corroborate.Conflict
	for _, c := range Find(arts, nil, Options{}).Conflicts {
		if strings.Contains(c.Note, "deaths and as injuries") {
			got = append(got, c)
		}
	}
	if len(got) != 1 {
		t.Fatalf("killed/injured conflicts %+v, want one", got)
	}
	c := got[0]
	if c.Kind != corroborate.ConflictNumber || c.Confidence >= SureConfidence {
		t.Errorf("conflict %+v: want an unsure number conflict", c)
	}
	if c.Sides[0].Value != "40 people killed" || c.Sides[1].Value != "40 people injured" {
		t.Errorf("sides %q / %q, want 40 people killed / 40 people injured", c.Sides[0].Value, c.Sides[1].Value)
	}
}

// Ages a year apart in articles published months apart may both be true
// (a birthday between them): the conflict is unsure. A place's age is no
// person's.
func TestAgeBirthdayAndPlaces(t *testing.T) {
	a := article("a", "Lenna Post", `The ferry board hired 31-year-old Odile Varn as its first woman pilot.`)
	b := article("b", "Tarn Courier", `Odile Varn, 32, will steer the night ferry to Orvell from June.`)
	a.Published, b.Published = corroborate.StrPtr("2024-01-10T09:00:00Z"), corroborate.StrPtr("2024-09-02T09:00:00Z")
	n := 0
	for _, c := range Find([]corroborate.Article{a, b}, nil, Options{}).Conflicts {
		if strings.HasPrefix(c.About, "the age of") {
			n++
			if c.Confidence >= SureConfidence {
				t.Errorf("age conflict %+v across eight months: want unsure", c)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d age conflicts across eight months, want one, unsure", n)
	}
	places := []corroborate.Article{
		article("a", "Lenna Post", `Crews repaired the 60-year-old Wexley Bridge over the Tarn on Monday.`),
		article("b", "Tarn Courier", `Crews repaired the old span, Wexley Bridge, 61, over the Tarn on Monday.`),
	}
	if notes := ageNotes(places); len(notes) > 0 {
		t.Errorf("age conflicts %q for a bridge, want none", notes)
	}
}

// TestAgeSurnameOfTwo: a story that names two people of one surname (a
// woman and her mother) still compares the ages its articles give to a
// bare surname, each read as the person its article last named in full
// before it.
func TestAgeSurnameOfTwo(t *testing.T) {
	ages := func(a, b string) []corroborate.Conflict {
		arts := []corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}
		var out []corroborate.Conflict
		for _, c := range Find(arts, nil, Options{}).Conflicts {
			if strings.HasPrefix(c.About, "the age of") {
				out = append(out, c)
			}
		}
		return out
	}
	daughter := "Maris Okafor was cleared by the appeal court in Orlin on Monday.\n\nOkafor, 41, had faced extradition to Tarn over a shipping fraud."
	if cs := ages(daughter, "Maris Okafor won her appeal against extradition on Monday.\n\nMs Okafor, 42, runs a ferry agency in Lenna.\n\nHer mother Delia Okafor said the family was relieved."); len(cs) != 1 || cs[0].About != "the age of Maris Okafor" {
		t.Errorf("age conflicts %+v, want 41 vs 42 for Maris Okafor", cs)
	}
	if cs := ages(daughter, "Maris Okafor won her appeal against extradition on Monday.\n\nHer mother Delia Okafor said the family was relieved.\n\nOkafor, 67, flew in from Lenna for the hearing."); len(cs) != 0 {
		t.Errorf("age conflicts %+v: the mother's age is no age of the daughter", cs)
	}
	// the person is named as an article writes the name in full, not as
	// a longer name holding its letters does ("Samaris Okaforo")
	neighbour := "Samaris Okaforo, a neighbour, watched from the gallery.\n\n" + daughter
	if cs := ages(neighbour, "Maris Okafor won her appeal against extradition on Monday.\n\nMs Okafor, 42, runs a ferry agency in Lenna.\n\nHer mother Delia Okafor said the family was relieved."); len(cs) != 1 || cs[0].About != "the age of Maris Okafor" {
		t.Errorf("age conflicts %+v, want 41 vs 42 for Maris Okafor", cs)
	}
	// a surname after two people named in full in one article is neither
	sister := "Ines Varga was acquitted by the court in Orlin on Friday.\n\nHer brother, Pavel Varga, cheered from the gallery.\n\nVarga, 38, had been held for a year."
	if cs := ages(sister, "Pavel Varga, 63, said the family would now rest."); len(cs) != 0 {
		t.Errorf("age conflicts %+v: the sister's age is no age of the brother", cs)
	}
	// names written with ’ and ' are one name: two O’Dells are two people
	if cs := ages("Nora O’Dell, 29, won the rowing title in Orlin on Sunday.\n\nThe race was held in strong wind.",
		"Nora O’Dell took the title on Sunday.\n\nHer father Sean O’Dell, 61, said he had coached her since she was nine."); len(cs) != 0 {
		t.Errorf("age conflicts %+v: father and daughter O’Dell are two people", cs)
	}
}
