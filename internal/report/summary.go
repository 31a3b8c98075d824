package report

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
)

// summarySection prints the summary, each sentence followed by the
// articles it cites.
func summarySection(d *corroborate.Dossier) []block {
	if !computed(d, "summary") {
		return notComputed("Summary")
	}
	bs := []block{{heading: "Summary"}}
	if len(d.Summary) == 0 {
		return append(bs, block{para: "No summary: the articles give no sentence to build one from."})
	}
	labels := factLabels(d)
	items := make([]string, 0, len(d.Summary))
	for _, s := range d.Summary {
		cites := make([]string, 0, len(s.Cites))
		for _, id := range s.Cites {
			cites = append(cites, labels[id])
		}
		items = append(items, fmt.Sprintf("%s [%s]", s.Text, strings.Join(cites, "; ")))
	}
	return append(bs, block{list: items})
}

// factLabels names each article for the summary, conflicts and claims
// sections: its id, with its outlet when known.
func factLabels(d *corroborate.Dossier) map[string]string {
	out := make(map[string]string, len(d.Articles))
	for _, a := range d.Articles {
		if a.Outlet != nil && *a.Outlet != "" {
			out[a.ID] = a.ID + " " + *a.Outlet
		} else {
			out[a.ID] = a.ID
		}
	}
	return out
}

// factLabel is labels[id], or id itself for an article the dossier lacks.
func factLabel(labels map[string]string, id string) string {
	if l, ok := labels[id]; ok {
		return l
	}
	return id
}
