package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// confidence bands a test expects of a conflict.
const (
	none   = ""       // no conflict of any kind
	sure   = "sure"   // one conflict of the kind, confidence >= 0.5
	unsure = "unsure" // one conflict of the kind, held back: 0 < confidence < 0.5
)

// sureAt is the confidence the dossier is expected to hold conflicts back
// below.
const sureAt = SureConfidence

// TestConflictTrust pairs two short fictional reports, each modelled on a
// pattern of real multi-outlet coverage: fact conflicts whose sides are not
// about the same thing must not be reported (or only held back as unsure),
// and real disagreements must stay sure.
func TestConflictTrust(t *testing.T) {
	tests := []struct {
		name       string
		a, b       string
		kind, band string
		note       string // a part of the note, when checked
	}{
		// dates of two different events
		{"dates of two events", "Police arrested the driver on May 2 after the crash on the Orlin road, officials said.",
			"Prosecutors charged the driver on May 4 after the crash on the Orlin road, officials said.", "", none, ""},
		{"years of two events", "Vesna Korr joined the Orlin city orchestra in 2009 as its first cellist.",
			"Vesna Korr left the Orlin city orchestra in 2014 as its first cellist.", "", none, ""},
		{"one event dated twice", "The Orlin dam was completed on June 3, engineers said after the inspection.",
			"The Orlin dam was completed on June 13, engineers said after the inspection.", "date", sure, "June 3 vs June 13"},
		// conditions, counterfactuals and questions assert nothing
		{"counterfactual", "The depot alarm went off at 2 a.m. in Orlin, waking the night guard.",
			"If the depot alarm hadn't gone off at 2 a.m. in Orlin, the night guard would have died in the smoke.", "", none, ""},
		{"condition after the statement", "The Orlin ferry will sail to the islands this week, the operator said.",
			"The Orlin ferry will not sail to the islands this week unless the storm passes.", "", none, ""},
		{"open question", "It is not known whether the Orlin ferry will sail to the islands this week.",
			"The Orlin ferry will not sail to the islands this week, the operator said.", "", none, ""},
		{"a question", "The Orlin warehouse is a fire hazard for the homes around it, residents said.",
			"So the Orlin warehouse is not a fire hazard for the homes around it?", "", none, ""},
		{"an open question in another clause", "The Orlin mill is closing at the end of the year, the union said.",
			"The owner would not say whether staff were told, though one manager said that the Orlin mill is not closing at the end of the year.", "negation", sure, ""},
		{"condition in another clause", "The Orlin warehouse is a fire hazard for the homes around it, residents said.",
			"The Orlin warehouse is not a fire hazard for the homes around it, inspectors said, adding they would return if asked.", "negation", sure, "states the Orlin warehouse is a fire hazard"},
		// the same verb, other things
		{"other object of the verb, passive", "Crew weapons were destroyed in the fire at the Orlin barracks, the army said.",
			"Personal weapons were not destroyed in the fire at the Orlin barracks, the army said.", "", none, ""},
		{"other object of the verb, active", "Soldiers destroyed crew weapons in the fire at the Orlin barracks, the army said.",
			"Soldiers did not destroy personal weapons in the fire at the Orlin barracks, the army said.", "", none, ""},
		{"subject inside a phrase", "Saturated fats are needed for growth in children, the Orlin panel said.",
			"The Orlin panel said guidelines on saturated fats are not needed for growth in children.", "", none, ""},
		{"a negated frame", "Organisers confirmed that Mira Dahl would be attending the Orlin gala in December.",
			"Not telling the organisers Mira Dahl would not be attending the Orlin gala in December was rude.", "", none, ""},
		{"a manner, not a thing", "A plan was devised to get Vera Lind married to the Orlin heir, the lawyer said.",
			"She had tried to get the Orlin estate without marrying him, the lawyer said.", "", none, ""},
		// hedges, plans and parties' claims are weaker than a statement
		{"may have against a denial", "The Orlin plant may have leaked chemicals into the river, residents said.",
			"The Orlin plant has not leaked chemicals into the river, inspectors said.", "negation", unsure, ""},
		{"reportedly", "The Orlin plant reportedly leaked chemicals into the river last spring.",
			"The Orlin plant has not leaked chemicals into the river, inspectors said.", "negation", unsure, ""},
		{"a party insists", "The Orlin mill is closing at the end of the year, the union said.",
			"The owner insisted the Orlin mill is not closing at the end of the year.", "negation", unsure, ""},
		{"it has been claimed", "The Orlin mill is closing at the end of the year, the union said.",
			"The Orlin mill is not closing at the end of the year, it has been claimed.", "negation", unsure, ""},
		{"could not is no hedge", "Surgeons created the valve for the Orlin patient, the hospital said.",
			"Surgeons could not create the valve for the Orlin patient, the hospital said.", "negation", sure, ""},
		{"a denial up to now", "The missing Orlin hiker was seen near the lake on Tuesday, police said.",
			"The missing Orlin hiker has not been seen since the storm, police said.", "negation", unsure, ""},
		{"a plan against what happened", "Her family said Mira Dahl would be attending the Orlin gala in December.",
			"Mira Dahl did not attend the Orlin gala in December, organisers said.", "negation", unsure, ""},
		{"a figure and its core measure", "From March to April, Orlin consumer prices increased 0.8 percent.",
			"The 0.9 percent increase in Orlin consumer prices from March, again controlling for food and energy prices, is the highest since 1982.", "number", unsure, ""},
		{"a hedged figure", "The storm may have damaged 14 bridges in the Orlin valley on Sunday.",
			"The storm damaged 17 bridges in the Orlin valley on Sunday.", "number", unsure, ""},
		// names
		{"one name spelled two ways", "Inspector Wendy Halloran of the Orlin council visited the school in June.",
			"Inspector Wendy Haloran of the Orlin council visited the school in June.", "name", unsure, "spelled two ways"},
		{"one name with and without its accent", "Orlin Police Chief Jovan Močnik said the road was closed after the crash.",
			"Orlin Police Chief Jovan Mocnik said the road was closed after the crash.", "", none, ""},
		{"a middle initial and a short first name", "Orlin Police Chief Charles T. Brennick said the road was closed after the crash.",
			"Orlin Police Chief Chuck Brennick said the road was closed after the crash.", "", none, ""},
		{"a rank held by many", "Prime Minister Alva Renn said the Orlin talks had failed.",
			"The sanctions will stay, Prime Minister Jonas Quill told parliament on Monday.", "name", unsure, ""},
		{"a qualified post", "Orlin Police Chief Mara Okafor said the road was closed after the crash.",
			"Orlin Police Chief Jonas Berg said the road was closed after the crash.", "name", sure, "Mara Okafor vs Jonas Berg as the orlin police chief"},
		// real disagreements stay sure
		{"a denial by a spokesman", "The state has agreed to pay for the Orlin repairs, the mayor said.",
			"A spokesman for the state said on Tuesday that the state has not agreed to pay for the Orlin repairs.", "negation", sure, "states the state has agreed to pay"},
		{"a relative clause outside the condition", "Towns would not be eligible for a fund that provides money to hire Orlin officers unless they share records.",
			"The fund offers training to hire Orlin officers, though not money.", "negation", sure, "states it provides money"},
		{"the same phrase on both sides", "The photo of the Orlin shark was doctored, experts said.",
			"The photo of the Orlin shark was not doctored, the agency said.", "negation", sure, "states the photo of the Orlin shark was doctored"},
		{"a denied verb with its object", "Rebels burned the Orlin library in the night, the governor said.",
			"Rebels did not burn the Orlin library, a local official said.", "negation", sure, "states Rebels burned the Orlin library"},
		{"a passive statement against a denial by its doer", "Producer Tam Orrick has been accused of assault by Nella Vane, who starred in his Orlin show.",
			"At this time, Nella Vane has not accused Orrick of anything, her agent said.", "negation", sure, "states Producer Tam Orrick has been accused of assault by Nella Vane"},
		{"a passive with another doer", "Producer Tam Orrick has been accused of assault by Mira Dahl, who starred in his Orlin show.",
			"At this time, Nella Vane has not accused Orrick of anything, her agent said.", "", none, ""},
		{"a passive said of another person", "Producer Tam Orrick has been accused of assault by Nella Vane, who starred in his Orlin show.",
			"At this time, Nella Vane has not accused the director Ivo Stenz of anything, her agent said.", "", none, ""},
		{"a doer in another clause", "Producer Tam Orrick was accused of assault in March, according to a letter signed by Nella Vane.",
			"At this time, Nella Vane has not accused Orrick of anything, her agent said.", "", none, ""},
		// refuting frames deny the clause they hold
		{"denied that", "The city of Orlin paid the ransom to the hackers last week, officials said.",
			"Mayor Ilse Marrow denied that the city of Orlin paid the ransom to the hackers.", "negation", sure, "states the city of Orlin paid the ransom"},
		{"reports called false", "The city of Orlin paid the ransom to the hackers last week, officials said.",
			"Reports that the city of Orlin paid the ransom to the hackers are false, the mayor said.", "negation", sure, ""},
		{"a claim called a hoax", "The city of Orlin paid the ransom to the hackers last week, officials said.",
			"The claim that the city of Orlin paid the ransom to the hackers is a hoax, the mayor said.", "negation", sure, ""},
		{"a report's clause states nothing", "Allegations that the city of Orlin paid the ransom to the hackers are coming out.",
			"Mayor Ilse Marrow denied that the city of Orlin paid the ransom to the hackers.", "", none, ""},
		{"a rumour reported as a claim against its refutation", "A blog claimed that the city of Orlin paid the ransom to the hackers.",
			"Mayor Ilse Marrow denied rumors that the city of Orlin paid the ransom to the hackers.", "", none, ""},
		{"reports not called untrue", "The city of Orlin paid the ransom to the hackers last week, officials said.",
			"Reports that the city of Orlin paid the ransom to the hackers are spreading, the mayor said.", "", none, ""},
		// a denied possession, and a pronoun standing for the denier
		{"a denied possession", "The Orlin harbour board has the right to close the ferry pier at night.",
			"The Orlin harbour board does not have the right to close the ferry pier at night, the court ruled.", "negation", sure, "states the Orlin harbour board has the right to close"},
		{"no right", "The Orlin harbour board has the right to close the ferry pier at night.",
			"The Orlin harbour board has no right to close the ferry pier at night, the court ruled.", "negation", sure, ""},
		{"the right to do another thing", "The Orlin harbour board has the right to close the ferry pier at night.",
			"The Orlin harbour board does not have the right to sell the ferry pier, the court ruled.", "", none, ""},
		{"another subject's right", "The Orlin harbour board has the right to close the ferry pier at night.",
			"The Tarn council does not have the right to close the ferry pier at night, the court ruled.", "", none, ""},
		{"denied without that", "The Orlin harbour board has said it has the right to close the ferry pier at night.",
			"The Orlin harbour board has denied it has the right to close the ferry pier at night.", "negation", sure, "states the Orlin harbour board has said it has the right"},
		{"denied that it did what it has done", "The Orlin water board has issued a ban on garden hoses in the valley.",
			"The Orlin water board has denied that it issued a ban on garden hoses in the valley.", "negation", sure, "states the Orlin water board has issued a ban"},
		{"denied that she did", "Mayor Ilse Marrow paid the ransom to the hackers last week, officials said.",
			"Mayor Ilse Marrow denied that she paid the ransom to the hackers.", "negation", sure, ""},
		{"he is not the police", "Police signed the ferry contract with the Tarn company on Monday.",
			"Police denied that he signed the ferry contract with the Tarn company.", "", none, ""},
		{"said it does not have", "The Orlin harbour board has the right to close the ferry pier at night.",
			"The Orlin harbour board said it does not have the right to close the ferry pier at night.", "negation", sure, ""},
		{"said it did not", "The Orlin board signed the ferry contract with the Tarn company on Monday.",
			"The Orlin board said that it did not sign the ferry contract with the Tarn company.", "negation", sure, ""},
		{"a verb with a particle is another verb", "Mayor Ilse Marrow made pledges to close the Orlin ferry pier during her campaign.",
			"Mayor Ilse Marrow has said she has not made up her mind on the Orlin ferry pier.", "", none, ""},
		{"it is the board", "The Orlin board signed the ferry contract with the Tarn company on Monday.",
			"The Orlin board denied that it signed the ferry contract with the Tarn company.", "negation", sure, ""},
		{"denied a thing to someone", "The Orlin harbour board has the right to close the ferry pier at night.",
			"The court denied the Orlin harbour board the right to close the ferry pier at night.", "", none, ""},
		// done on purpose against by accident
		{"deliberate against a cause that implies an accident", "Waking the patient up was deliberate, the Orlin surgeon said on Friday.",
			"The patient woke up after the anaesthetic wore off, the Orlin clinic said.", "negation", sure, "says it was deliberate"},
		{"deliberate against accidental", "The fire at the Orlin depot was deliberate, investigators said on Monday.",
			"The fire at the Orlin depot was accidental, the owner told reporters.", "negation", sure, "says it happened by accident"},
		{"no accident against accidental", "The fire at the Orlin depot was no accident, investigators said on Monday.",
			"The fire at the Orlin depot was accidental, the owner told reporters.", "negation", sure, ""},
		{"two fires", "The first fire at the Orlin depot was deliberate, investigators said on Monday.",
			"The second fire at the Orlin depot was accidental, the owner told reporters.", "", none, ""},
		{"two doers", "The robber deliberately shot the driver at the Orlin depot, police said.",
			"The guard accidentally shot himself at the Orlin depot, police said.", "", none, ""},
		{"an irregular form of the verb", "Waking the patient up was deliberate, the Orlin surgeon said on Friday.",
			"The patient awoke after the anaesthetic wore off, the Orlin clinic said.", "negation", sure, "says it was deliberate"},
		{"a rumor's words are not the writer's", "Waking the patient up was deliberate, the Orlin surgeon said on Friday.",
			"The rumor that the patient accidentally woke up spread fast in Orlin.", "", none, ""},
		{"it names nothing", "It was deliberate, the Orlin surgeon said on Friday.",
			"The patient woke up after the anaesthetic wore off, the Orlin clinic said.", "", none, ""},
		{"a verb before the copula is no thing", "The blast, which police said was deliberate, shook the Orlin depot on Monday.",
			"Police said the guard accidentally said the code to the Orlin depot on Monday.", "", none, ""},
		{"a schedule is no intent", "The Orlin parade was planned for Monday, organisers said.",
			"The Orlin parade was accidental, a wag wrote.", "", none, ""},
		{"a hedged intent", "The fire at the Orlin depot may have been deliberate, investigators said on Monday.",
			"The fire at the Orlin depot was accidental, the owner told reporters.", "negation", unsure, ""},
		{"a hedged accident", "The fire at the Orlin depot was deliberate, investigators said on Monday.",
			"The fire at the Orlin depot may have been accidental, the owner told reporters.", "negation", unsure, ""},
		{"a figure", "The storm damaged 14 bridges in the Orlin valley on Sunday.",
			"The storm damaged 17 bridges in the Orlin valley on Sunday.", "number", sure, "14 vs 17 bridges"},
		{"a rate", "About 38,000 vehicles cross the Orlin bridge every day.",
			"Some 35,000 vehicles a day will need another route across the river.", "number", sure, "38,000 vs 35,000 vehicles a day"},
		{"a start against a bound", "Repairs on the Orlin bridge are expected to start on March 30, the mayor said.",
			"The county engineer said repairs will not begin before April 30 because the steel is late.", "date", sure, "March 30 vs not begin before April 30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []corroborate.Article{article("a", "A", tc.a), article("b", "B", tc.b)}
			r := Find(arts, nil, Options{})
			if tc.band == none {
				for _, c := range r.Conflicts {
					t.Errorf("invented %s conflict (confidence %.2f): %s", c.Kind, c.Confidence, c.Note)
				}
				return
			}
			if len(r.Conflicts) != 1 || string(r.Conflicts[0].Kind) != tc.kind {
				t.Fatalf("conflicts = %+v, want one %s", r.Conflicts, tc.kind)
			}
			c := r.Conflicts[0]
			switch {
			case tc.band == sure && c.Confidence < sureAt:
				t.Errorf("confidence = %.2f, want >= %.2f (%s)", c.Confidence, sureAt, c.Note)
			case tc.band == unsure && (c.Confidence >= sureAt || c.Confidence <= 0):
				t.Errorf("confidence = %.2f, want in (0, %.2f) (%s)", c.Confidence, sureAt, c.Note)
			}
			if !strings.Contains(c.Note, tc.note) {
				t.Errorf("note = %q, want it to hold %q", c.Note, tc.note)
			}
			if strings.Contains(c.Note, "\n") {
				t.Errorf("note %q is more than one line", c.Note)
			}
		})
	}
}

// TestConflictSpans checks that every side of every conflict of the harbor
// story carries one span per article, a sentence of that article that
// holds the side's value.
func TestConflictSpans(t *testing.T) {
	arts := harbor()
	r := Find(arts, nil, Options{})
	if len(r.Conflicts) == 0 {
		t.Fatal("no conflicts")
	}
	for _, c := range r.Conflicts {
		if c.Confidence <= 0 || c.Confidence > 1 {
			t.Errorf("%s conflict %q: confidence %.2f out of (0, 1]", c.Kind, c.About, c.Confidence)
		}
		for _, sd := range c.Sides {
			if len(sd.Spans) != len(sd.Articles) {
				t.Fatalf("%s side %q: %d spans for %d articles", c.Kind, sd.Value, len(sd.Spans), len(sd.Articles))
			}
			for i, sp := range sd.Spans {
				if sp.Article != sd.Articles[i] {
					t.Errorf("%s side %q: span %d of article %s, want %s", c.Kind, sd.Value, i, sp.Article, sd.Articles[i])
				}
				a := arts[idxOf(arts, sp.Article)]
				if !isSentence(arts, sp) {
					t.Errorf("%s side %q: span [%d,%d) of %s is not a sentence", c.Kind, sd.Value, sp.Start, sp.End, sp.Article)
					continue
				}
				if c.Kind != "negation" && !strings.Contains(a.Text[sp.Start:sp.End], lastWordOf(sd.Value)) {
					t.Errorf("%s side %q: sentence %q of %s does not state it", c.Kind, sd.Value, a.Text[sp.Start:sp.End], sp.Article)
				}
			}
		}
	}
}

// lastWordOf is the last word of a side's value ("Whitlock" of "Dana
// Whitlock", "3" of "March 3"), which the stating sentence holds however
// the rest is abbreviated.
func lastWordOf(v string) string {
	f := strings.Fields(v)
	return f[len(f)-1]
}

// TestHeldBackConflictsContradictNothing checks that only sure conflicts
// mark their claim as contradicted.
func TestHeldBackConflictsContradictNothing(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"sure", "The storm damaged 14 bridges in the Orlin valley on Sunday.", "The storm damaged 17 bridges in the Orlin valley on Sunday.", true},
		{"held back", "The storm may have damaged 14 bridges in the Orlin valley on Sunday.", "The storm damaged 17 bridges in the Orlin valley on Sunday.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Find([]corroborate.Article{article("a", "A", tc.a), article("b", "B", tc.b)}, nil, Options{})
			if len(r.Conflicts) != 1 {
				t.Fatalf("conflicts = %+v, want one", r.Conflicts)
			}
			got := false
			for _, c := range r.Claims {
				got = got || len(c.Contradicts) > 0
			}
			if got != tc.want {
				t.Errorf("claims contradicted = %v, want %v (conflict confidence %.2f)", got, tc.want, r.Conflicts[0].Confidence)
			}
		})
	}
}

// TestDenyingSideDeniesTheSameThing checks that a denial of another object
// of the same verb does not join the denying side.
func TestDenyingSideDeniesTheSameThing(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "A", "Soldiers destroyed crew weapons in the fire at the Orlin barracks, the army said."),
		article("b", "B", "Soldiers did not destroy crew weapons in the fire at the Orlin barracks, a witness said."),
		article("c", "C", "Soldiers did not destroy personal weapons in the fire at the Orlin barracks, the army said."),
	}
	r := Find(arts, nil, Options{})
	got := summarize(r.Conflicts)
	want := []conflictSummary{{Kind: "negation", Sides: []string{"a", "b"}}}
	if len(got) != 1 || strings.Join(got[0].Sides, "|") != strings.Join(want[0].Sides, "|") {
		t.Errorf("conflicts = %+v, want %+v", got, want)
	}
}

// TestDenialValueKeepsPronounObject checks that a denied verb's side
// quotes the pronoun it is denied of ("has not accused him"), not the bare
// verb.
func TestDenialValueKeepsPronounObject(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "A", "Producer Tam Orrick has been accused of assault by Nella Vane, who starred in his Orlin show."),
		article("b", "B", "At this time, Nella Vane has not accused him of anything, her agent said."),
	}
	r := Find(arts, nil, Options{})
	if len(r.Conflicts) != 1 || len(r.Conflicts[0].Sides) != 2 {
		t.Fatalf("conflicts = %+v, want one with two sides", r.Conflicts)
	}
	if got := r.Conflicts[0].Sides[1].Value; !strings.HasSuffix(got, "accused him") {
		t.Errorf("denying side = %q, want it to end with the pronoun it is denied of", got)
	}
}
