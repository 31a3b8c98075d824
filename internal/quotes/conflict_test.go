package quotes

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// shown returns the conflicts a reader sees: confidence of at least 0.5.
func shown(cs []corroborate.Conflict) []corroborate.Conflict {
	var out []corroborate.Conflict
	for _, c := range cs {
		if c.Confidence >= 0.5 {
			out = append(out, c)
		}
	}
	return out
}

func describe(cs []corroborate.Conflict) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("\n  " + string(c.Kind) + " " + c.Note)
	}
	return b.String()
}

// TestNoFalseConflicts holds the patterns that real coverage showed to
// make false conflicts, each in fictional text: none may be shown to a
// reader.
func TestNoFalseConflicts(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		// none: not even a conflict held back, as when a side is no speaker.
		none bool
	}{
		{
			name: "two quotations sharing a phrase are not one",
			none: true,
			texts: []string{
				"“I will always treat every pupil just as I have for twenty years, whatever they tell me,” head teacher Owen Marsh said.",
				"“Nobody in this school has to feel afraid, because the staff feel just as I have for twenty years,” Owen Marsh said.",
			},
		},
		{
			name: "a quote that holds two others does not join them",
			none: true,
			texts: []string{
				"“The new pumps have been very effective in draining the lower town and slowing the flood,” Mayor Ines Calloway said.",
				"“Now what we need is more sandbags, dry sandbags, that can hold the river back,” Mayor Ines Calloway said.",
				"“The new pumps have been very effective in draining the lower town and slowing the flood, now we need more sandbags, dry sandbags, to hold the river back,” Mayor Ines Calloway said.",
			},
		},
		{
			name: "a word written as one or two",
			none: true,
			texts: []string{
				"“The air strikes have stopped the convoy from reaching the northern valley,” Colonel Tarik Bekov said.",
				"“The airstrikes have stopped the convoy from reaching the northern valley,” Colonel Tarik Bekov said.",
			},
		},
		{
			name: "an acronym in capitals or not",
			texts: []string{
				"“We will keep pressure on the NRLF network until its camps are gone,” Colonel Tarik Bekov said.",
				"“We will keep pressure on the Nrlf network until its camps are gone,” Colonel Tarik Bekov said.",
			},
		},
		{
			name: "an acronym written short or long",
			texts: []string{
				"“We will keep pressure on the NRLF network until its camps are gone,” Colonel Tarik Bekov said.",
				"“We will keep pressure on the NRL network until its camps are gone,” Colonel Tarik Bekov said.",
			},
		},
		{
			name: "a quote cut short",
			none: true,
			texts: []string{
				"“We are proud of the courage of this crew, and their rescue will be remembered along the whole coast for years,” harbour master Nils Aaberg said.",
				"“We are proud of the courage of this crew,” harbour master Nils Aaberg said.",
			},
		},
		{
			name: "sic",
			none: true,
			texts: []string{
				"“I was never treated unfairly by Coach Brandt when I played for the Harbor Hawks,” Lena Ostrova wrote.",
				"“I was never treated [sic] unfairly by Coach Brandt when I played for the Harbor Hawks,” Lena Ostrova wrote.",
			},
		},
		{
			name: "an editor's bracketed insertion",
			none: true,
			texts: []string{
				"“Most neighbours would think it's ugly and loud. But I can still sleep fine because the windows are thick,” Pia Lund said.",
				"“Most neighbours would think [the new turbine is] ugly and loud. But I can still sleep fine because the windows are thick,” Pia Lund said.",
			},
		},
		{
			name: "an accent and a dialect spelling",
			none: true,
			texts: []string{
				"“My mum met my fiancé at the market and liked him at once, which surprised everyone,” Pia Lund said.",
				"“My mom met my fiance at the market and liked him at once, which surprised everyone,” Pia Lund said.",
			},
		},
		{
			name: "a place is not a speaker",
			none: true,
			texts: []string{
				"“The goat seemed to be asleep when the farmer led it into the barn,” said Ruth Calder of the Harbor Animal League.",
				"“The goat seemed to be asleep when the farmer led it into the barn,” Oregon said.",
			},
		},
		{
			name: "an organisation and its own spokesperson",
			none: true,
			texts: []string{
				"And Dr. Mira Okafor of Lakeview Dental Group told WKRP, “I find it quite excessive, and it makes me ask who gains from all the fuss.”",
				"“I find it quite excessive, and it makes me ask who gains from all the fuss,” Lakeview Dental Group said.",
			},
		},
		{
			name: "a body and its acronym in a spokesman's title",
			none: true,
			texts: []string{
				"“We cannot confirm that the commander was among those present at the meeting,” Harbor Safety Command said.",
				"“We cannot confirm that the commander was among those present at the meeting,” HASCOM spokesman Ivo Brandt said.",
			},
		},
		{
			name: "an outlet credited after the quote",
			none: true,
			texts: []string{
				"Iga Varn said: “Most of that night is a blur, but the porter said we sang sea shanties, which I adore.”",
				"“Most of that night is a blur, but the porter said we sang sea shanties, which I adore.” - Daily Courier",
				"“Most of that night is a blur, but the porter said we sang sea shanties, which I adore,” the Post reported.",
			},
		},
		{
			name: "a fragment of a sentence is not a name",
			none: true,
			texts: []string{
				"The Marlow family mourned. “Our knives will continue to strike your people without pause,” Passengers said.",
				"“Our knives will continue to strike your people without pause,” the Northern Front said in its video.",
				"UPDATE: Plus Marlow said nothing new. “Our knives will continue to strike your people without pause,” he said.",
			},
		},
		{
			name: "a programme's title is not a speaker",
			none: true,
			texts: []string{
				"Governor Ada Brennan was on the air on Sunday. Meet The Harbor: “At last we can stop defending and start chasing the poachers.”",
				"“At last we can stop defending and start chasing the poachers,” Governor Ada Brennan said.",
			},
		},
		{
			name: "a song's words are not a speaker's",
			texts: []string{
				"Folk singer Milo Fenn sang his song “I want the shine of you, the line of you, the sway of you and the stay of you” as the crowd cheered.",
				"“I want the shine of you, the line of you, the sway of you and the stay of you,” Marta Quell said.",
			},
			none: true,
		},
		{
			name: "the title of a video is not a quotation",
			none: true,
			texts: []string{
				"The monitoring firm Argus was the first to note the clip, titled “A Final Word for the Harbor Council,” in which the captive speaks.",
				"In the clip, entitled “A Final Word for the Harbor Council,” Tom Reyes appears in a grey jumpsuit.",
			},
		},
		{
			name: "a spokesman and the body he may speak for",
			texts: []string{
				"“The ferry will not sail again until the hull has been inspected,” a spokesman, Leo Haas, said.",
				"“The ferry will not sail again until the hull has been inspected,” the Harbor Trust said.",
			},
		},
		{
			name: "a statement and the head of the body that issued it",
			texts: []string{
				"“The ferry will not sail again until the hull has been inspected,” a statement from the Harbor Trust read.",
				"“The ferry will not sail again until the hull has been inspected,” Harbor Trust director Mara Velez said.",
			},
			none: true,
		},
		{
			name: "two bodies that may have issued one statement",
			texts: []string{
				"“The ferry will not sail again until the hull has been inspected,” the Harbor Trust said.",
				"“The ferry will not sail again until the hull has been inspected,” the Transport Ministry said.",
			},
		},
		{
			name: "a pronoun with another person named in between",
			texts: []string{
				"“The levee will hold this winter,” Mayor Dana Whitfield said. The fund has powerful backers, among them Governor Ada Brennan, who chairs the state panel. She announced that the fund “should be doubled because every town downstream depends on it.”",
				"Governor Ada Brennan said: “The fund should be doubled because every town downstream depends on it.”",
			},
		},
		{
			name: "a daughter named with her father",
			none: true,
			texts: []string{
				"“Our whole household took up arms against the poachers,” Lina, daughter of Okoro said.",
				"Okoro's daughter, Lina, told the radio she had loaded the rifles. “Our whole household took up arms against the poachers,” she said.",
			},
		},
		{
			name: "a nickname is not the quotation that names it",
			none: true,
			texts: []string{
				"“We have seen claims that this man [the Ferryman] was wounded, and we are checking them.” - The Foreign Ministry",
				"Harbour police chief Omar Lindqvist said the smuggler known as “the Ferryman” was hurt in the raid.",
				"The smuggler, whom police chief Omar Lindqvist called “the Ferryman”, was hurt in the raid.",
			},
		},
		{
			name: "a capitalised nickname is not the quotation that names it",
			none: true,
			texts: []string{
				"“We have seen claims that this man [Harbour Jack] was wounded, and we are checking them.” - The Foreign Ministry",
				"The Ledger said the smuggler known as “Harbour Jack” was hurt. Police chief Omar Lindqvist called him “Harbour Jack” too.",
			},
		},
		{
			name: "a few words inside a reported sentence",
			texts: []string{
				"Press secretary Joel Amari said the hearts of the whole council “are with the family”.",
				"“Our hearts are with the family and with every sailor who knew him,” Councillor Rita Vance said.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, cs := story(t, tt.texts...)
			if tt.none && len(cs) > 0 {
				t.Errorf("Link reports %d conflict(s), want none at all:%s", len(cs), describe(cs))
			}
			if got := shown(cs); len(got) > 0 {
				t.Errorf("Link shows %d false conflict(s):%s", len(got), describe(got))
			}
		})
	}
}

// TestTrueConflicts holds the patterns of real disagreement found in real
// coverage, in fictional text: each must be shown, with its word diff.
func TestTrueConflicts(t *testing.T) {
	tests := []struct {
		name       string
		texts      []string
		kind, note string
	}{
		{
			name: "a content word changed",
			texts: []string{
				"“The new pumps have been very effective so far in draining the lower town,” Mayor Ines Calloway said.",
				"“The new pumps have been very successful so far in draining the lower town,” Mayor Ines Calloway said.",
			},
			kind: "quote-wording",
			note: `the quotation reads "...pumps have been very [effective → successful] so far in draining..."`,
		},
		{
			name: "one word for two in a partial quote",
			texts: []string{
				"Mayor Ines Calloway said the town was not yet “able to confirm the full bill for the repairs or the delay.”",
				"Mayor Ines Calloway said she was “able to determine the full bill for the repairs.”",
			},
			kind: "quote-wording",
			note: `the quotation reads "able to [confirm → determine] the full bill for..."`,
		},
		{
			name: "two excerpts of one statement that overlap",
			texts: []string{
				"“The river rose faster than any gauge predicted. We moved every family out of the lower town before midnight, and nobody was hurt,” Mayor Ines Calloway said.",
				"“We moved every family out of the lower town before dawn, and nobody was hurt. Now the work of rebuilding starts, street by street,” Mayor Ines Calloway said.",
			},
			kind: "quote-wording",
			note: `the quotation reads "...the lower town before [midnight → dawn], and nobody was hurt"`,
		},
		{
			name: "a grammar fix",
			texts: []string{
				"“It was so tough getting anyone that would do it, because they are breaking the rules of the guild,” Pia Lund said.",
				"“It was so tough getting anyone who would do it, because they are breaking the rules of the guild,” Pia Lund said.",
			},
			kind: "quote-wording",
			note: `the quotation reads "...so tough getting anyone [that → who] would do it, because..."`,
		},
		{
			name: "two people given the same words",
			texts: []string{
				"“Our rules on the river have barely shifted in twenty long years,” Harbor Chief Jonas Adler said.",
				"“Our rules on the river have barely shifted in twenty long years,” Councillor Rita Vance said.",
			},
			kind: "quote-speaker",
			note: "the same words are attributed to Jonas Adler (a1) and to Rita Vance (a2)",
		},
		{
			name: "he said, with no one else named in between",
			texts: []string{
				"“The levee will hold this winter,” Mayor Victor Whitfield said. “We will help the state where we can, but dredging was never the city's job,” he added.",
				"Harbor Chief Jonas Adler said his crews also stand by. “We will help the state where we can, but dredging was never the city's job,” he said.",
			},
			kind: "quote-speaker",
			note: "the same words are attributed to Victor Whitfield (a1) and to Jonas Adler (a2)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, cs := story(t, tt.texts...)
			got := shown(cs)
			if len(got) != 1 || string(got[0].Kind) != tt.kind || got[0].Note != tt.note {
				t.Fatalf("Link shows:%s\nwant one %s conflict: %s", describe(got), tt.kind, tt.note)
			}
			for _, s := range got[0].Sides {
				if len(s.Spans) == 0 {
					t.Errorf("side %q has no spans", s.Value)
				}
			}
		})
	}
}

// TestWordingConfidenceOrder checks that a changed content word is surer
// than a grammar fix, and a name written another way is held back.
func TestWordingConfidenceOrder(t *testing.T) {
	conf := func(a, b string) float64 {
		_, _, cs := story(t, a, b)
		if len(cs) != 1 {
			t.Fatalf("Link found %d conflicts, want 1:%s", len(cs), describe(cs))
		}
		return cs[0].Confidence
	}
	content := conf("“The pumps were very effective in draining the lower town,” Ines Calloway said.", "“The pumps were very successful in draining the lower town,” Ines Calloway said.")
	grammar := conf("“It was tough getting anyone that would fix the pumps in the lower town,” Ines Calloway said.", "“It was tough getting anyone who would fix the pumps in the lower town,” Ines Calloway said.")
	name := conf("“We will keep pressure on the NRLF network until its camps are gone,” Tarik Bekov said.", "“We will keep pressure on the Front network until its camps are gone,” Tarik Bekov said.")
	if !(content > grammar && grammar >= 0.5 && name < 0.5) {
		t.Errorf("confidence: content %.2f, grammar %.2f, name form %.2f; want content > grammar >= 0.5 > name form", content, grammar, name)
	}
}

// TestCanSpeak checks which names may stand on a side of a quote-speaker conflict.
func TestCanSpeak(t *testing.T) {
	tests := []struct {
		sp   Speaker
		want bool
	}{
		{Speaker{Name: "Dana Whitfield", Kind: "person", Named: true}, true},
		{Speaker{Name: "Karim al-Rashed", Kind: "person", Named: true}, true},
		{Speaker{Name: "Pieter van der Berg", Kind: "person", Named: true}, true},
		{Speaker{Name: "Harbor Safety Command", Kind: "organization", Named: true}, true},
		{Speaker{Name: "statement from the Water Board", Kind: "document", Named: true}, true},
		{Speaker{Name: "Florida", Kind: "person", Named: true}, false},
		{Speaker{Name: "Saudi Arabia", Kind: "person", Named: true}, false},
		{Speaker{Name: "UK", Kind: "organization", Named: true}, false},
		{Speaker{Name: "Daily Courier", Kind: "person", Named: true}, false},
		{Speaker{Name: "Post", Kind: "person", Named: true}, false},
		{Speaker{Name: "Harbour.com", Kind: "organization", Named: true}, false},
		{Speaker{Name: "Plus", Kind: "person", Named: true}, false},
		{Speaker{Name: "UPDATE", Kind: "organization", Named: true}, false},
		{Speaker{Name: "Two", Kind: "person", Named: true}, false},
		{Speaker{Name: "Tuesday", Kind: "person", Named: true}, false},
		{Speaker{Name: "What", Kind: "person", Named: true}, false},
		{Speaker{Name: "The Pinebridge", Kind: "person", Named: true}, false},
		{Speaker{Name: "But Tull", Kind: "person", Named: true}, false},
		{Speaker{Name: "R-Fla.", Kind: "person", Named: true}, false},
		{Speaker{Name: "Meet The Harbor", Kind: "person", Named: true}, false},
		{Speaker{Name: "Vance She", Kind: "person", Named: true}, false},
		{Speaker{Name: "officials", Kind: "person"}, false},
	}
	for _, tt := range tests {
		ss := newSpeakerSet()
		i := ss.add(tt.sp)
		if got := ss.canSpeak(i); got != tt.want {
			t.Errorf("canSpeak(%q) = %v, want %v", tt.sp.Name, got, tt.want)
		}
	}
}
