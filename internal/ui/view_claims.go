package ui

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// maxClaimRows bounds the claims matrix on one page.
const maxClaimRows = 300

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
}

// claimCell says whether one source states one claim, contradicts it or is
// silent, and where; Words says it for a screen reader.
type claimCell struct {
	State string // "states", "contradicts" or "silent"
	Link  string
	Words string
}

func claimsSection(d *corroborate.Dossier, sv *view.Story, srcs []source, l links) claimsView {
	v := claimsView{Computed: computed(d, "claims"), Single: sv.Single, Sources: srcs}
	if sv.Single {
		return v
	}
	for _, c := range sv.Contradictions {
		v.Contradictions = append(v.Contradictions, finding{Text: c.Sentence(),
			Link: l.Passage(c.Source.ID, c.Passage.Start, c.Passage.End)})
	}
	for i, c := range sv.Claims {
		if i == maxClaimRows {
			v.More = len(sv.Claims) - i
			break
		}
		row := claimRow{ID: c.ID, Text: c.Text, Origins: c.Origins, Cells: make([]claimCell, len(c.Cells)), Disputed: c.DisputedNote()}
		for j, cell := range c.Cells {
			row.Cells[j] = claimCell{State: cell.State, Words: srcs[j].Label + " " + cell.State}
			if cell.State != "silent" {
				row.Cells[j].Link = l.Passage(srcs[j].ID, cell.Start, cell.End)
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
