package claims

import (
	"slices"
	"testing"
)

// The claim of every case but the last: a fictional story of one harbour.
const squidClaim = "Giant squid spotted off Norvik harbour"

func TestStance(t *testing.T) {
	tests := []struct {
		name, claim, body, want string
	}{
		{"debunked", squidClaim,
			"The giant squid seen off Norvik harbour was a hoax, marine biologists said. The photos of the squid were fake, made with a plastic model, and the fisherman admitted the prank.",
			Disagree},
		{"quoted denial of the claim", squidClaim,
			"Harbour master Ilse Dorn dismissed the talk of a giant squid off Norvik harbour. \"There is no squid. It is simply not true,\" Dorn said of the sighting.",
			Disagree},
		{"hedged report", squidClaim,
			"A giant squid was reportedly spotted off Norvik harbour, according to a fisherman. Experts could not verify the claims and it is unclear whether the photos are real.",
			Discuss},
		{"stated flatly", squidClaim,
			"A giant squid was spotted off Norvik harbour on Sunday. Fishermen filmed the squid, which was spotted near the harbour wall, and coastguards confirmed the sighting.",
			Agree},
		{"headline asks, article reports", "Was a giant squid really spotted off Norvik harbour?",
			"A fisherman claims he saw a giant squid off Norvik harbour. Nobody else has come forward, and the harbour office says it is looking into the report.",
			Discuss},
		{"merely discusses", squidClaim,
			"Sightings of a giant squid off Norvik harbour have set the town talking. Some residents believe the squid is real, others suspect a trick of the light. The marine institute says it may study the footage, but for now it is unclear whether any squid was there at all.",
			Discuss},
		{"headline calls it a hoax, article debunks", "Norvik giant squid sighting was a hoax",
			"The giant squid photographed off Norvik harbour was a hoax. The fisherman who posted the photos admitted the squid was a fake made of rubber.",
			Agree},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Stance(tc.claim, tc.body); got != tc.want {
				t.Errorf("Stance(%q, ...) = %s, want %s (scores %v, features %v)", tc.claim, got, tc.want,
					StanceScores(tc.claim, tc.body), StanceVector(tc.claim, tc.body))
			}
		})
	}
	if n := len(StanceVector(squidClaim, "x")); n != len(StanceFeatures) {
		t.Errorf("feature vector has %d entries, StanceFeatures names %d", n, len(StanceFeatures))
	}
}

// TestStanceDenialOfSomethingElse checks that a denial about another matter
// in the same article changes nothing: the refutation is scoped to the
// sentences that speak of the claim.
func TestStanceDenialOfSomethingElse(t *testing.T) {
	plain := "A giant squid was spotted off Norvik harbour on Sunday. Fishermen filmed the squid near the harbour wall, and coastguards confirmed the sighting."
	other := plain + " Separately, the town council denied rumours of a budget overrun at the new library, calling them false."
	if got := Stance(squidClaim, other); got != Agree {
		t.Errorf("Stance(%q, plain + unrelated denial) = %s, want %s (features %v)", squidClaim, got, Agree, StanceVector(squidClaim, other))
	}
	a, b := StanceVector(squidClaim, plain), StanceVector(squidClaim, other)
	for _, f := range []string{"refute_x_claim_asserts", "quoted_denial"} {
		i := slices.Index(StanceFeatures, f)
		if a[i] != b[i] || b[i] != 0 {
			t.Errorf("%s = %v with an unrelated denial, %v without; want 0 both", f, b[i], a[i])
		}
	}
}

func TestStanceClaimPolarity(t *testing.T) {
	tests := []struct {
		claim                  string
		denies, open, question bool
	}{
		{"Giant squid spotted off Norvik harbour", false, false, false},
		{"Norvik giant squid a hoax", true, false, false},
		{"Norvik squid photos are not real", true, false, false},
		{"Fisherman insists Norvik squid is no hoax", false, false, false},
		{"Is the Norvik squid a hoax?", false, true, true},
		{"Giant squid reportedly spotted off Norvik", false, true, false},
		{"No, a giant squid was not spotted off Norvik", true, false, false},
		// a determiner "no" denies nothing; nor does a denial of a hoax
		{"No joke: giant squid spotted off Norvik", false, false, false},
		{"Fisherman denies Norvik squid hoax claims", false, true, false},
		{"Norvik harbour better not dredged, says squid expert", false, false, false},
		{"Norvik fisherman didn't see a squid", true, false, false},
		// the hedge reports the claim being denied; the headline denies it
		{"Fisherman who claimed Norvik squid sighting exposed as hoaxer", true, false, false},
		// a negation someone is reported saying, or a first-person quote,
		// is not the headline denying
		{"Divers tell Norvik council giant squid is harmless, don't close harbour", false, false, false},
		{"I never wanted the squid to die: Norvik fisherman", false, false, false},
	}
	for _, tc := range tests {
		c := readStanceClaim(tc.claim)
		if c.denies != tc.denies || c.open != tc.open || c.question != tc.question {
			t.Errorf("readStanceClaim(%q) = denies %v open %v question %v, want %v %v %v",
				tc.claim, c.denies, c.open, c.question, tc.denies, tc.open, tc.question)
		}
	}
}

// TestStanceStory takes the stance of every article of one fictional story
// at once.
func TestStanceStory(t *testing.T) {
	bodies := []string{
		"A giant squid was spotted off Norvik harbour on Sunday. Fishermen filmed the squid near the harbour wall, and coastguards confirmed the sighting.",
		"Coastguards confirmed that a giant squid was spotted off Norvik harbour. The squid, some eight metres long, swam beside a trawler for an hour.",
		"The giant squid said to have been spotted off Norvik harbour was a hoax. The fisherman who posted the photos admitted the squid was a fake made of rubber.",
		"A giant squid was reportedly spotted off Norvik harbour, according to a fisherman. It is unclear whether the photos of the squid are real.",
	}
	want := []string{Agree, Agree, Disagree, Discuss}
	got := StanceStory(squidClaim, bodies)
	if !slices.Equal(got, want) {
		t.Errorf("StanceStory(%q, 4 articles) = %v, want %v", squidClaim, got, want)
	}
	// no refuting word is common to the story here, so each article
	// stands as it would alone
	for i, b := range bodies {
		if alone := Stance(squidClaim, b); alone != got[i] {
			t.Errorf("article %d: %s within the story, %s alone", i, got[i], alone)
		}
	}
}

// TestStanceDenialOfARefutation checks that a denial of a hoax ("denied the
// photos were a hoax") does not count as a refutation of the claim.
func TestStanceDenialOfARefutation(t *testing.T) {
	body := "A giant squid was spotted off Norvik harbour on Sunday. The fisherman who filmed the squid denied the photos were a hoax."
	x := StanceVector(squidClaim, body)
	for _, f := range []string{"refute_x_claim_asserts", "quoted_denial"} {
		if i := slices.Index(StanceFeatures, f); x[i] != 0 {
			t.Errorf("%s = %v for an article denying a hoax, want 0", f, x[i])
		}
	}
	debunk := "A giant squid was spotted off Norvik harbour on Sunday, the fisherman said. Coastguards said the photos of the squid were a hoax."
	if i := slices.Index(StanceFeatures, "quoted_denial"); StanceVector(squidClaim, debunk)[i] == 0 {
		t.Errorf("quoted_denial = 0 for %q, want above 0", debunk)
	}
}

// TestStanceStoryRefutations checks that a refuting word most of a story's
// articles use describes the story ("the satirical weekly") and counts as
// no article's refutation, while a refutation one article alone makes
// still counts.
func TestStanceStoryRefutations(t *testing.T) {
	claim := "Editor of Norvik Gull weekly resigns"
	bodies := []string{
		"The editor of the satirical weekly Norvik Gull resigned on Monday. The satirical weekly said a successor would be named.",
		"Norvik Gull, the satirical weekly, confirmed that its editor resigned after ten years.",
		"The editor of the satirical Norvik Gull has resigned, the weekly announced.",
		"Reports that the editor of the satirical weekly Norvik Gull resigned are false, the publisher said. The editor is staying.",
	}
	docs := make([]stanceDoc, len(bodies))
	for i, b := range bodies {
		docs[i] = readStanceDoc(b)
	}
	common := storyRefutations(docs)
	if !common["satirical"] || common["false"] {
		t.Errorf("storyRefutations = %v, want satirical and not false", common)
	}
	i := slices.Index(StanceFeatures, "refute_x_claim_asserts")
	vs := StanceVectors(claim, bodies)
	if vs[0][i] != 0 || vs[3][i] == 0 {
		t.Errorf("refute_x_claim_asserts = %v for a report, %v for the denial; want 0 and above 0", vs[0][i], vs[3][i])
	}
	// a story too small to tell its own words from a stance keeps them all
	if c := storyRefutations(docs[:2]); len(c) != 0 {
		t.Errorf("storyRefutations of two articles = %v, want none", c)
	}
	for i, s := range StanceStory(claim, bodies)[:3] {
		if s == Disagree {
			t.Errorf("StanceStory: report %d, naming the satirical weekly, = %s", i, s)
		}
	}
}

// TestStanceExposed checks the two senses of "exposed": a refutation only
// in "exposed as".
func TestStanceExposed(t *testing.T) {
	i := slices.Index(StanceFeatures, "refute_x_claim_asserts")
	literal := "A giant squid was spotted off Norvik harbour, its tentacles exposed at low tide."
	if x := StanceVector(squidClaim, "A giant squid was spotted off Norvik harbour, its beak exposed as it fed."); x[i] != 0 {
		t.Errorf("refute_x_claim_asserts = %v for \"exposed as\" a clause, want 0", x[i])
	}
	debunk := "The giant squid spotted off Norvik harbour was exposed as a rubber model."
	if x := StanceVector(squidClaim, literal); x[i] != 0 {
		t.Errorf("refute_x_claim_asserts = %v for %q, want 0", x[i], literal)
	}
	if x := StanceVector(squidClaim, debunk); x[i] == 0 {
		t.Errorf("refute_x_claim_asserts = 0 for %q, want above 0", debunk)
	}
}

// TestStanceDisagreeNeedsEvidence checks that disagree is never chosen on
// probabilities alone: it needs a refutation of the claim, or for a claim
// that itself denies, an article refuting nothing and hedging nothing.
func TestStanceDisagreeNeedsEvidence(t *testing.T) {
	p := []float64{0.2, 0.5, 0.3} // disagree most likely, discuss next
	none := make([]float64, len(StanceFeatures))
	if got := StanceDecide(p, none); got != Discuss {
		t.Errorf("StanceDecide(disagree likeliest, no refutation) = %s, want %s", got, Discuss)
	}
	refutes := make([]float64, len(StanceFeatures))
	refutes[fRefute] = 0.7
	if got := StanceDecide(p, refutes); got != Disagree {
		t.Errorf("StanceDecide(disagree likeliest, refutes) = %s, want %s", got, Disagree)
	}
	denied := make([]float64, len(StanceFeatures))
	denied[fPlainDenies] = 1
	if got := StanceDecide(p, denied); got != Disagree {
		t.Errorf("StanceDecide(claim denies, article refutes nothing) = %s, want %s", got, Disagree)
	}
	denied[fHedgeNear] = 0.7 // the article reports the thing denied, hedged
	if got := StanceDecide(p, denied); got != Discuss {
		t.Errorf("StanceDecide(claim denies, article hedges) = %s, want %s", got, Discuss)
	}
	asked := slices.Clone(refutes)
	asked[fQuestion] = 1 // "Was a giant squid spotted off Norvik?"
	if got := StanceDecide(p, asked); got != Discuss {
		t.Errorf("StanceDecide(headline asks, article refutes) = %s, want %s", got, Discuss)
	}
	if got := StanceDecide([]float64{0.5, 0.2, 0.3}, refutes); got != Agree {
		t.Errorf("StanceDecide(agree likeliest, refutes) = %s, want %s", got, Agree)
	}
}

// TestStanceNotRefuting checks refuting words in senses that refute
// nothing: withholding ("would not confirm or deny"), refusal ("was denied
// a permit", "denied him entry"), "in denial" and "a false alarm".
func TestStanceNotRefuting(t *testing.T) {
	plain := "A giant squid was spotted off Norvik harbour on Sunday. "
	for _, extra := range []string{
		"The harbour office would neither confirm nor deny that the squid was spotted off Norvik.",
		"The coastguard would not confirm or deny the giant squid sighting off Norvik harbour.",
		"The fisherman who spotted the giant squid off Norvik harbour was denied a permit to catch it.",
		"Harbour officials denied him entry to the quay where the giant squid was spotted.",
		"Fans of the giant squid spotted off Norvik harbour were in denial when it swam away.",
		"A false alarm about the giant squid spotted off Norvik harbour emptied the beach.",
	} {
		body := plain + extra
		for _, f := range []string{"refute_x_claim_asserts", "quoted_denial"} {
			if x := StanceVector(squidClaim, body); x[slices.Index(StanceFeatures, f)] != 0 {
				t.Errorf("%s = %v for %q, want 0", f, x[slices.Index(StanceFeatures, f)], extra)
			}
		}
	}
	// the same words refute when they do
	denial := plain + "The coastguard denied that any giant squid was spotted off Norvik harbour."
	if x := StanceVector(squidClaim, denial); x[slices.Index(StanceFeatures, "quoted_denial")]+x[fRefute] == 0 {
		t.Errorf("no refutation counted in %q", denial)
	}
	passive := plain + "The giant squid sighting off Norvik harbour was denied by the coastguard."
	if x := StanceVector(squidClaim, passive); x[fRefute] == 0 {
		t.Errorf("refute_x_claim_asserts = 0 for %q, want above 0", passive)
	}
}

// TestStanceRefutationScope checks that a refutation counts for the claim
// only when the claim's words, a report of it or a pronoun are its target:
// a sentence about the claim's subject refuting something else counts for
// nothing.
func TestStanceRefutationScope(t *testing.T) {
	plain := "Fisherman Lars Eek spotted a giant squid off Norvik harbour on Sunday. "
	for _, tc := range []struct {
		extra string
		want  bool
	}{
		{"Eek, a keen photographer who sells postcards in the summer months, also denied on Monday that he owed any tax to the town.", false},
		{"The coastguard later said the giant squid photos were fake.", true},
		{"Marine biologists who studied the pictures said it was a hoax.", true},
		{"Within a day a local blog had debunked the story.", true},
		{"The giant squid story first ran on a parody website.", true},
		{"The photos of the giant squid were made-up, the harbour office said.", true},
	} {
		x := StanceVector(squidClaim, plain+tc.extra)
		got := x[fRefute]+x[fQuoted] > 0
		if got != tc.want {
			t.Errorf("refutation counted = %v for %q, want %v (features %v)", got, tc.extra, tc.want, x)
		}
	}
}

// TestStanceWithheldConfirmation checks that a confirmation withheld
// ("could not confirm", "has yet to verify") hedges the claim instead of
// vouching for it.
func TestStanceWithheldConfirmation(t *testing.T) {
	hedge, assert := slices.Index(StanceFeatures, "hedge_near"), slices.Index(StanceFeatures, "assert_near")
	for _, body := range []string{
		"The coastguard could not confirm that a giant squid was spotted off Norvik harbour.",
		"The harbour office has yet to verify the giant squid spotted off Norvik harbour.",
		"Police said they cannot confirm a giant squid was spotted off Norvik harbour.",
	} {
		x := StanceVector(squidClaim, body)
		if x[hedge] == 0 || x[assert] != 0 {
			t.Errorf("hedge_near = %v, assert_near = %v for %q; want above 0 and 0", x[hedge], x[assert], body)
		}
	}
	confirmed := "The coastguard confirmed that a giant squid was spotted off Norvik harbour."
	if x := StanceVector(squidClaim, confirmed); x[assert] == 0 {
		t.Errorf("assert_near = 0 for %q, want above 0", confirmed)
	}
}

// TestStanceEmphaticDenial checks that a negation shouted in capitals is
// a denial, and that a line written all in capitals is not one.
func TestStanceEmphaticDenial(t *testing.T) {
	denial := "Fisherman Lars Eek says he NEVER saw a giant squid off Norvik harbour."
	if x := StanceVector(squidClaim, denial); x[fRefute]+x[fQuoted] == 0 {
		t.Errorf("no refutation counted in %q (features %v)", denial, x)
	}
	shouted := "GIANT SQUID NOT SPOTTED OFF NORVIK HARBOUR AFTER ALL, SAYS FISHERMAN"
	toks := tokenize(shouted, 0, len(shouted))
	for i := range toks {
		if emphaticNeg(toks, i) {
			t.Errorf("emphaticNeg(%q) at %q, want no word", shouted, toks[i].text)
		}
	}
}

// TestStanceHedgedAgainstDenial checks a headline that denies: an article
// stating the thing denied flatly disagrees, one reporting it hedged
// discusses it.
func TestStanceHedgedAgainstDenial(t *testing.T) {
	claim := "Norvik giant squid sighting a hoax"
	flat := "A giant squid was spotted off Norvik harbour on Sunday. Fishermen filmed the squid for an hour as it swam beside their boat."
	hedged := "A giant squid was reportedly spotted off Norvik harbour on Sunday, according to a fisherman who allegedly filmed it."
	if got := Stance(claim, flat); got != Disagree {
		t.Errorf("Stance(%q, flat report) = %s, want %s (features %v)", claim, got, Disagree, StanceVector(claim, flat))
	}
	if got := Stance(claim, hedged); got == Disagree {
		t.Errorf("Stance(%q, hedged report) = %s, want not %s", claim, got, Disagree)
	}
}

// TestStanceHearsay checks that a claim passed on from unnamed others
// ("is said to", "according to", "it has been reported") hedges it, and
// that a plain "said" does not.
func TestStanceHearsay(t *testing.T) {
	hedge := slices.Index(StanceFeatures, "hedge_near")
	for _, body := range []string{
		"A giant squid is said to have been spotted off Norvik harbour.",
		"A giant squid was spotted off Norvik harbour, according to a fisherman.",
		"It has been reported that a giant squid was spotted off Norvik harbour.",
		"Fishermen are believed to have spotted a giant squid off Norvik harbour.",
	} {
		if x := StanceVector(squidClaim, body); x[hedge] == 0 {
			t.Errorf("hedge_near = 0 for %q, want above 0", body)
		}
	}
	plain := "The coastguard said a giant squid was spotted off Norvik harbour."
	if x := StanceVector(squidClaim, plain); x[hedge] != 0 {
		t.Errorf("hedge_near = %v for %q, want 0", x[hedge], plain)
	}
}
