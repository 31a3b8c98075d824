package summary

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// familyStory is three articles on a ferry owner whose name is written
// family name first ("Pak Tae-jun"), whom they then call "Pak".
var familyStory = []string{
	`Kessel Ferries owner Pak Tae-jun sold the company to a shipping group from Tolle on Friday.

Friends said that Pak had wanted to retire for years.

His sister Pak Min-ji will stay on the board.`,
	`Pak Tae-jun has sold Kessel Ferries, the company said on Friday.

The buyers said Pak would be paid 30 million crowns.`,
	`The sale by Pak Tae-jun of Kessel Ferries ends fifty years of family ownership.

Staff said on Friday that Pak had told them of the sale by letter.`,
}

// TestFamilyNameFirst: a name written family name first ("Pak Tae-jun")
// is keyed by its first word, which the articles use alone, so "that Pak
// had wanted" needs the full name before it; "Pak Tae-jun" or "Pak Tae Jun"
// introduces him, "Pak Min-ji" (another of the family) does not, and the
// "Pak" of "Pak Min-ji" is no use of his name alone.
func TestFamilyNameFirst(t *testing.T) {
	st := newStory(dossierOf(familyStory...))
	full := st.persons()
	if full["Pak"] != "Pak Tae-jun" {
		t.Fatalf(`persons()["Pak"] = %q, want "Pak Tae-jun" (all %q)`, full["Pak"], full)
	}
	if got := subjectSurnames("Friends said that Pak had wanted to retire for years.", full); !slices.Equal(got, []string{"Pak"}) {
		t.Errorf("subjectSurnames = %q, want Pak", got)
	}
	for s, want := range map[string]bool{
		"Pak Tae-jun has sold Kessel Ferries.":               true,
		"Pak Tae Jun has sold Kessel Ferries.":               true,
		"His sister Pak Min-ji said Pak had wanted to sell.": false,
		"Staff said that Pak had told them of the sale.":     false,
	} {
		if got := introducesName(s, "Pak", full); got != want {
			t.Errorf("introducesName(%q, Pak) = %v, want %v", s, got, want)
		}
	}
	if got := subjectSurnames("Pak Min-ji, his sister, will stay on the board.", full); len(got) != 0 {
		t.Errorf("subjectSurnames of a sentence naming only his sister = %q, want none", got)
	}
	// the full name first, then the family name alone: introduced
	chosen := []*candidate{{text: "Pak Tae-jun has sold Kessel Ferries."}, {text: "Friends said that Pak had wanted to retire."}}
	if bad := (&story{}).unintroduced(chosen, full); len(bad) != 0 {
		t.Errorf("unintroduced after 'Pak Tae-jun' = %d sentences, want none", len(bad))
	}
}

// TestFamilyNameFirstUnhyphenated: a name written family name first with
// its given name in two short words ("Pak Tae Jun") is keyed by its first
// word as "Pak Tae-jun" is, not by "Jun", which no one uses alone; a name
// of two words ("Pak Harlow", a Western name the articles call "Harlow")
// is keyed by its last word, and a name written given name first with
// two short words after it ("Anna Mae Lund", called "Lund") too, never by
// its first.
func TestFamilyNameFirstUnhyphenated(t *testing.T) {
	var bodies []string
	for _, b := range familyStory {
		b = strings.ReplaceAll(b, "Tae-jun", "Tae Jun")
		b = strings.ReplaceAll(b, "Min-ji", "Min Ji")
		bodies = append(bodies, b+"\n\nThe buyers are led by Pak Harlow and Anna Mae Lund. Harlow said the ferries would keep their names, and Lund said no one would lose a job.")
	}
	full := newStory(dossierOf(bodies...)).persons()
	for sn, want := range map[string]string{"Pak": "Pak Tae Jun", "Harlow": "Pak Harlow", "Lund": "Mae Lund", "Anna": ""} {
		if full[sn] != want {
			t.Errorf("persons()[%q] = %q, want %q (all %q)", sn, full[sn], want, full)
		}
	}
	if got := subjectSurnames("Friends said that Pak had wanted to retire for years.", full); !slices.Equal(got, []string{"Pak"}) {
		t.Errorf("subjectSurnames = %q, want Pak", got)
	}
	chosen := []*candidate{{text: "Pak Tae Jun has sold Kessel Ferries."}, {text: "Friends said that Pak had wanted to retire."}}
	if bad := (&story{}).unintroduced(chosen, full); len(bad) != 0 {
		t.Errorf("unintroduced after 'Pak Tae Jun' = %d sentences, want none", len(bad))
	}
}

// TestGivenNameFirstNotKeyed: a name written given name first is keyed by
// its surname only, though the articles use its first word alone too: a
// company's name before its product's ("Kessco Ferries", then "Kessco
// said") reads the same as a given name's ("Anton Greer", then "Anton
// said"), so neither needs "Kessco Ferries" before "Kessco said".
func TestGivenNameFirstNotKeyed(t *testing.T) {
	one := `Kessco Ferries will stop sailing to Tolle in May, the company said.

Passengers said that Kessco had given them no warning, and that Kessco had sold them tickets for June.

A spokesman said Kessco would refund every ticket, and that Kessco Ferries would sail again in the autumn.`
	st := newStory(dossierOf(one, strings.Replace(one, "in May", "in the spring", 1), strings.Replace(one, "to Tolle", "to Tolle island", 1)))
	full := st.persons()
	if _, ok := full["Kessco"]; ok {
		t.Errorf(`persons()["Kessco"] = %q, want no key`, full["Kessco"])
	}
}

// dossierOf is a dossier of bodies alone (ids a, b, c, ...), no stage run.
func dossierOf(bodies ...string) *corroborate.Dossier {
	d := &corroborate.Dossier{}
	for i, b := range bodies {
		d.Articles = append(d.Articles, corroborate.Article{ID: string(rune('a' + i)), Text: b, Language: "en"})
	}
	return d
}

// TestSurnameIntroducedByKin: a surname is introduced by any full name
// that ends with it: after "Vera Tamm, his former wife, ...", "Tamm was
// charged ..." needs no "Oskar Tamm" before it (a reader has met a Tamm;
// which one, the sentence's own words tell).
func TestSurnameIntroducedByKin(t *testing.T) {
	full := map[string]string{"Tamm": "Oskar Tamm"}
	chosen := []*candidate{{text: "Vera Tamm, his former wife, told the police he had admitted the fraud."}, {text: "Tamm was charged with fraud in 2019."}}
	if bad := (&story{}).unintroduced(chosen, full); bad[chosen[1]] {
		t.Errorf("unintroduced(%q after %q) = true, want false", chosen[1].text, chosen[0].text)
	}
	if bad := (&story{}).unintroduced(chosen[1:], full); !bad[chosen[1]] {
		t.Errorf("unintroduced(%q first) = false, want true", chosen[1].text)
	}
}
