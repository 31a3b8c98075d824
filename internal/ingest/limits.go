package ingest

import (
	"fmt"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// boundText moves each text document of docs over max bytes to errs, as
// an error naming it; the rest are kept in order.
func boundText(docs []corroborate.Document, errs []error, max int64) ([]corroborate.Document, []error) {
	kept := docs[:0]
	for _, d := range docs {
		if d.Format == "text" && int64(len(d.Body)) > max {
			errs = append(errs, &InputError{d.Source, fmt.Errorf("%w: %s for one article",
				ErrTextTooLong, text.OverLimit(int64(len(d.Body)), max))})
			continue
		}
		kept = append(kept, d)
	}
	return kept, errs
}

// tooLarge is ErrTooLarge for an input of size bytes (-1 when it was read
// only up to the bound) over max.
func tooLarge(size, max int64) error {
	if size < 0 {
		return fmt.Errorf("%w: over the limit of %s", ErrTooLarge, text.Size(max))
	}
	return fmt.Errorf("%w: %s", ErrTooLarge, text.OverLimit(size, max))
}
