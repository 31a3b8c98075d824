package report

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// reuseSection is the provenance of the story: who took text from whom,
// credited or not, the evidence for and against each direction, credits
// that point at another source than the text's, and how much of each
// article is its own.
func reuseSection(d *corroborate.Dossier, v *view.Story) []block {
	const title = "Provenance"
	if !computed(d, "reuse") {
		return notComputed(title)
	}
	bs := []block{{heading: title}}
	if len(v.Reuse) == 0 {
		bs = append(bs, block{para: "No article takes text from another."})
	} else {
		copies := map[string]bool{}
		for _, r := range v.Reuse {
			copies[r.To.ID] = true
		}
		bs = append(bs,
			block{para: fmt.Sprintf("%d of %d articles take text from another article of the story. %s",
				len(copies), len(v.Sources), v.OriginsLine)},
			block{list: reuseLines(v.Reuse), subs: longestPassages(v.Reuse)},
			block{para: "Why each direction, and how sure:"},
			block{list: evidenceLines(v.Reuse)})
	}
	if len(v.Uncredited) > 0 {
		bs = append(bs, block{para: "Copies and their credits to the origin:"}, block{list: uncreditedLines(v.Uncredited)})
	}
	if len(v.Miscredits) > 0 {
		bs = append(bs, block{para: "Credits pointing at another source than the text's:"}, block{list: miscreditLines(v.Miscredits)})
	}
	bs = append(bs, block{para: "Originality (share of each article not taken from another article of the story, nor shared with one when which copied which is unsure) and credits:"},
		block{table: originalityTable(d, v)})
	return bs
}

// reuseLines reads "[4] Associated Press → [2] sessions-bars: near-verbatim,
// 64% of [2], credited: 'reports the Associated Press' (3 passages)".
func reuseLines(rs []view.Reuse) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		line := fmt.Sprintf("%s → %s: %s, %d%% of [%d], ", r.From.Ref(), r.To.Ref(), r.Kind, r.Shared, r.To.N)
		switch {
		case r.Certainty == "unsure":
			line = fmt.Sprintf("%s ↔ %s: %s, %d%% of [%d] shared; which copied which is unsure",
				r.From.Ref(), r.To.Ref(), r.Kind, r.Shared, r.To.N)
		case r.Credited && r.CreditCue != "":
			line += fmt.Sprintf("credited: '%s'", r.CreditCue)
		case r.Credited:
			line += "credited"
		case r.SameOutlet != "":
			line += fmt.Sprintf("both from %s, no credit owed", r.SameOutlet)
		case len(r.Miscredited) > 0:
			line += fmt.Sprintf("credited to %s, not to the origin", strings.Join(r.Miscredited, " and "))
		case r.Unverifiable:
			// the copy credits some outlet, maybe the origin's
			line += fmt.Sprintf("credits %s, unverifiable: the origin's outlet is not known", strings.Join(r.To.Credits, ", "))
		default:
			line += "not credited"
		}
		out = append(out, line+" ("+view.Plural(r.Passages, "passage")+")")
	}
	return out
}

// longestPassages gives each reuse line its longest shared passage as the
// copy words it, cut to maxPassageWords, so that a reader can check the
// copying from the report alone.
func longestPassages(rs []view.Reuse) [][]string {
	out := make([][]string, len(rs))
	for i, r := range rs {
		if r.Longest == "" {
			continue
		}
		w := strings.Fields(r.Longest)
		text := strings.Join(w[:min(len(w), maxPassageWords)], " ")
		if len(w) > maxPassageWords {
			text += " …"
		}
		out[i] = []string{fmt.Sprintf("longest shared passage, in [%d]: “%s”", r.To.N, text)}
	}
	return out
}

// maxPassageWords is how much of a shared passage a report quotes.
const maxPassageWords = 40

// maxEvidenceLines bounds the evidence listed in a report; the JSON dossier
// has all of it.
const maxEvidenceLines = 30

func evidenceLines(rs []view.Reuse) []string {
	out := make([]string, 0, min(len(rs), maxEvidenceLines+1))
	for i, r := range rs {
		if i == maxEvidenceLines {
			out = append(out, fmt.Sprintf("… and %d more (see --format json)", len(rs)-i))
			break
		}
		line := fmt.Sprintf("[%d] → [%d], %s.", r.From.N, r.To.N, r.Certainty)
		if len(r.For) > 0 {
			line += " For: " + strings.Join(r.For, "; ") + "."
		}
		if len(r.Against) > 0 {
			line += " Against: " + strings.Join(r.Against, "; ") + "."
		}
		if len(r.Notes) > 0 {
			line += " Note: " + strings.Join(r.Notes, "; ") + "."
		}
		out = append(out, line)
	}
	return out
}

func uncreditedLines(cs []view.Copy) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.Sentence())
	}
	return out
}

func miscreditLines(ms []view.Miscredit) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Sentence())
	}
	return out
}

func originalityTable(d *corroborate.Dossier, v *view.Story) [][]string {
	rows := [][]string{{"#", "outlet", "original", "credits"}}
	for i, a := range d.Articles {
		// Credits grouped by their words: "'according to McClatchy' ×7; 'according to Reuters'".
		var cs []string
		for _, c := range view.CreditLines(a.Credits) {
			cs = append(cs, c.String())
		}
		s := v.Sources[i]
		rows = append(rows, []string{fmt.Sprint(s.N), orNone(s.Outlet),
			fmt.Sprintf("%d%%", s.Originality), orNone(strings.Join(cs, "; "))})
	}
	return rows
}
