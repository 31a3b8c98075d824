package ui

import "github.com/corroborate/corroborate"

// maxClaimRows bounds the claims matrix on one page.
const maxClaimRows = 300

// claimsView is the claims × sources matrix.
type claimsView struct {
	Computed bool
	Sources  []source
	Rows     []claimRow
	More     int // claims left out of the matrix
}

type claimRow struct {
	Text    string
	Support int
	Cells   []claimCell
}

// claimCell says whether one source states one claim, and where.
type claimCell struct {
	Has   bool
	Link  string
	Title string
}

func claimsSection(d *corroborate.Dossier, srcs []source, idx map[string]int, l links) claimsView {
	v := claimsView{Computed: computed(d, "claims"), Sources: srcs}
	for i, c := range d.Claims {
		if i == maxClaimRows {
			v.More = len(d.Claims) - i
			break
		}
		row := claimRow{Text: c.Text, Cells: make([]claimCell, len(srcs))}
		for _, s := range c.Support {
			j, ok := idx[s.Article]
			if !ok || row.Cells[j].Has {
				continue
			}
			row.Cells[j] = claimCell{Has: true, Link: l.Passage(s.Article, s.Start, s.End), Title: srcs[j].Label}
			row.Support++
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}
