package report

import (
	"fmt"

	"github.com/corroborate/corroborate"
)

// Bounds of the claims matrix in a report; the JSON has everything.
const (
	maxClaimRows    = 40
	maxClaimSources = 12
)

// claimsSection prints the claims × sources matrix: for each claim (most
// independent origins first) whether each article states it, contradicts it
// or is silent.
func claimsSection(d *corroborate.Dossier) []block {
	if !computed(d, "claims") {
		return notComputed("Claims")
	}
	bs := []block{{heading: "Claims"}}
	if len(d.Claims) == 0 {
		return append(bs, block{para: "No statement is made by more than one article."})
	}
	arts := d.Articles
	if len(arts) > maxClaimSources {
		arts = arts[:maxClaimSources]
	}
	rows := len(d.Claims)
	if rows > maxClaimRows {
		rows = maxClaimRows
	}
	intro := fmt.Sprintf("%d claims stated by more than one article; origins counts articles that reuse one another once.", len(d.Claims))
	if rows < len(d.Claims) || len(arts) < len(d.Articles) {
		intro += fmt.Sprintf(" Showing the first %d claims and %d of %d sources.", rows, len(arts), len(d.Articles))
	}
	header := []string{"claim", "origins", "text"}
	for _, a := range arts {
		header = append(header, a.ID)
	}
	table := [][]string{header}
	for _, c := range d.Claims[:rows] {
		state := map[string]string{}
		for _, s := range c.Support {
			state[s.Article] = "states"
		}
		for _, s := range c.Contradicts {
			state[s.Article] = "contradicts"
		}
		row := []string{c.ID, fmt.Sprint(max(c.Origins, 1)), clip(c.Text, 60)}
		for _, a := range arts {
			st := state[a.ID]
			if st == "" {
				st = "silent"
			}
			row = append(row, st)
		}
		table = append(table, row)
	}
	return append(bs, block{para: intro}, block{table: table})
}
