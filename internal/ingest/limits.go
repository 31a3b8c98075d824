package ingest

import (
	"fmt"

	"github.com/corroborate/corroborate"
)

// boundText moves each text document of docs over max bytes to errs, as
// an error naming it; the rest are kept in order.
func boundText(docs []corroborate.Document, errs []error, max int64) ([]corroborate.Document, []error) {
	kept := docs[:0]
	for _, d := range docs {
		if d.Format == "text" && int64(len(d.Body)) > max {
			errs = append(errs, &InputError{d.Source, fmt.Errorf("%w: %s for one article",
				ErrTextTooLong, overLimit(int64(len(d.Body)), max))})
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
		return fmt.Errorf("%w: over the limit of %s", ErrTooLarge, sizeOf(max))
	}
	return fmt.Errorf("%w: %s", ErrTooLarge, overLimit(size, max))
}

// overLimit says that size bytes are over the limit of max:
// "40.2 MiB, over the limit of 1 MiB"; in bytes where MiB would not
// tell them apart.
func overLimit(size, max int64) string {
	mib := func(n int64) string { return fmt.Sprintf("%.1f", float64(n)/(1<<20)) }
	if size < 1<<20 || mib(size) == mib(max) {
		return bytesOf(size) + ", over the limit of " + bytesOf(max)
	}
	return sizeOf(size) + ", over the limit of " + sizeOf(max)
}

// sizeOf writes n bytes for a reader: "512 bytes", "1 MiB", "40.2 MiB".
func sizeOf(n int64) string {
	switch {
	case n < 1<<20:
		return bytesOf(n)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// bytesOf writes n bytes with thousands separated: "41,943,040 bytes".
func bytesOf(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s + " bytes"
}
