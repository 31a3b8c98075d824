package report

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// Bounds of the claims matrix in a report; the JSON has everything.
const (
	maxClaimRows    = 40
	maxClaimSources = 12
	maxClaimText    = 600
	// maxWordingText bounds another article's wording of a claim or a
	// summary sentence: enough to tell how it says it.
	maxWordingText = 200
	// maxWordings is how many other wordings of one claim or summary
	// sentence are quoted; the articles of the rest are named on one line
	// (the web page and the JSON give every passage). A story of many
	// copies words its best-supported claims a dozen ways, and quoting
	// each buried the matrix.
	maxWordings = 2
)

// claimsSection prints the claims × sources matrix: for each claim (most
// independent origins first) whether each article states it, contradicts it
// or is silent, then every contradiction spelled out with its passage.
func claimsSection(d *corroborate.Dossier, v *view.Story) []block {
	if !computed(d, "claims") {
		return notComputed("Claims")
	}
	bs := []block{{heading: "Claims"}}
	if v.Single {
		return append(bs, block{para: "One article: no claim can be stated by more than one article."})
	}
	if len(v.Claims) == 0 {
		return append(bs, block{para: "No statement is made by more than one article."})
	}
	rows := min(len(v.Claims), maxClaimRows)
	cols := claimColumns(v.Claims[:rows], len(v.Sources))
	srcs := make([]view.Source, len(cols))
	for i, c := range cols {
		srcs[i] = v.Sources[c]
	}
	independent := 0
	for _, c := range v.Claims {
		if c.Origins > 1 {
			independent++
		}
	}
	intro := fmt.Sprintf("%s that more than one article states or contradicts, %d of them stated by more than one independent origin (origins counts articles that reuse one another once).",
		view.Plural(len(v.Claims), "claim"), independent)
	intro += " Each claim is given in the words of the articles in brackets after it; under it, how the other articles that state it word it."
	if rows < len(v.Claims) || len(srcs) < len(v.Sources) {
		intro += fmt.Sprintf(" Showing the first %d claims and %d of %d sources.", rows, len(srcs), len(v.Sources))
	}
	header := []string{"claim", "origins"}
	for _, s := range srcs {
		header = append(header, fmt.Sprintf("[%d]", s.N))
	}
	table := [][]string{header}
	for _, c := range v.Claims[:rows] {
		row := []string{c.ID, fmt.Sprint(c.Origins)}
		for _, i := range cols {
			row = append(row, c.Cells[i].State)
		}
		table = append(table, row)
	}
	texts := make([]string, 0, rows)
	subs := make([][]string, 0, rows)
	for _, c := range v.Claims[:rows] {
		line, sub := claimLines(c)
		texts, subs = append(texts, line), append(subs, sub)
	}
	bs = append(bs, block{para: intro}, block{table: table}, block{list: texts, subs: subs})
	if len(v.Contradictions) > 0 {
		items := make([]string, 0, len(v.Contradictions))
		for _, c := range v.Contradictions {
			line := c.Sentence()
			if c.Passage.Text != "" {
				line += fmt.Sprintf(": “%s”", view.Shorten(c.Passage.Text, 160))
			}
			items = append(items, line)
		}
		bs = append(bs, block{para: "Articles that contradict a claim:"}, block{list: items})
	}
	return bs
}

// claimLines is the line of claim c, in the words of the articles named
// in brackets after it, and a line for each other wording of it with the
// articles that word it so: which article said what, as the web page's
// links to each passage tell.
func claimLines(c view.Claim) (string, []string) {
	// a claim is one sentence: shown whole unless it runs past any
	// sentence's length (the text then lost its sentence breaks)
	line := c.ID + ": " + view.Shorten(c.Text, maxClaimText)
	if len(c.Said) > 0 {
		line += " [" + passageRefs(c.Said) + "]"
	}
	if n := c.DisputedNote(); n != "" {
		line += " (" + n + ")"
	}
	return line, wordingLines(c.Reworded)
}

// wordingLines is a line for each of the first maxWordings wordings and,
// when there are more, one line naming the articles of the rest.
func wordingLines(ws []view.Wording) []string {
	var out []string
	var rest []view.Source
	for i, w := range ws {
		if i < maxWordings {
			out = append(out, wordingLine(w))
		} else {
			rest = append(rest, w.Sources()...)
		}
	}
	if len(rest) > 0 {
		out = append(out, sourceRefs(rest)+": "+unquotedWordings)
	}
	return out
}

// unquotedWordings ends the line naming the articles whose wordings of a
// statement are past maxWordings: it says where they are, so it does not
// read as a finding about them (they may be copies word for word).
const unquotedWordings = "in wordings not quoted here (the HTML and JSON reports quote them)"

// wordingLine says how some articles word a statement: "[2] Tide, [5]
// Reuters: “…”".
func wordingLine(w view.Wording) string {
	if w.Text == "" {
		return sourceRefs(w.Sources()) + ": no passage found"
	}
	return fmt.Sprintf("%s: “%s”", sourceRefs(w.Sources()), view.Shorten(w.Text, maxWordingText))
}

// passageRefs is the short labels of the passages' sources, joined.
func passageRefs(ps []view.Passage) string { return sourceRefs(view.SourcesOf(ps)) }

// claimColumns picks the sources (by index, in source order) the matrix has
// room for: all when they fit, else those that contradict a shown claim
// first, then those that state the most of them, so that a dissenting
// article is never the one left out.
func claimColumns(claims []view.Claim, n int) []int {
	cols := make([]int, n)
	for i := range cols {
		cols[i] = i
	}
	if n <= maxClaimSources {
		return cols
	}
	weight := make([]int, n)
	for _, c := range claims {
		for i, cell := range c.Cells {
			switch cell.State {
			case "contradicts":
				weight[i] += 1000
			case "states":
				weight[i]++
			}
		}
	}
	slices.SortStableFunc(cols, func(a, b int) int { return cmp.Compare(weight[b], weight[a]) })
	cols = cols[:maxClaimSources]
	slices.Sort(cols)
	return cols
}
