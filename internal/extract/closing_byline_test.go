package extract

import (
	"slices"
	"strings"
	"testing"
)

// A text with no byline at its head takes its author from its closing
// lines: a plea to follow the writer by her handle and then the outlet, or
// the signature of a
// post written as a letter. A name followed alone (it may be the
// outlet's), a name further up, a
// letter quoted by a report and a signature followed by more of the
// report name no author.
func TestClosingByline(t *testing.T) {
	body := "Snails live in the warm water of a crater lake in Tarnland, a survey found.\n\n" +
		"The team counted more than 400 of them on one rock, the survey's leader said.\n\n"
	letter := "First of all, I owe the ferry crews an apology, and I mean it.\n\n" +
		"I wrote last week that the night crossing was a waste of money. I was wrong, and my readers told me so.\n\n"
	quoted := "The harbour master resigned on Tuesday in a letter to the council.\n\n" +
		"\"I have done what I could for the port and I am tired,\" he wrote.\n\n"
	tests := []struct {
		name, in string
		want     []string
	}{
		{"follow the writer and the outlet", body + "Follow Ana Ros @anaros, or Calder Science @caldersci. Original article on Calder Science.", []string{"Ana Ros"}},
		{"follow the writer on Twitter, then the outlet", body + "Follow Ana Ros on Twitter @anaros. Follow us @caldersci.", []string{"Ana Ros"}},
		{"follow a name alone", body + "Follow Ana Ros on Twitter @anaros.", nil},
		{"follow the outlet only", body + "Follow Calder Science @caldersci.", nil},
		{"follow a name without a handle", body + "Follow Ana Ros on Twitter, or Calder Science @caldersci.", nil},
		{"follow a name further up", "Follow Ana Ros @anaros, or Calder Science @caldersci.\n\n" + body + "The survey ends in May.\n\nIts report is due in June.\n\nIt will be published online.", nil},
		{"a letter's signature", letter + "Love and peace,\n\nIvo Kerr\n\n@ivokerr", []string{"Ivo Kerr"}},
		{"a signature over a postscript", letter + "All the best,\n\nIvo Kerr\n\nPS For anyone who asked, the book can be ordered below.", []string{"Ivo Kerr"}},
		{"a signature over more of the text", letter + "Best wishes,\n\nIvo Kerr\n\nThe crews said they accepted the apology on Wednesday.", nil},
		{"a letter quoted by a report", quoted + "Yours sincerely,\n\nOle Brand", nil},
		{"a report opening with a quotation", "\"I have done what I could,\" the harbour master wrote to the council on Tuesday.\n\n" +
			"The council read the letter aloud.\n\nYours sincerely,\n\nOle Brand", nil},
		{"a closing that is no valediction", letter + "Meanwhile,\n\nIvo Kerr", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fromText("Ferry notes\n\n"+tt.in+"\n", false, Options{})
			if !slices.Equal(a.Byline, tt.want) {
				t.Errorf("Byline = %q, want %q (text %q)", a.Byline, tt.want, a.Text)
			}
			if tt.want != nil && !strings.Contains(a.Text, strings.SplitN(tt.in, "\n", 2)[0]) {
				t.Errorf("the text lost its first paragraph: %q", a.Text)
			}
		})
	}
}
