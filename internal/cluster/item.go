package cluster

import (
	"time"

	"github.com/corroborate/corroborate"
)

// Item is one article of the stream as the clusterer sees it.
type Item struct {
	ID string
	// Title is the headline, optional: its words count Options.TitleWeight
	// times in the text's vector, and it is compared with the story's
	// headlines on its own (Options.HeadlineMix).
	Title string
	Text  string
	// Time is when the article was published; zero when unknown, in which
	// case the item is placed Options.Tick after the previous one.
	Time time.Time
	// Outlet is who published it, empty when unknown: an outlet rarely
	// runs two articles on one event within a day (Options.OutletPrior).
	Outlet string
}

// ItemOf is the clusterer's input for an extracted article: its headline,
// text, publication time and outlet. Every caller that feeds articles to a
// Clusterer (ingest through the stream workers, `eval cluster`) goes
// through it, so the benchmark measures what the product does.
func ItemOf(a corroborate.Article) Item {
	it := Item{ID: a.ID, Title: a.Title, Text: a.Text, Time: a.Time}
	if a.Outlet != nil {
		it.Outlet = *a.Outlet
	}
	return it
}
