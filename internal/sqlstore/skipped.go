package sqlstore

import "github.com/corroborate/corroborate"

// AddSkipped numbers a story's new skipped inputs after last, the highest
// position it keeps, in the order given, and writes each through insert,
// which reports how many rows it wrote: 0 for an input the story already
// names. It returns how many were written: when any were, a dossier
// computed before names fewer, and the store raises the story's revision.
// The first error from insert stops it.
func AddSkipped(last int, skipped []corroborate.SkippedInput, insert func(pos int, sk corroborate.SkippedInput) (int64, error)) (int64, error) {
	added := int64(0)
	for i, sk := range skipped {
		n, err := insert(last+i+1, sk)
		if err != nil {
			return added, err
		}
		added += n
	}
	return added, nil
}

// Rows is what both drivers' query results offer (*sql.Rows, pgx.Rows).
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// ScanSkipped reads skipped inputs from rows of (input, reason), in their
// order; the result is never nil. The caller closes rows.
func ScanSkipped(rows Rows) ([]corroborate.SkippedInput, error) {
	out := []corroborate.SkippedInput{}
	for rows.Next() {
		var sk corroborate.SkippedInput
		if err := rows.Scan(&sk.Input, &sk.Reason); err != nil {
			return nil, err
		}
		out = append(out, sk)
	}
	return out, rows.Err()
}
