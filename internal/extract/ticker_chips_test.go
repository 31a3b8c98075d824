package extract

import (
	"slices"
	"strings"
	"testing"

	corroborate "github.com/corroborate/corroborate"
)

// A quote chip after a company's name leaves the sentence, which closes up
// over it; a percentage in prose stays.
func TestTickerChips(t *testing.T) {
	tests := []struct {
		name, in, want string
		removed        []string
	}{
		{"chip before a verb", "Calder Ferries Inc. CFRY +2.00%  plans to split in two.", "Calder Ferries Inc. plans to split in two.", []string{"CFRY +2.00%"}},
		{"chip with an exchange before a comma", "behind Lenna Holdings Ltd 0731.HK -0.45%  , according to a survey.", "behind Lenna Holdings Ltd, according to a survey.", []string{"0731.HK -0.45%"}},
		{"quote link", "Shares rose 8 percent. (Get the latest quote here.)", "Shares rose 8 percent.", []string{"(Get the latest quote here.)"}},
		{"a figure in prose", "Output grew 2.50% as GDP +1.20% beat forecasts.", "Output grew 2.50% as GDP +1.20% beat forecasts.", nil},
		{"chip after a figure in prose", "Output grew as GDP +1.20% CFRY +2.00% beat forecasts.", "Output grew as GDP +1.20% beat forecasts.", []string{"CFRY +2.00%"}},
		{"two chips in a row", "Calder Ferries CFRY +2.00%  LHLD -1.10%  , a pair.", "Calder Ferries, a pair.", []string{"CFRY +2.00%", "LHLD -1.10%"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, removed := dropTickerChips(tt.in)
			if got != tt.want || !slices.Equal(removed, tt.removed) {
				t.Errorf("dropTickerChips(%q) = %q, %q; want %q, %q", tt.in, got, removed, tt.want, tt.removed)
			}
		})
	}
	a := fromText("Calder Ferries CFRY -0.77% to split\n\nCalder Ferries Inc. CFRY -0.77%  said on Monday it would split its ferry and freight arms into two companies.", false, Options{})
	if a.Title != "Calder Ferries to split" || strings.Contains(a.Text, "CFRY") || !slices.Contains(a.Removed, "CFRY -0.77%") {
		t.Errorf("Title %q, Text %q, Removed %q: want the chips out of both", a.Title, a.Text, a.Removed)
	}
}

// A credit run onto a paragraph's end leaves it; a short line that is only
// a name and an agency stays as it was.
func TestGluedCredit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Holm will stay on to run a separate company selling freight services. Associated Press", "Holm will stay on to run a separate company selling freight services."},
		{"Ana Ros. Associated Press", "Ana Ros. Associated Press"},
		{"The ferry sails at dawn, said the Associated Press", "The ferry sails at dawn, said the Associated Press"},
	}
	for _, tt := range tests {
		if got, _ := dropGluedCredit(tt.in); got != tt.want {
			t.Errorf("dropGluedCredit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A link's words run onto a paragraph's end ("More", "Read more »")
// leave it and are listed; a sentence about more, or a short line, stays.
func TestMoreLinkGlued(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“The damage is serious, but it is repairable,” said Ida Moss, the city engineer. More", "“The damage is serious, but it is repairable,” said Ida Moss, the city engineer."},
		{"The quay will reopen on Monday after six weeks of repairs, the board said. Read more »", "The quay will reopen on Monday after six weeks of repairs, the board said."},
		{"The board said the quay needs more", "The board said the quay needs more"},
		{"Fares rose. More", "Fares rose. More"},
		{"The board wants fewer ferries and more. More than forty people came to the meeting on Tuesday.", "The board wants fewer ferries and more. More than forty people came to the meeting on Tuesday."},
	}
	for _, tt := range tests {
		if got, _ := dropInlineFurniture(tt.in); got != tt.want {
			t.Errorf("dropInlineFurniture(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	page := `<html><head><title>Quay reopens</title></head><body><article><p>The Linden Bay quay reopened on Monday after six weeks of repairs to its pilings, the harbour board said.</p>` +
		`<p>“The work is done, and it held,” said Ida Moss, the city engineer. <a href="/more">More</a></p></article></body></html>`
	a, err := Extract(corroborate.Document{Source: "quay.html", Format: "html", Body: []byte(page)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(a.Text, "More") || !slices.Contains(a.Removed, "More") {
		t.Errorf("Text %q, Removed %q: want the link's word out of the text and listed", a.Text, a.Removed)
	}
}

// A closed comment box and a teaser for a video under a label in capitals
// are chrome.
func TestClosedCommentsAndVideoTeaser(t *testing.T) {
	for _, s := range []string{
		"Sorry we are not currently accepting comments on this article.",
		"FROM EARLIER: Video: Lenna ferry crew explains why the boats sail late",
	} {
		if chromeKind(s) == "" {
			t.Errorf("chromeKind(%q) = \"\", want chrome", s)
		}
	}
}

// A page's paragraph loses its quote chip, or a picture's credit run onto
// its end, as a plain text's line does.
func TestInlineFurnitureInPage(t *testing.T) {
	para := "Calder Ferries said on Monday it would split its ferry and freight arms into two companies, ending a decade of talks with its largest shareholders."
	tests := []struct{ name, in, kept, removed string }{
		{"quote chip", "Calder Ferries Inc. CFRY +2.00%  said on Monday it would split its ferry and freight arms in two.", "Calder Ferries Inc. said on Monday", "CFRY +2.00%"},
		{"glued credit", "Ana Holm will stay on to run a separate company selling freight services along the coast. Associated Press", "along the coast.", "Associated Press"},
	}
	for _, tt := range tests {
		page := "<html><head><title>Calder Ferries to split</title></head><body><article><h1>Calder Ferries to split</h1><p>" + para + "</p><p>" + tt.in + "</p><p>" + para[14:] + "</p></article></body></html>"
		a, err := extractHTMLDoc([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, tt.removed) || !strings.Contains(a.Text, tt.kept) || !slices.Contains(a.Removed, tt.removed) {
			t.Errorf("%s: Text %q, Removed %q: want %q out of the text and listed", tt.name, a.Text, a.Removed, tt.removed)
		}
	}
}
