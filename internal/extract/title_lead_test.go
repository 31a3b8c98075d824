package extract

import (
	"strings"
	"testing"
)

// A first line that is a sentence, however short, is the lead of a text
// with no headline: it may name the article, but it stays in the text. A
// headline (no full stop, or in title case), a section label and a lead
// that opens with a pronoun are told apart from it.
func TestFirstLineLeadOrHeadline(t *testing.T) {
	body := "Rescue crews searched the flooded valley on Tuesday.\n\nThe army sent two boats to help."
	tests := []struct {
		name, in, title, textStart string
	}{
		{"a short lead sentence", "The flood killed 9 people in Orvell, officials said Monday.\n\n" + body,
			"The flood killed 9 people in Orvell, officials said Monday.", "The flood killed 9 people"},
		{"a sentence over a dateline is the headline", "Ferry fares rise in Orvell by a fifth.\n\nORVELL (AP) — Fares on the valley ferry rose on Monday.\n\n" + body,
			"Ferry fares rise in Orvell by a fifth.", "ORVELL (AP) — Fares"},
		{"a headline without a full stop", "Flood toll rises in Orvell\n\n" + body, "Flood toll rises in Orvell", "Rescue crews"},
		{"a headline in title case", "Flood Toll Rises In Orvell Valley.\n\n" + body, "Flood Toll Rises In Orvell Valley.", "Rescue crews"},
		{"a headline cut short", "Flood toll rises as crews search the valley...\n\n" + body, "Flood toll rises as crews search the valley...", "Rescue crews"},
		{"a lead opening with a pronoun", "He steered the last boat out of the valley before dawn.\n\n" + body, "", "He steered the last boat"},
		{"a lead opening with a pronoun, said again", "She kept the logbook for forty years.\n\nShe kept the logbook for forty years. Her son has it now.\n\n" + body,
			"", "She kept the logbook for forty years. Her son"},
		{"a section label said twice, over the headline", "Showbiz\n\nShowbiz\n\nFlood toll rises in Orvell\n\n" + body, "Flood toll rises in Orvell", "Rescue crews"},
		{"a section label over a tag", "Showbiz\n\nShowbiz\n\nOrvell\n\n" + body, "", "Orvell\n\nRescue crews"},
		{"a section label of two words", "World News\n\nThe flood killed 9 people in Orvell, officials said Monday.\n\n" + body, "", "The flood killed 9 people"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText(tt.in, false, Options{})
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if !strings.HasPrefix(a.Text, tt.textStart) {
				t.Errorf("Text = %q, want it to start with %q", a.Text, tt.textStart)
			}
			if strings.Count(a.Text, tt.textStart) != 1 {
				t.Errorf("Text = %q, want %q once", a.Text, tt.textStart)
			}
		})
	}
}
