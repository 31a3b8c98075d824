package ui

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// maxClaimRows bounds the claims matrix on one page.
const maxClaimRows = 300

// maxCellTitle bounds the passage a matrix cell's hover label quotes.
const maxCellTitle = 240

// claimsView is the claims × sources matrix.
type claimsView struct {
	Computed bool
	Single   bool // one article: no claim can be shared
	Sources  []source
	Rows     []claimRow
	More     int // claims left out of the matrix
	// Contradictions spells out every contradicting cell, linked to its passage.
	Contradictions []finding
}

type claimRow struct {
	ID          string // "c4", as the contradictions below name it
	Text        string
	Origins     int // independent origins stating it
	Support     int
	Contradicts int
	Cells       []claimCell
	Disputed    string // view.Claim.DisputedNote
	// Said are the articles whose words the claim's text is, and Reworded
	// how the others that state it word it, each passage linked: which
	// article said what, as the reports list it.
	Said     []passageRef
	Reworded []wordingRef
}

// wordingRef is one wording of a claim and the articles' passages that
// word it so.
type wordingRef struct {
	Text     string // "" when no passage was found
	Passages []passageRef
}

// claimCell says whether one source states one claim, contradicts it or is
// silent, and where; Words says it for a screen reader ("[2] Tide
// states"), Title adds the passage for a hover label.
type claimCell struct {
	State string // "states", "contradicts" or "silent"
	Link  string
	Words string
	Title string
}

func claimsSection(d *corroborate.Dossier, sv *view.Story, srcs []source, l links) claimsView {
	v := claimsView{Computed: computed(d, "claims"), Single: sv.Single, Sources: srcs}
	if sv.Single {
		return v
	}
	for _, c := range sv.Contradictions {
		v.Contradictions = append(v.Contradictions, finding{Text: c.Sentence(), Passage: c.Passage.Text,
			Link: l.Passage(c.Source.ID, c.Passage.Start, c.Passage.End)})
	}
	for i, c := range sv.Claims {
		if i == maxClaimRows {
			v.More = len(sv.Claims) - i
			break
		}
		row := claimRow{ID: c.ID, Text: c.Text, Origins: c.Origins, Cells: make([]claimCell, len(c.Cells)), Disputed: c.DisputedNote()}
		for _, p := range c.Said {
			row.Said = append(row.Said, passageOf(p, l))
		}
		for _, w := range c.Reworded {
			wr := wordingRef{Text: w.Text}
			for _, p := range w.Passages {
				wr.Passages = append(wr.Passages, passageOf(p, l))
			}
			row.Reworded = append(row.Reworded, wr)
		}
		for j, cell := range c.Cells {
			words := srcs[j].view.Ref() + " " + cell.State
			row.Cells[j] = claimCell{State: cell.State, Words: words, Title: words}
			if cell.State != "silent" {
				row.Cells[j].Link = l.Passage(srcs[j].ID, cell.Start, cell.End)
				if text := view.Excerpt(d.Articles[j].Text, cell.Start, cell.End); text != "" {
					row.Cells[j].Title += ": “" + shorten(text, maxCellTitle) + "”"
				}
			}
			switch cell.State {
			case "states":
				row.Support++
			case "contradicts":
				row.Contradicts++
			}
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}
