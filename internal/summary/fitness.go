package summary

import (
	"runtime"
	"sync"

	"github.com/corroborate/corroborate"
)

// readFitness reads the fitness (fitnessOf) of every wording candidateOf
// weighs of claims (the passages of their first maxWordings supports) on
// GOMAXPROCS goroutines, and keeps it in st.fitness: a claim that
// hundreds of articles state brings dozens of sentences, each read alone.
// It reads exactly the wordings candidateOf would, so st.fitness ends as
// it would without it.
func (st *story) readFitness(claims []*corroborate.Claim) {
	var ts []string
	seen := map[string]bool{}
	st.trims = map[corroborate.ClaimSupport]trim{}
	for _, c := range claims {
		for _, s := range c.Support[:min(len(c.Support), maxWordings)] {
			a := st.arts[s.Article]
			if a == nil || s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
				continue
			}
			t, off, end := wordingAt(a.Text, s)
			st.trims[s] = trim{t, off, end}
			if _, ok := st.fitness[t]; !ok && !seen[t] {
				seen[t] = true
				ts = append(ts, t)
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(ts)/8)
	if workers <= 1 {
		return // candidateOf reads them as it goes
	}
	fits := make([]float64, len(ts))
	names := make([]map[string]bool, workers) // isName's words, one map a goroutine
	panics := make([]any, workers)
	var wg sync.WaitGroup
	for w := range workers {
		names[w] = map[string]bool{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { panics[w] = recover() }()
			name := func(x string) bool { return st.nameIn(names[w], x) }
			for i := w; i < len(ts); i += workers {
				fits[i] = st.fitnessOf(ts[i], name)
			}
		}()
	}
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p) // on the caller, so that the dossier reports the stage failed
		}
	}
	for i, t := range ts {
		st.fitness[t] = fits[i]
	}
	for _, ns := range names {
		for x, ok := range ns {
			st.names[x] = ok
		}
	}
}
