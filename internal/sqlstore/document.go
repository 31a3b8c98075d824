package sqlstore

import (
	"encoding/json"

	"github.com/corroborate/corroborate"
)

// EncodeDocument returns d as the stream queue keeps it besides its body:
// JSON without the body, which the stores keep in a column of its own.
func EncodeDocument(d corroborate.Document) ([]byte, error) {
	d.Body = nil
	return json.Marshal(d)
}

// DecodeDocument is the inverse of EncodeDocument; body is nil when the
// caller did not read it (listings leave bodies out).
func DecodeDocument(meta, body []byte) (corroborate.Document, error) {
	var d corroborate.Document
	if err := json.Unmarshal(meta, &d); err != nil {
		return d, err
	}
	d.Body = body
	return d, nil
}

// DuplicateNote is the note of a queue item closed because its article was
// in the stream already. StreamCounts counts the items whose note starts
// with "duplicate".
const DuplicateNote = "duplicate: the article is in the stream already"

// EncodeShares returns the terms an article shares with its story as the
// JSON array the assignment log keeps: [] when there are none.
func EncodeShares(shares []string) string {
	if shares == nil {
		shares = []string{}
	}
	b, _ := json.Marshal(shares) // a []string always encodes
	return string(b)
}
