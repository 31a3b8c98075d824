package reuse

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// Two reports that name one body by its long name did not copy each
// other: a name is no shared wording, said once in each or twice in one.
// A phrase one report says twice is one run of shared wording, not two. A
// sentence lifted with the name in it is still reuse, and so is a run of
// names after a sentence's capitalised first word ("Founded by A and B").
func TestSharedLongNameIsNoReuse(t *testing.T) {
	agency := "VELMAR (AP) — The lantern order took another step toward openness Tuesday with the first published pictures of a brass lamp its founder used to guide ships. " +
		"Officials with The Order of the Silver Anchor of the Latter-day Lantern Keepers showed the pictures at a news conference in Velmar. " +
		"\"The lamp makes the past feel near,\" historian Per Odell said."
	twice := "He lit the lamp each night for forty years, helped by a schoolteacher who wrote down his orders. " +
		"In 1903 the logbook was bought by the Reformed Order of the Silver Anchor of the Latter Day Lantern Keepers, now the Coast Circle. " +
		"Historians have since built bridges between the Coast Circle and the larger Order of the Silver Anchor of the Latter-day Lantern Keepers."
	twoNames := "Pilgrims gathered by the shore on Sunday to hear the choir of the Order of the Silver Anchor of the Latter-day Lantern Keepers. " +
		"The service was paid for by the Northern Coast Harbour Pilots and Boatmen Benevolent Association, the organisers said."
	twoNames2 := "Repairs to the chapel roof were finished in May. The Northern Coast Harbour Pilots and Boatmen Benevolent Association gave half the money. " +
		"The rest came from the Order of the Silver Anchor of the Latter-day Lantern Keepers, whose members did the work by hand."
	others := []string{
		"A restored harbour lamp went on show in Velmar this week after forty years in storage. Visitors queued outside the museum on Tuesday morning.",
		"Velmar's old harbour lamp is shining again. Volunteers spent three winters cleaning and rewiring it, museum staff said on Tuesday.",
	}
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"a name said twice in one", agency, twice, 0},
		{"two long names said once in each", twoNames, twoNames2, 0},
		{"a motto said twice in one", "The keepers met on Sunday and voted to keep every harbour lantern burning through winter storms, their chairman said. Funding will come from the town.",
			"Their motto is simple: keep every harbour lantern burning through winter storms. Each member swears to keep every harbour lantern burning through winter storms before the bell is rung.", 0},
		{"a sentence lifted that opens with a capital", "Velmar's museum reopened on Tuesday. Founded by Ada Brenn and Tomas Kell in 1904, the Lantern Order of Velmar guided ships for a century. It will adapt the old harbour lamp to the new era of electric light.",
			"Visitors queued on Tuesday. Founded by Ada Brenn and Tomas Kell in a Velmar boathouse, the order kept the lamp. The museum will adapt the old harbour lamp to the new era of electric light, its director said.", 1},
		{"a sentence lifted with the name", agency, "Readers sent us letters. Officials with The Order of the Silver Anchor of the Latter-day Lantern Keepers showed the pictures at a news conference in Velmar. More soon.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []corroborate.Article{mkArticle(t, "a", "Associated Press", "", tt.a), mkArticle(t, "b", "", "", tt.b)}
			for i, o := range others {
				arts = append(arts, mkArticle(t, string(rune('c'+i)), "", "", o))
			}
			if res := Analyze(arts, nil, Options{}); len(res.Reuse) != tt.want {
				t.Errorf("reuse %v, want %d edges", summarize(res.Reuse), tt.want)
			}
		})
	}
}
