package extract

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// A text with no outlet of its own names one by its desk's sign-off with
// the agency spoken of as its newsgatherer, or by a source that did not
// answer it. A sign-off alone, an agency named only as a source, two
// agencies, or an outlet not answered that the text credits as its source
// name none.
func TestOwnOutletFromText(t *testing.T) {
	lead := "Protesters took over the harbour office in Lenna on Sunday, demanding a vote on the ferry's future.\n\n"
	signoff := "\n\n(Writing by Ana Ros; Editing by Li Wei)"
	tests := []struct {
		name, body, want string
	}{
		{"sign-off and a witness", lead + "About 300 people gathered outside, a Reuters witness said." + signoff, "Reuters"},
		{"sign-off and a source who told the agency", lead + "\"We will stay,\" one protester told Reuters." + signoff, "Reuters"},
		{"sign-off and reporting by", lead + "Reuters television showed crowds on the quay.\n\n(Reporting by Ana Ros; Editing by Li Wei)", "Reuters"},
		{"an editor's sign-off and a count by the agency's staff", lead + "Two Reuters witnesses saw the crowd leave at dusk.\n\n(Editing by Li Wei)", "Reuters"},
		{"sign-off and the agency's poll", lead + "An AFP poll found most residents back the ferry." + signoff, "Agence France-Presse"},
		{"sign-off alone", lead + "About 300 people gathered outside, police said." + signoff, ""},
		{"an agency named as a source", lead + "About 300 people gathered outside, Reuters reported.", ""},
		{"sign-off and two agencies' staff", lead + "A Reuters witness saw 300 people; an AFP reporter counted fewer." + signoff, ""},
		{"a witness and no sign-off", lead + "About 300 people gathered outside, a Reuters witness said.", ""},
		{"did not return the outlet's calls", lead + "The harbour board didn't immediately return Calder News' calls for comment on Monday.", "Calder News"},
		{"did not return messages left by the outlet", lead + "Holm did not return messages left by Harbor Gazette.", "Harbor Gazette"},
		{"a known outlet's possessive", lead + "The board did not respond to the Associated Press' request for comment.", "Associated Press"},
		{"not answered and credited as the source", "The Calder Post reported on Tuesday that the harbour office had closed.\n\n" +
			"The board did not return the Calder Post's request for comment, and the paper did not name its sources.", ""},
		{"not answered and credited as a report's source", "The harbour office has closed, according to a new Calder Post report.\n\n" +
			"The board did not return the Calder Post's request for comment.", ""},
		{"not answered and credited as the writer", "The harbour office has closed, the Calder Post wrote on Tuesday.\n\n" +
			"The board did not return the Calder Post's request for comment.", ""},
		{"not answered, with its own reporter", lead + "The Calder Post's reporter was at the quay. The board did not return the Calder Post's calls.", "Calder Post"},
		{"not answered, a source credited near it", lead + "Ships were held, according to police, the Calder Post's calls went unanswered and the board did not return the Calder Post's calls.", "Calder Post"},
		{"a person not answered", lead + "The board did not return Ada Holm's calls, she said.", ""},
		{"wrote to a body, not credited", lead + "The Calder Post wrote to the harbour board on Monday. The board did not return the Calder Post's calls.", "Calder Post"},
		{"writes to a body, not credited", lead + "The Calder Post writes to every board member each spring. The board did not return the Calder Post's calls.", "Calder Post"},
		{"via its own tip line, not credited", lead + "A photo via the Calder Post's tip line showed the quay. The board did not return the Calder Post's calls.", "Calder Post"},
		{"citing its analysis, credited", lead + "Losses rose, citing the Calder Post's analysis of port data. The board did not return the Calder Post's calls.", ""},
		{"data it cited, not credited", lead + "The board did not return the Calder Post's calls. Data cited by the Calder Post last year showed losses.", "Calder Post"},
		{"credited via, not answered", lead + "Ships were held, via the Calder Post. The board did not return the Calder Post's calls.", ""},
		{"two outlets not answered", lead + "The board did not return Calder News' calls. Holm did not respond to messages left by Harbor Gazette.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, corroborate.Document{Source: "harbour.txt", Format: "text", Body: []byte("Protesters take harbour office\n\n" + tt.body)})
			if got := orEmpty(a.Outlet); got != tt.want {
				t.Errorf("Outlet = %q, want %q", got, tt.want)
			}
		})
	}
}

// The site an address names is the outlet of a copy that keeps the
// original's "did not return X's calls".
func TestNoReplyOutletYieldsToURL(t *testing.T) {
	body := "Protesters take harbour office\n\nProtesters took over the harbour office in Lenna on Sunday.\n\n" +
		"The harbour board didn't immediately return Calder News' calls for comment on Monday."
	for _, tt := range []struct{ url, want string }{{"", "Calder News"}, {"https://www.harborledger.example/news/lenna", "harborledger.example"}} {
		a := mustExtract(t, corroborate.Document{Source: "lenna.txt", URL: tt.url, Format: "text", Body: []byte(body)})
		if got := orEmpty(a.Outlet); got != tt.want {
			t.Errorf("URL %q: Outlet = %q, want %q", tt.url, got, tt.want)
		}
	}
}
