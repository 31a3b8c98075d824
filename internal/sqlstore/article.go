package sqlstore

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/corroborate/corroborate"
)

// EncodeArticle splits a into what the stores keep of it: its text (a
// column of its own, for full-text search) and the rest as JSON, without
// the text. Time is not in the JSON either: the stores keep it in a column
// they can order by. It fails with EInvalid when a has no ID, else only
// when a does not encode (a NaN Originality); stores add their name.
func EncodeArticle(a corroborate.Article) (text string, doc []byte, err error) {
	if a.ID == "" {
		return "", nil, corroborate.Errorf(corroborate.EInvalid, "article from %q has no id", a.Source)
	}
	text = a.Text
	a.Text = ""
	if doc, err = json.Marshal(a); err != nil {
		return "", nil, fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	return text, doc, nil
}

// DecodeArticle is the inverse of EncodeArticle: published is the stored
// time, zero when the article has none; it is returned in UTC.
func DecodeArticle(text string, doc []byte, published time.Time) (corroborate.Article, error) {
	var a corroborate.Article
	if err := json.Unmarshal(doc, &a); err != nil {
		return a, err
	}
	a.Text = text
	if !published.IsZero() {
		a.Time = published.UTC()
	}
	return a, nil
}
