package sqlstore

// ScanRegroups reads regrouping places from rows of (log_seq, times), in
// their order, each place repeated times times. The caller closes rows.
func ScanRegroups(rows Rows) ([]int64, error) {
	var at []int64
	for rows.Next() {
		var seq, times int64
		if err := rows.Scan(&seq, &times); err != nil {
			return nil, err
		}
		for range times {
			at = append(at, seq)
		}
	}
	return at, rows.Err()
}
