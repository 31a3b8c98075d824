package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestLookalikes pairs two short fictional reports that differ in wording
// only, or in a planted fact; conflicts must be found exactly for the
// planted ones.
func TestLookalikes(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string // the conflict kind expected, "" for none
	}{
		{"number word = digits", "The storm damaged four bridges in the valley on Sunday.", "The storm damaged 4 bridges in the valley on Sunday.", ""},
		{"a figure against none", "The storm damaged four bridges in the valley on Sunday.", "The storm damaged bridges in the valley on Sunday.", ""},
		{"different figures", "The storm damaged 14 bridges in the valley on Sunday.", "The storm damaged 17 bridges in the valley on Sunday.", "number"},
		{"separators", "The town of 216,000 people lost power after the storm hit the valley.", "The town of 210,000 people lost power after the storm hit the valley.", "number"},
		{"rounding", "Shares of Norvik Foods rose 2 percent on Friday after the storm report.", "Shares of Norvik Foods rose 2.04 percent on Friday after the storm report.", ""},
		{"range against a value", "The mayor said she called 50 or 60 engineers about the flooded bridges.", "The mayor said she called 60 engineers about the flooded bridges.", ""},
		{"hedged figure", "About 300 homes lost power when the storm hit the valley on Sunday.", "Some 320 homes lost power when the storm hit the valley on Sunday.", ""},
		{"abbreviated month", "Residents must file storm damage claims with the county by Sept. 9.", "Residents must file storm damage claims with the county by September 9.", ""},
		{"day before month", "Residents must file storm damage claims with the county by 9 September.", "Residents must file storm damage claims with the county by September 9.", ""},
		{"different days", "Residents must file storm damage claims with the county by Sept. 9.", "Residents must file storm damage claims with the county by Sept. 19.", "date"},
		{"different years", "The bridge over the Lenna river was built in 1962 and never repaired.", "The bridge over the Lenna river was built in 1968 and never repaired.", "date"},
		{"same person, short form", "Valley Fire Chief Mara Okafor said the bridges were closed.", "Valley Fire Chief Okafor said the bridges were closed.", ""},
		{"same role, other person", "Valley Fire Chief Mara Okafor said the bridges were closed.", "Valley Fire Chief Jonas Berg said the bridges were closed.", "name"},
		{"former holder is another role", "Valley Mayor Mara Okafor said the bridges were closed after the storm.", "Former Valley Mayor Jonas Berg said the bridges were closed after the storm.", ""},
		{"department is not a person", "Valley Police Department officers said the bridges were closed.", "Valley Police Service officers said the bridges were closed.", ""},
		{"denial of a copula", "Lenna County is a disaster area, the governor said after the storm.", "Lenna County is not a disaster area, the governor said after the storm.", "negation"},
		{"both deny", "Lenna County is not a disaster area, the governor said.", "The governor denied that Lenna County is a disaster area.", ""},
		{"withholding a comment is no denial", "The utility confirmed the outage in Lenna County on Sunday.", "The utility would not confirm the outage in Lenna County on Sunday.", ""},
		{"noun after a possessive", "Governor Ibsen's plan for the storm-hit county was approved.", "Governor Ibsen had not planned the storm-hit county relief.", ""},
		{"dated event against a bound", "Repairs on the Lenna bridge are expected to begin on March 30, the mayor said.", "The county engineer said repairs will not begin before April 30 because the steel is late.", "date"},
		{"dated event within the bound", "Repairs on the Lenna bridge are expected to begin on May 2, the mayor said.", "The county engineer said repairs will not begin before April 30 because the steel is late.", ""},
		{"same deadline, two wordings", "Cities must prove they will cooperate by Aug. 18.", "The department asked the cities to show proof of compliance by August 18.", ""},
		{"rates", "About 38,000 vehicles cross the Lenna bridge every day.", "Some 35,000 vehicles a day will need another route across the river.", "number"},
		{"rates, rounded alike", "About 38,000 vehicles cross the Lenna bridge every day.", "Nearly 38,400 vehicles a day will need another route across the river.", ""},
		{"plain counts in unrelated sentences", "Four cities received letters from the department on Thursday.", "In June the department chose 12 cities for the partnership.", ""},
		{"bare two-word title", "Chief engineer Tomas Varga said the beams had cracked.", "Repairs will wait, the city's chief engineer, Anton Greer, said on Wednesday.", "name"},
		{"bare title of two places", "Stockton Police Chief Eric Jones said the jail is run by the county. Police Chief Jarrod Burguan agreed.", "San Bernardino Police Chief Jarrod Burguan said the same.", ""},
		{"weekdays are not compared", "The gunmen struck the Lenna concert hall late on Friday, police said.", "The gunmen struck the Lenna concert hall early on Saturday, police said.", ""},
		// one arrest on two weekdays, the second relative to the day of
		// writing: neither the subject nor the place is shared, and a verb
		// with a weekday alone dates other events of the story too
		{"an arrest's weekday, told of another subject", "She said the man was arrested in the Tollen suburb Thursday, and told police of a plan to attack the fair.", "The 23-year-old was arrested in a Varga suburb last Wednesday after players of an online game alerted police.", ""},
		{"another count", "Seven people were arrested near the Lenna concert hall, police said.", "One other person was arrested near the Lenna concert hall, police said.", ""},
		{"same figure, other words beside it", "One attacker there was killed; two others detonated vests at the Lenna stadium.", "Two attackers set off vests at the Lenna stadium, killing themselves.", ""},
		{"a legacy-encoded name", "French President Fran\xe7ois Hollande said the Lenna attack was an act of war.", "French President Francois Hollande said the Lenna attack was an act of war.", ""},
		{"national titles", "Belgian Justice Minister Koen Geens said arrests were made in Lenna.", "Justice Minister Christiane Taubira said arrests were made in Lenna.", ""},
		{"denied noun", "The state fund provides money to repair the storm-hit bridges in Lenna County.", "The state fund offers engineers to repair the storm-hit bridges in Lenna County, though not money.", "negation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []corroborate.Article{article("a", "A", tc.a), article("b", "B", tc.b)}
			r := Find(arts, nil, Options{})
			var kinds []string
			for _, c := range r.Conflicts {
				kinds = append(kinds, string(c.Kind))
			}
			switch {
			case tc.want == "" && len(kinds) > 0:
				t.Errorf("invented conflicts %v: %+v", kinds, r.Conflicts)
			case tc.want != "" && (len(kinds) != 1 || kinds[0] != tc.want):
				t.Errorf("conflicts = %v, want one %s", kinds, tc.want)
			}
		})
	}
}

// TestDeniedNotSupport: a sentence that denies what another states of the
// same subject does not support its claim; two wordings of one fact that
// both hold a "not" ("lasted not even five months", "in less than five
// months") still do.
func TestDeniedNotSupport(t *testing.T) {
	claimed := func(a, b string) bool {
		arts := []corroborate.Article{{ID: "a", Text: a}, {ID: "b", Text: b}}
		for _, c := range Find(arts, nil, Options{}).Claims {
			if len(c.Support) == 2 {
				return true
			}
		}
		return false
	}
	// more denials, with a third article stating the claim: TestDenialContradictsClaim
	if claimed("Harbor master Ilse Varn has been accused of taking bribes by the dock workers' union.",
		"At this time, the dock workers' union has not accused Ilse Varn of taking bribes.") {
		t.Errorf("a denial supports the claim it denies")
	}
	if !claimed("The ferry chief lasted not even five months in the job before the board fired him.",
		"The board fired the ferry chief, who had lasted not even five months in the job.") {
		t.Errorf("two wordings of one fact, both with a 'not', no longer state one claim")
	}
}
