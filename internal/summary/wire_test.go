package summary_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
)

// The Varn Strait ferry: a fictional wire cluster of ten articles over two
// days, as newswire archives hold them: three write-thrus of one agency
// story (each repeating most of the one before, the toll rising), the
// agency's stories on the captain, the inquiry and the island, two
// newspaper pieces with their own dateline and dashes, and a day-2
// follow-up. Every version repeats the background paragraph about the
// islands' ferries word for word; the event itself, the ferry capsizing
// with dozens dead, each article words its own way.
var (
	ferryBackground = `Ferries are the main link between the Varn islands and the mainland, and the crossing is often rough in the autumn storms.`

	ferryAP1 = `PORT SELIN, Norland (AP) _ A crowded passenger ferry capsized in a storm in the Varn Strait on Tuesday, killing at least 31 people, coast guard officials said.

The Aster Bay was carrying about 190 passengers from the island of Holt to Port Selin when it overturned two miles from the harbor, the coast guard said.

Rescue boats pulled 96 survivors from the water by nightfall, and the search for the missing went on in high waves.

` + ferryBackground + `

Survivors said the ferry rolled over within minutes after a wave struck its side.`

	ferryAP2 = `PORT SELIN, Norland (AP) _ A crowded passenger ferry capsized in a storm in the Varn Strait on Tuesday, killing at least 44 people, coast guard officials said.

The Aster Bay was carrying about 190 passengers from the island of Holt to Port Selin when it overturned two miles from the harbor, the coast guard said.

Rescue boats pulled 112 survivors from the water by nightfall, and the search for the missing went on in high waves.

` + ferryBackground + `

Survivors said the ferry rolled over within minutes after a wave struck its side.

Coast guard commander Ilse Varga said the ferry was licensed to carry 150 passengers.`

	ferryAP3 = `PORT SELIN, Norland (AP) _ A passenger ferry carrying more people than it was licensed for capsized in a storm in the Varn Strait on Tuesday, killing at least 52 people, coast guard officials said.

The Aster Bay was carrying about 190 passengers from the island of Holt to Port Selin when it overturned two miles from the harbor, the coast guard said.

Coast guard commander Ilse Varga said the ferry was licensed to carry 150 passengers.

` + ferryBackground + `

Rescue boats pulled 112 survivors from the water by nightfall, and the search for the missing went on in high waves.

Prime Minister Aldo Brenn declared Wednesday a day of national mourning.`

	ferryNYT1 = `PORT SELIN, Norland _ The overloaded ferry Aster Bay capsized in heavy seas in the Varn Strait on Tuesday, and at least 52 people died -- many of them children travelling home from school on the island of Holt.

The ferry, licensed for 150 passengers, had about 190 on board, the coast guard said.

Relatives gathered at the harbor in Port Selin through the night, reading the lists of survivors pinned to the door of the coast guard office.

` + ferryBackground + `

The disaster is the deadliest on the strait in two decades.`

	ferryCaptain = `PORT SELIN, Norland (AP) _ Police detained the captain of the Aster Bay, the ferry that capsized in the Varn Strait on Tuesday killing at least 52 people, on suspicion of negligence.

The captain, Rune Sallas, survived the sinking and was taken from a hospital to a police station on Wednesday, police said.

Investigators want to know why the ferry sailed with about 190 passengers when it was licensed for 150.

` + ferryBackground

	ferryInquiry = `PORT SELIN, Norland (AP) _ The government of Norland ordered an inquiry on Wednesday into the capsizing of the Aster Bay, the ferry that went down in the Varn Strait on Tuesday with the loss of at least 52 lives.

Prime Minister Aldo Brenn said the inquiry would report within three months on how the overloaded ferry came to sail into a storm.

` + ferryBackground

	ferryDay2 = `PORT SELIN, Norland (AP) _ Divers recovered 11 more bodies from the capsized ferry Aster Bay on Wednesday, raising the death toll from Tuesday's sinking in the Varn Strait to 63.

Dozens of passengers are still missing, the coast guard said.

The harbor office in Port Selin stayed closed to small boats on Wednesday afternoon while the divers worked.

` + ferryBackground + `

The ferry capsized on Tuesday in a storm two miles from the harbor with about 190 people on board.`

	ferryHolt = `HOLT, Norland (AP) _ On the island of Holt, where most of the Aster Bay's passengers lived, shops stayed shut and church bells rang on Wednesday for the dead of the ferry that capsized in the Varn Strait.

The island's school lost 14 pupils in the sinking, the mayor said.

` + ferryBackground

	ferryNYT2 = `PORT SELIN, Norland _ The sinking of the Aster Bay, the ferry that capsized in the Varn Strait on Tuesday and killed at least 63 people, has turned anger in Norland toward the owners of the island ferries -- and toward the inspectors who let them sail full.

The ferry, licensed for 150 passengers, had about 190 on board when it overturned in the storm.

Inspectors checked the Aster Bay in the spring and found no fault, the ministry of transport said on Thursday.`
)

// TestWireCluster: ten wire articles of one story, write-thrus and a day-2
// follow-up among them. Asked for 100 words, the summary opens with the
// central event (the ferry capsizing, with its dead), not the background
// every version repeats nor one day's detail; no sentence keeps a
// dateline or a wire prefix; every sentence is verbatim in every article
// it cites.
func TestWireCluster(t *testing.T) {
	d := wireSummary(t, "the ferry capsizing and its dead", func(first string) bool {
		return strings.Contains(first, "capsized") && regexp.MustCompile(`\bkill|\bdied\b|death toll|lives`).MatchString(first)
	}, ferryAP1, ferryAP2, ferryAP3, ferryNYT1, ferryCaptain, ferryInquiry, ferryDay2, ferryHolt, ferryNYT2)
	got := texts(d)
	if strings.Contains(got, "Ferries are the main link") && strings.HasPrefix(got, "Ferries") {
		t.Errorf("summary opens with the background the write-thrus repeat:\n%s", got)
	}
	wire := regexp.MustCompile(`PORT SELIN|HOLT, Norland|\(AP\)|^[A-Z ]+, [A-Z][a-z]+ _|\s_\s`)
	for _, s := range d.Summary {
		if wire.MatchString(s.Text) {
			t.Errorf("sentence keeps a dateline or wire prefix: %q", s.Text)
		}
	}
	for _, detail := range []string{"stayed closed to small boats", "pinned to the door"} {
		if strings.Contains(got, detail) {
			t.Errorf("summary spends its 100 words on one day's detail %q:\n%s", detail, got)
		}
	}
	// the sentences chosen under the budget fit it; only the one that
	// fills what room is left may run past it
	n := 0
	for _, s := range d.Summary {
		if !s.BeyondBudget {
			n += len(strings.Fields(s.Text))
		}
	}
	if n > 100 {
		t.Errorf("summary has %d words within its budget, asked for 100:\n%s", n, got)
	}
}

// wireSummary is the summary of a wire cluster asked for 100 words: it
// fails unless every sentence is verbatim in the articles it cites, there
// are two sentences at least, and the first is the event (opens, told as
// want).
func wireSummary(t *testing.T, want string, opens func(first string) bool, bodies ...string) *corroborate.Dossier {
	t.Helper()
	d := story(t, dossier.Options{SummaryWords: 100}, bodies...)
	checkVerbatim(t, d)
	if len(d.Summary) < 2 {
		t.Fatalf("summary = %q, want the event and more under 100 words", texts(d))
	}
	if !opens(d.Summary[0].Text) {
		t.Errorf("summary opens %q, want %s", d.Summary[0].Text, want)
	}
	return d
}

// TestFollowUpLeadWeighed: a follow-up's lead recaps the event in a clause
// ("the ferry that capsized ... killing at least 52 people") and tells its
// own news around it (the captain detained). Aligned with the event's
// claim on the recap, it is still weighed as news of its own: given room,
// the summary tells it, and says no sentence twice.
func TestFollowUpLeadWeighed(t *testing.T) {
	d := story(t, dossier.Options{SummaryWords: 200}, ferryAP1, ferryAP2, ferryAP3, ferryNYT1, ferryCaptain,
		ferryInquiry, ferryDay2, ferryHolt, ferryNYT2)
	checkVerbatim(t, d)
	got := texts(d)
	if !strings.Contains(got, "Police detained the captain") {
		t.Errorf("summary leaves out the captain's detention, a follow-up's news:\n%s", got)
	}
	seen := map[string]bool{}
	for _, s := range d.Summary {
		if seen[s.Text] {
			t.Errorf("summary says %q twice", s.Text)
		}
		seen[s.Text] = true
	}
	if !strings.Contains(d.Summary[0].Text, "capsized") {
		t.Errorf("summary opens %q, want the capsizing", d.Summary[0].Text)
	}
}
