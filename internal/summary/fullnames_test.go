package summary

import (
	"slices"
	"testing"
)

// TestFullNames: a run of capitalised words gives its last two as a full
// name; a run ends at punctuation, and a caller may stop reading early.
func TestFullNames(t *testing.T) {
	s := "Mayor Anton Greer met Ilse Brandt, Harbour Master of Tolle, on Monday in the old Customs House."
	got := slices.Collect(fullNames(s))
	want := []string{"Anton Greer", "Ilse Brandt", "Harbour Master", "Customs House"}
	if !slices.Equal(got, want) {
		t.Errorf("fullNames = %q, want %q", got, want)
	}
	var first []string
	for n := range fullNames(s) {
		first = append(first, n)
		break
	}
	if !slices.Equal(first, want[:1]) {
		t.Errorf("reading one name gave %q", first)
	}
}

// TestArticleSurname: an Arabic surname's article is left out, so that
// "Marwani was also reported wounded" refers to the "Abu Kassim
// al-Marwani" named before it, and needs him introduced when no sentence
// before it names him.
func TestArticleSurname(t *testing.T) {
	full := map[string]string{}
	for n := range fullNames("Rebel leader Abu Kassim al-Marwani was wounded in an air strike near Tarnport.") {
		full[surname(n)] = n
	}
	if _, ok := full["Marwani"]; !ok {
		t.Fatalf("full names %q, want one with the surname Marwani", full)
	}
	if got := subjectSurnames("Marwani was also reported wounded in the attack.", full); !slices.Equal(got, []string{"Marwani"}) {
		t.Errorf("subjectSurnames = %q, want Marwani", got)
	}
	if !introduces("Rebel leader Abu Kassim al-Marwani was wounded.", "Marwani") {
		t.Errorf("the full name does not introduce Marwani")
	}
}

// TestCreditedToSurname: a surname alone that a sentence credits what it
// tells to ("According to Vell, ...", "documents released by Vell") needs
// Ada Vell introduced before it, as a speaker's does; one the sentence
// only tells of ("sent to Vell") does not. A surname written with its
// Arabic article ("Al-Marwani had ...") is the surname.
func TestCreditedToSurname(t *testing.T) {
	full := map[string]string{"Vell": "Ada Vell", "Marwani": "Abu Kassim al-Marwani"}
	for s, want := range map[string][]string{
		"According to Vell, the ferry sank in four minutes.":                      {"Vell"},
		"According to documents released by Vell on Monday, the quay is safe.":    {"Vell"},
		"Al-Marwani had also said in January that the road was closed.":           {"Marwani"},
		"The harbour board sent the report to Vell on Monday.":                    nil,
		"The board must renew the ferry contract by Vell 22, the mayor said.":     nil, // a date, as "by May 22"
		"A search coordinated by Vell found the boat on Monday.":                  nil,
		"Ada Vell said the ferry sank in four minutes, according to Vell's aide.": nil,
	} {
		if got := subjectSurnames(s, full); !slices.Equal(got, want) {
			t.Errorf("subjectSurnames(%q) = %q, want %q", s, got, want)
		}
	}
}
