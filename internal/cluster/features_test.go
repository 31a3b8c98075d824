package cluster

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// termsOf returns the surfaces of the terms of kind k that Extract finds.
func termsOf(text string, k Kind) []string {
	var out []string
	for _, t := range Extract(Item{Text: text}, Options{}).Terms {
		if t.Kind == k {
			out = append(out, t.Surface)
		}
	}
	return out
}

func TestExtractNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"leading function word dropped", "The Harrowgate Emergency Council met.", []string{"Harrowgate Emergency Council"}},
		{"single capitalised word is a word, not a name", "Vellacor said so.", nil},
		{"initial inside a name", "Mayor Jonas P. Whitcombe spoke.", []string{"Mayor Jonas P. Whitcombe"}},
		{"possessive trimmed", "It was Ilse Brandt's plan.", []string{"Ilse Brandt"}},
		{"punctuation ends a name", "Port Avery, Calif. and Kestrel Bridge", []string{"Port Avery", "Kestrel Bridge"}},
		{"title-case headline is no name", "Mayor Says New Stadium Will Open Soon After Vote", nil},
		{"calendar word not a name", "On Monday Dana Whitlock left.", []string{"Dana Whitlock"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, termsOf(tt.text, Name)); diff != "" {
				t.Errorf("names of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestExtractNumbersAndDates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"date", "the fire on Aug. 18 spread", []string{"Aug. 18"}},
		{"full month", "by September 3, 2017", []string{"September 3", "2017"}},
		{"thousands", "about 12,500 people and 300 homes", []string{"12,500", "300"}},
		{"decimal", "a 1.5 percent rise", []string{"1.5"}},
		{"single digits skipped", "7 of 9 voted", nil},
		{"month without day", "in May 2016", []string{"2016"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, termsOf(tt.text, Number)); diff != "" {
				t.Errorf("numbers of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestExtractWords(t *testing.T) {
	d := Extract(Item{Text: "The cities said the city's fires and a fire were reported by residents, Residents said."}, Options{})
	var words []string
	for _, tm := range d.Terms {
		if tm.Kind == Word {
			words = append(words, tm.Surface)
		}
	}
	// "cities" and "city's" are one stem, "fires" and "fire" another;
	// function words and "said", "reported" are dropped.
	want := []string{"cities", "fires", "residents"}
	if diff := cmp.Diff(want, words); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
	for _, tm := range d.Terms {
		if tm.Surface == "cities" && tm.TF != 3*2 {
			// The whole text is the lead here, which counts LeadWeight (3) times.
			t.Errorf("TF of the city stem = %v, want 6 (two occurrences in the lead)", tm.TF)
		}
	}
}

func TestExtractTitleAndLeadWeigh(t *testing.T) {
	body := "Harbour queues grew. " +
		"Commuters waited for an hour while the ferry terminal filled and the buses were sent another way around the bay, " +
		"which the county called a temporary measure until engineers finish the repairs. Later, a ferry captain spoke."
	d := Extract(Item{Title: "Ferry chaos", Text: body}, Options{LeadBytes: 40})
	tf := map[string]float32{}
	for _, t := range d.Terms {
		tf[t.Surface] = t.TF
	}
	// The lead runs to the first sentence end after byte 40, so "captain"
	// is in the body only. ferry: title (3) + lead (3) + body (1), shown in
	// lower case as the body writes it.
	for w, want := range map[string]float32{"ferry": 7, "captain": 1, "chaos": 3} {
		if tf[w] != want {
			t.Errorf("TF(%q) = %v, want %v (terms %v)", w, tf[w], want, tf)
		}
	}
}

func TestExtractListLinesCountLess(t *testing.T) {
	// A review's lead, then a list of pros and a table row, then prose.
	text := "The Corvane X2 handset reached shops in Harrowgate on Friday after a month's delay, and its maker said the first " +
		"batch sold out within hours, though queues outside the two largest stores had thinned by the afternoon, staff said.\n\n" +
		"Pros\n\nBright screen\n\nBattery 14 hours\n\n" +
		"Reviewers praised the screen, saying the battery lasted a full day of heavy use.\n"
	tf := map[string]float32{}
	for _, term := range Extract(Item{Text: text}, Options{LeadWeight: 1}).Terms {
		tf[term.Surface] = term.TF
	}
	want := map[string]float32{
		"Pros":      0.5, // a subheading
		"Bright":    0.5, // list items
		"14":        0.5,
		"screen":    1.5, // once in a list item, once in prose
		"battery":   1.5,
		"Reviewers": 1,
	}
	for surface, w := range want {
		if tf[surface] != w {
			t.Errorf("%q counts %v, want %v (terms %v)", surface, tf[surface], w, tf)
		}
	}
}
