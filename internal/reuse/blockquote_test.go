package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A report that reprints paragraphs of an open letter as a block under
// "…, writing:" credits the letter's words to its writer as quotation
// marks would: the edge reads as credited. The same paragraphs without
// the introduction, or under one that shares its words with the letter,
// are no such credit.
func TestBlockIntroducedAsTheWritersIsCredited(t *testing.T) {
	letter := "Dear neighbours of the Orlen quarter,\n\n" +
		"I am writing to you as the keeper of the Tamsin lighthouse, a post my family has held for three generations, to ask for your patience this winter.\n\n" +
		"The lamp that has guided the herring boats past the Grell shoals since my grandmother's time will be dark for six weeks while the harbour board replaces its lens and the iron gallery around it.\n\n" +
		"I know what a dark tower means to the families who wait on the quay at dusk. I have waited there myself, and I would not ask this of you if the old lens were not cracked beyond any repair we could make in the workshop.\n\n" +
		"Until the new lens is lit, a buoy with a flashing green lamp will mark the shoals, and the pilot cutter will meet every boat that comes in after dark between the first of December and the middle of January.\n\n" +
		"The keepers of the Tamsin light have trimmed its wick and polished its brass through wars, floods and the long strike at the cannery, and in all that time the lamp has failed only twice, both times for a single night.\n\n" +
		"When it is lit again in January, I hope you will come to the foot of the tower with your children, as my grandmother asked the quarter to do when the first electric lamp was installed, and see it turn for the first time.\n\n" +
		"With gratitude for your understanding,\n\nMarit Solve"
	blocks := "I know what a dark tower means to the families who wait on the quay at dusk. I have waited there myself, and I would not ask this of you if the old lens were not cracked beyond any repair we could make in the workshop.\n\n" +
		"Until the new lens is lit, a buoy with a flashing green lamp will mark the shoals, and the pilot cutter will meet every boat that comes in after dark between the first of December and the middle of January.\n\n"
	report := func(intro string) string {
		return "The Tamsin lighthouse on the Orlen coast will go dark this winter for the first time in living memory, its keeper announced on Monday.\n\n" +
			"Marit Solve, whose family has kept the light for three generations, published an open letter in the Orlen Weekly Gazette explaining the closure to the fishing families of the quarter.\n\n" +
			intro + blocks +
			"The harbour board said the repairs would cost about forty thousand crowns, paid from the fund the fishing cooperative set up after the storms of last year."
	}
	edge := func(text string) (credited bool, cue string) {
		t.Helper()
		arts := []corroborate.Article{mkArticle(t, "letter", "", "", letter), mkArticle(t, "report", "", "", text)}
		res := Analyze(arts, nil, Options{})
		if len(res.Reuse) != 1 || res.Reuse[0].From != "letter" {
			t.Fatalf("reuse %v (evidence %v), want letter -> report", summarize(res.Reuse), evidence(res.Reuse))
		}
		r := res.Reuse[0]
		if r.Credit != nil {
			cue = r.Credit.Cue
		}
		return r.Credited, cue
	}
	if ok, cue := edge(report("Solve addressed the families directly, writing:\n\n")); !ok || !strings.Contains(cue, "writing") {
		t.Errorf("block under 'writing:': credited %v (cue %q), want credited to the introduction", ok, cue)
	}
	if ok, _ := edge(report("")); ok {
		t.Errorf("block with no introduction: credited, want uncredited")
	}
	// A colon after a sentence that hands nothing to anyone: the verb
	// sits in an earlier sentence.
	if ok, _ := edge(report("Solve said the light would return. The notice went on to the quay:\n\n")); ok {
		t.Errorf("attribution verb before the introducing sentence: credited, want uncredited")
	}
	// The same when the earlier sentence ends inside a quotation ("over.")
	// and the split is the article's own, not a full stop and a space.
	if ok, _ := edge(report("Solve said the light was \"over.\" The notice went on to the quay:\n\n")); ok {
		t.Errorf("attribution verb in a sentence ending in a quotation: credited, want uncredited")
	}
	// An introduction the letter holds too was copied with the block.
	letter = strings.Replace(letter, "I know what", "Solve addressed the families directly, writing:\n\nI know what", 1)
	if ok, _ := edge(report("Solve addressed the families directly, writing:\n\n")); ok {
		t.Errorf("introduction shared with the letter: credited, want uncredited")
	}
}
