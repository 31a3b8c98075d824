package summary

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/eval"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/ingest"
)

// Config is one run of the benchmark.
type Config struct {
	Dir string // a folder of cluster folders, or one cluster folder
	// Words cuts every summary to its first Words words; 0 means the set's
	// budget.json, else 300 when Bytes is 0 too.
	Words int
	// Bytes cuts every summary to its first Bytes bytes (white space
	// collapsed), when Words is 0: the wire clusters' 665.
	Bytes int
	// SummaryWords is the length corroborate is asked for
	// (dossier.Options.SummaryWords); 0 means Words, or 100 under a byte budget.
	SummaryWords int
	Predictions  string    // when set, JSONL: each cluster's summaries and figures
	Verbose      bool      // print each cluster's figures
	Out          io.Writer // report
	Now          time.Time // extraction's clock for year-less dates
}

// Ours is corroborate's summary system, the dossier's summary items in order.
func Ours(arts []corroborate.Article, words int) []string {
	d := dossier.Build(arts, dossier.Options{SummaryWords: words})
	out := make([]string, len(d.Summary))
	for i, s := range d.Summary {
		out[i] = s.Text
	}
	return out
}

// Systems are the systems scored, corroborate first.
var Systems = []struct {
	Name string
	Run  System
}{
	{"corroborate", Ours},
	{"lead", Lead},
	{"lead-each", LeadEach},
	{"centroid", Centroid},
}

// Result is the mean figures of each system, by name.
type Result map[string]*Mean

type prediction struct {
	Cluster string              `json:"cluster"`
	Systems map[string][]string `json:"systems"`
	Rouge   map[string]Rouge    `json:"rouge"`
}

// Run summarises every cluster of cfg.Dir with each system, prints a line
// per system (and per cluster with Verbose) and returns the figures.
// Clusters whose files cannot be read are named and left out.
func Run(cfg Config) (Result, error) {
	clusters, problems, err := Load(cfg.Dir)
	if err != nil {
		return nil, err
	}
	for _, p := range problems {
		fmt.Fprintf(cfg.Out, "skipped %v\n", p)
	}
	budget, err := LoadBudget(cfg.Dir)
	if err != nil {
		return nil, err
	}
	words, bytes := cfg.Words, cfg.Bytes
	if words == 0 && bytes == 0 {
		words, bytes = budget.Words, budget.Bytes
		if words == 0 && bytes == 0 {
			words = 300
		}
	}
	ask := cfg.SummaryWords
	if ask == 0 {
		ask = words
		if words == 0 {
			ask = 100
		}
	}
	res := Result{}
	for _, s := range Systems {
		res[s.Name] = &Mean{}
	}
	var preds []prediction
	var h halves
	for _, c := range clusters {
		arts, errs := readArticles(c.Articles, c.Bodies, cfg.Now)
		for _, e := range errs {
			fmt.Fprintf(cfg.Out, "skipped %v\n", e)
		}
		if len(arts) == 0 {
			fmt.Fprintf(cfg.Out, "skipped %s: no article could be read\n", c.Name)
			continue
		}
		p := prediction{Cluster: c.Name, Systems: map[string][]string{}, Rouge: map[string]Rouge{}}
		for _, s := range Systems {
			sents := s.Run(arts, ask)
			text := Cut(strings.Join(sents, "\n"), words, bytes)
			r := scoreRefs(text, c.References)
			res[s.Name].Add(r)
			p.Systems[s.Name], p.Rouge[s.Name] = sents, r
			if cfg.Verbose {
				fmt.Fprintf(cfg.Out, "%s %-11s r1_f=%.2f r2_f=%.2f rL_f=%.2f\n", c.Name, s.Name, 100*r.R1.F, 100*r.R2.F, 100*r.RL.F)
			}
		}
		h.add(p.Rouge)
		preds = append(preds, p)
	}
	if cfg.Predictions != "" {
		if err := eval.WriteJSONLines(cfg.Predictions, preds); err != nil {
			return res, err
		}
	}
	budgetText := fmt.Sprintf("%d words", words)
	if words == 0 {
		budgetText = fmt.Sprintf("%d bytes", bytes)
	}
	fmt.Fprintf(cfg.Out, "budget: %s (corroborate asked for %d words)\n", budgetText, ask)
	for _, s := range Systems[1:] {
		fmt.Fprintf(cfg.Out, "%-11s %s\n", s.Name+":", res[s.Name].Line())
	}
	h.print(cfg.Out)
	return res, nil
}

// halves are corroborate's and the centroid baseline's figures on each
// half of the clusters (the 1st, 3rd, ... in name order, then the 2nd, 4th,
// ...), the lead baselines' too, and on how many clusters corroborate's
// ROUGE-1 is above the centroid's or below it: whether a lead over the
// baseline holds across the set or rests on a few clusters.
type halves struct {
	ours, base    [2]Mean
	leads         map[string]*[2]Mean // lead and lead-each, when scored
	ahead, behind int
}

// leadNames are the lead baselines whose halves are printed.
var leadNames = []string{"lead", "lead-each"}

func (h *halves) add(r map[string]Rouge) {
	i := (h.ours[0].N + h.ours[1].N) % 2
	o, b := r["corroborate"], r["centroid"]
	h.ours[i].Add(o)
	h.base[i].Add(b)
	for _, n := range leadNames {
		if x, ok := r[n]; ok {
			if h.leads == nil {
				h.leads = map[string]*[2]Mean{}
			}
			if h.leads[n] == nil {
				h.leads[n] = &[2]Mean{}
			}
			h.leads[n][i].Add(x)
		}
	}
	switch {
	case o.R1.F > b.R1.F:
		h.ahead++
	case o.R1.F < b.R1.F:
		h.behind++
	}
}

func (h *halves) print(w io.Writer) {
	for i, name := range []string{"odd", "even"} {
		o, b := h.ours[i].Avg(), h.base[i].Avg()
		fmt.Fprintf(w, "%-4s half: corroborate rouge1_f=%.2f rouge2_f=%.2f, centroid rouge1_f=%.2f rouge2_f=%.2f, clusters=%d\n",
			name, 100*o.R1.F, 100*o.R2.F, 100*b.R1.F, 100*b.R2.F, h.ours[i].N)
	}
	for i, name := range []string{"odd", "even"} {
		var parts []string
		for _, n := range leadNames {
			if m := h.leads[n]; m != nil {
				a := m[i].Avg()
				parts = append(parts, fmt.Sprintf("%s rouge1_f=%.2f rouge2_f=%.2f", n, 100*a.R1.F, 100*a.R2.F))
			}
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "%-4s half: %s\n", name, strings.Join(parts, ", "))
		}
	}
	fmt.Fprintf(w, "against centroid (rouge1_f): ahead on %d clusters, behind on %d, of %d\n", h.ahead, h.behind, h.ours[0].N+h.ours[1].N)
}

// scoreRefs is the mean figures of text against each reference (whole).
func scoreRefs(text string, refs []string) Rouge {
	var m Mean
	for _, r := range refs {
		m.Add(Score(text, r))
	}
	return m.Avg()
}

// readArticles reads and extracts the article files, then the bodies (each
// as a plain-text NN.txt), as the dossier command does: the same article
// given twice is kept once.
func readArticles(paths, bodies []string, now time.Time) ([]corroborate.Article, []error) {
	var arts []corroborate.Article
	var problems []error
	seen := map[string]bool{}
	var all [][]corroborate.Document
	for _, p := range paths {
		docs, errs := ingest.ReadFile(p, ingest.Options{})
		problems = append(problems, errs...)
		all = append(all, docs)
	}
	for i, b := range bodies {
		docs, errs := ingest.Parse(fmt.Sprintf("%02d.txt", i+1), []byte(b), ingest.Options{})
		problems = append(problems, errs...)
		all = append(all, docs)
	}
	for _, docs := range all {
		for _, doc := range docs {
			a, err := extract.Extract(doc, extract.Options{Now: now})
			if err != nil {
				problems = append(problems, fmt.Errorf("%s: %w", doc.Source, err))
				continue
			}
			if !seen[a.ID] {
				seen[a.ID] = true
				arts = append(arts, a)
			}
		}
	}
	return arts, problems
}
