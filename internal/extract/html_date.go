package extract

import (
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// Keys of the structured publication and modification dates, most trusted
// first after JSON-LD.
var (
	publishedKeys = []string{"article:published_time", "og:published_time", "parsely-pub-date", "sailthru.date",
		"dc.date.issued", "dcterms.created", "dc.date", "pubdate", "publishdate", "date"}
	modifiedKeys = []string{"article:modified_time", "og:updated_time", "dcterms.modified"}
)

// pageDates reads a page's publication date and, apart, its last
// modification: structured data first (JSON-LD, meta tags, microdata,
// <time> marked as the publication), then go-htmldate's extensive search
// of the whole page for the original publication date (see searchDate) (which also reads
// the canonical URL in the page, and rawURL when given).
func pageDates(dm docMeta, root *html.Node, rawURL string) (published, modified time.Time) {
	pubs := []string{dm.ld.published}
	for _, k := range publishedKeys {
		pubs = append(pubs, dm.meta[k]...)
	}
	pubs = append(pubs, dm.itemprop["datepublished"]...)
	pubs = append(pubs, dm.times...)
	published = firstDate(pubs)
	mods := []string{dm.ld.modified}
	for _, k := range modifiedKeys {
		mods = append(mods, dm.meta[k]...)
	}
	mods = append(mods, dm.itemprop["datemodified"]...)
	modified = firstDate(mods)
	// go-htmldate weighs the page's dates against each other (the local
	// day over a UTC one, the URL's day over a stale template's) and wins
	// when it disagrees; structured data gives the time of day when it
	// agrees, and the date when the search finds none.
	// A search that reads the same moment in UTC ("2024-03-15T04:30Z" for
	// "2024-03-14T23:30-05:00") has not found another day: the day is the
	// one the page wrote with its offset.
	structured := !published.IsZero()
	if found := searchDate(root, rawURL); !found.IsZero() && !sameDay(found, published) && !sameDay(found, published.UTC()) {
		published = found
	}
	// A page with no structured date may say in words which of its dates
	// is the publication ("Veröffentlicht am 16.08.2019"): the search,
	// which weighs the dates of comments and lists alike, yields to it
	// when it found a later one.
	if labelled := firstDate(dm.labelled); !structured && !labelled.IsZero() && (published.IsZero() || labelled.Before(published) && !sameDay(labelled, published)) {
		published = labelled
	}
	return published, modified
}

// firstDate parses the first of vs that holds a plausible date.
func firstDate(vs []string) time.Time {
	for _, v := range vs {
		if v == "" {
			continue
		}
		if t, ok := parseAnyDate(v, time.Time{}); ok && t.Year() >= 1990 && t.Year() <= 2100 {
			return t
		}
	}
	return time.Time{}
}

// searchDate runs go-htmldate's search for the original publication date:
// its fast search first, its extensive one (which parses every date-like
// expression with a date parser, five times slower) only when the fast one
// finds nothing. Zero when neither finds a date.
func searchDate(root *html.Node, rawURL string) time.Time {
	opts := htmldate.Options{UseOriginalDate: true, URL: rawURL, SkipExtensiveSearch: true}
	res, err := htmldate.FromDocument(root, opts)
	if err == nil && res.IsZero() {
		opts.SkipExtensiveSearch = false
		res, err = htmldate.FromDocument(root, opts)
	}
	if err != nil || res.IsZero() {
		return time.Time{}
	}
	d := res.DateTime
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// sameDay reports whether t, as written, falls on day's calendar day.
func sameDay(day, t time.Time) bool {
	return !t.IsZero() && t.Year() == day.Year() && t.Month() == day.Month() && t.Day() == day.Day()
}
