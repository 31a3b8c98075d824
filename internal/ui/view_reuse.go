package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// reuseView is the provenance section: the graph and the list of reuse.
type reuseView struct {
	Computed bool
	Graph    graph
	Items    []reuseItem
	// Miscredits are credits naming another outlet than the text's origin.
	Miscredits  []finding
	Uncredited  []finding           // copies that do not credit their origin, or whose credits cannot be checked
	OriginsLine string              // how many independent origins, with the definition
	origins     map[string][]string // article id -> labels of its origins
	copies      map[string]int      // article id -> how many articles reuse it
	// shares are, by article id, the labels of the articles it shares
	// text with when which copied which is unsure: no role is charged.
	shares map[string][]string
}

type reuseItem struct {
	From, To sourceRef
	Kind     string
	Shared   int // percent of the copy
	Credited bool
	// CreditCue is the copy's words crediting the origin, when credited.
	CreditCue string
	// SameOutlet is the outlet both are of, when they are one outlet's.
	SameOutlet string
	Passages   int // how many passages they share
	// Longest is the longest shared passage as the copy words it.
	Longest   string
	Certainty string
	// Unchecked says the copy credits some outlet but the origin's outlet
	// is not known: whether the credit names the origin cannot be told.
	Unchecked bool
	// Miscredited is the outlets the copy credits instead of the origin.
	Miscredited []string
	For         []string
	Against     []string
	Notes       []string
	// Standing is how the copy stands to the origin in words
	// (originCredit), as an article's page lists who reused it.
	Standing string
}

func reuseSection(d *corroborate.Dossier, sv *view.Story, srcs []source, idx map[string]int, l links) reuseView {
	v := reuseView{Computed: computed(d, "reuse"), origins: map[string][]string{}, copies: map[string]int{},
		shares: map[string][]string{}, OriginsLine: sv.OriginsLine}
	for _, m := range sv.Miscredits {
		v.Miscredits = append(v.Miscredits, finding{Text: m.Sentence(), Link: l.Article(m.Copy.ID)})
	}
	for _, c := range sv.Uncredited {
		v.Uncredited = append(v.Uncredited, finding{Text: c.Sentence(), Link: l.Article(c.Copy.ID), Charge: c.Charges()})
	}
	unsure := map[[2]string]bool{} // from, to: which copied which is unsure
	for _, r := range sv.Reuse {
		it := reuseItem{From: refOfView(r.From, l), To: refOfView(r.To, l), Kind: r.Kind, Shared: r.Shared,
			Credited: r.Credited, CreditCue: r.CreditCue, SameOutlet: r.SameOutlet, Passages: r.Passages, Longest: r.Longest, Certainty: r.Certainty, For: r.For, Against: r.Against, Notes: r.Notes,
			Unchecked: r.Unverifiable, Miscredited: r.Miscredited}
		v.Items = append(v.Items, it)
		if r.Certainty == "unsure" {
			unsure[[2]string{r.From.ID, r.To.ID}] = true
			v.shares[r.To.ID] = append(v.shares[r.To.ID], it.From.Label)
			v.shares[r.From.ID] = append(v.shares[r.From.ID], it.To.Label)
			continue
		}
		v.origins[r.To.ID] = append(v.origins[r.To.ID], it.From.Label)
		v.copies[r.From.ID]++
	}
	sort.SliceStable(v.Items, func(i, j int) bool { return v.Items[i].Shared > v.Items[j].Shared })
	if v.Computed {
		v.Graph = layoutGraph(d, srcs, idx, unsure, sv.Reuse)
	}
	return v
}

// finding is a sentence of the story view with a link to the article it is about.
type finding struct {
	Text string
	Link string
	// Passage is the article's words the finding rests on, when the page
	// quotes them (a contradiction's).
	Passage string
	// Charge says the finding charges an article with copying without
	// credit (view.Copy.Charges): the page marks it as a warning.
	Charge bool
}

// role says what an article is in the story's provenance.
func (v reuseView) role(id string) string {
	if !v.Computed {
		return ""
	}
	var parts []string
	if o := v.origins[id]; len(o) > 0 {
		parts = append(parts, "reuses "+strings.Join(o, ", "))
	} else if n := v.copies[id]; n > 0 {
		parts = append(parts, fmt.Sprintf("origin, reused by %d", n))
	}
	if o := v.shares[id]; len(o) > 0 {
		parts = append(parts, "shares text with "+strings.Join(o, ", ")+" (which copied which is unsure)")
	}
	if len(parts) == 0 {
		return "independent"
	}
	return strings.Join(parts, "; ")
}

// graph is the provenance graph drawn as SVG by the server: articles as
// boxes in columns by generation (origins left), reuse as arrows.
type graph struct {
	Width, Height int
	Nodes         []graphNode
	Edges         []graphEdge
}

type graphNode struct {
	X, Y, W, H int
	TX, TY     int // label position
	Label      string
	Sub        string
	Title      string
	Link       string
	Class      string
}

type graphEdge struct {
	Path   string
	Class  string
	Label  string
	LX, LY int
	Title  string
	Arrow  bool // the direction is known: drawn with an arrowhead
}

const (
	nodeW, nodeH = 210, 46
	colGap       = 110
	rowGap       = 18
	margin       = 10
)

// layoutGraph places each article in the column of its generation: the
// length of the longest chain of reuse leading to it (cycles are cut).
// A pair whose direction is unsure (unsure[{from, to}]) is joined by a
// plain line, no arrow, and does not decide the columns; the others say
// how the copy stands to its origin as the article pages do (originCredit,
// over reuse, the story's reuse as the view reads it), and only a charge
// is drawn as uncredited. Only an article others take text from is marked
// an origin.
func layoutGraph(d *corroborate.Dossier, srcs []source, idx map[string]int, unsure map[[2]string]bool, reuse []view.Reuse) graph {
	n := len(d.Articles)
	depth := make([]int, n)
	for range n { // relax at most n times: enough for any chain, bounded on cycles
		changed := false
		for _, r := range d.Reuse {
			f, ok1 := idx[r.From]
			t, ok2 := idx[r.To]
			if ok1 && ok2 && f != t && !unsure[[2]string{r.From, r.To}] && depth[t] < depth[f]+1 && depth[f]+1 < n {
				depth[t] = depth[f] + 1
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	taken := map[string]bool{}
	for _, r := range d.Reuse {
		if !unsure[[2]string{r.From, r.To}] {
			taken[r.From] = true
		}
	}
	// In each column the articles that share text come first, in order,
	// then those that share none: an origin is not pushed below a column
	// of independent articles, its arrows crossing them all.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	linked := make([]bool, n)
	for _, r := range d.Reuse {
		f, ok1 := idx[r.From]
		t, ok2 := idx[r.To]
		if ok1 && ok2 && f != t {
			linked[f], linked[t] = true, true
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case linked[a] == linked[b]:
			return 0
		case linked[a]:
			return -1
		}
		return 1
	})
	rows := map[int]int{}
	var g graph
	pos := make([][2]int, n)
	for _, i := range order {
		col, row := depth[i], rows[depth[i]]
		rows[col]++
		pos[i] = [2]int{margin + col*(nodeW+colGap), margin + row*(nodeH+rowGap)}
	}
	for i, a := range d.Articles { // the nodes in article order
		col, x, y := depth[i], pos[i][0], pos[i][1]
		class := "node"
		if col == 0 && taken[a.ID] {
			class += " origin"
		}
		g.Nodes = append(g.Nodes, graphNode{X: x, Y: y, W: nodeW, H: nodeH, TX: x + 10, TY: y + 19,
			Label: fmt.Sprintf("[%d] %s", srcs[i].N, shorten(srcs[i].Label, 22)),
			Sub:   fmt.Sprintf("%d%% original", srcs[i].Originality), Title: nodeTitle(srcs[i], a.Title),
			Link: srcs[i].Link, Class: class})
		g.Width = max(g.Width, x+nodeW+margin)
		g.Height = max(g.Height, y+nodeH+margin)
	}
	for _, r := range d.Reuse {
		f, ok1 := idx[r.From]
		t, ok2 := idx[r.To]
		if !ok1 || !ok2 || f == t {
			continue
		}
		x1, y1 := pos[f][0]+nodeW, pos[f][1]+nodeH/2
		x2, y2 := pos[t][0], pos[t][1]+nodeH/2
		// The label sits above the arrow's last stretch, where it runs level
		// into its copy: copies are a row apart, so labels never meet.
		var p string
		lx, ly := x2-colGap/4, y2-7
		if x2 > x1 {
			p = fmt.Sprintf("M%d %d C%d %d, %d %d, %d %d", x1, y1, x1+colGap/2, y1, x2-colGap/2, y2, x2-2, y2)
		} else { // same or earlier column: loop around the right side
			x2 += nodeW
			lx = x2 + colGap/4
			p = fmt.Sprintf("M%d %d C%d %d, %d %d, %d %d", x1, y1, x1+colGap/2, y1, x2+colGap/2, y2, x2+2, y2)
			// the loop and its label reach half a gap right of the
			// column: the picture is widened for them, lest a pair in the
			// last column (an unsure pair, both left) be cut off
			g.Width = max(g.Width, x1+colGap/2+margin)
		}
		class := "edge " + r.Kind
		pct := int(r.Shared*100 + 0.5)
		if unsure[[2]string{r.From, r.To}] {
			g.Edges = append(g.Edges, graphEdge{Path: p, Class: class + " unsure", Label: fmt.Sprintf("%d%%", pct), LX: lx, LY: ly,
				Title: fmt.Sprintf("%s and %s share %d%% of the first: %s; which copied which is unsure", srcs[t].view.Ref(), srcs[f].view.Ref(), pct, r.Kind)})
			continue
		}
		credit, charge := originCredit(r, reuse)
		if charge {
			class += " uncredited"
		}
		g.Edges = append(g.Edges, graphEdge{Path: p, Class: class, Arrow: true,
			Label: fmt.Sprintf("%d%%", pct), LX: lx, LY: ly,
			Title: fmt.Sprintf("%s → %s: %s, %s, %d%% of the copy", srcs[f].view.Ref(), srcs[t].view.Ref(), r.Kind, credit, pct)})
	}
	return g
}

// nodeTitle is an article box's hover label: its reference as the rest of
// the page names it ("[6] Reuters": two articles of one outlet are told
// apart by number) and, when it has one, its title.
func nodeTitle(s source, title string) string {
	if title = strings.TrimSpace(title); title != "" {
		return s.view.Ref() + ": " + title
	}
	return s.view.Ref()
}
