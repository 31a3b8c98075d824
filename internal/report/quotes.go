package report

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
)

// quotesSection lists every quotation with its speaker per article, the
// quotations in conflict first, each conflict spelled out above the table.
func quotesSection(d *corroborate.Dossier) []block {
	if !computed(d, "quotes") {
		return notComputed("Quotes")
	}
	bs := []block{{heading: "Quotes"}}
	if len(d.Quotes) == 0 {
		return append(bs, block{para: "No direct quotations found."})
	}
	speakers := map[string]corroborate.Speaker{}
	for _, s := range d.Speakers {
		speakers[s.ID] = s
	}
	labels := quoteArticleLabels(d)
	inConflict := map[string]bool{}
	var notes []string
	for _, c := range byConfidence(d.Conflicts) {
		if c.Kind != "quote-speaker" && c.Kind != "quote-wording" {
			continue
		}
		for _, q := range d.Quotes {
			if quoteAbout(q, c) {
				inConflict[q.ID] = true
			}
		}
		notes = append(notes, quoteConflictLine(c, labels))
	}
	bs = append(bs, block{para: fmt.Sprintf("%s from %s; %s about who said what or in what words.",
		quotesPlural(len(d.Quotes), "quotation"), quotesPlural(len(d.Speakers), "speaker"), quotesPlural(len(notes), "conflict"))})
	if len(notes) > 0 {
		bs = append(bs, block{list: notes})
	}
	rows := [][]string{{"", "quote", "speaker", "where"}}
	for _, first := range []bool{true, false} {
		for _, q := range d.Quotes {
			if inConflict[q.ID] != first {
				continue
			}
			rows = append(rows, quoteRows(q, first, speakers, labels)...)
		}
	}
	return append(bs, block{table: rows})
}

// quoteRows renders one quotation: a row per speaker, listing the articles
// that give it to that speaker.
func quoteRows(q corroborate.Quote, conflict bool, speakers map[string]corroborate.Speaker, labels map[string]string) [][]string {
	var order []string
	where := map[string][]string{}
	for _, m := range q.Mentions {
		who := "unknown"
		if m.Speaker != nil {
			who = speakerLabel(speakers[*m.Speaker])
		} else if m.SpeakerText != "" {
			who = m.SpeakerText + " (unresolved)"
		}
		if _, ok := where[who]; !ok {
			order = append(order, who)
		}
		where[who] = appendLabel(where[who], labels[m.Article])
	}
	flag := ""
	if conflict {
		flag = "!"
	}
	rows := make([][]string, 0, len(order))
	for i, who := range order {
		text := "“" + q.Text + "”"
		if i > 0 {
			text = "  〃"
		}
		rows = append(rows, []string{flag, text, who, strings.Join(where[who], ", ")})
	}
	return rows
}

// speakerLabel is "Jarrod Burguan, San Bernardino Police Chief".
func speakerLabel(s corroborate.Speaker) string {
	if len(s.Roles) == 0 {
		return s.Name
	}
	return s.Name + ", " + s.Roles[0]
}

// quoteArticleLabels names each article by outlet and id: "Associated Press (c01b88)".
func quoteArticleLabels(d *corroborate.Dossier) map[string]string {
	out := map[string]string{}
	for _, a := range d.Articles {
		out[a.ID] = a.ID
		if a.Outlet != nil && *a.Outlet != "" {
			out[a.ID] = fmt.Sprintf("%s (%s)", *a.Outlet, a.ID)
		}
	}
	return out
}

// quoteAbout reports whether conflict c concerns quotation q.
func quoteAbout(q corroborate.Quote, c corroborate.Conflict) bool {
	if q.Text == c.About {
		return true
	}
	for _, s := range c.Sides {
		if s.Value == q.Text {
			return true
		}
	}
	return false
}

func quoteConflictLine(c corroborate.Conflict, labels map[string]string) string {
	var sides []string
	for _, s := range c.Sides {
		var arts []string
		for _, id := range s.Articles {
			arts = append(arts, labels[id])
		}
		v := s.Value
		if c.Kind == "quote-wording" {
			v = "“" + v + "”"
		}
		sides = append(sides, fmt.Sprintf("%s in %s", v, strings.Join(arts, ", ")))
	}
	if c.Kind == "quote-speaker" {
		return fmt.Sprintf("“%s” is given to %s.", c.About, strings.Join(sides, "; but to "))
	}
	return "The wording of a quotation differs: " + strings.Join(sides, "; versus ") + "."
}

func appendLabel(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// quotesPlural is "1 quotation", "2 quotations".
func quotesPlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
