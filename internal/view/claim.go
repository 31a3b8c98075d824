package view

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// Passage is a cited byte range of one source's text and the text itself.
type Passage struct {
	Source     Source
	Start, End int
	Text       string
}

// Sentence says the contradiction in words every surface uses: "[5] Il
// Faro contradicts c7 (“The state has agreed to pay…”)".
func (c Contradiction) Sentence() string {
	return fmt.Sprintf("%s contradicts %s (“%s”)", c.Source.Ref(), c.ClaimID, Shorten(c.Claim, 80))
}

// Claim is one row of the claims matrix.
type Claim struct {
	ID      string
	Text    string
	Origins int
	Cells   []Cell // one per source, in source order
	// Disputed is the label of a conflict about a quotation the claim's
	// text holds ("who said it"): the articles agree on the words and
	// disagree on who said them or how. "" when there is none.
	Disputed string
	// Said are the passages of the sources that state the claim in the
	// words of Text, and Reworded the other ways the sources stating it
	// word it: with both, a reader can tell which article said what.
	Said     []Passage
	Reworded []Wording
}

// DisputedNote says what Disputed means, in words every surface uses.
func (c Claim) DisputedNote() string {
	if c.Disputed == "" {
		return ""
	}
	return "disputed: " + c.Disputed + ", see the conflicts"
}

// Cell is where one source stands on one claim.
type Cell struct {
	State      string // "states", "contradicts" or "silent"
	Start, End int
}

// Contradiction is a source that contradicts a claim.
type Contradiction struct {
	ClaimID, Claim string
	Source         Source
	Passage        Passage
}

// Passage is the passage s cites in its article of d, with its words ("" when
// the article is not d's).
func (v *Story) Passage(d *corroborate.Dossier, s corroborate.ClaimSupport) Passage {
	p := Passage{Source: v.Source(s.Article), Start: s.Start, End: s.End}
	if i, ok := v.index[s.Article]; ok {
		p.Text = Excerpt(d.Articles[i].Text, s.Start, s.End)
	}
	return p
}

func (v *Story) claims(d *corroborate.Dossier) {
	quoted, labels := disputedQuotes(d.Conflicts)
	for _, c := range d.Claims {
		row := Claim{ID: c.ID, Text: c.Text, Origins: max(c.Origins, 1), Cells: make([]Cell, len(v.Sources))}
		for i := range row.Cells {
			row.Cells[i].State = "silent"
		}
		var said []Passage
		for _, s := range c.Support {
			if i, ok := v.index[s.Article]; ok && row.Cells[i].State == "silent" {
				row.Cells[i] = Cell{State: "states", Start: s.Start, End: s.End}
				said = append(said, v.Passage(d, s))
			}
		}
		for _, s := range c.Contradicts {
			if i, ok := v.index[s.Article]; ok {
				row.Cells[i] = Cell{State: "contradicts", Start: s.Start, End: s.End}
				v.Contradictions = append(v.Contradictions, Contradiction{ClaimID: c.ID, Claim: c.Text,
					Source: v.Sources[i], Passage: v.Passage(d, s)})
			}
		}
		// an article that contradicts the claim is listed with the
		// contradictions, not among those that word it
		said = slices.DeleteFunc(said, func(p Passage) bool { return row.Cells[v.index[p.Source.ID]].State != "states" })
		row.Said, row.Reworded = Wordings(row.Text, said)
		if len(quoted) > 0 {
			text := quoteWords(row.Text)
			if k := slices.IndexFunc(quoted, func(q string) bool { return strings.Contains(text, q) }); k >= 0 {
				row.Disputed = labels[k]
			}
		}
		v.Claims = append(v.Claims, row)
	}
}
