package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// reuseSection is the provenance of the story: who took text from whom,
// credited or not, credits that point at another source than the text's,
// and how much of each article is its own.
func reuseSection(d *corroborate.Dossier) []block {
	const title = "Provenance"
	if !computed(d, "reuse") {
		return notComputed(title)
	}
	byID := map[string]corroborate.Article{}
	for _, a := range d.Articles {
		byID[a.ID] = a
	}
	copies := map[string]bool{}
	for _, r := range d.Reuse {
		copies[r.To] = true
	}
	bs := []block{{heading: title}}
	if len(d.Reuse) == 0 {
		bs = append(bs, block{para: fmt.Sprintf("No article takes text from another; %d independent origins.", d.Story.Origins)})
	} else {
		bs = append(bs,
			block{para: fmt.Sprintf("%d of %d articles take text from another article of the story; %d independent origins.",
				len(copies), len(d.Articles), d.Story.Origins)},
			block{list: reuseLines(d.Reuse)},
			block{para: "Evidence for the direction of each:"},
			block{list: evidenceLines(d.Reuse)})
	}
	if un := uncreditedLines(d.Reuse, byID); len(un) > 0 {
		bs = append(bs, block{para: "Copies that do not credit their origin:"}, block{list: un})
	}
	if mis := miscreditLines(d.Reuse, byID); len(mis) > 0 {
		bs = append(bs, block{para: "Credits pointing at another source than the text's:"}, block{list: mis})
	}
	bs = append(bs, block{para: "Originality (share of each article not taken from another article of the story) and credits:"},
		block{table: originalityTable(d)})
	return bs
}

// reuseLines reads "003 → 001 condensed, 64% of 001, credited: 'reports the
// Associated Press' (3 passages)".
func reuseLines(rs []corroborate.Reuse) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		line := fmt.Sprintf("%s → %s %s, %.0f%% of %s, ", r.From, r.To, r.Kind, 100*r.Shared, r.To)
		switch {
		case r.Credited && r.Credit != nil:
			line += fmt.Sprintf("credited: '%s'", r.Credit.Cue)
		case r.Credited:
			line += "credited"
		default:
			line += "not credited"
		}
		out = append(out, line+" ("+plural(len(r.Passages), "passage")+")")
	}
	return out
}

// maxEvidenceLines bounds the evidence listed in a report; the JSON dossier
// has all of it.
const maxEvidenceLines = 30

func evidenceLines(rs []corroborate.Reuse) []string {
	out := make([]string, 0, min(len(rs), maxEvidenceLines+1))
	for i, r := range rs {
		if i == maxEvidenceLines {
			out = append(out, fmt.Sprintf("… and %d more (see --format json)", len(rs)-i))
			break
		}
		out = append(out, fmt.Sprintf("%s → %s: %s", r.From, r.To, strings.Join(r.Evidence, "; ")))
	}
	return out
}

func uncreditedLines(rs []corroborate.Reuse, byID map[string]corroborate.Article) []string {
	var out []string
	for _, r := range rs {
		if r.Credited {
			continue
		}
		line := fmt.Sprintf("%s takes %.0f%% of its text from %s without crediting it", r.To, 100*r.Shared, label(byID, r.From))
		if byID[r.From].Outlet == nil {
			line += " (the origin's outlet is not known, so a credit could not be checked)"
		}
		out = append(out, line)
	}
	return out
}

// miscreditLines reads "000 credits McClatchy ('according to McClatchy',
// 'McClatchy reported') for text that matches 003 (Associated Press)".
func miscreditLines(rs []corroborate.Reuse, byID map[string]corroborate.Article) []string {
	var out []string
	for _, r := range rs {
		var outlets []string
		cues := map[string][]string{}
		for _, c := range r.Miscredits {
			if _, ok := cues[c.Outlet]; !ok {
				outlets = append(outlets, c.Outlet)
			}
			if q := "'" + c.Cue + "'"; !slices.Contains(cues[c.Outlet], q) {
				cues[c.Outlet] = append(cues[c.Outlet], q)
			}
		}
		for _, o := range outlets {
			out = append(out, fmt.Sprintf("%s credits %s (%s) for text that matches %s",
				r.To, o, strings.Join(cues[o], ", "), label(byID, r.From)))
		}
	}
	return out
}

func originalityTable(d *corroborate.Dossier) [][]string {
	rows := [][]string{{"id", "outlet", "original", "credits"}}
	for _, a := range d.Articles {
		// Credits grouped by outlet: "McClatchy ×7; Reuters".
		var cs []string
		count := map[string]int{}
		for _, c := range a.Credits {
			if count[c.Outlet] == 0 {
				cs = append(cs, c.Outlet)
			}
			count[c.Outlet]++
		}
		for i, o := range cs {
			if count[o] > 1 {
				cs[i] = fmt.Sprintf("%s ×%d", o, count[o])
			}
		}
		rows = append(rows, []string{a.ID, deref(a.Outlet, "unknown"),
			fmt.Sprintf("%.0f%%", 100*a.Originality), orNone(strings.Join(cs, "; "))})
	}
	return rows
}

// label names an article by id and, when known, outlet: "003 (Associated Press)".
func label(byID map[string]corroborate.Article, id string) string {
	if a, ok := byID[id]; ok && a.Outlet != nil && *a.Outlet != "" {
		return fmt.Sprintf("%s (%s)", id, *a.Outlet)
	}
	return id
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
