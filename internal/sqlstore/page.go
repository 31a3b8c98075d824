package sqlstore

import "github.com/corroborate/corroborate"

// Listing defaults of the corroborate.Store contract.
const (
	DefaultPageLimit   = 50 // a Page with Limit 0
	DefaultSearchLimit = 20 // a SearchQuery with Limit 0
)

// PageBounds returns the LIMIT and OFFSET that select page p: a limit of 0
// or less is DefaultPageLimit, a negative offset 0.
func PageBounds(p corroborate.Page) (limit, offset int) {
	return bounds(p.Limit, p.Offset, DefaultPageLimit)
}

// SearchBounds is PageBounds for a search, whose default is
// DefaultSearchLimit.
func SearchBounds(q corroborate.SearchQuery) (limit, offset int) {
	return bounds(q.Limit, q.Offset, DefaultSearchLimit)
}

func bounds(limit, offset, def int) (int, int) {
	if limit <= 0 {
		limit = def
	}
	return limit, max(offset, 0)
}
