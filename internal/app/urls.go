package app

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"github.com/corroborate/corroborate/internal/ingest"
)

// MaxURLs bounds the URLs of one write.
const MaxURLs = 100

// PageAllowance is the text a write may fetch per URL it names: the pages
// of n URLs together are bounded by n times it, and by MaxBatchBytes.
const PageAllowance = 8 << 20

// pageBudget is the text the pages of a write may hold together.
func (a *App) pageBudget(ups []Upload) int64 {
	n := int64(0)
	for _, up := range ups {
		if up.URL != "" {
			n++
		}
	}
	return min(n*PageAllowance, a.opt.MaxBatchBytes)
}

// inputs is the sequence LoadSeq reads for a write's uploads: the uploads
// of content first, then the pages of the URL uploads as their fetches
// end, through the App's one Fetcher. The pages' text together is bounded
// by budget: the page that would pass it is skipped, the fetches still
// running are stopped and the URLs not fetched are named with the bound.
func (a *App) inputs(ctx context.Context, ups []Upload, budget int64) iter.Seq2[int, Input] {
	return func(yield func(int, Input) bool) {
		var urls []string
		var at []int // the index in ups of each URL
		for i, up := range ups {
			switch {
			case up.URL == "":
				if !yield(i, Input{Name: up.Name, Body: up.Body}) {
					return
				}
			case !ingest.IsURL(up.URL):
				if !yield(i, Input{Name: up.URL, Problems: []error{errors.New("not an http or https URL")}}) {
					return
				}
			default:
				urls, at = append(urls, up.URL), append(at, i)
			}
		}
		if len(urls) == 0 {
			return
		}
		fctx, stop := context.WithCancel(ctx)
		pages := make(chan ingest.Fetched, len(urls))
		go func() {
			ingest.FetchURLs(fctx, a.opt.Fetcher, urls, a.opt.Ingest.MaxTextBytes, func(r ingest.Fetched) { pages <- r })
			close(pages)
		}()
		defer func() {
			stop()
			for range pages { // the fetches end at once, stopped
			}
		}()
		var total int64
		over := false
		for r := range pages {
			in := Input{Name: r.URL, Docs: r.Docs, Problems: r.Problems}
			size := int64(0)
			for _, d := range r.Docs {
				size += int64(len(d.Body))
			}
			if !over && total+size > budget {
				over = true
				stop()
			}
			if over && (len(r.Docs) > 0 || stopped(r.Problems)) {
				in = Input{Name: r.URL, Problems: []error{fmt.Errorf("skipped: the pages of the request are over %.1f MiB (%d MiB a URL, %d MiB in all)",
					float64(budget)/(1<<20), PageAllowance>>20, a.opt.MaxBatchBytes>>20)}}
			}
			total += size
			if !yield(at[r.Index], in) {
				return
			}
		}
	}
}

// stopped reports a fetch ended by its context.
func stopped(problems []error) bool {
	for _, err := range problems {
		if errors.Is(err, context.Canceled) {
			return true
		}
	}
	return false
}
